import { addDays, dateParts, isValidDay, toIsoDate, type IsoDate } from './calendar-date.ts';
import { DAY_FIRST_DAY, MONTH_FIRST_DAY, MONTH_NAMES, monthOfName } from './month-names.ts';

/**
 * A way of writing a day in full (with its year), as standing words write it: how to find it,
 * read it and write another day the same way.
 */
interface DayForm {
  /** Global: every day of the form in a text. */
  pattern: RegExp;
  read: (m: RegExpMatchArray) => IsoDate | undefined;
  /** `day` written as the match wrote its own: the same separators, padding, month spelling. */
  write: (day: IsoDate, m: RegExpMatchArray) => string;
}

/** A day of the month as the written one was: zero-padded where it was. */
const padLike = (value: number, written: string): string => (written.length > 1 && written.startsWith('0') ? String(value).padStart(2, '0') : String(value));

/**
 * A month and day in digits as the written ones were: padded to two digits unless one was written
 * with one (`2026/8/30`); `12-29` says nothing either way and is taken as padded, as ISO days are.
 */
const monthDayLike = (month: number, day: number, writtenMonth: string, writtenDay: string): [string, string] => {
  const pad = writtenMonth.length > 1 && writtenDay.length > 1;
  return [month, day].map((n) => (pad ? String(n).padStart(2, '0') : String(n))) as [string, string];
};

const dayOf = (year: string, month: string | number | undefined, day: string): IsoDate | undefined => {
  const [y, mo, d] = [Number(year), Number(month), Number(day)];
  return month !== undefined && isValidDay(y, mo, d) ? toIsoDate({ year: y, month: mo, day: d }) : undefined;
};

/** A month named as the written one was: in full or cut to three letters (with its dot), in its case. */
function monthLike(month: number, written: string): string {
  const full = MONTH_NAMES[month - 1] as string;
  const bare = written.replace(/\.$/, '');
  const name = bare.length > 3 ? full : full.slice(0, 3);
  const cased = bare === bare.toUpperCase() ? name.toUpperCase() : bare === bare.toLowerCase() ? name.toLowerCase() : name;
  return cased + (written.endsWith('.') ? '.' : '');
}

const ordinal = (day: number): string => (day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th');

const DAY_FORMS: readonly DayForm[] = [
  // `2026-08-19`, `2026/08/19`, `2026.8.19`: one separator throughout, not part of a longer run.
  {
    pattern: /(?<!\d|\d[./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/-]|\.\d)/g,
    read: (m) => dayOf(m[1] as string, m[3], m[4] as string),
    write: (day, m) => {
      const { year, month, day: d } = dateParts(day);
      const [mm, dd] = monthDayLike(month, d, m[3] as string, m[4] as string);
      return `${year}${m[2]}${mm}${m[2]}${dd}`;
    },
  },
  // `2026年8月19日`.
  {
    pattern: /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日/g,
    read: (m) => dayOf(m[1] as string, m[2], m[3] as string),
    write: (day, m) => {
      const { year, month, day: d } = dateParts(day);
      const [mm, dd] = monthDayLike(month, d, m[2] as string, m[3] as string);
      return `${year}年${mm}月${dd}日`;
    },
  },
  // `Aug 19, 2026`, `August 19th 2026`.
  {
    pattern: new RegExp(MONTH_FIRST_DAY, 'giu'),
    read: (m) => dayOf(m[6] as string, monthOfName(m[1] as string), m[3] as string),
    write: (day, m) => {
      const { year, month, day: d } = dateParts(day);
      return `${monthLike(month, m[1] as string)}${m[2]}${padLike(d, m[3] as string)}${m[4] ? ordinal(d) : ''}${m[5]}${year}`;
    },
  },
  // `19 August 2026`, `19th Aug, 2026`.
  {
    pattern: new RegExp(DAY_FIRST_DAY, 'giu'),
    read: (m) => dayOf(m[6] as string, monthOfName(m[4] as string), m[1] as string),
    write: (day, m) => {
      const { year, month, day: d } = dateParts(day);
      return `${padLike(d, m[1] as string)}${m[2] ? ordinal(d) : ''}${m[3]}${monthLike(month, m[4] as string)}${m[5]}${year}`;
    },
  },
];

/**
 * Whether the text writes a day in full, with its year (`Rusty Events between 2026-08-19 -
 * 2026-09-16`, `Events from Aug 19, 2026`, `2026年8月19日起`).
 */
export function writesDays(text: string): boolean {
  return DAY_FORMS.some((form) => [...text.matchAll(form.pattern)].some((m) => form.read(m) !== undefined));
}

/**
 * The text with every day it writes in full moved by `days`, each written as it was
 * (`2026-08-12` by 7 is `2026-08-19`; `Aug 26, 2026` is `Sep 2, 2026`).
 */
export function moveDays(text: string, days: number): string {
  if (days === 0) return text;
  return DAY_FORMS.reduce(
    (moved, form) =>
      moved.replace(form.pattern, (...args: unknown[]) => {
        const m = args.slice(0, -2) as unknown as RegExpMatchArray;
        const day = form.read(m);
        return day === undefined ? (m[0] as string) : form.write(addDays(day, days), m);
      }),
    text,
  );
}
