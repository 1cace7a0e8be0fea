import type { CaptureDraft } from '../model/capture-draft.ts';
import type { Item } from '../model/item.ts';
import { checkCapturableUrl } from '../url/capturable-url.ts';
import { applyDraftToItem, newQueuedItem } from './capture.ts';

/**
 * The item a save of the form stores, at the address the save checked (`url`): the queued item
 * the draft edits, as edited, or a new one with `id` (its place in the queue is given when stored).
 */
export function savedItem(draft: CaptureDraft, url: string, editing: Item | undefined, id: string, now: Date): Item {
  const input = { ...draft, url };
  return editing ? applyDraftToItem(editing, input) : { ...newQueuedItem(input, id, now), order: 0 };
}

/**
 * The item a save of the form would store now, for the form to show written out: as `savedItem`,
 * an address a save would refuse kept as typed.
 */
export function unsavedItem(draft: CaptureDraft, editing: Item | undefined, now: Date): Item {
  const check = checkCapturableUrl(draft.url);
  return savedItem(draft, check.ok ? check.url : draft.url.trim(), editing, draft.key, now);
}
