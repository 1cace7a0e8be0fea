import { describe, expect, it } from 'vitest';
import { changeOpenIssue } from '../../../src/app/digest-settings.ts';
import { publishNextIssue, undoPublish } from '../../../src/app/publish-issue.ts';
import { saveCapture } from '../../../src/app/save-capture.ts';
import { testStore } from '../../helpers/db.ts';
import { draftFor, seedStore } from '../../helpers/seed.ts';

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
      const [latest] = await tx.snapshots.list();
      expect(latest).toMatchObject({ reason: 'publish', itemCount: (await tx.items.all()).length });
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
});
