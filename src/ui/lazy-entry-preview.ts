import { lazy } from './lazy.tsx';

/** `EntryPreview`, its code (the writing of entries) loaded when an entry is first shown, not with the form. */
export const LazyEntryPreview = lazy(() => import('./entry-preview.tsx').then((m) => m.EntryPreview));
