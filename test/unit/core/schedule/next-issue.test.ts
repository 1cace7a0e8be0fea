import { describe, expect, it } from 'vitest';
import { newIssue, planNextIssue } from '../../../../src/core/schedule/next-issue.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';

const issue17 = { number: 17, period: { start: '2014-07-01', end: '2014-07-20' }, published: '2014-07-20' };

describe('planNextIssue', () => {
  it('numbers the next issue one past the newest and starts where it ended', () => {
    expect(planNextIssue([{ ...issue17, number: 3 }, issue17], '2014-08-03')).toEqual({
      number: 18,
      period: { start: '2014-07-20', end: '2014-08-03' },
    });
  });

  it('lets the editor fix number and period', () => {
    expect(planNextIssue([issue17], '2014-08-03', { number: 20, start: '2014-07-21', end: '2014-08-01' })).toEqual({
      number: 20,
      period: { start: '2014-07-21', end: '2014-08-01' },
    });
  });

  it('starts at one, a week back, when nothing was published', () => {
    expect(planNextIssue([], '2014-08-03')).toEqual({ number: 1, period: { start: '2014-07-27', end: '2014-08-03' } });
  });

  it('never ends before it starts', () => {
    expect(planNextIssue([issue17], '2014-07-10').period).toEqual({ start: '2014-07-20', end: '2014-07-20' });
  });
});

describe('newIssue', () => {
  it('writes title, front matter and file name from the template', () => {
    const issue = newIssue(DEFAULT_TEMPLATE, { number: 18, period: { start: '2014-07-20', end: '2014-08-03' } }, '2014-08-03');
    expect(issue.title).toBe('OpenStack社区动态第十八期(0720-0803)');
    expect(issue.fileName).toBe('2014-08-03-openstack-activity-0720-0803.md');
    expect(issue.frontMatter).toEqual([
      { key: 'layout', raw: ' post' },
      { key: 'title', raw: ' OpenStack社区动态第十八期(0720-0803)' },
      { key: 'description', raw: ' OpenStack社区动态第十八期(0720-0803)' },
      { key: 'category', raw: ' 技术' },
    ]);
  });
});
