import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { newQueuedItem } from '../../../src/core/queue/capture.ts';
import { readPageRecords } from '../../../src/storage/page-records.ts';
import { testStore } from '../../helpers/db.ts';

const now = new Date('2014-07-21T00:00:00Z');
const page = (url: string, key = 'example.com/a') => Promise.resolve({ url, key });

describe('readPageRecords (the early form’s own read)', () => {
  it('finds the items holding the page by its canonical address, and its draft, as the store does', async () => {
    const { store, name } = testStore();
    await store.write(async (tx) => {
      await tx.items.appendToQueue(newQueuedItem({ url: 'https://example.com/a', title: 'A', section: '社区跟踪', project: 'Nova', comment: 'Queued' }, 'q1', now));
      await tx.items.appendToQueue(newQueuedItem({ url: 'https://example.com/b', title: 'B', section: '社区跟踪', project: 'Nova', comment: 'Other' }, 'q2', now));
      await tx.drafts.put({ key: 'example.com/a', url: 'https://example.com/a', title: 'A', section: null, project: null, comment: 'Typed', eventDate: '', updatedAt: now.toISOString() });
    });
    const found = await readPageRecords(page('https://www.example.com/a?utm_source=feed#top'), name);
    const expected = await store.read(async (tx) => ({ duplicates: await tx.items.findByUrl('https://example.com/a'), draft: await tx.drafts.get('example.com/a') }));
    expect(found).toEqual(expected);
    expect(found?.duplicates.map((i) => i.id)).toEqual(['q1']);
    expect(found?.draft?.comment).toBe('Typed');
  });

  it('finds nothing, and says so, for a page the database does not hold', async () => {
    const { store, name } = testStore();
    await store.read((tx) => tx.items.count());
    expect(await readPageRecords(page('https://example.com/new'), name)).toEqual({ duplicates: [], draft: undefined });
    expect(await readPageRecords(Promise.resolve(undefined), name)).toBeUndefined();
  });

  it('never creates or upgrades a database: that is the application’s work, with its migrations', async () => {
    const absent = `page-records-absent-${process.pid}`;
    expect(await readPageRecords(page('https://example.com/a'), absent)).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(absent);

    const older = `page-records-older-${process.pid}`;
    const old = await openDB(older, 2, { upgrade: (db) => void db.createObjectStore('items', { keyPath: 'id' }) });
    old.close();
    expect(await readPageRecords(page('https://example.com/a'), older)).toBeUndefined();
    const after = await openDB(older);
    expect(after.version).toBe(2);
    after.close();
  });
});
