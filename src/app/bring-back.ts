import { bringBack } from '../core/queue/archive-search.ts';
import type { Item } from '../core/model/item.ts';
import type { DigestStore } from '../storage/digest-store.ts';

/** A published item copied back into the open issue's queue; the archive keeps the original. */
export function bringBackToQueue(store: DigestStore, item: Item, deps: { now: () => Date; newId: () => string }): Promise<Item> {
  const copy = bringBack(item, deps.newId(), deps.now());
  return store.write((tx) => tx.items.appendToQueue(copy));
}
