import { isValidDay, toIsoDate, type IsoDate } from '../dates/calendar-date.ts';
import { findNamedDay } from '../dates/month-names.ts';

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
  return named?.start === 0 ? day(named.year, named.month, named.day) : undefined;
}

/** The publication day a file name gives: `2014-07-20-…`, `2018-1-1-…`, `pgnews-2022-05-01.md`. */
export function publishedFromFileName(fileName: string): IsoDate | undefined {
  // Jekyll's posts start with it; other names carry it after a word (`pgnews-2022-05-01.md`).
  const m = /(?:^|[^\d])(\d{4})-(\d{1,2})-(\d{1,2})(?:[-_.]|$)/.exec(fileName.replace(/^.*[\\/]/, ''));
  return m ? day(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * How a date field writes its day, as a date format for patterns (`YYYY-MM-DD`, `MM-DD-YYYY`,
 * `YYYY/M/D`), with anything after the day kept as written (` 18:46`); undefined when the
 * field does not start with `published` in a spelling we can write.
 */
export function dateFieldPattern(value: string, published: IsoDate): string | undefined {
  const text = value.trim();
  const [year, month, d] = published.split('-').map(Number) as [number, number, number];
  const forms: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
    [/^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})/, (m) => (Number(m[1]) === year && Number(m[3]) === month && Number(m[4]) === d ? `YYYY${m[2]}${width(m[3] as string, 'M')}${m[2]}${width(m[4] as string, 'D')}` : undefined)],
    [/^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})/, (m) => (Number(m[4]) === year && Number(m[1]) === month && Number(m[3]) === d ? `${width(m[1] as string, 'M')}${m[2]}${width(m[3] as string, 'D')}${m[2]}YYYY` : undefined)],
  ];
  for (const [regex, format] of forms) {
    const m = regex.exec(text);
    const f = m && format(m);
    if (m && f) return `{published:${f}}${text.slice(m[0].length)}`;
  }
  return undefined;
}

function width(part: string, token: 'M' | 'D'): string {
  return part.length === 2 ? token + token : token;
}
