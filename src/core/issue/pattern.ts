import { addDays, dateParts, isIsoDate } from '../dates/calendar-date.ts';
import { isMonthLanguage, LOCAL_WEEKDAY_NAMES, localMonthName, type MonthLanguage } from '../dates/local-month-names.ts';
import { MONTH_NAMES } from '../dates/month-names.ts';
import { CHINESE_WEEKDAYS, WEEKDAY_NAMES, weekdayOf } from '../dates/weekday-names.ts';
import { toChineseNumeral } from './chinese-numerals.ts';
import { TOKEN_SOURCE, withoutSubtitle } from './pattern-token.ts';

/**
 * Values a pattern can name. Dates are `YYYY-MM-DD`; numbers may be written `{number:zh}`.
 */
export type PatternValues = Record<string, string | number | undefined>;

const TOKEN = new RegExp(TOKEN_SOURCE, 'g');

/** The value a token names: a value, or a day some days from a named day (`published+2`). */
export function tokenValue(values: PatternValues, name: string): string | number | undefined {
  const shifted = /^(\w+)([+-]\d{1,2})$/.exec(name);
  if (!shifted) return values[name];
  const day = values[shifted[1] as string];
  return typeof day === 'string' && isIsoDate(day) ? addDays(day, Number(shifted[2])) : undefined;
}

/**
 * Fills `{name}` and `{name:FORMAT}` in a pattern. Date formats use YYYY, YY, MMMM (May), MMM
 * (Sep), mmmm (may), MM, M, DD, D, dddd (Monday), Dddd (a weekday with a capital), ddd (Mon), E (the Chinese weekday of 周一, 星期日), words in
 * brackets as they stand (`{start:MM.DD}` → `07.01`, `{published:MMMM D, YYYY}` → `May 1, 2022`); a date format
 * ending in a language's code writes its months and weekdays (`dddd`) in that language (`{published:D [de] mmmm [de] YYYY@es}` →
 * `1 de mayo de 2022`, see local-month-names.ts); `{number:zh}` writes a Chinese numeral, `{number:2}` pads to two
 * digits, `{subtitle:slug}` writes words as an address does (see slug). An empty `{subtitle}` takes the separator before it along (`Issue 12: ` → `Issue 12`).
 * Unknown names are kept as written so that a typo in a pattern shows up in the output instead
 * of vanishing.
 */
export function formatPattern(pattern: string, values: PatternValues): string {
  const shaped = values.subtitle === '' ? withoutSubtitle(pattern) : pattern;
  return shaped.replace(TOKEN, (whole, name: string, format: string | undefined) => formatValue(tokenValue(values, name), format) ?? whole);
}

/** One value as a pattern token writes it; undefined when it has none. */
export function formatValue(value: string | number | undefined, format: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    if (format === 'zh') return toChineseNumeral(value) ?? String(value);
    if (format && /^\d$/.test(format)) return String(value).padStart(Number(format), '0');
    return String(value);
  }
  if (format && isIsoDate(value)) return formatDate(value, format);
  if (format === 'slug') return slug(value);
  return value;
}

/**
 * Words as an address writes them (`{subtitle:slug}`): lower case, each run of what is not a
 * letter or digit one hyphen (`Blockchain, Bezos, Privacy` → `blockchain-bezos-privacy`).
 */
export function slug(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function formatDate(date: string, format: string): string {
  const { year, month, day } = dateParts(date);
  const [shape, language] = withLanguage(format);
  return shape.replace(/\[[^\]]*\]|YYYY|YY|MMMM|mmmm|MMM|MM|M|Dddd|DD|D|dddd|ddd|E/g, (token) => {
    switch (token) {
      case 'dddd':
        return ((language ? LOCAL_WEEKDAY_NAMES[language] : WEEKDAY_NAMES)[weekdayOf(date)]) as string;
      case 'Dddd': {
        // A weekday with a capital where its language writes none (`Lundi 30 novembre` opening a heading).
        const name = (language ? LOCAL_WEEKDAY_NAMES[language] : WEEKDAY_NAMES)[weekdayOf(date)] as string;
        return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
      }
      case 'ddd':
        return (WEEKDAY_NAMES[weekdayOf(date)] as string).slice(0, 3);
      case 'E':
        return CHINESE_WEEKDAYS[weekdayOf(date)] as string;
      case 'MMMM':
      case 'mmmm': {
        const name = language ? localMonthName(language, month, token === 'MMMM') : (MONTH_NAMES[month - 1] as string);
        return token === 'mmmm' && !language ? (name as string).toLowerCase() : (name as string);
      }
      case 'MMM':
        return (MONTH_NAMES[month - 1] as string).slice(0, 3);
      case 'YYYY':
        return String(year).padStart(4, '0');
      case 'YY':
        return String(year % 100).padStart(2, '0');
      case 'MM':
        return String(month).padStart(2, '0');
      case 'M':
        return String(month);
      case 'DD':
        return String(day).padStart(2, '0');
      case 'D':
        return String(day);
      default:
        // Words in brackets, as they stand (`D [de] mmmm`: the `d` and `e` of `de` are no tokens).
        return token.slice(1, -1);
    }
  });
}

/** A date format and the language it names its months in, where it ends in one (`D. MMMM YYYY@de`). */
function withLanguage(format: string): [string, MonthLanguage | undefined] {
  const at = format.lastIndexOf('@');
  const code = at === -1 ? '' : format.slice(at + 1);
  return isMonthLanguage(code) ? [format.slice(0, at), code] : [format, undefined];
}

/** The names a pattern uses, for validating a pattern the editor typed. */
export function patternNames(pattern: string): string[] {
  return [...pattern.matchAll(TOKEN)].map((m) => (m[1] as string).replace(/[+-]\d+$/, ''));
}
