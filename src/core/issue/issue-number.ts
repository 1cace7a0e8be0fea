import { figureFormat } from '../dates/figure-format.ts';
import { daysBetween, isValidDay, toIsoDate, type IsoDate } from '../dates/calendar-date.ts';
import { LOCAL_MONTH_NAME, readLocalMonth } from '../dates/local-month-names.ts';
import { findNamedDay, MONTH_NAME, monthToken, ordinalSuffix } from '../dates/month-names.ts';
import { MAX_ISSUE_NUMBER, datedIssueId, dayOf, type IssueId } from '../model/issue-key.ts';
import { weekdayAfter, weekdayBefore } from './weekday-beside.ts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numerals.ts';

/** An issue number found in a title, with where it stands and how it is written. */
export interface TitleNumber extends IssueId {
  /** Where the number (with its year, for a year-scoped one) starts and ends in the title. */
  start: number;
  end: number;
  /** Where the number's own digits start, and a year-scoped number's year (before or after it). */
  numberAt: number;
  yearAt?: number;
  /** How the number is written: digits, zero-padded to `pad` places, or a Chinese numeral. */
  style: { zh: boolean; pad: number };
  /** An issue named by its day: how the day is written, as a date format (`YYYY-MM-DD`). */
  dateFormat?: string;
}

/** A number too large to write and follow exactly: the file is refused, not rounded. */
export interface TooLarge {
  tooLarge: string;
}

/** Digits as an issue number: exact, or `TooLarge`. */
export function readDigits(text: string): number | TooLarge {
  // Compared as a big integer: 9007199254740993 must not pass as its neighbour.
  if (text.length > 16 || BigInt(text) > BigInt(MAX_ISSUE_NUMBER)) return { tooLarge: text };
  return Number(text);
}

export function isTooLarge(value: unknown): value is TooLarge {
  return typeof value === 'object' && value !== null && 'tooLarge' in value;
}

interface NumberPattern {
  regex: RegExp;
  /**
   * Groups: the year (when any), the number, and whether it counts the year's weeks; where the
   * number stands, and how many places it is padded to where the form fixes it (ISO weeks: 2).
   */
  read: (m: RegExpExecArray) => { year?: string; number: string; week?: boolean; numberIndex: number; pad?: number };
}

const ZH = `[${CHINESE_NUMERAL_CHARS}]+`;
const YEAR = String.raw`(?:19|20)\d{2}`;

/**
 * A week of the year, in the languages digests are written in: `Week 49`, `KW 49`
 * (Kalenderwoche), `Semaine 49`, `Semana 49`, `Settimana 49`, `Vecka 49`, `Неделя 49`.
 */
const WEEK = String.raw`(?:week|kw|woche|semaine|semana|settimana|vecka|uge|uke|tydzień|неделя|тиждень|hafta)`;

/** The last place `part` stands in a match: the number after its year, or the year after its number. */
const at = (m: RegExpExecArray, part: string): number => m.index + m[0].lastIndexOf(part);

/**
 * Where titles state their number, most specific first: 第十七期 · 第 407 期 · 제12호 · 2024年第23周 ·
 * 第23周 · 2024-W43 · 2017 Issue 17 · 2018-1 · 12/2026 · #17 · [17] · Issue 20, Ausgabe 20, Выпуск 20 ·
 * Week 23, 2024 · KW 49/2026 · 2024 Week 23 · Vol. 3, Week 3 · a bare trailing 665.
 */
