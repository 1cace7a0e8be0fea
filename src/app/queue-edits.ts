import { Failure } from '../core/model/failure.ts';
import { reviseItem, sameGroup, type GroupKey, type Item } from '../core/model/item.ts';
import { newQueuedNote, type NoteInput } from '../core/queue/capture.ts';
import { editedItem } from '../core/queue/edited-item.ts';
import { moveBefore, moveWithinGroup, sortedByDay } from '../core/queue/queue-groups.ts';
import { withoutTracking } from '../core/url/url-canonical.ts';
import type { DigestStore, WriteTx } from '../storage/digest-store.ts';

/** The queued item by id; a published or deleted one is gone for the queue's purposes. */
async function queued(tx: WriteTx, id: string): Promise<Item> {
  const item = await tx.items.get(id);
  if (!item || item.issue !== null) throw new Failure('gone');
  return item;
}

/**
 * Stores the editor's changes to a queued item: comment, group, date, links. What changed in its
 * words or links no longer matches the text it was imported from (`reviseItem`).
 */
export function editQueuedItem(store: DigestStore, item: Item): Promise<Item> {
  return store.write(async (tx) => {
    const current = await queued(tx, item.id);
    return tx.items.put(editedItem(current, item));
  });
}

export type NoteOutcome = { outcome: 'empty' } | { outcome: 'added'; item: Item };

/** Adds a note to the queue: words, a heading, perhaps a date and links; `empty` without words or links. */
export function addNote(store: DigestStore, note: NoteInput, deps: { now: () => Date; newId: () => string }): Promise<NoteOutcome> {
  const item = newQueuedNote(note, deps.newId(), deps.now());
  if (item.comment.trim() === '' && item.links.length === 0) return Promise.resolve({ outcome: 'empty' });
  return store.write(async (tx) => ({ outcome: 'added', item: await tx.items.appendToQueue(item) }));
}

/** Deletes a queued item; the removed item is what `restoreQueuedItem` puts back. */
export function deleteQueuedItem(store: DigestStore, id: string): Promise<Item> {
  return store.write(async (tx) => {
    const item = await queued(tx, id);
    await tx.items.delete(id);
    return item;
  });
}

/** Undoes a delete: the item comes back at the place it had. */
export function restoreQueuedItem(store: DigestStore, item: Item): Promise<Item> {
  return store.write((tx) => tx.items.put({ ...item, issue: null }));
}

/** Moves a queued item one place up (-1) or down (+1) within its group. */
export function moveQueuedItem(store: DigestStore, id: string, delta: -1 | 1): Promise<Item[]> {
  return store.write(async (tx) => tx.items.reorderQueue(moveWithinGroup(await tx.items.queue(), id, delta)));
}

/** Puts a group's queued items in the order of their days (an events list), in one write. */
export function sortQueuedGroupByDay(store: DigestStore, group: GroupKey): Promise<Item[]> {
  return store.write(async (tx) => tx.items.reorderQueue(sortedByDay(await tx.items.queue(), group)));
}

/**
 * Puts a queued item before another (or at the end of `group` when `beforeId` is undefined), in
 * `group`: its new group and its new place are one write.
 */
export function dropQueuedItem(store: DigestStore, id: string, beforeId: string | undefined, group: GroupKey): Promise<Item[]> {
  return store.write(async (tx) => {
    const items = await tx.items.queue();
    const item = items.find((i) => i.id === id);
    if (!item) throw new Failure('gone');
    if (!sameGroup(item, group)) await tx.items.put({ ...item, section: group.section, project: group.project });
    const peers = items.filter((i) => sameGroup(i, group) && i.id !== id);
    const last = peers.at(-1);
    // A drop at a group's end lands after its last item, before whatever follows that item.
    const before = beforeId ?? (last ? items[items.indexOf(last) + 1]?.id : undefined);
    return tx.items.reorderQueue(moveBefore(items, id, before));
  });
}

/** Strips the tracking parameters from one link of a queued item. */
export function removeTracking(store: DigestStore, itemId: string, url: string): Promise<Item> {
  return store.write(async (tx) => {
    const item = await queued(tx, itemId);
    return tx.items.put(reviseItem(item, { links: item.links.map((l) => (l.url === url ? { ...l, url: withoutTracking(l.url) } : l)) }));
  });
}
