import { dateParts, isIsoDate } from '../dates/calendar-date.ts';
import { toChineseNumeral } from './chinese-numerals.ts';

/**
 * Values a pattern can name. Dates are `YYYY-MM-DD`; numbers may be written `{number:zh}`.
 */
export type PatternValues = Record<string, string | number | undefined>;

const TOKEN = /\{(\w+)(?::([^}]*))?\}/g;

/**
 * Fills `{name}` and `{name:FORMAT}` in a pattern. Date formats use YYYY, YY, MM, M, DD, D
 * (`{start:MM.DD}` → `07.01`); `{number:zh}` writes a Chinese numeral. Unknown names are kept
 * as written so that a typo in a pattern shows up in the output instead of vanishing.
 */
export function formatPattern(pattern: string, values: PatternValues): string {
  return pattern.replace(TOKEN, (whole, name: string, format: string | undefined) => {
    const value = values[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return format === 'zh' ? toChineseNumeral(value) : String(value);
    if (format && isIsoDate(value)) return formatDate(value, format);
    return value;
  });
}

export function formatDate(date: string, format: string): string {
  const { year, month, day } = dateParts(date);
  return format.replace(/YYYY|YY|MM|M|DD|D/g, (token) => {
    switch (token) {
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
      default:
        return String(day);
    }
  });
}

/** The names a pattern uses, for validating a pattern the editor typed. */
export function patternNames(pattern: string): string[] {
  return [...pattern.matchAll(TOKEN)].map((m) => m[1] as string);
}
