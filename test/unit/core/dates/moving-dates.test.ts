import { describe, expect, it } from 'vitest';
import { moveDays, writesDays } from '../../../../src/core/dates/moving-dates.ts';

describe('moving days', () => {
  it('moves every day written in full, across months and years, and nothing else', () => {
    expect(moveDays('Rusty Events between 2026-08-19 - 2026-09-16 🦀', 7)).toBe('Rusty Events between 2026-08-26 - 2026-09-23 🦀');
    expect(moveDays('from 2026-12-29 on', 7)).toBe('from 2027-01-05 on');
    expect(moveDays('back to 2026-03-01', -1)).toBe('back to 2026-02-28');
    // A range in a search's address, the week's merged pull requests.
    expect(moveDays('[merged]: https://github.com/search?q=merged%3A2026-08-11..2026-08-18', 7)).toBe('[merged]: https://github.com/search?q=merged%3A2026-08-18..2026-08-25');
    // Not days: a longer number, a version, an invalid day, a page's address.
    expect(moveDays('id 12026-08-19, v2026-08-19-1, 2026-13-40, https://a.example/2026/08/19/post, 1.2026.8.19', 7)).toBe(
      'id 12026-08-19, v2026-08-19-1, 2026-13-40, https://a.example/2026/08/19/post, 1.2026.8.19',
    );
  });

  it('moves a day written another way, and writes it that way', () => {
    expect(moveDays('Events 2026/08/19 to 2026/8/30.', 7)).toBe('Events 2026/08/26 to 2026/9/6.');
    expect(moveDays('Until 2026.08.26.', 7)).toBe('Until 2026.09.02.');
    expect(moveDays('活动时间：2026年8月19日至2026年09月16日', 14)).toBe('活动时间：2026年9月2日至2026年09月30日');
    expect(moveDays('Events from Aug 26, 2026 to September 23 2026', 7)).toBe('Events from Sep 2, 2026 to September 30 2026');
    expect(moveDays('From the 29th Dec. 2026 and 1st JAN 2027', 3)).toBe('From the 1st Jan. 2027 and 4th JAN 2027');
    expect(moveDays('on 09 august, 2026', 1)).toBe('on 10 august, 2026');
    // A month named without a year is no day in full; nor is a word that only starts like a month.
    expect(moveDays('Aug 19 and Mayday 2026', 7)).toBe('Aug 19 and Mayday 2026');
  });

  it('tells a text that writes a day in full', () => {
    expect(writesDays('Rusty Events between 2026-08-19 - 2026-09-16')).toBe(true);
    expect(writesDays('Events from Aug 19, 2026')).toBe(true);
    expect(writesDays('2026年8月19日起')).toBe(true);
    expect(writesDays('Version 2026-13-01, 20260819, Aug 19; 2026/02/30')).toBe(false);
  });
});
