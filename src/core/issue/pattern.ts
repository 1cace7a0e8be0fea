import { addDays, dateParts, isIsoDate } from '../dates/calendar-date.ts';
import { isMonthLanguage, LOCAL_WEEKDAY_NAMES, localMonthName, type MonthLanguage } from '../dates/local-month-names.ts';
import { MONTH_NAMES, ordinalSuffix } from '../dates/month-names.ts';
import { CHINESE_WEEKDAYS, JAPANESE_WEEKDAYS, WEEKDAY_NAMES, weekdayOf } from '../dates/weekday-names.ts';
import { toChineseNumeral } from './chinese-numerals.ts';
import { englishCardinal, englishOrdinal } from './english-numbers.ts';
import { TOKEN_SOURCE, withoutSubtitle } from './pattern-token.ts';

/**
 * Values a pattern can name. Dates are `YYYY-MM-DD`; numbers may be written `{number:zh}`.
 */
export type PatternValues = Record<string, string | number | undefined>;

const TOKEN = new RegExp(TOKEN_SOURCE, 'g');

/**
 * The value a token names: a value, a day some days from a named day (`published+2`), or a
 * number some way from a named number (`number-1`, the issue before).
 */
export function tokenValue(values: PatternValues, name: string): string | number | undefined {
  const shifted = /^(\w+)([+-]\d{1,2})$/.exec(name);
  if (!shifted) return values[name];
  const value = values[shifted[1] as string];
  if (typeof value === 'number') return value + Number(shifted[2]);
  return typeof value === 'string' && isIsoDate(value) ? addDays(value, Number(shifted[2])) : undefined;
}

/**
 * Fills `{name}` and `{name:FORMAT}` in a pattern. Date formats use YYYY, YY, MMMM (May), MMM
 * (Sep), MMM. (Sept., Nov.: a dotted abbreviation as American styles write one; May and June
 * spelled out), mmmm (may), mmm (nov, as an address writes it), MM, M, DD, D, Do (14th), dddd (Monday), Dddd (a weekday with a capital), ddd (Mon), E (the Chinese weekday of 周一, 星期日), J (the Japanese weekday of （土）), Q (the quarter, 1–4), words in
 * brackets as they stand (`{start:MM.DD}` → `07.01`, `{published:MMMM D, YYYY}` → `May 1, 2022`); a date format
 * ending in a language's code writes its months and weekdays (`dddd`) in that language (`{published:D [de] mmmm [de] YYYY@es}` →
 * `1 de mayo de 2022`, see local-month-names.ts); `{number:zh}` writes a Chinese numeral, `{number:o}` an English ordinal in figures (`20th`), `{number:ordinal}` and `{number:words}` in words (`twentieth`, `twenty`; `Ordinal` and `Words` with a capital), `{number:2}` pads to two
 * digits, `{number:1000-}` counts down from 1000 as the number counts up (a field listing the
 * newest issue first, Hugo's `weight`) and `{number:+100}` counts on a distance from it, `{subtitle:slug}` writes words as an address does (see slug). An empty `{subtitle}` takes the separator before it along (`Issue 12: ` → `Issue 12`).
 * Unknown names are kept as written so that a typo in a pattern shows up in the output instead
 * of vanishing.
 */
export function formatPattern(pattern: string, values: PatternValues): string {
  const shaped = values.subtitle === '' ? withoutSubtitle(pattern) : pattern;
  return shaped.replace(TOKEN, (whole, name: string, format: string | undefined) => formatToken(values, name, format) ?? whole);
}

/** One token's text (`{number:3}`, `{published:D MMM YYYY}`, `{span-7: - |D MMM}`); undefined where the values hold none for it. */
export function formatToken(values: PatternValues, name: string, format: string | undefined): string | undefined {
  return SPAN_NAME.test(name) ? spanValue(values, name, format) : formatValue(tokenValue(values, name), format);
}

/**
 * A span of days as one token: `{span:SEPARATOR|FORM}` from the start to its end,
 * `{span-7:SEPARATOR|FORM}` the week up to the day it comes out, `{span-6-1:SEPARATOR|FORM}` the
 * week up to the day before (see formatSpan); `|M` after the form writes the month on both days
 * where they share it (`Nov 18 – Nov 24, 2025`), `|Y` both days whole (`6 Feb 2017 - 13 Feb 2017`).
 */
const SPAN_NAME = /^span(?:-\d{1,2}(?:[+-]\d{1,2})?)?$/;

function spanValue(values: PatternValues, name: string, format: string | undefined): string | undefined {
  const [, back, shift] = /^span-(\d+)([+-]\d+)?$/.exec(name) ?? [];
  const to = back === undefined ? values.end : (values.published ?? values.end);
  const end = typeof to === 'string' && isIsoDate(to) && shift !== undefined ? addDays(to, Number(shift)) : to;
  const start = back === undefined ? values.start : typeof end === 'string' && isIsoDate(end) ? addDays(end, -Number(back)) : undefined;
  const [separator, form, keep] = format?.split('|') ?? [];
  if (separator === undefined || form === undefined || typeof start !== 'string' || typeof end !== 'string' || !isIsoDate(start) || !isIsoDate(end) || start > end) return undefined;
  return formatSpan(start, end, separator, form, keep === 'M' || keep === 'Y' ? keep : undefined);
}

