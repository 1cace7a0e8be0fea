import { describe, expect, it } from 'vitest';
import { formatDate, formatPattern, patternNames } from '../../../../src/core/issue/pattern.ts';

describe('formatPattern', () => {
  const values = { number: 17, start: '2014-07-01', end: '2014-07-20', published: '2014-07-20' };

  it('fills the title pattern with a Chinese numeral and an MMDD range', () => {
    expect(formatPattern('OpenStack社区动态第{number:zh}期({start:MMDD}-{end:MMDD})', values)).toBe(
      'OpenStack社区动态第十七期(0701-0720)',
    );
  });

  it('writes MM.DD ranges and plain numbers', () => {
    expect(formatPattern('第{number}期({start:MM.DD}-{end:MM.DD})', values)).toBe('第17期(07.01-07.20)');
  });

  it('fills the file name pattern', () => {
    expect(formatPattern('{published:YYYY-MM-DD}-openstack-activity-{start:MMDD}-{end:MMDD}.md', values)).toBe(
      '2014-07-20-openstack-activity-0701-0720.md',
    );
  });

  it('keeps names it does not know, so a typo shows', () => {
    expect(formatPattern('{nubmer}', values)).toBe('{nubmer}');
  });

  it('lists the names a pattern uses', () => {
    expect(patternNames('{a}-{b:MM}')).toEqual(['a', 'b']);
  });

  it('formats dates token by token', () => {
    expect(formatDate('2014-07-03', 'YYYY.M.D')).toBe('2014.7.3');
    expect(formatDate('2014-07-03', 'YY/MM/DD')).toBe('14/07/03');
    expect(formatDate('2014-07-03', 'YYYY年M月D')).toBe('2014年7月3');
    expect(formatDate('2022-05-01', 'MMMM D, YYYY')).toBe('May 1, 2022');
    expect(formatDate('2023-09-03', 'D MMM YYYY')).toBe('3 Sep 2023');
  });
});