const PATTERNS: NumberPattern[] = [
  { regex: new RegExp(`第[ \\t]*(${ZH}|\\d+)[ \\t]*[期号回]`), read: (m) => ({ number: m[1] as string, numberIndex: m.index + m[0].indexOf(m[1] as string) }) },
  { regex: /제[ \t]*(\d+)[ \t]*호/, read: (m) => ({ number: m[1] as string, numberIndex: m.index + m[0].indexOf(m[1] as string) }) },
  // A week of the year (`2024年第23周`, `2024 第23周周报`); without a year, a count (`第23周`).
  {
    regex: new RegExp(`(${YEAR})[ \\t]*年?[ \\t]*第[ \\t]*(\\d{1,2})[ \\t]*周`),
    read: (m) => ({ year: m[1], number: m[2] as string, week: true, numberIndex: at(m, m[2] as string) }),
  },
  { regex: new RegExp(`第[ \\t]*(${ZH}|\\d+)[ \\t]*周`), read: (m) => ({ number: m[1] as string, numberIndex: m.index + m[0].indexOf(m[1] as string) }) },
  // A count before 期 without 第 (`Rust 官方周报 398 期（2021-07-07）`): the issue, not the day after it.
  { regex: /(?<![\d.])(\d{1,6})[ \t]*期/, read: (m) => ({ number: m[1] as string, numberIndex: m.index + m[0].indexOf(m[1] as string) }) },
  {
    regex: new RegExp(String.raw`\b(${YEAR})[ \t]*-[ \t]*W(\d{1,2})\b`),
    read: (m) => ({ year: m[1], number: m[2] as string, week: true, numberIndex: at(m, m[2] as string), pad: 2 }),
  },
  {
    regex: new RegExp(String.raw`\b(${YEAR})[ \t]+(?:issue|no\.?|#)[ \t]*(\d+)\b`, 'i'),
    read: (m) => ({ year: m[1], number: m[2] as string, numberIndex: m.index + m[0].lastIndexOf(m[2] as string) }),
  },
  {
    regex: new RegExp(String.raw`\b(${YEAR})-(\d{1,2})\b(?![-/.]\d)`),
    read: (m) => ({ year: m[1], number: m[2] as string, numberIndex: m.index + m[0].lastIndexOf(m[2] as string) }),
  },
  // The number within its year, before it (`Ausgabe 12/2026`, `Nr. 3/2026`): the count starts again
  // each year. (A week's, `KW 49/2026`, is read below.)
  {
    regex: new RegExp(String.raw`(?<![\d./-])(?<!${WEEK}[ \t]*)(\d{1,2})[ \t]*/[ \t]*(${YEAR})(?![\d/])`, 'iu'),
    read: (m) => ({ year: m[2], number: m[1] as string, numberIndex: m.index + m[0].indexOf(m[1] as string) }),
  },
  { regex: /#[ \t]*(\d+)\b/, read: (m) => ({ number: m[1] as string, numberIndex: m.index + m[0].indexOf(m[1] as string) }) },
  { regex: /^[ \t]*\[(\d+)\]/, read: (m) => ({ number: m[1] as string, numberIndex: m.index + m[0].indexOf(m[1] as string) }) },
  {
    // Words for "issue" in the languages digests are written in; a volume only where no number is named.
    regex: /(?<![\p{L}\p{N}])(?:issue|no\.?|nr\.?|n\.?[°º]|núm\.?|№|edition|episode|ausgabe|nummer|numéro|número|edição|edicao|выпуск|номер)[ \t]*(\d+)(?!\d)/iu,
    read: (m) => ({ number: m[1] as string, numberIndex: m.index + m[0].lastIndexOf(m[1] as string) }),
  },
  // A week of a year the title names: `Week 23, 2024`, `Week 23 of 2024`, `2024, week 23`.
  {
    regex: new RegExp(String.raw`(?<![\p{L}\p{N}])${WEEK}[ \t]*(\d{1,2})(?:,[ \t]*|[ \t]*\/[ \t]*|[ \t]+(?:of|de|del|von)[ \t]+|[ \t]+)(${YEAR})(?!\d)`, 'iu'),
    read: (m) => ({ year: m[2], number: m[1] as string, week: true, numberIndex: m.index + m[0].indexOf(m[1] as string) }),
  },
  {
    regex: new RegExp(String.raw`(?<!\d)(${YEAR})[ \t]*[,/]?[ \t]*${WEEK}[ \t]*(\d{1,2})(?!\d)`, 'iu'),
    read: (m) => ({ year: m[1], number: m[2] as string, week: true, numberIndex: at(m, m[2] as string) }),
  },
  {
    regex: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:vol\.?|volume|${WEEK})[ \t]*(\d+)(?!\d)`, 'iu'),
    read: (m) => ({ number: m[1] as string, numberIndex: m.index + m[0].lastIndexOf(m[1] as string) }),
  },
  // A trailing number, but not the year after a month's name (`Weekly 12 – May 2024`) or a
  // quarter (`Q3 2026`), nor a quarter's own (`2026 Q3`), nor the last day of a span after a
  // month's name (`Foo Weekly: November 18 – 24`).
  {
    regex: new RegExp(String.raw`(?:^|[^\d.:/-])(?<!\bQ[1-4][ \t]+)(?<!\bQ)(?<!\b${MONTH_NAME},?[ \t]+)(?<!(?:^|[^\p{L}])${LOCAL_MONTH_NAME}[ \t]+(?:de[ \t]+)?)(?<!\b${MONTH_NAME}[ \t]+\d{1,2}[ \t]*(?:[-–—~]|to|through|until)[ \t]*)(\d+)[ \t]*$`, 'iu'),
    read: (m) => ({ number: m[1] as string, numberIndex: m.index + m[0].lastIndexOf(m[1] as string) }),
  },
];

/** A day in a title, year first: `2024-05-10`, `2024.5.10`, `2024/05/10`, `2024年5月10日` (see also DAY_FIRST, KO_DAY). */
const DAY = new RegExp(String.raw`(?:^|[^\d])(${YEAR})(?:([-./])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})[日号])(?!\d)`);
/** The day a title is named by, where it states no number: `This Week in Matrix 2024-05-10`. */
export function readTitleDay(title: string): TitleNumber | undefined {
  const day = numericDay(title) ?? dayFirst(title) ?? slashedDay(title) ?? koreanDay(title) ?? namedDay(title) ?? localDay(title);
  return day && withWeekday(title, day);
}

/**
 * A title's day with the weekday written beside it taken in (`Saturday, November 14, 2026`,
 * `2026年11月14日 星期六`), so the next title writes its own; one that is not the day's stays a word.
 */
function withWeekday(title: string, day: TitleNumber): TitleNumber {
  const format = day.dateFormat as string;
  const at = format.lastIndexOf('@');
  const language = at === -1 ? '' : format.slice(at);
  const date = dayOf(day);
  const before = weekdayBefore(title, day.start, date, language);
  const after = language === '' ? weekdayAfter(title, day.end, date) : undefined;
  if (!before && !after) return day;
  const start = day.start - (before?.length ?? 0);
  const shape = language === '' ? format : format.slice(0, at);
  return { ...day, start, numberAt: start, end: day.end + (after?.length ?? 0), dateFormat: `${before?.format ?? ''}${shape}${after?.format ?? ''}${language}` };
}

/**
 * A day in a title, day first, as most of Europe writes it: `05.12.2026`, `5.12.2026`,
 * `05-12-2026`. Never with slashes, which the United States writes month first.
 */
const DAY_FIRST = new RegExp(String.raw`(?:^|[^\d.,-])(\d{1,2})([.-])(\d{1,2})\2(${YEAR})(?![\d.,-]?\d)`);

function numericDay(title: string): TitleNumber | undefined {
  const m = DAY.exec(title);
  if (!m) return undefined;
  const zh = m[2] === undefined;
  const [monthText, dayText] = (zh ? [m[5], m[6]] : [m[3], m[4]]) as [string, string];
  const start = m.index + m[0].indexOf(m[1] as string);
  const month = figureFormat(monthText, 'M');
  const day = figureFormat(dayText, 'D');
  const dateFormat = zh ? `YYYY年${month}月${day}${m[0].slice(-1)}` : `YYYY${m[2]}${month}${m[2]}${day}`;
  return titleDay(Number(m[1]), Number(monthText), Number(dayText), start, m.index + m[0].length, dateFormat);
}

/**
 * A day in a title with slashes, year last: month first, as the United States writes it
 * (`Kite Notes 12 (11/14/2026)`), or day first, as Britain and France do (`14/11/2026`), where
 * one figure can be no month. `12/05/2026` could be either: no day, unless the issue's own day is
 * known (`on`) and one reading only is within a week of it.
 */
const SLASHED_DAY = new RegExp(String.raw`(?:^|[^\d./-])(\d{1,2})\/(\d{1,2})\/(${YEAR})(?![\d/]?\d)`);

export function slashedDay(title: string, on?: IsoDate): TitleNumber | undefined {
  const m = SLASHED_DAY.exec(title);
  if (!m) return undefined;
  const [first, second, yearText] = [m[1], m[2], m[3]] as [string, string, string];
  const start = m.index + m[0].indexOf(`${first}/`);
  const end = start + `${first}/${second}/${yearText}`.length;
  const year = Number(yearText);
  const monthFirst = (): TitleNumber | undefined => titleDay(year, Number(first), Number(second), start, end, `${figureFormat(first, 'M')}/${figureFormat(second, 'D')}/YYYY`);
  const dayFirst = (): TitleNumber | undefined => titleDay(year, Number(second), Number(first), start, end, `${figureFormat(first, 'D')}/${figureFormat(second, 'M')}/YYYY`);
  if (on !== undefined) {
    const near = [monthFirst(), dayFirst()].filter((day): day is TitleNumber => day !== undefined && Math.abs(daysBetween(dayOf(day), on)) <= 7);
    return near.length === 1 || (near.length === 2 && first === second) ? near[0] : undefined;
  }
  if (Number(first) > 12) return dayFirst();
  return Number(second) > 12 || first === second ? monthFirst() : undefined;
}

/** A day in a Korean title: `2026년 12월 5일`. */
const KO_DAY = new RegExp(String.raw`(?<!\d)(${YEAR})년([ \t]*)(\d{1,2})월([ \t]*)(\d{1,2})일`);

function koreanDay(title: string): TitleNumber | undefined {
  const m = KO_DAY.exec(title);
  if (!m) return undefined;
  const [yearText, gap1, monthText, gap2, dayText] = [m[1], m[2], m[3], m[4], m[5]] as [string, string, string, string, string];
  const dateFormat = `YYYY년${gap1}${figureFormat(monthText, 'M')}월${gap2}${figureFormat(dayText, 'D')}일`;
  return titleDay(Number(yearText), Number(monthText), Number(dayText), m.index, m.index + m[0].length, dateFormat);
}

function dayFirst(title: string): TitleNumber | undefined {
  const m = DAY_FIRST.exec(title);
  if (!m) return undefined;
  const [dayText, sep, monthText, yearText] = [m[1], m[2], m[3], m[4]] as [string, string, string, string];
  const start = m.index + m[0].indexOf(dayText + sep);
  const dateFormat = `${figureFormat(dayText, 'D')}${sep}${figureFormat(monthText, 'M')}${sep}YYYY`;
  return titleDay(Number(yearText), Number(monthText), Number(dayText), start, start + `${dayText}${sep}${monthText}${sep}${yearText}`.length, dateFormat);
}

function namedDay(title: string): TitleNumber | undefined {
  const named = findNamedDay(title);
  // `May 1st, 2022` is written back with its ordinal (`Do`); `May 1th` or `1ST` no format writes.
  if (!named || (named.ordinal !== undefined && (named.ordinal !== ordinalSuffix(named.day) || named.dayText.startsWith('0')))) return undefined;
  const { monthText, dayText, yearText } = named;
  // `5 november 2026`: a Dutch or Swedish month, which English would write with a capital.
  if (monthText === monthText.toLowerCase() && localDay(title)) return undefined;
  // The format writes the title's words back as they stand: its comma, its spaces, its day's width.
  const written = title.slice(named.start, named.end);
  const tokens = written
    .replace(monthText, '\u0001')
    // English days are written unpadded (`May 10`, `May 3`) unless the title pads them (`May 03`).
    .replace(new RegExp(`(^|\\D)${dayText}${named.ordinal ?? ''}(?!\\d)`), `$1${named.ordinal !== undefined ? 'Do' : dayText.startsWith('0') ? 'DD' : 'D'}`)
    .replace(yearText, 'YYYY')
    .replace('\u0001', monthToken(monthText))
    // (`6th of December`: a word of the title's, no format's letters.)
    .replace(/(?<=\s)of(?=\s)/, '[of]');
  return titleDay(named.year, named.month, named.day, named.start, named.end, tokens);
}

/**
 * A day written day first with its month named in another language: `5. Dezember 2026`,
 * `5 décembre 2026`, `5 de diciembre de 2026`, `5 декабря 2026 г.` (groups: day, its dot, the
 * words up to the month, the month, the words up to the year, the year).
 */
const LOCAL_DAY = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(\.?)([ \t]+(?:de[ \t]+)?)(\p{L}+)([ \t]+(?:de[ \t]+)?|,[ \t]*)(${YEAR})(?!\d)`, 'u');

