import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openDigestDb } from '../../../src/storage/open-db.ts';
import { createDigestStore } from '../../../src/storage/digest-store.ts';
import { DB_VERSION, upgrade, type DigestDB } from '../../../src/storage/schema.ts';
import { FIXTURES_DIR } from '../../helpers/corpus.ts';

interface DatabaseFixture {
  version: number;
  stores: Record<string, Record<string, unknown>[]>;
}

const fixturePath = (version: number): string => join(FIXTURES_DIR, 'databases', `v${version}.json`);
const earlier = Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1);

describe('schema upgrades', () => {
  it.each(earlier)('has a fixture of a database at version %i', (version) => {
    // Raising DB_VERSION means adding a fixture of the version before, with data.
    expect(existsSync(fixturePath(version)), `add ${fixturePath(version)}`).toBe(true);
  });

  it.each(earlier)('upgrades a database at version %i with nothing lost', async (version) => {
    const fixture = JSON.parse(readFileSync(fixturePath(version), 'utf8')) as DatabaseFixture;
    const name = `upgrade-from-${version}-${Date.now()}`;
    const old = await openDB<DigestDB>(name, fixture.version, { upgrade });
    for (const [store, records] of Object.entries(fixture.stores)) {
      const tx = old.transaction(store as 'items', 'readwrite');
      await Promise.all([...records.map((r) => tx.store.put(r as never)), tx.done]);
    }
    old.close();

    const db = await openDigestDb(name);
    expect(db.version).toBe(DB_VERSION);
    for (const [store, records] of Object.entries(fixture.stores)) {
      expect(await db.getAll(store as 'items')).toEqual(expect.arrayContaining(records.map((r) => expect.objectContaining(r))));
      expect(await db.count(store as 'items')).toBe(records.length);
    }
    const store = createDigestStore(Promise.resolve(db));
    await store.read(async (tx) => {
      expect((await tx.items.queue()).map((i) => i.id)).toEqual(['8d3c0c5e-queued']);
      expect((await tx.items.findByUrl('http://www-03.ibm.com/press/us/en/pressrelease/44239.wss'))[0]?.issue).toBe(17);
      expect((await tx.meta.settings()).reminders.cadenceDays).toBe(14);
      expect((await tx.drafts.get('example.com/half-written'))?.comment).toBe('还没写完');
      expect(await tx.snapshots.list()).toEqual([]);
    });
    db.close();
  });
});
