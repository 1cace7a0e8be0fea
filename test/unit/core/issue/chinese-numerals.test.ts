import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../../../src/core/issue/chinese-numerals.ts';
import { MAX_ISSUE_NUMBER } from '../../../../src/core/model/issue-key.ts';

describe('toChineseNumeral', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [17, '十七'],
    [21, '二十一'],
    [101, '一百零一'],
    [110, '一百一十'],
    [1010, '一千零一十'],
    [2019, '二千零一十九'],
    [9999, '九千九百九十九'],
    [10000, '一万'],
    [10010, '一万零一十'],
    [10100, '一万零一百'],
    [100005, '十万零五'],
    [110000, '十一万'],
    [100000000, '一亿'],
    [100001000, '一亿零一千'],
    [MAX_ISSUE_NUMBER, '九千零七万一千九百九十二亿五千四百七十四万零九百九十'],
  ])('writes %i as %s', (n, zh) => {
    expect(toChineseNumeral(n)).toBe(zh);
  });

  it('writes and reads back every number we accept as an issue number (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: MAX_ISSUE_NUMBER })), (n) => {
        const zh = toChineseNumeral(n);
        expect(zh).toBeDefined();
        expect(parseChineseNumeral(zh as string)).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('spells each number from 0 to 199 differently', () => {
    expect(new Set(Array.from({ length: 200 }, (_, n) => toChineseNumeral(n))).size).toBe(200);
  });

  it('writes nothing for numbers it cannot write exactly', () => {
    expect(toChineseNumeral(-1)).toBeUndefined();
    expect(toChineseNumeral(1.5)).toBeUndefined();
    expect(toChineseNumeral(MAX_ISSUE_NUMBER + 1)).toBeUndefined();
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10],
    ['一十七', 17],
    ['壹拾柒', 17],
    ['两百', 200],
    ['二〇', 20],
    ['二〇一四', 2014],
    ['一万', 10000],
    ['零', 0],
  ])('reads %s as %i', (zh, n) => {
    expect(parseChineseNumeral(zh)).toBe(n);
  });

  it.each([
    ['', 'empty'],
    ['期', 'not a numeral'],
    ['百百', 'a unit twice'],
    ['十百', 'units upward'],
    ['零一', 'a leading zero'],
    ['〇七', 'a leading zero'],
    ['一百五', 'ambiguous: 105 or 150'],
    ['一百十', 'not as written'],
    ['九九九九九九九九九九九九九九九九九', 'past what can be counted exactly'],
  ])('refuses %j (%s)', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});