function localDay(title: string): TitleNumber | undefined {
  const m = LOCAL_DAY.exec(title);
  if (!m) return undefined;
  const [dayText, dot, before, monthText, after, yearText] = [m[1], m[2], m[3], m[4], m[5], m[6]] as [string, string, string, string, string, string];
  const local = readLocalMonth(monthText, title);
  if (!local) return undefined;
  const capital = monthText !== monthText.toLocaleLowerCase();
  const dateFormat = `${figureFormat(dayText, 'D')}${dot}${literal(before)}${capital ? 'MMMM' : 'mmmm'}${literal(after)}YYYY@${local.language}`;
  return titleDay(Number(yearText), local.month, Number(dayText), m.index, m.index + m[0].length, dateFormat);
}

/** Words as a date format writes them as they stand: in brackets (` de ` → ` [de] `). */
function literal(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => `[${word}]`);
}

function titleDay(year: number, month: number, day: number, start: number, end: number, dateFormat: string): TitleNumber | undefined {
  if (!isValidDay(year, month, day)) return undefined;
  return { ...datedIssueId(toIsoDate({ year, month, day })), start, end, numberAt: start, style: { zh: false, pad: 0 }, dateFormat };
}

/**
 * The issue number a title states, exactly; `TooLarge` for one past what we can write and follow,
 * else the day it is named by; undefined when the title names neither. Issue 0 is an issue.
 */
