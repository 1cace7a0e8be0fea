import { describe, expect, it } from 'vitest';
import { newIssue } from '../../../../src/core/schedule/new-issue.ts';
import { planNextIssue } from '../../../../src/core/schedule/next-issue.ts';
import { OPENSTACK_PRESET } from '../../../../src/core/template/presets.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { renderHead } from '../../../../src/core/issue/render-head.ts';

const issue = (key: string, number: number, year: number | null, end: string) => ({ key, number, year, period: { start: end, end }, published: end });
const issue17 = issue('17', 17, null, '2014-07-20');

describe('planNextIssue', () => {
  it('numbers the next issue one past the newest and starts where it ended', () => {
    expect(planNextIssue([issue('3', 3, null, '2014-01-10'), issue17], '2014-08-03')).toMatchObject({
      key: '18',
      id: { number: 18, year: null },
      period: { start: '2014-07-20', end: '2014-08-03' },
      dormant: false,
    });
  });

  it('names an issue named by its day by the day it comes out, the day after the last one at the earliest', () => {
    const dated = { key: '2025-05-19', number: 139, year: 2025, period: null, published: '2025-05-19' };
    expect(planNextIssue([dated], '2025-05-26')).toMatchObject({ key: '2025-05-26', period: { end: '2025-05-26' } });
    // Made the same day as the last (or with a clock behind it): the next day, its day too.
    expect(planNextIssue([dated], '2025-05-19')).toMatchObject({ key: '2025-05-20', period: { end: '2025-05-20' } });
  });

  it('names it by a day as far from the one it comes out as the newest was (a week named by its Saturday, out on Tuesday)', () => {
    // `Week Ending November 30, 2025`, out on December 2: the next, out on December 9, ends its week on the 7th.
    const week = { key: '2025-11-30', number: 334, year: 2025, period: null, published: '2025-12-02' };
    expect(planNextIssue([week], '2025-12-09')).toMatchObject({ key: '2025-12-07', period: { end: '2025-12-09' } });
    // Named by a day too far from it to follow it (an old post published late): by the day it comes out.
    expect(planNextIssue([{ ...week, published: '2026-02-01' }], '2026-02-08')).toMatchObject({ key: '2026-02-08' });
  });

  it('lets the editor fix the issue, the period, the subtitle and an intro', () => {
    expect(planNextIssue([issue17], '2014-08-03', { key: '20', start: '2014-07-21', end: '2014-08-01', subtitle: 'Kilo', intro: 'Hi' })).toMatchObject({
      key: '20',
      period: { start: '2014-07-21', end: '2014-08-01' },
      subtitle: 'Kilo',
      intro: 'Hi',
    });
  });

  it('starts at one, a week back, when nothing was published', () => {
    expect(planNextIssue([], '2014-08-03')).toMatchObject({ key: '1', period: { start: '2014-07-27', end: '2014-08-03' } });
  });

  it('follows issue 0 and counts by year and week where the digest does', () => {
    expect(planNextIssue([issue('0', 0, null, '2024-01-01')], '2024-01-08').key).toBe('1');
    expect(planNextIssue([issue('2024-W43', 43, 2024, '2024-10-21')], '2024-10-28').key).toBe('2024-W44');
    expect(planNextIssue([issue('2020-W53', 53, 2020, '2020-12-28')], '2021-01-04').key).toBe('2021-W01');
    expect(planNextIssue([issue('2024-W52', 52, 2024, '2024-12-23')], '2024-12-30').key).toBe('2025-W01');
    expect(planNextIssue([issue('2018-1', 1, 2018, '2018-01-01')], '2018-01-08').key).toBe('2018-2');
    expect(planNextIssue([issue('2018-52', 52, 2018, '2018-12-24')], '2019-01-02').key).toBe('2019-1');
    // A digest that counted on and then by year: the yearly ones are newer.
    expect(planNextIssue([issue('20', 20, null, '2016-10-10'), issue('2017-17', 17, 2017, '2017-04-24')], '2017-05-01').key).toBe('2017-18');
  });

  it('names the next issue of a digest named by days by the day it comes out, never the day before it or the same', () => {
    expect(planNextIssue([issue('2024-05-10', 131, 2024, '2024-05-10')], '2024-05-17').key).toBe('2024-05-17');
    expect(planNextIssue([issue('2024-12-27', 362, 2024, '2024-12-27')], '2025-01-03').key).toBe('2025-01-03');
    expect(planNextIssue([issue('2024-05-10', 131, 2024, '2024-05-10')], '2024-05-10').key).toBe('2024-05-11');
    // The newest is found by day across years.
    expect(planNextIssue([issue('2024-12-27', 362, 2024, '2024-12-27'), issue('2025-01-03', 3, 2025, '2025-01-03')], '2025-01-10').key).toBe('2025-01-10');
    // Its title and file name say the day it comes out.
    const template = { ...DEFAULT_TEMPLATE, titlePattern: 'This Week in Matrix {published:YYYY-MM-DD}', fileNamePattern: '{published:YYYY-MM-DD}-twim.md' };
    const plan = planNextIssue([issue('2024-05-10', 131, 2024, '2024-05-10')], '2024-05-17');
    const fresh = newIssue(template, plan, plan.period.end);
    expect([fresh.key, fresh.title, fresh.fileName]).toEqual(['2024-05-17', 'This Week in Matrix 2024-05-17', '2024-05-17-twim.md']);
  });

  it('follows the largest issue number it takes, and no further', () => {
    expect(planNextIssue([issue('9007199254740990', 9007199254740990, null, '2024-01-01')], '2024-01-08').key).toBe('9007199254740990');
    expect(planNextIssue([issue('9999', 9999, null, '2024-01-01')], '2024-01-08').key).toBe('10000');
  });

  it('never ends before it starts', () => {
    expect(planNextIssue([issue17], '2014-07-10').period).toEqual({ start: '2014-07-20', end: '2014-07-20' });
  });

  it('starts a digest silent for years from today, and says it is resting', () => {
    const plan = planNextIssue([issue17], '2026-12-01', {}, 14);
    expect(plan).toMatchObject({ key: '18', period: { start: '2026-12-01', end: '2026-12-01' }, dormant: true });
    expect(planNextIssue([issue17], '2026-12-01', { start: '2026-11-20' }, 14)).toMatchObject({ period: { start: '2026-11-20' }, dormant: false });
    expect(planNextIssue([issue17], '2014-08-20', {}, 14).dormant).toBe(false);
  });
});

