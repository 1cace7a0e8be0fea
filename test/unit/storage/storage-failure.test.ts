import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openDigestDb } from '../../../src/storage/open-db.ts';
import { guard, StorageFailure } from '../../../src/storage/storage-failure.ts';

describe('storage failures', () => {
  it.each([
    ['QuotaExceededError', 'quota'],
    ['AbortError', 'aborted'],
    ['TransactionInactiveError', 'aborted'],
    ['InvalidStateError', 'unavailable'],
    ['UnknownError', 'unavailable'],
    ['DataError', 'unknown'],
  ])('sorts a %s as %s', async (name, kind) => {
    const failing = guard(() => Promise.reject(new DOMException('it failed', name)));
    await expect(failing).rejects.toMatchObject({ name: 'StorageFailure', kind });
  });

  it('reports a database held open at an older version by a page that does not let go', async () => {
    const name = `blocked-${Date.now()}`;
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('x');
      },
    });
    // This connection ignores versionchange, as a stale page of an older release might.
    const opening = openDigestDb(name, 2);
    await expect(opening).rejects.toBeInstanceOf(StorageFailure);
    await expect(opening).rejects.toMatchObject({ kind: 'blocked' });
    old.close();
  });
});
