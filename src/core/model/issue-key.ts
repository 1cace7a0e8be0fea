import { addDays, dateParts, daysBetween, isIsoDate, isoWeeksInYear, toIsoDate, type IsoDate } from '../dates/calendar-date.ts';

/**
 * An issue's identity as the digest writes it: `17`, `0`, a number within a year — `2024-W43`
 * (R Weekly's year-week) or `2018-1` — or a day, `2024-05-10` (This Week in Matrix). Unique
 * within a digest; items point at their issue by it.
 */
export type IssueKey = string;

/** How an issue is numbered: a number, within a year where the digest counts by year. */
export interface IssueId {
  number: number;
  /** The year the number counts within; null for digests that count on forever. */
  year: number | null;
  /** Written as an ISO week (`2024-W43`); the number then runs from 1 to the year's last week. */
  week: boolean;
  /** Named by its day (`2024-05-10`): the number is then the day of the year, from 1. */
  dated?: true;
}

/** The id of the issue named by its day. */
export function datedIssueId(date: IsoDate): IssueId {
  const { year } = dateParts(date);
  return { number: daysBetween(toIsoDate({ year, month: 1, day: 1 }), date) + 1, year, week: false, dated: true };
}

/** The day an issue named by its day is named by. */
export function dayOf(id: IssueId): IsoDate {
  return addDays(toIsoDate({ year: id.year ?? 1970, month: 1, day: 1 }), id.number - 1);
}

/**
 * The largest issue number we take: every number below it and the one after it are exact in
 * JavaScript, so any number we accept we can also write and follow.
 */
export const MAX_ISSUE_NUMBER = Number.MAX_SAFE_INTEGER - 1;

export function issueKeyOf(id: IssueId): IssueKey {
  if (id.dated) return dayOf(id);
  if (id.year === null) return String(id.number);
  return id.week ? `${id.year}-W${String(id.number).padStart(2, '0')}` : `${id.year}-${id.number}`;
}

const KEY = /^(?:(\d{4})-(W?)(\d{1,2})|(\d{1,16}))$/;

/** The id a key names; undefined for anything that is not a key we write. */
export function issueIdOf(key: string): IssueId | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return isIsoDate(key) ? datedIssueId(key) : undefined;
  const m = KEY.exec(key);
  if (!m) return undefined;
  if (m[4] !== undefined) {
    const number = Number(m[4]);
    return Number.isSafeInteger(number) && number <= MAX_ISSUE_NUMBER && String(number) === m[4] ? { number, year: null, week: false } : undefined;
  }
  const year = Number(m[1]);
  const number = Number(m[3]);
  const week = m[2] === 'W';
  if (number < 1 || (week && number > isoWeeksInYear(year))) return undefined;
  return { number, year, week };
}

/** Issues in publication order: by year where there is one (a yearly count starts again), then number. */
export function compareIssueIds(a: IssueId, b: IssueId): number {
  if (a.year !== b.year) {
    // A digest that once counted on forever and then by year (R Weekly) did the first earlier.
    if (a.year === null) return -1;
    if (b.year === null) return 1;
    return a.year - b.year;
  }
  return a.number - b.number;
}

export function compareIssueKeys(a: IssueKey, b: IssueKey): number {
  const ia = issueIdOf(a);
  const ib = issueIdOf(b);
  if (!ia || !ib) return a < b ? -1 : a > b ? 1 : 0;
  return compareIssueIds(ia, ib);
}

/**
 * The issue after `id`. A yearly count starts again at 1 in a new year: an ISO-week count after
 * the year's last week, another when the next issue appears in a later year than this one. An
 * issue named by its day is followed by the one of the day it comes out.
 * Undefined past the largest number we can write exactly.
 */
export function nextIssueId(id: IssueId, nextPublished: IsoDate): IssueId | undefined {
  // An issue named by its day: the day it comes out, and never the day of the one before.
  if (id.dated) return datedIssueId(daysBetween(dayOf(id), nextPublished) > 0 ? nextPublished : addDays(dayOf(id), 1));
  if (id.year === null) return id.number >= MAX_ISSUE_NUMBER ? undefined : { ...id, number: id.number + 1 };
  if (id.week) {
    return id.number >= isoWeeksInYear(id.year) ? { ...id, year: id.year + 1, number: 1 } : { ...id, number: id.number + 1 };
  }
  const year = dateParts(nextPublished).year;
  return year > id.year ? { ...id, year, number: 1 } : { ...id, number: id.number + 1 };
}
