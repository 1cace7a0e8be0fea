import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../../../src/core/issue/chinese-numerals.ts';

describe('toChineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [17, '十七'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [103, '一百零三'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [120, '一百二十'],
    [199, '一百九十九'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [2019, '二千零一十九'],
  ])('writes %i as %s', (n, zh) => {
    expect(toChineseNumeral(n)).toBe(zh);
  });

  it('reads back every number from 1 to 199, each spelled differently', () => {
    const seen = new Set<string>();
    for (let n = 1; n <= 199; n++) {
      const zh = toChineseNumeral(n);
      expect(parseChineseNumeral(zh), zh).toBe(n);
      seen.add(zh);
    }
    expect(seen.size).toBe(199);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
    expect(() => toChineseNumeral(10000)).toThrow(RangeError);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['一百十', 110],
    ['一百五', 150],
    ['两百', 200],
    ['二〇', 20],
    ['十', 10],
    ['17', 17],
    ['零', 0],
  ])('reads %s as %i', (zh, n) => {
    expect(parseChineseNumeral(zh)).toBe(n);
  });

  it.each(['', '期', '百百', '十百', 'abc', '一二三四x'])('is undefined for %j', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});
