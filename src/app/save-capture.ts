import { Failure } from '../core/model/failure.ts';
import type { CaptureDraft } from '../core/model/capture-draft.ts';
import type { Item } from '../core/model/item.ts';
import { applyDraftToItem, attachLink, newQueuedItem } from '../core/queue/capture.ts';
import { checkCapturableUrl, type UrlRefusal } from '../core/url/capturable-url.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { learnFromSave } from './derived-data.ts';

export type SaveOutcome =
  | { outcome: 'refused'; reason: UrlRefusal }
  | { outcome: 'added' | 'updated'; item: Item; count: number };

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
    let item: Item;
    let outcome: 'added' | 'updated';
    if (editing && editing.issue === null) {
      item = await tx.items.put(applyDraftToItem(editing, { ...draft, url: check.url }));
      outcome = 'updated';
    } else {
      item = await tx.items.appendToQueue(newQueuedItem({ ...draft, url: check.url }, id, now));
      outcome = 'added';
    }
    // Issued together: the database runs them in order, the page waits for them once.
    const [, count] = await Promise.all([tx.drafts.delete(draft.key), tx.items.queueCount(), outcome === 'added' ? learnFromSave(tx, item) : undefined]);
    return { outcome, item, count };
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
