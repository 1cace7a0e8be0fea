import { trainSuggestionModel } from '../../../src/core/suggestion/project-suggestion.ts';
import { describe, expect, it } from 'vitest';
import { changeOpenIssue } from '../../../src/app/digest-settings.ts';
import { publishNextIssue, undoPublish } from '../../../src/app/publish-issue.ts';
import { saveCapture } from '../../../src/app/save-capture.ts';
import { testStore } from '../../helpers/db.ts';
import { draftFor, queuedCapture, seedStore } from '../../helpers/seed.ts';
import { groupKeyOf } from '../../../src/core/model/item.ts';
import { applyIssueImport, planIssueImport } from '../../../src/app/import-issues.ts';
import { exportPublished } from '../../../src/core/issue/issue-export.ts';
import { fixtureFiles } from '../../helpers/corpus.ts';

describe('publishing the next issue', () => {
  it('files the queue under the issue, clears the hand-set plan, learns from it and keeps a snapshot', async () => {
    const { store } = testStore();
    await seedStore(store);
    await changeOpenIssue(store, { key: '104', start: '2015-04-01' });
    const published = await publishNextIssue(store, { now: () => new Date('2015-05-03T09:00:00Z'), today: () => '2015-05-03' });
    expect(published).toMatchObject({ itemCount: 4, next: '105', issue: { key: '104', number: 104, period: { start: '2015-04-01', end: '2015-05-03' } } });
    await store.read(async (tx) => {
      expect(await tx.items.queue()).toEqual([]);
      expect((await tx.items.ofIssue('104')).map((i) => [i.id, i.order])).toEqual([
        ['q1', 0],
        ['q2', 1],
        ['q3', 2],
        ['q4', 3],
      ]);
      expect((await tx.issues.get('104'))?.title).toBe(published.issue.title);
      expect((await tx.meta.settings()).openIssue).toEqual({});
      const model = await tx.meta.suggestionModel();
      expect(model?.items).toBe((await tx.items.all()).length);
      // Learned from everything as it now stands, as a model learned whole from what is stored.
      expect(model).toEqual(trainSuggestionModel(await tx.items.all(), await tx.meta.template(), await tx.issues.summaries()));
      const [latest] = await tx.snapshots.list();
      expect(latest).toMatchObject({ reason: 'publish', itemCount: (await tx.items.all()).length });
      // …and the snapshot keeps the result: the new issue and its items filed under it.
      const kept = await tx.snapshots.get(latest!.id);
      expect((kept?.backup.issues as { key: string }[]).map((i) => i.key)).toContain('104');
      expect((kept?.backup.items as { id: string; issue: string | null }[]).filter((i) => i.issue === '104').map((i) => i.id).sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
    });
  });

  it('marks, once three issues more than a year on are published, the headings none of them used', async () => {
    const { store } = testStore();
    await seedStore(store);
    for (const [i, day] of ['2016-05-03', '2016-05-10', '2016-05-17'].entries()) {
      if (i > 0) await store.write((tx) => tx.items.appendToQueue(queuedCapture(10 + i, { project: 'Nova' })));
      await publishNextIssue(store, { now: () => new Date(`${day}T09:00:00Z`), today: () => day });
    }
    await store.read(async (tx) => {
      const [model, items, issues] = await Promise.all([tx.meta.suggestionModel(), tx.items.all(), tx.issues.list()]);
      const published = new Map(issues.map((issue) => [issue.key, issue.published]));
      const retired = Object.entries(model?.groups ?? {}).filter(([, g]) => g.retired);
      expect(retired.length).toBeGreaterThan(0);
      for (const [key] of retired) {
        const under = items.filter((item) => groupKeyOf(item) === key);
        expect(under.every((item) => (published.get(item.issue ?? '') ?? '9999') < '2016-01-01')).toBe(true);
      }
      // What the 2016 issues filed under is in use (Nova under no section, in a 2015 issue, is not).
      expect(retired.map(([key]) => key)).not.toContain(groupKeyOf({ section: '社区跟踪', project: 'Nova' }));
      expect(retired.map(([key]) => key)).not.toContain(groupKeyOf({ section: '社区跟踪', project: 'Neutron' }));
    });
  });

  it('undoes a publish exactly: the issue leaves the archive, its items come back ahead of later captures, the plan as it was', async () => {
    const { store } = testStore();
    await seedStore(store);
    await changeOpenIssue(store, { key: '104', start: '2015-04-01', subtitle: 'words', intro: 'hello' });
    const clock = { now: () => new Date('2015-05-03T09:00:00Z'), today: () => '2015-05-03', newId: () => 'later-1' };
    const before = await store.read((tx) => tx.state.read());
    const published = await publishNextIssue(store, clock);
    await saveCapture(store, draftFor('example.org/captured-since'), clock);
    expect(await undoPublish(store, published.undo)).toEqual({ outcome: 'undone', itemCount: 4 });
    await store.read(async (tx) => {
      expect((await tx.items.queue()).map((i) => i.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'later-1']);
      expect(await tx.issues.get('104')).toBeUndefined();
      expect((await tx.meta.settings()).openIssue).toEqual(before.settings.openIssue);
    });
    // Undone once: a second undo finds nothing to take back.
    expect(await undoPublish(store, published.undo)).toEqual({ outcome: 'gone' });
  });

  it('numbers a digest’s entries on from the issue before, issue after issue, where the digest does', async () => {
    const { store } = testStore();
    const files = fixtureFiles('golden/past/numbers-on', /\.md$/).map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
    await applyIssueImport(store, await planIssueImport(store, files, '2026-11-13'), new Date('2026-11-13T09:00:00Z'));
    const markdowns: string[] = [];
    for (const [i, day] of ['2026-11-13', '2026-11-20'].entries()) {
      for (const k of [1, 2]) await store.write((tx) => tx.items.appendToQueue(queuedCapture(10 * i + k, { section: 'Articles', project: null })));
      const { issue } = await publishNextIssue(store, { now: () => new Date(`${day}T09:00:00Z`), today: () => day });
      markdowns.push(await store.read(async (tx) => exportPublished({ template: await tx.meta.template(), issues: await tx.issues.list(), items: await tx.items.all() }, issue.key)!.markdown));
    }
    // The imported issues ended at 109: the first published one is numbered 110 and 111, the next 112 and 113.
    expect(markdowns[0]).toMatch(/^110\. \[Page 1\][^\n]*\n111\. \[Page 2\]/m);
    expect(markdowns[1]).toMatch(/^112\. \[Page 11\][^\n]*\n113\. \[Page 12\]/m);
  });
});
