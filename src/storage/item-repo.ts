import type { Item } from '../core/item.ts';
import { canonicalUrl } from '../core/url-canonical.ts';
import { QUEUE_BUCKET, type DigestDatabase } from './schema.ts';
import { atomically } from './atomic.ts';
import { guard } from './storage-failure.ts';
import { fromStored, toStored } from './stored-item.ts';

const queueRange = (): IDBKeyRange => IDBKeyRange.bound([QUEUE_BUCKET, -Infinity], [QUEUE_BUCKET, Infinity]);
const bucketRange = (bucket: number): IDBKeyRange => IDBKeyRange.bound([bucket, -Infinity], [bucket, Infinity]);

export type ItemRepo = ReturnType<typeof createItemRepo>;

/** Items, queued and published. Every write is one transaction; nothing else is awaited inside it. */
export function createItemRepo(db: Promise<DigestDatabase>) {
  return {
    /** The queue in order. */
    queue: () => guard(async () => (await (await db).getAllFromIndex('items', 'byBucketOrder', queueRange())).map(fromStored)),

    queueCount: () => guard(async () => (await db).countFromIndex('items', 'byBucketOrder', queueRange())),

    ofIssue: (number: number) =>
      guard(async () => (await (await db).getAllFromIndex('items', 'byBucketOrder', bucketRange(number))).map(fromStored)),

    all: () => guard(async () => (await (await db).getAll('items')).map(fromStored)),

    count: () => guard(async () => (await db).count('items')),

    get: (id: string) =>
      guard(async () => {
        const stored = await (await db).get('items', id);
        return stored ? fromStored(stored) : undefined;
      }),

    /** Items holding a link to the same page, queued or published. */
    findByUrl: (url: string) =>
      guard(async () => (await (await db).getAllFromIndex('items', 'byUrl', canonicalUrl(url))).map(fromStored)),

    /**
     * Adds an item at the end of the queue. The last place is read and taken in one transaction,
     * so any number of simultaneous saves each get a place of their own.
     */
    addToQueue: (item: Omit<Item, 'order'>) =>
      guard(async () => {
        const tx = (await db).transaction('items', 'readwrite');
        return atomically(tx, async (track) => {
          const last = await track(tx.store.index('byBucketOrder').openCursor(queueRange(), 'prev'));
          const stored: Item = { ...item, issue: null, order: (last?.value.order ?? -1) + 1 };
          track(tx.store.add(toStored(stored)));
          return stored;
        });
      }),

    put: (item: Item) =>
      guard(async () => {
        await (await db).put('items', toStored(item));
        return item;
      }),

    remove: (id: string) =>
      guard(async () => {
        const tx = (await db).transaction('items', 'readwrite');
        return atomically(tx, async (track) => {
          const stored = await track(tx.store.get(id));
          if (stored) track(tx.store.delete(id));
          return stored ? fromStored(stored) : undefined;
        });
      }),

    /** Gives the queued items the order of `ids` (items not named keep theirs, after them). */
    reorderQueue: (ids: readonly string[]) =>
      guard(async () => {
        const tx = (await db).transaction('items', 'readwrite');
        return atomically(tx, async (track) => {
          const queued = await track(tx.store.index('byBucketOrder').getAll(queueRange()));
          const rank = new Map(ids.map((id, i) => [id, i]));
          const sorted = [...queued].sort((a, b) => (rank.get(a.id) ?? ids.length + a.order) - (rank.get(b.id) ?? ids.length + b.order));
          sorted.forEach((item, order) => item.order !== order && track(tx.store.put({ ...item, order })));
          return sorted.map((s, order) => fromStored({ ...s, order }));
        });
      }),
  };
}
