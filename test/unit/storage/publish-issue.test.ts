import { describe, expect, it } from 'vitest';
import { newQueuedItem } from '../../../src/core/capture.ts';
import { draftIssue } from '../../../src/core/draft-issue.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { DEFAULT_TEMPLATE } from '../../../src/core/template.ts';
import { publishIssue } from '../../../src/storage/publish-issue.ts';
import { refreshSuggestionModel } from '../../../src/storage/suggestion-model-refresh.ts';
import { testRepos } from '../../helpers/db.ts';

describe('publishing an issue', () => {
  it('archives the queue under the issue, stores the issue, clears the open-issue settings, deletes nothing', async () => {
    const repos = testRepos();
    const now = new Date('2014-07-20T00:00:00Z');
    for (const [i, project] of ['Nova', 'Neutron', 'Nova'].entries()) {
      await repos.items.addToQueue(
        newQueuedItem({ url: `https://review.openstack.org/#/c/${i}/`, title: `R${i}`, section: '社区跟踪', project, comment: `${project} review` }, `q${i}`, now),
      );
    }
    await repos.meta.setSettings({ ...DEFAULT_SETTINGS, openIssue: { number: 17, start: '2014-07-01' } });
    const issue = draftIssue(DEFAULT_TEMPLATE, { number: 17, period: { start: '2014-07-01', end: '2014-07-20' } }, '2014-07-20');
    expect(await publishIssue(repos.db, issue, await repos.meta.settings())).toBe(3);
    expect(await repos.items.queue()).toEqual([]);
    expect((await repos.items.ofIssue(17)).map((i) => [i.id, i.issue, i.order])).toEqual([
      ['q0', 17, 0],
      ['q1', 17, 1],
      ['q2', 17, 2],
    ]);
    expect(await repos.issues.get(17)).toEqual(issue);
    expect((await repos.meta.settings()).openIssue).toEqual({});
    expect((await repos.issues.list()).map((i) => i.number)).toEqual([17]);

    const model = await refreshSuggestionModel(repos.db);
    expect(model.items).toBe(3);
    expect(await repos.meta.suggestionModel()).toEqual(model);
  });
});
