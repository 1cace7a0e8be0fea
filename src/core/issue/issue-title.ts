import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numerals.ts';
import { isValidDay, likelyYear, toIsoDate, type IsoDate } from '../dates/calendar-date.ts';
import type { Period } from '../model/issue.ts';

interface Span {
  start: number;
  end: number;
}

export interface TitleNumber extends Span {
  value: number;
  zh: boolean;
}

export interface TitleRange extends Span {
  start: number;
  end: number;
  from: { month: number; day: number };
  to: { month: number; day: number };
  /** How each end was written: MMDD, MM.DD or M.D. */
  format: string;
  separator: string;
}

const NUMBER_PATTERNS: RegExp[] = [
  new RegExp(`第[ \\t]*([${CHINESE_NUMERAL_CHARS}]+|\\d+)[ \\t]*[期号回]`),
  /#[ \t]*(\d+)\b/,
  /\b(?:issue|no\.?|vol\.?|week)[ \t]*(\d+)\b/i,
];

/** The issue number a title states: 第十七期, 第17期, #17, Issue 17. */
export function readTitleNumber(title: string): TitleNumber | undefined {
  for (const pattern of NUMBER_PATTERNS) {
    const m = pattern.exec(title);
    if (!m) continue;
    const text = m[1] as string;
    const value = parseChineseNumeral(text);
    if (value === undefined || value < 1) continue;
    const start = m.index + m[0].indexOf(text);
    return { value, zh: !/^\d+$/.test(text), start, end: start + text.length };
  }
  return undefined;
}

const RANGE =
  /(?<a>(?<am>\d{2})(?<ad>\d{2})|(?<bm>\d{1,2})(?<bs>[./月])(?<bd>\d{1,2})日?)(?<sep>[ \t]*[-–—~～至到][ \t]*)(?<b>(?<cm>\d{2})(?<cd>\d{2})|(?<dm>\d{1,2})[./月](?<dd>\d{1,2})日?)/;

/** The date range a title states: `(0701-0720)`, `(11.17-11.22)`. */
export function readTitleRange(title: string): TitleRange | undefined {
  const m = RANGE.exec(title);
  const g = m?.groups;
  if (!m || !g) return undefined;
  const from = { month: Number(g.am ?? g.bm), day: Number(g.ad ?? g.bd) };
  const to = { month: Number(g.cm ?? g.dm), day: Number(g.cd ?? g.dd) };
  if (!isValidDay(2000, from.month, from.day) || !isValidDay(2000, to.month, to.day)) return undefined;
  const format =
    g.am !== undefined
      ? 'MMDD'
      : `${(g.bm as string).length === 2 ? 'MM' : 'M'}${g.bs === '月' ? '月' : g.bs}${(g.bd as string).length === 2 ? 'DD' : 'D'}`;
  return { start: m.index, end: m.index + m[0].length, from, to, format, separator: g.sep as string };
}

/** The period a title's range names, with years taken from the day the issue appeared. */
export function periodOf(range: TitleRange, anchor: IsoDate): Period | null {
  const endYear = likelyYear(range.to.month, range.to.day, anchor);
  if (endYear === undefined) return null;
  const crossesYear =
    range.from.month > range.to.month || (range.from.month === range.to.month && range.from.day > range.to.day);
  const startYear = crossesYear ? endYear - 1 : endYear;
  if (!isValidDay(startYear, range.from.month, range.from.day)) return null;
  return {
    start: toIsoDate({ year: startYear, ...range.from }),
    end: toIsoDate({ year: endYear, ...range.to }),
  };
}

/**
 * The pattern behind a title: `OpenStack社区动态第十七期(0701-0720)` →
 * `OpenStack社区动态第{number:zh}期({start:MMDD}-{end:MMDD})`.
 */
export function titlePatternOf(title: string): string | undefined {
  const number = readTitleNumber(title);
  if (!number) return undefined;
  const range = readTitleRange(title);
  const pieces: { start: number; end: number; text: string }[] = [
    { start: number.start, end: number.end, text: number.zh ? '{number:zh}' : '{number}' },
  ];
  if (range && (range.end <= number.start || range.start >= number.end)) {
    pieces.push({
      start: range.start,
      end: range.end,
      text: `{start:${range.format}}${range.separator}{end:${range.format}}`,
    });
  }
  pieces.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const piece of pieces) {
    out += escapeBraces(title.slice(at, piece.start)) + piece.text;
    at = piece.end;
  }
  return out + escapeBraces(title.slice(at));
}

function escapeBraces(text: string): string {
  return text.replace(/[{}]/g, '');
}

/**
 * The pattern behind a `_posts/` file name: `2014-07-20-openstack-activity-0701-0720.md` →
 * `{published:YYYY-MM-DD}-openstack-activity-{start:MMDD}-{end:MMDD}.md`.
 */
export function fileNamePatternOf(fileName: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})-(.*)$/.exec(fileName);
  if (!m) return undefined;
  const rest = (m[2] as string).replace(/(^|[^\d])(\d{4})([-_])(\d{4})(?!\d)/, '$1{start:MMDD}$3{end:MMDD}');
  return `{published:YYYY-MM-DD}-${rest}`;
}

/** The publication day a `_posts/` file name starts with. */
export function publishedFromFileName(fileName: string): IsoDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})-/.exec(fileName);
  if (!m) return undefined;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(parts.year, parts.month, parts.day) ? toIsoDate(parts) : undefined;
}