describe('newIssue', () => {
  it('writes title, front matter and file name from the template', () => {
    const plan = planNextIssue([issue17], '2014-08-03');
    const next = newIssue(OPENSTACK_PRESET, plan, '2014-08-03');
    expect(next.title).toBe('OpenStack社区动态第十八期(0720-0803)');
    expect(next.fileName).toBe('2014-08-03-openstack-activity-0720-0803.md');
    expect(renderHead(next.head)).toBe(['---', 'layout: post', 'title: OpenStack社区动态第十八期(0720-0803)', 'description: OpenStack社区动态第十八期(0720-0803)', 'category: 技术', '---'].join('\n'));
  });

  it('leaves an empty subtitle out with the separator before it, and writes a given one', () => {
    const template = { ...DEFAULT_TEMPLATE, titlePattern: 'Weekly #{number}: {subtitle}' };
    const plan = planNextIssue([issue('5', 5, null, '2024-01-01')], '2024-01-08');
    expect(newIssue(template, plan, '2024-01-08').title).toBe('Weekly #6');
    expect(newIssue(template, { ...plan, subtitle: 'Signals\n## and more' }, '2024-01-08').title).toBe('Weekly #6: Signals ## and more');
  });

  it('writes the standing opening and ending with the issue’s own number and days where they name them, and the editor’s intro as typed', () => {
    const plan = planNextIssue([issue('5', 5, null, '2024-01-01')], '2024-01-08');
    const template = { ...DEFAULT_TEMPLATE, preamble: 'Welcome to issue {number}, {published:MMMM D, YYYY}.\n\n`{code}` stays.', closing: '（完，第{number:zh}期）' };
    const next = newIssue(template, { ...plan, intro: 'About {number}.' }, '2024-01-08');
    const text = next.body.flatMap((s) => (s.kind === 'text' ? [s.raw] : []));
    expect(text).toEqual(['Welcome to issue 6, January 8, 2024.\n\n`{code}` stays.', 'About {number}.', '（完，第六期）']);
  });

  it('writes a title heading, TOML, Pelican and Notion heads in their own form', () => {
    const plan = planNextIssue([issue('5', 5, null, '2024-01-01')], '2024-01-08');
    expect(renderHead(newIssue({ ...DEFAULT_TEMPLATE, head: 'heading' }, plan, '2024-01-08').head)).toBe('# Issue 6');
    expect(renderHead(newIssue({ ...DEFAULT_TEMPLATE, head: 'toml', frontMatter: [{ key: 'title', sep: ' =', raw: ' {title}' }] }, plan, '2024-01-08').head)).toBe('+++\ntitle = "Issue 6"\n+++');
    expect(renderHead(newIssue({ ...DEFAULT_TEMPLATE, head: 'header', frontMatter: [{ key: 'Title', raw: ' {title}' }, { key: 'Number', raw: ' {number}' }] }, plan, '2024-01-08').head)).toBe('Title: Issue 6\nNumber: 6');
    // A Notion page's properties under its title, a blank line between; none, the title alone.
    expect(renderHead(newIssue({ ...DEFAULT_TEMPLATE, head: 'properties', frontMatter: [{ key: 'Created', raw: ' {published:MMMM D, YYYY} 9:00 AM' }, { key: 'Tags', raw: '' }] }, plan, '2024-01-08').head)).toBe('# Issue 6\n\nCreated: January 8, 2024 9:00 AM\nTags:');
    expect(renderHead(newIssue({ ...DEFAULT_TEMPLATE, head: 'properties', frontMatter: [] }, plan, '2024-01-08').head)).toBe('# Issue 6');
  });

  it('writes metadata of the kind chosen with fields learned from another: JSON keys quoted, TOML\'s =, YAML\'s :', () => {
    const plan = planNextIssue([issue('5', 5, null, '2024-01-01')], '2024-01-08');
    const yamlFields = [{ key: 'title', raw: ' {title}' }, { key: 'issue', raw: ' {number}' }, { key: 'about', raw: ' A weekly digest' }];
    expect(renderHead(newIssue({ ...DEFAULT_TEMPLATE, head: 'json', frontMatter: yamlFields }, plan, '2024-01-08').head)).toBe('{\n  "title": "Issue 6",\n  "issue": 6,\n  "about": "A weekly digest"\n}');
    const jsonFields = [{ key: 'title', raw: ' "{title}"', sep: '":', lead: '  "' }, { key: 'draft', raw: ' false', sep: '":', lead: '  "' }];
    expect(renderHead(newIssue({ ...DEFAULT_TEMPLATE, head: 'yaml', frontMatter: jsonFields }, plan, '2024-01-08').head)).toBe('---\ntitle: "Issue 6"\ndraft: false\n---');
    expect(renderHead(newIssue({ ...DEFAULT_TEMPLATE, head: 'toml', frontMatter: [...yamlFields.slice(0, 2), ...jsonFields.slice(1)] }, plan, '2024-01-08').head)).toBe('+++\ntitle = "Issue 6"\nissue = 6\ndraft = false\n+++');
    expect(renderHead(newIssue({ ...DEFAULT_TEMPLATE, head: 'yaml', frontMatter: [{ key: 'title', sep: ' =', raw: ' {title}' }] }, plan, '2024-01-08').head)).toBe('---\ntitle: Issue 6\n---');
  });
});
