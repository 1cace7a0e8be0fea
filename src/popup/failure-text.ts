import type { Translate } from '../core/message-keys.ts';
import { StorageFailure } from '../storage/storage-failure.ts';

/** What to tell the editor when storage fails; the draft is always kept. */
export function failureText(e: unknown, t: Translate): string {
  const failure = StorageFailure.from(e);
  switch (failure.kind) {
    case 'quota':
      return t('errorQuota');
    case 'aborted':
      return t('errorAborted');
    case 'blocked':
      return t('errorBlocked');
    case 'unavailable':
      return t('errorUnavailable');
    default:
      return t('errorUnknown', failure.message);
  }
}