export function readTitleNumber(title: string): TitleNumber | TooLarge | undefined {
  const count = readTitleCount(title);
  const day = readTitleDay(title);
  // A number that is part of the day the title names (`News - May 1, 2022`: its year) is no count.
  if (day && (!count || (!isTooLarge(count) && count.start < day.end && count.end > day.start))) return day;
  return count;
}

function readTitleCount(title: string): TitleNumber | TooLarge | undefined {
  for (const pattern of PATTERNS) {
    const m = pattern.regex.exec(title);
    if (!m) continue;
    const found = pattern.read(m);
    const zh = !/^\d+$/.test(found.number);
    const value = zh ? parseChineseNumeral(found.number) : readDigits(found.number);
    if (value === undefined) continue;
    if (isTooLarge(value)) return value;
    const year = found.year === undefined ? null : Number(found.year);
    // The year where it stands in the match: before the number (`2024-W43`) or after it (`Week 23, 2024`).
    const yearAt = found.year === undefined ? undefined : title.indexOf(found.year, m.index);
    const numberEnd = found.numberIndex + found.number.length;
    const start = Math.min(found.numberIndex, yearAt ?? Infinity);
    const end = Math.max(numberEnd, yearAt === undefined ? 0 : yearAt + 4);
    const pad = found.pad ?? (!zh && found.number.length > 1 && found.number.startsWith('0') ? found.number.length : 0);
    return { number: value, year, week: found.week ?? false, start, end, numberAt: found.numberIndex, ...(yearAt === undefined ? {} : { yearAt }), style: { zh, pad } };
  }
  return undefined;
}

