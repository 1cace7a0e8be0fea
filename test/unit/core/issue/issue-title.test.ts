import { describe, expect, it } from 'vitest';
import {
  fileNamePatternOf,
  periodOf,
  publishedFromFileName,
  readTitleNumber,
  readTitleRange,
  titlePatternOf,
} from '../../../../src/core/issue/issue-title.ts';

describe('issue titles', () => {
  it.each([
    ['OpenStack社区动态第十七期(0701-0720)', 17],
    ['OpenStack社区动态第一期(11.17-11.22)', 1],
    ['OpenStack社区动态第一百零三期(03.01-03.20)', 103],
    ['Weekly digest #42', 42],
    ['Issue 7: the news', 7],
    ['第 12 期', 12],
  ])('reads the number of %j', (title, n) => {
    expect(readTitleNumber(title)?.value).toBe(n);
  });

  it('has no number for a title without one', () => {
    expect(readTitleNumber('A blog post')).toBeUndefined();
  });

  it('reads ranges in both styles and years them from the publication day', () => {
    const mmdd = readTitleRange('第十七期(0701-0720)')!;
    expect(mmdd.format).toBe('MMDD');
    expect(periodOf(mmdd, '2014-07-20')).toEqual({ start: '2014-07-01', end: '2014-07-20' });
    const dotted = readTitleRange('第六期(12.26-01.16)')!;
    expect(dotted.format).toBe('MM.DD');
    expect(periodOf(dotted, '2014-01-16')).toEqual({ start: '2013-12-26', end: '2014-01-16' });
  });

  it('turns a title into its pattern', () => {
    expect(titlePatternOf('OpenStack社区动态第十七期(0701-0720)')).toBe('OpenStack社区动态第{number:zh}期({start:MMDD}-{end:MMDD})');
    expect(titlePatternOf('OpenStack社区动态第一期(11.17-11.22)')).toBe('OpenStack社区动态第{number:zh}期({start:MM.DD}-{end:MM.DD})');
    expect(titlePatternOf('Digest #5 (7.1-7.9)')).toBe('Digest #{number} ({start:M.D}-{end:M.D})');
  });

  it('turns a file name into its pattern and reads its day', () => {
    expect(fileNamePatternOf('2014-07-20-openstack-activity-0701-0720.md')).toBe(
      '{published:YYYY-MM-DD}-openstack-activity-{start:MMDD}-{end:MMDD}.md',
    );
    expect(publishedFromFileName('2014-07-20-openstack-activity-0701-0720.md')).toBe('2014-07-20');
    expect(publishedFromFileName('2014-13-20-x.md')).toBeUndefined();
  });
});
