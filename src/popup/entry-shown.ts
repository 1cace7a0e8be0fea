import { readLocal, writeLocal } from '../platform/local-cache.ts';

/**
 * Whether the capture form shows its entry written out: the editor's choice, kept between popups
 * in local storage, where the early form reads it as synchronously as the application does.
 */
const ENTRY_SHOWN_KEY = 'digest-clipper:entry-shown';

export const entryShown = (): boolean => readLocal(ENTRY_SHOWN_KEY) === true;

export const keepEntryShown = (shown: boolean): void => writeLocal(ENTRY_SHOWN_KEY, shown ? true : undefined);
