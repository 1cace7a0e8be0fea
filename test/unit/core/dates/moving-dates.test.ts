import { describe, expect, it } from 'vitest';
import { moveDays, writesDays } from '../../../../src/core/dates/moving-dates.ts';

describe('moving days', () => {
  it('moves every day written in full, across months and years, and nothing else', () => {
    expect(moveDays('Rusty Events between 2026-08-19 - 2026-09-16 🦀', 7)).toBe('Rusty Events between 2026-08-26 - 2026-09-23 🦀');
    expect(moveDays('from 2026-12-29 on', 7)).toBe('from 2027-01-05 on');
    expect(moveDays('back to 2026-03-01', -1)).toBe('back to 2026-02-28');
    // Not days: a longer number, a version, an invalid day.
    expect(moveDays('id 12026-08-19, v2026-08-19-1, 2026-13-40', 7)).toBe('id 12026-08-19, v2026-08-19-1, 2026-13-40');
  });

  it('tells a text that writes a day in full', () => {
    expect(writesDays('Rusty Events between 2026-08-19 - 2026-09-16')).toBe(true);
    expect(writesDays('Version 2026-13-01, 20260819, Aug 19')).toBe(false);
  });
});
