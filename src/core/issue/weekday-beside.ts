import type { IsoDate } from '../dates/calendar-date.ts';
import { formatDate } from './pattern.ts';

/** A weekday before a day (`Monday, `, `Mon `), each with a comma and without. */
const BEFORE = [
  ['dddd, ', 'dddd '],
  ['Dddd, ', 'Dddd '],
  ['ddd, ', 'ddd '],
] as const;

/** A weekday after a day (` 周一`, `（星期一）`, `（土）`, ` (Mon)`, `, Monday`). */
const AFTER = [' 周E', '（周E）', '(周E)', ' (周E)', ' 星期E', '（星期E）', '(星期E)', ' (星期E)', '周E', '（J）', '(J)', ' (J)', ' (dddd)', ', dddd', ' (ddd)', ', ddd'] as const;

/** A weekday written beside a day: how many characters, and the format that writes it. */
export interface WeekdayBeside {
  length: number;
  format: string;
}

/**
 * The weekday of `date` written right before `at` in `text` (`Saturday, ` before `November 14`),
 * in the language a date format's `@de` names (`Samstag, `), as a format to open the day's with.
 */
export function weekdayBefore(text: string, at: number, date: IsoDate, language = ''): WeekdayBeside | undefined {
  const before = text.slice(0, at);
  for (const forms of BEFORE) {
    for (const format of forms) {
      const written = formatDate(date, format + language);
      if (before.endsWith(written)) return { length: written.length, format };
    }
  }
  return undefined;
}

/** The weekday of `date` written right after `at` in `text` (` 星期六` after `2026年11月14日`), as a format to close the day's with. */
export function weekdayAfter(text: string, at: number, date: IsoDate): WeekdayBeside | undefined {
  for (const format of AFTER) {
    const written = formatDate(date, format);
    if (text.startsWith(written, at)) return { length: written.length, format };
  }
  return undefined;
}
