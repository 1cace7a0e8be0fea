import type { IsoDate } from '../dates/calendar-date.ts';
import { formatDate } from '../issue/pattern.ts';
import { replaceWords } from '../markdown/word-at.ts';

/** A day's name in a pattern and the day it names in this issue (`published`, `end`, `start`). */
export type NamedDay = readonly [name: string, day: IsoDate | null | undefined];

/**
 * A metadata field's text with the days, where an address writes them with the month's
 * name (`slug: weekly-thing-128-nov-30-2019`, `/2019/november-30-2019/`), as tokens
 * (`{published:mmm-D-YYYY}`), so the next issue's are written for its own days. The form the
 * title writes its day in, as an address writes it, is tried first: it tells a padded day from
 * an unpadded one where this day (30) cannot.
 */
export function withAddressDays(raw: string, days: readonly NamedDay[], titlePattern: string): string {
  let out = raw;
  for (const [name, day] of days) {
    // (Every form writes the year: a field without it is passed over at once, as most are.)
    if (!day || !raw.includes(day.slice(0, 4))) continue;
    for (const format of [...titleForms(titlePattern, name), ...ADDRESS_DAY_FORMATS]) {
      const replaced = replaceWords(out, formatDate(day, format), `{${name}:${format}}`);
      if (replaced === out) continue;
      out = replaced;
      break;
    }
  }
  return withPathMonth(out, days.find(([name]) => name === 'published')?.[1]);
}

/**
 * A path's year and month of the day, as folders (`path: "/issues/2019/nov/37"`,
 * `/blog/2024/11/kites/`), as tokens; where no day was found in it.
 */
function withPathMonth(raw: string, day: IsoDate | null | undefined): string {
  if (!day || !raw.includes(day.slice(0, 4)) || /\{published:/.test(raw)) return raw;
  for (const format of PATH_MONTH_FORMATS) {
    const at = new RegExp(`(?<=/)${formatDate(day, format)}(?=/|$|["'\\s])`, 'g');
    if (at.test(raw)) return raw.replace(at, `{published:${format}}`);
  }
  return raw;
}

/** A year and a month as folders write them: figures, or the month's name in lower case or with a capital. */
const PATH_MONTH_FORMATS: readonly string[] = ['YYYY/MM', 'YYYY/M', 'YYYY/mmm', 'YYYY/MMM', 'YYYY/mmmm', 'YYYY/MMMM'];

/** Days with the month's name as addresses write them: lower case, a hyphen between the parts. */
const ADDRESS_DAY_FORMATS: readonly string[] = ['mmm', 'mmmm'].flatMap((month) =>
  ['D', 'DD', 'Do'].flatMap((day) => [`${month}-${day}-YYYY`, `${day}-${month}-YYYY`, `YYYY-${month}-${day}`]),
);

/**
 * The forms the title pattern writes this day in (`{published:MMM D, YYYY}`), as an address
 * writes them (`mmm-D-YYYY`), where they name the month: with the month as the title writes it,
 * then the other way (an address may shorten a month the title spells out, and keep its day's
 * padding). Not one written in another language.
 */
function titleForms(titlePattern: string, name: string): string[] {
  return [...titlePattern.matchAll(/\{(\w+):([^}@[\]]+)\}/g)].flatMap(([, token, format]) => {
    if (token !== name || !/MMM/.test(format as string)) return [];
    const parts = (format as string).split(/(MMMM|MMM\.?|YYYY|YY|MM|M|Do|DD|D)/);
    const address = (month: (written: string) => string): string =>
      parts
        .map((part, i) => (i % 2 === 1 ? (part.startsWith('MMM') ? month(part) : part) : part.replace(/[^\p{L}\p{N}]+/gu, '-')))
        .join('')
        .replace(/^-+|-+$/g, '');
    const forms = [address((m) => (m === 'MMMM' ? 'mmmm' : 'mmm')), address((m) => (m === 'MMMM' ? 'mmm' : 'mmmm'))];
    return forms.filter((f) => /^[\w-]+$/.test(f));
  });
}
