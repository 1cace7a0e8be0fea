import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openDigestDb } from '../../../src/storage/open-db.ts';
import { Failure } from '../../../src/core/model/failure.ts';
import { guard } from '../../../src/storage/storage-failure.ts';

describe('storage failures', () => {
  it.each([
    ['QuotaExceededError', 'storage-quota'],
    ['AbortError', 'storage-aborted'],
    ['TransactionInactiveError', 'storage-aborted'],
    ['InvalidStateError', 'storage-unavailable'],
    ['UnknownError', 'storage-unavailable'],
    ['DataError', 'storage-unknown'],
  ])('sorts a %s as %s', async (name, code) => {
    const failing = guard(() => Promise.reject(new DOMException('it failed', name)));
    await expect(failing).rejects.toBeInstanceOf(Failure);
    await expect(failing).rejects.toMatchObject({ code });
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
    await expect(opening).rejects.toBeInstanceOf(Failure);
    await expect(opening).rejects.toMatchObject({ code: 'storage-blocked' });
    old.close();
  });
});