/**
 * Two days written as one span, in a form that writes one day (`MMMM D, YYYY`, `D MMMM YYYY`),
 * with what both share written once, where the form puts it: a year or month that ends the form
 * after the last day only, one that opens it before the first day only (`November 18 to 25,
 * 2025`, `November 25 to December 2, 2025`, `December 29, 2025 to January 5, 2026`, `18–25
 * November 2025`, `25 November – 2 December 2025`); with `keep` `M`, a month on both days all the
 * same (`Nov 18 – Nov 24, 2025`); with `Y`, both days whole (`6 Feb 2017 - 13 Feb 2017`).
 */
export function formatSpan(start: string, end: string, separator: string, form: string, keep?: 'M' | 'Y'): string {
  if (start === end) return formatDate(end, form);
  // Days in figures alone (`2026-09-06 to 2026-09-13`) are written whole, both of them.
  if (keep === 'Y' || /^YYYY([-/.])MM\1DD$/.test(form)) return formatDate(start, form) + separator + formatDate(end, form);
  const [a, b] = [dateParts(start), dateParts(end)];
  const shared = (token: string): boolean => (token.startsWith('Y') ? a.year === b.year : token.startsWith('M') ? keep !== 'M' && a.year === b.year && a.month === b.month : false);
  // The form's text and tokens in turn: tokens at the odd places.
  const pieces = form.split(/(YYYY|MMMM|MMM|MM|M|DD|D)/);
  let first = pieces.length;
  while (first >= 3 && shared(pieces[first - 2] as string)) first -= 2;
  let last = 0;
  while (last + 2 < pieces.length && shared(pieces[last + 1] as string)) last += 2;
  const startForm = first === pieces.length ? form : pieces.slice(0, first - 1).join('');
  const endForm = last === 0 ? form : pieces.slice(last + 1).join('');
  return formatDate(start, startForm) + separator + formatDate(end, endForm);
}

/** One value as a pattern token writes it; undefined when it has none. */
export function formatValue(value: string | number | undefined, format: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    if (format === 'zh') return toChineseNumeral(value) ?? String(value);
    // English's ordinals and words (see withEnglishNumberTokens): `20th`, `twentieth`, `Twenty`.
    if (format === 'o') return `${value}${ordinalSuffix(value)}`;
    const words = format === undefined ? undefined : /^ordinal$/i.test(format) ? englishOrdinal(value) : /^words$/i.test(format) ? englishCardinal(value) : undefined;
    if (words !== undefined) return format !== undefined && /^[OW]/.test(format) ? words[0]?.toUpperCase() + words.slice(1) : words;
    if (format && /^\d$/.test(format)) return String(value).padStart(Number(format), '0');
    // A count kept with the number: down from a figure (`1000-`: 957 for 43), or on from it (`+100`: 143).
    const counted = format === undefined ? null : /^(\d{1,9})-$|^\+(\d{1,9})$/.exec(format);
    if (counted) return String(counted[1] !== undefined ? Number(counted[1]) - value : value + Number(counted[2]));
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
  return shape.replace(/\[[^\]]*\]|YYYY|YY|MMMM|mmmm|MMM\.|MMM|mmm|MM|M|Dddd|Do|DD|D|dddd|ddd|E|J|Q/g, (token) => {
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
      case 'J':
        return JAPANESE_WEEKDAYS[weekdayOf(date)] as string;
      case 'MMMM':
      case 'mmmm': {
        const name = language ? localMonthName(language, month, token === 'MMMM') : (MONTH_NAMES[month - 1] as string);
        return token === 'mmmm' && !language ? (name as string).toLowerCase() : (name as string);
      }
      case 'MMM':
        return (MONTH_NAMES[month - 1] as string).slice(0, 3);
      case 'mmm':
        return (MONTH_NAMES[month - 1] as string).slice(0, 3).toLowerCase();
      case 'MMM.':
        // Abbreviated with a dot, as American styles write months: never `May.`, and `Sept.`,
        // `June` and `July` as both AP and Chicago write them.
        return DOTTED_MONTHS[month - 1] as string;
      case 'YYYY':
        return String(year).padStart(4, '0');
      case 'YY':
        return String(year % 100).padStart(2, '0');
      case 'MM':
        return String(month).padStart(2, '0');
      case 'M':
        return String(month);
      case 'Q':
        return String(Math.ceil(month / 3));
      case 'Do':
        return `${day}${ordinalSuffix(day)}`;
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

/** Months abbreviated with a dot (`MMM.`), as American styles write them. */
const DOTTED_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;

/** A date format and the language it names its months in, where it ends in one (`D. MMMM YYYY@de`). */
function withLanguage(format: string): [string, MonthLanguage | undefined] {
  const at = format.lastIndexOf('@');
  const code = at === -1 ? '' : format.slice(at + 1);
  return isMonthLanguage(code) ? [format.slice(0, at), code] : [format, undefined];
}

/** The names a pattern uses, for validating a pattern the editor typed. */
export function patternNames(pattern: string): string[] {
  return [...pattern.matchAll(TOKEN)].map((m) => (m[1] as string).replace(/(?:[+-]\d+)+$/, ''));
}
