import { describe, expect, it } from 'vitest';
import { changeOpenIssue } from '../../../src/app/digest-settings.ts';
import { publishNextIssue } from '../../../src/app/publish-issue.ts';
import { testStore } from '../../helpers/db.ts';
import { seedStore } from '../../helpers/seed.ts';

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
});
