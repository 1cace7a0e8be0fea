import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, isoDateAt, likelyYear } from '../../../../src/core/dates/calendar-date.ts';

describe('calendar dates', () => {
  it('adds days across months and years', () => {
    expect(addDays('2013-12-26', 7)).toBe('2014-01-02');
    expect(addDays('2014-03-01', -1)).toBe('2014-02-28');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2014-07-01', '2014-07-20')).toBe(19);
    expect(daysBetween('2014-07-20', '2014-07-01')).toBe(-19);
  });

  it('knows a real date from a string that looks like one', () => {
    expect(isIsoDate('2014-02-28')).toBe(true);
    expect(isIsoDate('2014-02-30')).toBe(false);
    expect(isIsoDate('2014-2-3')).toBe(false);
  });

  it('takes the latest year that is not far ahead of the anchor', () => {
    expect(likelyYear(12, 26, '2014-01-16')).toBe(2013);
    expect(likelyYear(1, 3, '2013-12-30')).toBe(2014);
    expect(likelyYear(7, 1, '2014-07-20')).toBe(2014);
    expect(likelyYear(7, 22, '2014-07-20')).toBe(2014);
    expect(likelyYear(12, 18, '2014-07-20')).toBe(2013);
    expect(likelyYear(2, 29, '2015-03-01')).toBe(2012);
  });

  it('reads the calendar day of an instant in a time zone', () => {
    const instant = new Date('2014-07-20T20:30:00Z');
    expect(isoDateAt(instant, 'UTC')).toBe('2014-07-20');
    expect(isoDateAt(instant, 'Asia/Shanghai')).toBe('2014-07-21');
    // Asked again, a zone gives the same answer (its formatter is kept).
    expect(isoDateAt(new Date('2014-07-20T15:59:00Z'), 'Asia/Shanghai')).toBe('2014-07-20');
  });

  it('reads the day in the runtime’s own zone when none is given, as the zone’s formatter would', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // Around midnight somewhere, across a year's turn and a leap day.
    for (const iso of ['2014-07-20T20:30:00Z', '2015-12-31T23:59:59Z', '2016-01-01T00:00:01Z', '2016-02-29T12:00:00Z', '2024-03-10T07:30:00Z']) {
      const instant = new Date(iso);
      expect(isoDateAt(instant)).toBe(isoDateAt(instant, zone));
    }
  });
});
