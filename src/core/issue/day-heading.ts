import { addDays, type IsoDate } from '../dates/calendar-date.ts';
import { localDayFormats } from '../dates/local-day-formats.ts';
import { formatDate } from './pattern.ts';
import { wordAt } from '../markdown/word-at.ts';
import { weekdayAfter, weekdayBefore } from './weekday-beside.ts';

/**
 * How headings write a day, longest first (a longer one that matches is the heading's): the
 * weekday before it or after it is looked for separately.
 */
const DAY_FORMATS = [
  'MMMM Do, YYYY',
  'MMMM D, YYYY',
  'Do MMMM YYYY',
  'D MMMM YYYY',
  'MMM Do, YYYY',
  'MMM D, YYYY',
  'YYYY年M月D日',
  'YYYY-MM-DD',
  'YYYY/MM/DD',
  'YYYY.MM.DD',
  'YYYY/M/D',
  'MMMM Do',
  'MMMM D',
  'Do MMMM',
  'D MMMM',
  'MMM Do',
  'MMM D',
  'Do MMM',
  'D MMM',
  'M月D日',
  'MM-DD',
  'MM/DD',
  'M/D',
] as const;

const PLAIN_FORMATS = DAY_FORMATS.filter((f) => !f.includes('Do'));

/** A day written with its ordinal: `9th`, `1st`. */
const ORDINAL = /\d(?:st|nd|rd|th)(?![\p{L}\p{N}])/u;

/** How far before an issue's day (and after) a day heading's day may be. */
const DAYS_BEFORE = 21;
const DAYS_AFTER = 1;

/**
 * A heading that names a day of the span (`## Monday, May 6`, `### 5月6日 周一`,
 * `## 2024-05-06`), as a pattern of its line with that day a token (`## {day:dddd, MMMM D}`);
 * undefined for any other. `anchor` is the day: a day within three weeks before it
 * (or the day after) is read, so a year need not be written.
 */
export function dayHeadingPattern(line: string, anchor: IsoDate): string | undefined {
  // Cheap refusals first: every day written so has a digit, and a heading naming a day is short.
  if (!/\d/.test(line) || line.length > 80 || /[{}]/.test(line)) return undefined;
  // A month named in another language (`5. Dezember`, `5 de diciembre`): that language's forms.
  const local = localDayFormats(line);
  // (Forms with an ordinal only where the line writes one: each form is tried for three weeks of days.)
  const english = ORDINAL.test(line) ? DAY_FORMATS : PLAIN_FORMATS;
  const formats = local ? [...local.formats, ...english] : english;
  const language = local ? `@${local.language}` : '';
  let best: { at: number; length: number; format: string } | undefined;
  for (let offset = -DAYS_BEFORE; offset <= DAYS_AFTER; offset++) {
    const date = addDays(anchor, offset);
    // Every form writes the day of the month (`D` or `DD`, which holds `D`'s digits).
    if (!line.includes(String(Number(date.slice(8))))) continue;
    for (const format of formats) {
      const written = formatDate(date, format);
      const at = wordAt(line, written);
      if (at === -1) continue;
      let start = at;
      let end = at + written.length;
      let full = format as string;
      // (A weekday in the format's language: `Montag, ` before `5. Dezember`.)
      const own = format.endsWith(language) ? language : '';
      const before = weekdayBefore(line, start, date, own);
      if (before) {
        start -= before.length;
        full = before.format + full;
      }
      const after = own === '' ? weekdayAfter(line, end, date) : undefined;
      if (after) {
        end += after.length;
        full += after.format;
      }
      // `May` is the month's name and its abbreviation: a digest that shortens the weekday
      // shortens the month too (`Mon May 6`, then `Mon Jun 3`).
      if (/(?<!d)ddd(?!d)/.test(full) && full.includes('MMMM') && formatDate(date, 'MMMM') === formatDate(date, 'MMM')) full = full.replace('MMMM', 'MMM');
      if (!best || end - start > best.length) best = { at: start, length: end - start, format: full };
    }
  }
  if (!best) return undefined;
  return `${line.slice(0, best.at)}{day:${best.format}}${line.slice(best.at + best.length)}`;
}
