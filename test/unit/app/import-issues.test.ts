import { describe, expect, it } from 'vitest';
import { applyIssueImport, planIssueImport } from '../../../src/app/import-issues.ts';
import { fixtureFiles } from '../../helpers/corpus.ts';
import { trainSuggestionModel } from '../../../src/core/suggestion/project-suggestion.ts';
import { testStore } from '../../helpers/db.ts';
import { seedStore, SEED_NOW, SEED_TODAY } from '../../helpers/seed.ts';

const picked = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('importing past issues', () => {
  it('stores the issues, their items and the learned template, keeps the queue, and takes a snapshot first', async () => {
    const { store } = testStore();
    await seedStore(store);
    await store.read(async (tx) => {
      expect((await tx.issues.list()).map((i) => i.key)).toEqual(['21', '22', '23', '25', '103']);
      expect((await tx.items.queue()).map((i) => i.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
      expect((await tx.snapshots.list()).map((s) => s.reason)).toEqual(['before-import']);
      expect((await tx.meta.suggestionModel())?.items).toBeGreaterThan(0);
    });
  });

  it('replaces an issue’s items when the issue comes again', async () => {
    const { store } = testStore();
    await seedStore(store);
    const file = fixtureFiles('issues')[0]!;
    const plan = await planIssueImport(store, [picked(file.name, file.text.replace(/\n#### Neutron[\s\S]*$/, '\n'))], SEED_TODAY);
    expect(plan.replaces).toEqual(['21']);
    const before = await store.read((tx) => tx.items.all());
    await applyIssueImport(store, plan, SEED_NOW);
    expect((await store.read((tx) => tx.items.ofIssue('21'))).map((i) => i.project)).toEqual([null, 'Nova']);
    // The snapshot taken first holds every item as it was, the replaced ones among them.
    const snapshot = await store.read(async (tx) => tx.snapshots.get((await tx.snapshots.latest())!.id));
    expect(snapshot?.reason).toBe('before-import');
    expect((snapshot?.backup.items as { id: string }[]).map((i) => i.id).sort()).toEqual(before.map((i) => i.id).sort());
    expect(before.filter((i) => i.issue === '21').length).toBeGreaterThan(2);
    // The model learned from every item now stored, the queue's among them, and not the replaced ones.
    await store.read(async (tx) => {
      const [items, template, issues, model] = await Promise.all([tx.items.all(), tx.meta.template(), tx.issues.summaries(), tx.meta.suggestionModel()]);
      expect(model).toEqual(trainSuggestionModel(items, template, issues));
      expect(model?.items).toBe(items.length);
    });
  });

  it('lists a file that is not UTF-8 with its problem and still offers the others', async () => {
    const { store } = testStore();
    const file = fixtureFiles('issues')[0]!;
    const plan = await planIssueImport(store, [picked(file.name, file.text), { name: 'latin1.md', bytes: new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9]) }], SEED_TODAY);
    expect(plan.parsed).toHaveLength(1);
    expect(plan.failures).toEqual([{ file: 'latin1.md', problem: { code: 'not-utf8', line: 2 } }]);
  });
});
