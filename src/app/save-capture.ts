import { Failure } from '../core/model/failure.ts';
import type { CaptureDraft } from '../core/model/capture-draft.ts';
import type { Item } from '../core/model/item.ts';
import { attachLink } from '../core/queue/capture.ts';
import { savedItem } from '../core/queue/saved-item.ts';
import { checkCapturableUrl, type UrlRefusal } from '../core/url/capturable-url.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { learnFromSave } from './derived-data.ts';

export type SaveOutcome =
  | { outcome: 'refused'; reason: UrlRefusal }
  /** `count`: the queue's size with the new item, as the confirmation says it. */
  | { outcome: 'added'; item: Item; count: number }
  | { outcome: 'updated'; item: Item };

/**
 * Saves what the capture form holds: a new item at the end of the queue, or the queued item the
 * draft edits. The item, the queue count and the draft's removal are one transaction, so a save
 * never leaves a draft behind nor a draft without its save.
 */
export function saveCapture(store: DigestStore, draft: CaptureDraft, deps: { now: () => Date; newId: () => string }): Promise<SaveOutcome> {
  const check = checkCapturableUrl(draft.url);
  if (!check.ok) return Promise.resolve({ outcome: 'refused', reason: check.reason });
  const now = deps.now();
  const id = deps.newId();
  return store.write(async (tx) => {
    const editing = draft.editingId === undefined ? undefined : await tx.items.get(draft.editingId);
    if (editing && editing.issue === null) {
      // The queue keeps its size: nothing to count (counting a long queue is most of a save's time).
      const [item] = await Promise.all([tx.items.put(savedItem(draft, check.url, editing, id, now)), tx.drafts.delete(draft.key)]);
      return { outcome: 'updated' as const, item };
    }
    const fresh = savedItem(draft, check.url, undefined, id, now);
    // Issued together, each as soon as it can be: the database runs them in order and the page
    // waits on two round trips, not five. The count is asked before the item is placed.
    const [item, , before] = await Promise.all([tx.items.appendToQueue(fresh), tx.drafts.delete(draft.key), tx.items.queueCount(), learnFromSave(tx, fresh)]);
    return { outcome: 'added' as const, item, count: before + 1 };
  });
}

export type AttachOutcome = { outcome: 'refused'; reason: UrlRefusal } | { outcome: 'attached'; item: Item };

/** Adds the page as one more link of a queued item (a series, a spec and its review). */
export function attachToItem(store: DigestStore, draft: CaptureDraft, targetId: string): Promise<AttachOutcome> {
  const check = checkCapturableUrl(draft.url);
  if (!check.ok) return Promise.resolve({ outcome: 'refused', reason: check.reason });
  return store.write(async (tx) => {
    const target = await tx.items.get(targetId);
    if (!target || target.issue !== null) throw new Failure('gone');
    const item = await tx.items.put(attachLink(target, { url: check.url, title: draft.title }));
    await tx.drafts.delete(draft.key);
    return { outcome: 'attached' as const, item };
  });
}

/** Keeps what the editor typed for a page until it is saved or discarded. */
export function writeDraft(store: DigestStore, draft: CaptureDraft): Promise<void> {
  return store.write((tx) => tx.drafts.put(draft));
}

export function discardDraft(store: DigestStore, key: string): Promise<void> {
  return store.write((tx) => tx.drafts.delete(key));
}
