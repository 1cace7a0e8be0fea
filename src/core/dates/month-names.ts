/** English month names, as titles and date formats (`MMMM`, `MMM`) write them. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A month's name or its abbreviation (`May`, `Apr`, `Sept.`), any case, as a regular expression's source. */
export const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** The month (1–12) a name or abbreviation stands for; undefined for anything else. */
export function monthOfName(name: string): number | undefined {
  // Read by its first three letters, as dates are written in any spelling of the month.
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const index = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(key));
  return key.length === 3 && index !== -1 ? index + 1 : undefined;
}

/**
 * How a title writes a month: its full name (`MMMM`) or the first three letters (`MMM`), with the
 * dot written after it where there is one (`Nov.` is `MMM.`, the dotted abbreviation American
 * styles write: `Sept.`, `June`); three letters and a dot where those styles write otherwise
 * (`Sep.`, `Jun.`) are written so again (`MMM[.]`).
 */
export function monthToken(written: string): string {
  if (written.endsWith('.')) {
    const letters = written.slice(0, -1);
    const month = monthOfName(letters);
    return letters.length === 3 && (month === 6 || month === 7 || month === 9) ? 'MMM[.]' : `${monthToken(letters)}.`;
  }
  const month = monthOfName(written);
  return month !== undefined && MONTH_NAMES[month - 1]?.toLowerCase() === written.toLowerCase() ? 'MMMM' : 'MMM';
}

/** A day written with its month named, where a text holds one, and how each part is written. */
export interface NamedDay {
  year: number;
  month: number;
  day: number;
  /** Where the day's words start and end in the text. */
  start: number;
  end: number;
  monthText: string;
  dayText: string;
  yearText: string;
  /** The ordinal the day carries, as written (`st` of `1st`), if any. */
  ordinal?: string;
}

/** The English ordinal ending of a day of the month: `st` (1st, 21st), `nd`, `rd`, `th` (11th, 12th, 13th). */
export function ordinalSuffix(day: number): 'st' | 'nd' | 'rd' | 'th' {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return day % 10 === 1 ? 'st' : day % 10 === 2 ? 'nd' : day % 10 === 3 ? 'rd' : 'th';
}

/**
 * A day written month first, `Aug 19, 2026` (groups: month, space, day, ordinal, comma and space,
 * year), and day first, `19th August 2026`, `19th of August 2026` (day, ordinal, space and `of`,
 * month, comma and space, year),
 * as regular expressions' sources: not inside a word or a number.
 */
export const MONTH_FIRST_DAY = String.raw`(?<![\p{L}\p{N}])(${MONTH_NAME})([ \t]+)(\d{1,2})(st|nd|rd|th)?(,?[ \t]+)(\d{4})(?!\d)`;
export const DAY_FIRST_DAY = String.raw`(?<![\p{L}\p{N}])(\d{1,2})(st|nd|rd|th)?([ \t]+(?:of[ \t]+)?)(${MONTH_NAME})(,?[ \t]+)(\d{4})(?!\d)`;

const NAMED_DAY = new RegExp(`${MONTH_FIRST_DAY}|${DAY_FIRST_DAY}`, 'iu');

/** The first day a text writes month first or day first: `May 1, 2022`, `1st May 2022`, `Apr 24 2022`. */
export function findNamedDay(text: string): NamedDay | undefined {
  const m = NAMED_DAY.exec(text);
  if (!m) return undefined;
  const monthFirst = m[1] !== undefined;
  const [monthText, dayText, ordinal, yearText] = (monthFirst ? [m[1], m[3], m[4], m[6]] : [m[10], m[7], m[8], m[12]]) as [string, string, string | undefined, string];
  const month = monthOfName(monthText);
  if (month === undefined) return undefined;
  return { year: Number(yearText), month, day: Number(dayText), start: m.index, end: m.index + m[0].length, monthText, dayText, yearText, ...(ordinal === undefined ? {} : { ordinal }) };
}
