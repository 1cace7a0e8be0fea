import { describe, expect, it } from 'vitest';
import { withAddressDays } from '../../../../src/core/template/address-days.ts';
import { formatPattern } from '../../../../src/core/issue/pattern.ts';

describe('withAddressDays', () => {
  const published = [['published', '2019-11-30']] as const;

  it('reads a day an address writes with the month abbreviated, and writes the next one so', () => {
    const pattern = withAddressDays(' weekly-thing-128-nov-30-2019', published, 'Weekly Thing #{number} / {published:MMM D, YYYY}');
    expect(pattern).toBe(' weekly-thing-128-{published:mmm-D-YYYY}');
    expect(formatPattern(pattern, { published: '2019-12-07' })).toBe(' weekly-thing-128-dec-7-2019');
  });

  it('pads the day where the title pads it, which a day past the ninth cannot tell', () => {
    expect(withAddressDays(' nov-30-2019', published, 'Kites – {published:MMMM DD, YYYY}')).toBe(' {published:mmm-DD-YYYY}');
  });

  it('reads the month spelled out, the day first or the year first', () => {
    expect(withAddressDays(' /kites-30-november-2019.jpg', published, 'Kites')).toBe(' /kites-{published:D-mmmm-YYYY}.jpg');
    expect(withAddressDays(' 2019-nov-30-kites', published, 'Kites')).toBe(' {published:YYYY-mmm-D}-kites');
  });

  it('takes no day out of a longer word or number, nor another day', () => {
    expect(withAddressDays(' nov-300-2019', published, 'Kites')).toBe(' nov-300-2019');
    expect(withAddressDays(' xnov-30-2019', published, 'Kites')).toBe(' xnov-30-2019');
    expect(withAddressDays(' nov-23-2019', published, 'Kites')).toBe(' nov-23-2019');
  });

  it('names the end of the issue’s span where the address writes that', () => {
    expect(withAddressDays(' week-ending-dec-6-2019', [['published', '2019-12-09'], ['end', '2019-12-06']], 'Kites')).toBe(' week-ending-{end:mmm-D-YYYY}');
  });

  it('reads the year and month a path writes as folders, where it writes no day', () => {
    const pattern = withAddressDays(' "/issues/2019/nov/37"', [['published', '2019-11-28']], 'Issue #{number}');
    expect(pattern).toBe(' "/issues/{published:YYYY/mmm}/37"');
    expect(formatPattern(pattern, { published: '2020-01-02' })).toBe(' "/issues/2020/jan/37"');
    expect(withAddressDays(' /blog/2024/11/kites/', [['published', '2024-11-28']], 'Kites')).toBe(' /blog/{published:YYYY/MM}/kites/');
    expect(withAddressDays(' /blog/2024/10/kites/', [['published', '2024-11-28']], 'Kites')).toBe(' /blog/2024/10/kites/');
    expect(withAddressDays(' /blog/12024/11/', [['published', '2024-11-28']], 'Kites')).toBe(' /blog/12024/11/');
  });
});
