import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../../../src/core/page/reading-time.ts';

describe('readingMinutes', () => {
  it('reads spaced words at 230 a minute and Chinese or Japanese characters at 400, in whole minutes, one at least', () => {
    expect(readingMinutes({ words: 1150 })).toBe(5);
    expect(readingMinutes({ ideographs: 2000 })).toBe(5);
    expect(readingMinutes({ words: 230, ideographs: 400 })).toBe(2);
    expect(readingMinutes({ words: 100 })).toBe(1);
  });

  it('gives none for too little text to be read (an app’s page) or too much to be one piece (an archive)', () => {
    expect(readingMinutes({})).toBeUndefined();
    expect(readingMinutes({ words: 40 })).toBeUndefined();
    expect(readingMinutes({ words: 230 * 1000 })).toBeUndefined();
  });

  it('takes no count that is not a number of words', () => {
    expect(readingMinutes({ words: Number.NaN, ideographs: 2000 })).toBe(5);
    expect(readingMinutes({ words: -5000 })).toBeUndefined();
    expect(readingMinutes({ words: Number.POSITIVE_INFINITY })).toBeUndefined();
    expect(readingMinutes({ words: '1150' as unknown as number })).toBeUndefined();
  });
});
