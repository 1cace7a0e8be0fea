import { figureFormat } from '../dates/figure-format.ts';
import { isValidDay, toIsoDate, type IsoDate } from '../dates/calendar-date.ts';
import { shiftFromPublished } from '../dates/publication-shift.ts';
import { findNamedDay } from '../dates/month-names.ts';
import { WEEKDAY_NAMES } from '../dates/weekday-names.ts';
import { formatDate } from './pattern.ts';
import { weekdayBefore } from './weekday-beside.ts';

/** A calendar day if the parts make one. */
function day(year: number, month: number, d: number): IsoDate | undefined {
  return isValidDay(year, month, d) ? toIsoDate({ year, month, day: d }) : undefined;
}

/**
 * The day a `date` field names, in the spellings digests use: `2026-08-19`, `2013-06-07 18:46`,
 * `2024-10-21T10:00:00Z`, `2014/7/20`, `2014.07.20`, `2014年7月20日`, `08-19-2026` (month first,
 * unless the first part cannot be a month), `July 20, 2014`, `20 July 2014`.
 */
export function readDateField(value: string): IsoDate | undefined {
  const text = value.trim();
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:$|[T\s])/.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|[T\s])/.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return a > 12 ? day(year, b, a) : day(year, a, b);
  }
  const named = findNamedDay(text);
  // After its weekday too, as RSS writes a day (`Sat, 14 Nov 2026 09:00:00 +0000`).
  return named && (named.start === 0 || WEEKDAY_FIRST.test(text.slice(0, named.start))) ? day(named.year, named.month, named.day) : undefined;
}

/** A weekday's name or abbreviation opening a date (`Saturday `, `Sat, `). */
const WEEKDAY_FIRST = new RegExp(`^(?:${WEEKDAY_NAMES.map((n) => `${n}|${n.slice(0, 3)}`).join('|')})\\.?,?[ \\t]+$`, 'i');

/** The publication day a file name gives: `2014-07-20-…`, `2018-1-1-…`, `pgnews-2022-05-01.md`. */
export function publishedFromFileName(fileName: string): IsoDate | undefined {
  // Jekyll's posts start with it; other names carry it after a word (`pgnews-2022-05-01.md`).
  const m = /(?:^|[^\d])(\d{4})-(\d{1,2})-(\d{1,2})(?:[-_.]|$)/.exec(fileName.replace(/^.*[\\/]/, ''));
  return m ? day(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * How a date field writes its day, as a date format for patterns (`YYYY-MM-DD`, `MM-DD-YYYY`,
 * `YYYY/M/D`, `MMMM D, YYYY`), with anything after the day kept as written (` 18:46`); a day a few days from
 * `published` (a post dated two days after the week it names ends) as that many days from it,
 * `{published+2:YYYY-MM-DD}`. Undefined when the field does not start with a day in a spelling
 * we can write, or one far from `published`.
 */
export function dateFieldPattern(value: string, published: IsoDate): string | undefined {
  const text = value.trim();
  const forms: [RegExp, (m: RegExpExecArray) => { year: number; month: number; d: number; format: string }][] = [
    [/^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})/, (m) => ({ year: Number(m[1]), month: Number(m[3]), d: Number(m[4]), format: `YYYY${m[2]}${figureFormat(m[3] as string, 'M')}${m[2]}${figureFormat(m[4] as string, 'D')}` })],
    [/^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})/, (m) => ({ year: Number(m[4]), month: Number(m[1]), d: Number(m[3]), format: `${figureFormat(m[1] as string, 'M')}${m[2]}${figureFormat(m[3] as string, 'D')}${m[2]}YYYY` })],
  ];
  for (const [regex, read] of forms) {
    const m = regex.exec(text);
    if (!m) continue;
    const { year, month, d, format } = read(m);
    const written = day(year, month, d);
    if (written === undefined) continue;
    const name = publishedTokenName(written, published);
    if (name === undefined) continue;
    return `{${name}:${format}}${text.slice(m[0].length)}`;
  }
  // A month by its name (Notion's `October 1, 2024 10:20 AM`), written as the field writes it.
  const written = readDateField(text);
  const name = written === undefined ? undefined : publishedTokenName(written, published);
  if (written === undefined || name === undefined) return undefined;
  // A weekday before it is the day's (`Sat, 14 Nov 2026 09:00:00 +0000`), or the field is no day we can write.
  const at = findNamedDay(text)?.start ?? 0;
  const weekday = at === 0 ? { length: 0, format: '' } : weekdayBefore(text, at, written);
  if (weekday?.length !== at) return undefined;
  for (const format of NAMED_MONTH_FORMATS) {
    const shown = formatDate(written, format);
    if (text.startsWith(shown, at)) return `{${name}:${weekday.format}${format}}${text.slice(at + shown.length)}`;
  }
  return undefined;
}

/** How a date field writes a day with its month named, longest first (`MMMM D` before `MMM D`: `May` is both). */
const NAMED_MONTH_FORMATS = ['MMMM Do, YYYY', 'Do MMMM YYYY', 'MMMM D, YYYY', 'D MMMM YYYY', 'MMM D, YYYY', 'D MMM YYYY'] as const;

/**
 * The token name that writes `day` from the issue's publication day: `published`, or some days
 * from it (`published+2`, `published-2`: a title naming the Saturday its week ends, the post
 * out on the Monday); undefined where the two are too far apart to follow one another.
 */
export function publishedTokenName(day: IsoDate, published: IsoDate): string | undefined {
  const shift = shiftFromPublished(day, published);
  if (shift === undefined) return undefined;
  return shift === 0 ? 'published' : `published${shift > 0 ? '+' : ''}${shift}`;
}