/**
 * The issue a file name gives, its publication date aside: `issue-538.markdown`,
 * `HelloWorld124.md`, `294.mdx`, `2024-10-21-2024-W43.md`, `2016-10-10-20.md`, or a number the
 * name opens with before its words (`178-蜗牛蜗牛.md`; not a year, `2024-recap.md`).
 */
export function readFileNameNumber(fileName: string): IssueId | TooLarge | undefined {
  // The publication day is no number, wherever it stands (`pgnews-2022-05-01.md`).
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[A-Za-z0-9]+$/, '')
    .replace(/(^|\D)\d{4}-\d{1,2}-\d{1,2}(?!\d)-?/, '$1');
  const week = new RegExp(String.raw`(?:^|\D)(${YEAR})-W(\d{1,2})$`).exec(base);
  if (week) return { year: Number(week[1]), number: Number(week[2]), week: true };
  const digits = /(?<!\d)(\d+)$/.exec(base)?.[1] ?? /^(?!(?:19|20)\d\d(?!\d))(\d+)[-_ .]/.exec(base)?.[1];
  if (digits === undefined) return undefined;
  const value = readDigits(digits);
  return isTooLarge(value) ? value : { number: value, year: null, week: false };
}

/**
 * Where a title writes the issue's number that its file name or metadata gives (`known`), where
 * no word names it as one (`Foo Weekly 12: Kites`, `风筝月报 12：…`): the one run of digits, padded
 * or not, that is that number. Outside a day the title names (`beside`), so that a bare number
 * beside it (`Kite Notes 12 (11/14/2026)`, `Kite Notes 12 (Nov 14, 2026)`) names the issue and the
 * day is its day, as beside `Issue #12`.
 */
export function knownNumberAt(title: string, known: number, beside?: Pick<TitleNumber, 'start' | 'end'>): TitleNumber | undefined {
  const outside = beside ? title.slice(0, beside.start) + '\uE000'.repeat(beside.end - beside.start) + title.slice(beside.end) : title;
  const found = writtenNumbers(outside, known);
  if (found.length !== 1) return undefined;
  const { index, length, pad } = found[0] as { index: number; length: number; pad: number };
  return { number: known, year: null, week: false, start: index, end: index + length, numberAt: index, style: { zh: false, pad } };
}

/**
 * Where `text` writes the number `n` standing alone, zero-padded or not (`12`, `012`; not inside
 * a longer run of digits, a year, nor a version, `1.12`, `12.5`): each place, and its width
 * where padded (0 where not).
 */
export function writtenNumbers(text: string, n: number): { index: number; length: number; pad: number }[] {
  return [...text.matchAll(new RegExp(`(?<![\\d.])(0*)${n}(?!\\d|\\.\\d)`, 'g'))].map((m) => ({ index: m.index, length: m[0].length, pad: (m[1] as string).length > 0 ? m[0].length : 0 }));
}
