import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/core/backup/backup-schema.ts';
import { exportPublished } from '../../../src/core/issue/issue-export.ts';
import { createDigestStore } from '../../../src/storage/digest-store.ts';
import { openDigestDb } from '../../../src/storage/open-db.ts';
import { DB_VERSION, upgrade, type DigestDB } from '../../../src/storage/schema.ts';
import { FIXTURES_DIR } from '../../helpers/corpus.ts';
import { normalizeForRoundTrip } from '../../helpers/round-trip.ts';

/**
 * A database as an earlier release left it, store by store. `v1.json` was written by hand from
 * schema version 1; `v2.json` by the code of schema version 2 itself, Digest Clipper 0.1 at commit
 * a6aa8ce (importing two fixture issues,
 * capturing, saving settings, a rule and a draft, taking snapshots); `v3.json` is `v2.json` as
 * version 3's upgrade left it (the code at d3bd31c); `v4.json` is `v3.json` as version 4's left it
 * (the code at 0005353).
 */
interface DatabaseFixture {
  version: number;
  stores: Record<string, Record<string, unknown>[]>;
}

interface OldIssue {
  number: number;
  title: string;
  period: unknown;
  published: unknown;
  fileName: string | null;
}
interface OldItem {
  id: string;
  issue: number | null;
  section: unknown;
  project: unknown;
  comment: string;
  links: { url: string }[];
}

const fixturePath = (version: number): string => join(FIXTURES_DIR, 'databases', `v${version}.json`);
const earlier = Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1);

async function upgraded(version: number) {
  const fixture = JSON.parse(readFileSync(fixturePath(version), 'utf8')) as DatabaseFixture;
  const name = `upgrade-from-${version}-${Date.now()}`;
  const old = await openDB<DigestDB>(name, fixture.version, { upgrade });
  for (const [store, records] of Object.entries(fixture.stores)) {
    const tx = old.transaction(store as 'items', 'readwrite');
    await Promise.all([...records.map((r) => tx.store.put(r as never)), tx.done]);
  }
  old.close();
  const db = await openDigestDb(name);
  return { fixture, db, store: createDigestStore(Promise.resolve(db)) };
}

describe('schema upgrades', () => {
  it.each(earlier)('has a fixture of a database at version %i', (version) => {
    // Raising DB_VERSION means adding a fixture of the version before, with data.
    expect(existsSync(fixturePath(version)), `add ${fixturePath(version)}`).toBe(true);
  });

  it.each(earlier)('upgrades a database at version %i with nothing lost', async (version) => {
    const { fixture, db, store } = await upgraded(version);
    expect(db.version).toBe(DB_VERSION);
    const oldIssues = fixture.stores.issues as unknown as OldIssue[];
    const oldItems = fixture.stores.items as unknown as OldItem[];
    await store.read(async (tx) => {
      const state = await tx.state.read();
      // Every issue, under its key, with what it said.
      expect(state.issues.map((i) => i.key)).toEqual(oldIssues.map((i) => String(i.number)).sort((a, b) => Number(a) - Number(b)));
      for (const old of oldIssues) {
        expect(await tx.issues.get(String(old.number))).toMatchObject({ number: old.number, title: old.title, period: old.period, published: old.published, fileName: old.fileName });
      }
      // Every item, filed where it was, with its words and links.
      expect(state.items).toHaveLength(oldItems.length);
      for (const old of oldItems) {
        const item = state.items.find((i) => i.id === old.id);
        expect(item).toMatchObject({ issue: old.issue === null ? null : String(old.issue), section: old.section, project: old.project, comment: old.comment });
        expect(item?.links.map((l) => l.url)).toEqual(old.links.map((l) => l.url));
      }
      expect((await tx.items.queue()).map((i) => i.id)).toEqual(['8d3c0c5e-queued']);
      const settings = await tx.meta.settings();
      expect(settings.reminders.cadenceDays).toBe(14);
      // (Before version 3 the open issue was set by its number; since, by its key.)
      const oldOpen = (fixture.stores.meta?.find((m) => m.key === 'settings')?.value as { openIssue: { number?: number; key?: string } }).openIssue;
      expect(settings.openIssue.key).toBe(oldOpen.key ?? (oldOpen.number === undefined ? undefined : String(oldOpen.number)));
      // Every issue's summary beside it (version 4), the same as the issue says.
      expect(await tx.issues.summaries()).toEqual(state.issues.map((i) => ({ key: i.key, number: i.number, year: i.year, title: i.title, period: i.period, published: i.published, fileName: i.fileName })));
      expect(state.template.preset).toBe('openstack');
      expect((await tx.drafts.get('example.com/half-written'))?.comment).toBe('还没写完');
      // Snapshots stay as they were taken, and can still be restored.
      const snapshots = fixture.stores.snapshots ?? [];
      expect(await db.count('snapshots')).toBe(snapshots.length);
      for (const s of await db.getAll('snapshots')) expect(parseBackup(JSON.stringify(s.backup)).ok).toBe(true);
    });
    // …each listed by its summary beside it (version 5), newest first, as it was taken.
    const snapshots = fixture.stores.snapshots ?? [];
    const [listed, latest] = await store.read((tx) => Promise.all([tx.snapshots.list(), tx.snapshots.latest()]));
    // (Version 1 had no snapshots; the fixtures of 2 and after hold two.)
    expect(snapshots.length).toBe(version === 1 ? 0 : 2);
    expect(listed.map((l) => l.id)).toEqual(snapshots.map((s) => s.id).reverse());
    for (const s of snapshots) expect(listed.find((l) => l.id === s.id)).toEqual({ id: s.id, takenAt: s.takenAt, reason: s.reason, itemCount: s.itemCount, issueCount: s.issueCount });
    expect(latest?.id).toBe(snapshots.at(-1)?.id);
    db.close();
  });

  it('upgrades issues imported by Digest Clipper 0.1 so they export as they were published', async () => {
    const { fixture, db, store } = await upgraded(2);
    const state = await store.read((tx) => tx.state.read());
    const rules = (fixture.stores.meta?.find((m) => m.key === 'template')?.value as { rules: unknown }).rules;
    expect(state.template.rules).toEqual(rules);
    for (const issue of state.issues) {
      const file = readFileSync(join(FIXTURES_DIR, 'issues', issue.fileName as string), 'utf8');
      expect(normalizeForRoundTrip(exportPublished(state, issue.key)!.markdown), issue.fileName ?? '').toBe(normalizeForRoundTrip(file));
    }
    db.close();
  });
});
