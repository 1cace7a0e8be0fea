import { describe, expect, it } from 'vitest';
import { newQueuedItem } from '../../../src/core/capture.ts';
import { planImport } from '../../../src/core/issue-import.ts';
import type { FullState } from '../../../src/core/restore-plan.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { DEFAULT_TEMPLATE } from '../../../src/core/template.ts';
import { applyImportPlan } from '../../../src/storage/apply-import.ts';
import { readFullState, writeFullState } from '../../../src/storage/digest-state.ts';
import { StorageFailure } from '../../../src/storage/storage-failure.ts';
import { fixtureFiles } from '../../helpers/corpus.ts';
import { testRepos } from '../../helpers/db.ts';

const now = new Date('2015-05-01T00:00:00Z');

async function seeded() {
  const repos = testRepos();
  await repos.items.addToQueue(newQueuedItem({ url: 'https://q.example', title: 'Q', section: '业界动态', project: null }, 'q1', now));
  const plan = planImport(fixtureFiles('issues'), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2015-05-01');
  await applyImportPlan(repos.db, plan);
  return { repos, plan };
}

describe('applying an import', () => {
  it('stores the issues, their items and the learned template, and keeps the queue', async () => {
    const { repos, plan } = await seeded();
    const state = await readFullState(repos.db);
    expect(state.issues.map((i) => i.number)).toEqual([21, 22, 23, 25, 103]);
    expect(state.items.filter((i) => i.issue !== null)).toHaveLength(plan.itemCount);
    expect(state.items.filter((i) => i.issue === null).map((i) => i.id)).toEqual(['q1']);
    expect(state.template).toEqual(plan.template);
  });

  it('replaces an issue’s items when the issue comes again', async () => {
    const { repos } = await seeded();
    const file = fixtureFiles('issues')[0]!;
    const shorter = { ...file, text: file.text.replace(/\n#### Neutron[\s\S]*$/, '\n') };
    const state = await readFullState(repos.db);
    const plan = planImport([shorter], state, '2015-05-01');
    expect(plan.replaces).toEqual([21]);
    await applyImportPlan(repos.db, plan);
    expect((await repos.items.ofIssue(21)).map((i) => i.project)).toEqual([null, 'Nova']);
  });
});

describe('the whole state', () => {
  it('reads back what was written', async () => {
    const { repos } = await seeded();
    const state = await readFullState(repos.db);
    const other = testRepos();
    await writeFullState(other.db, state);
    expect(await readFullState(other.db)).toEqual(state);
  });

  it('writes all or nothing: a failure midway leaves the database as it was', async () => {
    const { repos } = await seeded();
    const before = await readFullState(repos.db);
    const poisoned: FullState = {
      settings: DEFAULT_SETTINGS,
      template: DEFAULT_TEMPLATE,
      issues: [],
      // A value IndexedDB cannot store: the put fails after the clears were requested.
      items: [{ ...before.items[0]!, id: 'bad', comment: (() => 'x') as unknown as string }],
    };
    await expect(writeFullState(repos.db, poisoned)).rejects.toBeInstanceOf(StorageFailure);
    expect(await readFullState(repos.db)).toEqual(before);
  });
});

describe('snapshots', () => {
  it('keeps the newest five, newest first, each a complete backup', async () => {
    const { repos } = await seeded();
    for (let i = 0; i < 7; i++) await repos.snapshots.take(i % 2 ? 'daily' : 'publish', new Date(now.getTime() + i * 1000));
    const list = await repos.snapshots.list();
    expect(list).toHaveLength(5);
    expect(list.map((s) => s.takenAt)).toEqual([6, 5, 4, 3, 2].map((i) => new Date(now.getTime() + i * 1000).toISOString()));
    expect(await repos.snapshots.latest()).toEqual(list[0]);
    const full = await repos.snapshots.get(list[0]!.id);
    expect(full?.backup.items).toHaveLength(list[0]!.itemCount);
    expect(full?.backup.format).toBe('digest-clipper-backup');
  });
});
