import { addDays, isIsoDate, type IsoDate } from './calendar-date.ts';

/** A day written in full, `2026-08-19`, not part of a longer run of digits or dashes. */
const WRITTEN_DAY = /(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])/g;

/** Whether the text writes a day in full (`Rusty Events between 2026-08-19 - 2026-09-16`). */
export function writesDays(text: string): boolean {
  return [...text.matchAll(WRITTEN_DAY)].some((m) => isIsoDate(m[0]));
}

/** The text with every day it writes in full moved by `days` (`2026-08-12` by 7 is `2026-08-19`). */
export function moveDays(text: string, days: number): string {
  if (days === 0) return text;
  return text.replace(WRITTEN_DAY, (day: IsoDate) => (isIsoDate(day) ? addDays(day, days) : day));
}
