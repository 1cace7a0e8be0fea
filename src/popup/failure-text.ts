import type { Translate } from '../core/message-keys.ts';
import { failureMessage } from '../storage/storage-failure.ts';

/** What to tell the editor when storage fails; the draft is always kept. */
export function failureText(e: unknown, t: Translate): string {
  const { key, detail } = failureMessage(e);
  return t(key, detail);
}
