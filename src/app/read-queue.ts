import type { Item } from '../core/model/item.ts';
import type { DigestStore } from '../storage/digest-store.ts';

/** The open issue's queue, in order. */
export function readQueue(store: DigestStore): Promise<Item[]> {
  return store.read((tx) => tx.items.queue());
}

/** Every item, queued and published, for the archive's search. */
export function readAllItems(store: DigestStore): Promise<Item[]> {
  return store.read((tx) => tx.items.all());
}
