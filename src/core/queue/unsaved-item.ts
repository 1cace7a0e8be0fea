import type { CaptureDraft } from '../model/capture-draft.ts';
import type { Item } from '../model/item.ts';
import { checkCapturableUrl } from '../url/capturable-url.ts';
import { applyDraftToItem, newQueuedItem } from './capture.ts';

/**
 * The item a save of the form would store, its place in the queue aside: the queued item the
 * draft edits, as edited, or a new one (an address a save would refuse stays as typed).
 */
export function unsavedItem(draft: CaptureDraft, editing: Item | undefined, now: Date): Item {
  const check = checkCapturableUrl(draft.url);
  const input = { ...draft, url: check.ok ? check.url : draft.url.trim() };
  return editing ? applyDraftToItem(editing, input) : { ...newQueuedItem(input, draft.key, now), order: 0 };
}
