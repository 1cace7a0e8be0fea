import type { ComponentChildren } from 'preact';
import { useT } from './translate-context.ts';

interface EntryDisclosureProps {
  shown: boolean;
  onToggle: (shown: boolean) => void;
  /** The entry (see `EntryPreview`); absent, an empty box holds its place until it is drawn. */
  children?: ComponentChildren;
}

/** "How the issue will write it": a quiet line under a form, the entry's Markdown once opened. */
export function EntryDisclosure({ shown, onToggle, children }: EntryDisclosureProps) {
  const t = useT();
  return (
    <details
      class="entry-preview"
      open={shown}
      onToggle={(e) => {
        const open = e.currentTarget.open;
        if (open !== shown) onToggle(open);
      }}
    >
      <summary>{t('entryPreviewSummary')}</summary>
      {shown ? (children ?? <pre class="entry-text" aria-busy="true" />) : null}
    </details>
  );
}
