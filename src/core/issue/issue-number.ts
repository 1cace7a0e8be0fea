import { isValidDay, toIsoDate } from '../dates/calendar-date.ts';
import { MAX_ISSUE_NUMBER, datedIssueId, type IssueId } from '../model/issue-key.ts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numerals.ts';

/** An issue number found in a title, with where it stands and how it is written. */
export interface TitleNumber extends IssueId {
  /** Where the number (or the year, for a year-scoped one) starts and ends in the title. */
  start: number;
  end: number;
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
  /** Groups: the year (when any), the number, and whether it is an ISO week. */
  read: (m: RegExpExecArray) => { year?: string; number: string; week?: boolean; numberIndex: number };
}

const ZH = `[${CHINESE_NUMERAL_CHARS}]+`;
const YEAR = String.raw`(?:19|20)\d{2}`;

/**
 * Where titles state their number, most specific first: 第十七期 · 第 407 期 · 2024-W43 ·
 * 2017 Issue 17 · 2018-1 · #17 · Issue 20 · a bare trailing 665.
 */
const PATTERNS: NumberPattern[] = [
  { regex: new RegExp(`第[ \\t]*(${ZH}|\\d+)[ \\t]*[期号回]`), read: (m) => ({ number: m[1] as string, numberIndex: m.index + m[0].indexOf(m[1] as string) }) },
  {
    regex: new RegExp(String.raw`\b(${YEAR})[ \t]*-[ \t]*W(\d{1,2})\b`),
    read: (m) => ({ year: m[1], number: m[2] as string, week: true, numberIndex: m.index + m[0].lastIndexOf(m[2] as string) }),
  },
  {
    regex: new RegExp(String.raw`\b(${YEAR})[ \t]+(?:issue|no\.?|#)[ \t]*(\d+)\b`, 'i'),
    read: (m) => ({ year: m[1], number: m[2] as string, numberIndex: m.index + m[0].lastIndexOf(m[2] as string) }),
  },
  {
    regex: new RegExp(String.raw`\b(${YEAR})-(\d{1,2})\b(?![-/.]\d)`),
    read: (m) => ({ year: m[1], number: m[2] as string, numberIndex: m.index + m[0].lastIndexOf(m[2] as string) }),
  },
  { regex: /#[ \t]*(\d+)\b/, read: (m) => ({ number: m[1] as string, numberIndex: m.index + m[0].indexOf(m[1] as string) }) },
  {
    regex: /\b(?:issue|no\.?|nr\.?|vol\.?|week|edition|episode|ausgabe|numéro|número)[ \t]*(\d+)\b/i,
    read: (m) => ({ number: m[1] as string, numberIndex: m.index + m[0].lastIndexOf(m[1] as string) }),
  },
  { regex: /(?:^|[^\d.:/-])(\d+)[ \t]*$/, read: (m) => ({ number: m[1] as string, numberIndex: m.index + m[0].lastIndexOf(m[1] as string) }) },
];

/** A day in a title, year first: `2024-05-10`, `2024.5.10`, `2024/05/10`. */
const DAY = new RegExp(String.raw`(?:^|[^\d])(${YEAR})([-./])(\d{1,2})\2(\d{1,2})(?!\d)`);

/** The day a title is named by, where it states no number: `This Week in Matrix 2024-05-10`. */
export function readTitleDay(title: string): TitleNumber | undefined {
  const m = DAY.exec(title);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (!isValidDay(year, month, day)) return undefined;
  const start = m.index + m[0].indexOf(m[1] as string);
  const sep = m[2] as string;
  const dateFormat = `YYYY${sep}${(m[3] as string).length === 2 ? 'MM' : 'M'}${sep}${(m[4] as string).length === 2 ? 'DD' : 'D'}`;
  return { ...datedIssueId(toIsoDate({ year, month, day })), start, end: m.index + m[0].length, style: { zh: false, pad: 0 }, dateFormat };
}

/**
 * The issue number a title states, exactly; `TooLarge` for one past what we can write and follow,
 * else the day it is named by; undefined when the title names neither. Issue 0 is an issue.
 */
export function readTitleNumber(title: string): TitleNumber | TooLarge | undefined {
  return readTitleCount(title) ?? readTitleDay(title);
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
    const start = found.year === undefined ? found.numberIndex : title.indexOf(found.year, m.index);
    const pad = !zh && found.number.length > 1 && found.number.startsWith('0') ? found.number.length : 0;
    return { number: value, year, week: found.week ?? false, start, end: found.numberIndex + found.number.length, style: { zh, pad } };
  }
  return undefined;
}

/**
 * The issue a file name gives, after any leading publication date: `issue-538.markdown`,
 * `HelloWorld124.md`, `294.mdx`, `2024-10-21-2024-W43.md`, `2016-10-10-20.md`.
 */
export function readFileNameNumber(fileName: string): IssueId | TooLarge | undefined {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]+$/, '').replace(/^\d{4}-\d{1,2}-\d{1,2}-?/, '');
  const week = new RegExp(String.raw`(?:^|\D)(${YEAR})-W(\d{1,2})$`).exec(base);
  if (week) return { year: Number(week[1]), number: Number(week[2]), week: true };
  const digits = /(\d+)$/.exec(base)?.[1];
  if (digits === undefined) return undefined;
  const value = readDigits(digits);
  return isTooLarge(value) ? value : { number: value, year: null, week: false };
}
