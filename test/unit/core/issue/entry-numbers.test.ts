import { describe, expect, it } from 'vitest';
import { countsOnFromIssue, entryNumberOf, entryNumbersOf, mostCountOn } from '../../../../src/core/issue/entry-numbers.ts';

describe('entryNumberOf', () => {
  it('reads the number an entry opens with, in a list, a heading or bold', () => {
    expect(entryNumberOf('107. [Tethers](https://a.example/)')).toBe(107);
    expect(entryNumberOf('  12) words')).toBe(12);
    expect(entryNumberOf('3、[风筝](https://a.example/)')).toBe(3);
    expect(entryNumberOf('### 42. [Spools](https://a.example/)')).toBe(42);
    expect(entryNumberOf('**7. [Knots](https://a.example/)**')).toBe(7);
  });

  it('reads no number where no mark follows it', () => {
    expect(entryNumberOf('### 2026 in review')).toBeUndefined();
    expect(entryNumberOf('- [Tethers](https://a.example/)')).toBeUndefined();
    expect(entryNumberOf('1.5 million kites')).toBeUndefined();
  });
});

describe('entryNumbersOf', () => {
  it('gives the first and last numbers where each entry counts on from the one before', () => {
    expect(entryNumbersOf(['107. a', '108. b', '109. c'])).toEqual({ first: 107, last: 109 });
    expect(entryNumbersOf(['1. a'])).toEqual({ first: 1, last: 1 });
  });

  it('gives none where numbers start again under a heading, or an entry has none', () => {
    expect(entryNumbersOf(['1. a', '2. b', '1. c'])).toBeUndefined();
    expect(entryNumbersOf(['1. a', '- b'])).toBeUndefined();
    expect(entryNumbersOf([])).toBeUndefined();
  });
});

describe('countsOnFromIssue', () => {
  it('is where more issues count on from the one before than start again at 1', () => {
    expect(countsOnFromIssue([{ first: 107, last: 109 }, { first: 104, last: 106 }, { first: 101, last: 103 }])).toBe(true);
    expect(countsOnFromIssue([{ first: 1, last: 3 }, { first: 1, last: 4 }, { first: 1, last: 2 }])).toBe(false);
    expect(countsOnFromIssue([{ first: 107, last: 109 }, undefined, { first: 101, last: 103 }])).toBe(false);
    expect(countsOnFromIssue([{ first: 8, last: 9 }])).toBe(false);
  });
});

describe('mostCountOn', () => {
  it('is where more breaks between numbered entries count on than start again at 1, one at least', () => {
    expect(mostCountOn([[3, 4], [7, 8], [9, 1]])).toBe(true);
    expect(mostCountOn([[3, 4], [5, 1], [4, 1]])).toBe(false);
    // A break that neither counts on nor starts again says nothing.
    expect(mostCountOn([[3, 9], [2, 3]])).toBe(true);
    expect(mostCountOn([[3, 9]])).toBe(false);
    expect(mostCountOn([])).toBe(false);
  });
});
