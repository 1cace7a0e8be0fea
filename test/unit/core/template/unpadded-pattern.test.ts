import { describe, expect, it } from 'vitest';
import { leastPadded, unpaddedPattern } from '../../../../src/core/template/unpadded-pattern.ts';

describe('a pattern with its days unpadded', () => {
  it('unpads the figures of a day and its month, in days and spans, and nothing else', () => {
    expect(unpaddedPattern('Out {published:MM/DD/YYYY}, {end:YYYY-MM-DD}')).toBe('Out {published:M/D/YYYY}, {end:YYYY-M-D}');
    expect(unpaddedPattern('{span-6: – |MMM DD, YYYY|M}')).toBe('{span-6: – |MMM D, YYYY|M}');
    expect(unpaddedPattern('{published:MMMM D, YYYY} and {published:dddd, MMM D}')).toBe('{published:MMMM D, YYYY} and {published:dddd, MMM D}');
    expect(unpaddedPattern('Issue {number:3}: MM/DD stays a word')).toBe('Issue {number:3}: MM/DD stays a word');
  });

  it('takes of patterns alike the first, unpadded wherever another writes a day or month unpadded', () => {
    expect(leastPadded(['Notes ({published:MM/DD/YYYY})', 'Notes ({published:MM/D/YYYY})'])).toBe('Notes ({published:MM/D/YYYY})');
    expect(leastPadded(['{published:MM/DD/YYYY}', '{published:M/DD/YYYY}', '{published:MM/D/YYYY}'])).toBe('{published:M/D/YYYY}');
    expect(leastPadded(['{published:MMM Do, YYYY}', '{published:MMM Do, YYYY}'])).toBe('{published:MMM Do, YYYY}');
    expect(leastPadded(['{published:DD/MM/YYYY}'])).toBe('{published:DD/MM/YYYY}');
  });
});
