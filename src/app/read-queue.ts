import type { Item } from '../core/model/item.ts';
import type { DigestStore } from '../storage/digest-store.ts';

/** The open issue's queue, in order. */
export function readQueue(store: DigestStore): Promise<Item[]> {
  return store.read((tx) => tx.items.queue());
}

/** How many items one read of the archive takes: a few milliseconds of the database's time. */
const ITEMS_PER_READ = 2000;

/**
 * Every item, queued and published, for the archive's search: read a part at a time, each part a
 * transaction of its own, so that a long archive (tens of thousands of items, seconds to read
 * whole) lets the popup's reads in between instead of holding them until it ends. An item saved
 * meanwhile may be missed: the change that saves it reads the archive again.
 */
export async function readAllItems(store: DigestStore, perRead = ITEMS_PER_READ): Promise<Item[]> {
  const all: Item[] = [];
  for (let after: string | undefined; ; ) {
    const part = await store.read((tx) => tx.items.after(after, perRead));
    all.push(...part);
    if (part.length < perRead) return all;
    after = part[part.length - 1]?.id;
  }
}
