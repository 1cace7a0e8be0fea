import { createDigestStore, type DigestStore } from '../../src/storage/digest-store.ts';
import { openDigestDb } from '../../src/storage/open-db.ts';
import type { DigestDatabase } from '../../src/storage/schema.ts';

let counter = 0;

/** A fresh database of our schema, under a name no other test uses (idb's own test pattern). */
export function testStore(): { store: DigestStore; db: Promise<DigestDatabase>; name: string } {
  const name = `digest-test-${process.pid}-${++counter}`;
  const db = openDigestDb(name);
  return { store: createDigestStore(db), db, name };
}

const STORES = ['items', 'issues', 'issueSummaries', 'meta', 'drafts', 'snapshots', 'snapshotSummaries'] as const;

/** Every record of every store, as stored: what "nothing changed" is checked against. */
export async function dumpDatabase(db: Promise<DigestDatabase>): Promise<Record<string, unknown[]>> {
  const database = await db;
  const out: Record<string, unknown[]> = {};
  for (const store of STORES) out[store] = await database.getAll(store);
  return out;
}

/**
 * Makes the Nth write request (put, add, delete or clear on any object store) from now on throw
 * the way a full disk (or the named failure) does, inside fake-indexeddb itself, so the code under test meets a real
 * failing request in the middle of its transaction. Returns how many writes were seen and a way
 * to stop. With `failAt` 0 it only counts.
 */
export function failingWrites(failAt: number, name = 'QuotaExceededError'): { writes: () => number; stop: () => void } {
  const proto = globalThis.IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = new Map<string, (...args: unknown[]) => unknown>();
  let count = 0;
  for (const method of ['put', 'add', 'delete', 'clear']) {
    const original = proto[method] as (...args: unknown[]) => unknown;
    originals.set(method, original);
    proto[method] = function (this: unknown, ...args: unknown[]) {
      count++;
      if (count === failAt) throw new DOMException(`The write failed (${name}).`, name);
      return original.apply(this, args);
    };
  }
  return {
    writes: () => count,
    stop: () => {
      for (const [method, original] of originals) proto[method] = original;
    },
  };
}
