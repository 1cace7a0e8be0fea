import { toChineseNumeral } from '../issue/chinese-numerals.ts';
import { writtenNumbers } from '../issue/issue-number.ts';
import { addDays, daysBetween, type IsoDate } from '../dates/calendar-date.ts';
import { localDayFormats } from '../dates/local-day-formats.ts';
import { LOCAL_MONTH_NAMES } from '../dates/local-month-names.ts';
import { formatDate, formatSpan, type PatternValues } from '../issue/pattern.ts';
import { TOKEN_SOURCE } from '../issue/pattern-token.ts';
import type { Issue } from '../model/issue.ts';
import { wordAt } from '../markdown/word-at.ts';

/**
 * How standing text writes a day (longest first, so that `November 14, 2026` is not read as
 * `November 14`): forms that name the month or the year, never a bare `11/14` that any figure
 * could be.
 */
const DAY_FORMATS = ['MMMM D, YYYY', 'D MMMM YYYY', 'MMM D, YYYY', 'D MMM YYYY', 'YYYY年M月D日', 'YYYY-MM-DD', 'YYYY/MM/DD', 'YYYY.MM.DD', 'YYYY/M/D', 'MMMM D', 'D MMMM', 'MMM D', 'D MMM', 'M月D日'] as const;

/** A Chinese numeral's characters: one written inside a longer numeral is none of its own. */
const ZH_DIGIT = '零一二三四五六七八九十百千万两';
const TOKEN = new RegExp(TOKEN_SOURCE);

/** What an issue's own figures are written as: its number, and each of its days in each form with its token. */
export interface IssueFigures {
  /** Undefined for a number within a year (`2024-12`), which no standing text names as a count of issues. */
  number?: number;
  /** The number as a Chinese numeral, where it is more than one character's worth (`十二`), and where it stands alone. */
  zh?: { written: string; alone: RegExp };
  /** Worked out when text first holds one of its days of the month. */
  days: () => { written: string; token: string }[];
  /** The issue's days by the names its tokens give them (`published`, `end`, `start`). */
  own: [string, IsoDate][];
  /** Each day's day of the month, which every form of it holds: most text holds none. */
  dayMarks: string[];
  /** The spans of days the issue's text may name (see spanEnds), worked out when text first holds one of its days. */
  spans: () => SpanEnd[];
}

/**
 * How text writes a span of days (`November 18 to 25, 2025`): the form of one day, whose shared
 * month and year the span writes once (see formatSpan), and what stands between the two days.
 */
const SPAN_FORMS = ['MMMM D, YYYY', 'MMM D, YYYY', 'D MMMM YYYY', 'D MMM YYYY'] as const;
const SPAN_SEPARATORS = [' to ', ' through ', ' until ', '–', ' – ', '-', ' - ', '—', ' — '] as const;
/** The longest span looked for: a month. */
const SPAN_DAYS = 31;

/**
 * What a span's last day is written with at the span's end, in any of its forms: its day and
 * year (`25, 2025`), or its day, month and year (`25 November 2025`, `25 Nov 2025`).
 */
const SPAN_TAILS = ['D, YYYY', 'D MMMM YYYY', 'D MMM YYYY'] as const;

/** The last day of a span the issue's text may name, with what text holding such a span holds. */
interface SpanEnd {
  end: IsoDate;
  /** The issue's own first day, where it has a period; otherwise any day up to a month before. */
  start?: IsoDate;
  /** How many days from the day the issue came out the span ends, where it ends another day (a title's week). */
  shift?: number;
  tails: string[];
}

/** A title's span may also leave out the year (`Foo Weekly: November 18 – 24`). */
const TITLE_SPAN_FORMS = [...SPAN_FORMS, 'MMMM D', 'MMM D', 'D MMMM', 'D MMM'] as const;
/** How many days before the day it came out a title's span may end (a week named once it is over). */
const TITLE_SPAN_SHIFT = 7;

/**
 * A span of days a title names in words, ending on the day the issue came out or up to a week
 * before (`Weekly #12 (Nov 18 – Nov 24, 2025)`, out on the 25th): where it stands and its token
 * (`{span-6-1: – |MMM D, YYYY|M}`).
 */
export function titleSpan(title: string, published: IsoDate): { index: number; written: string; token: string } | undefined {
  if (!/\d/.test(title)) return undefined;
  const ends: SpanEnd[] = Array.from({ length: TITLE_SPAN_SHIFT + 1 }, (_, k) => {
    const end = addDays(published, -k);
    return { end, ...(k === 0 ? {} : { shift: -k }), tails: [formatDate(end, 'D')] };
  });
  return firstSpan(title, ends, TITLE_SPAN_FORMS);
}

/** What of an issue its standing text may name: its number and its days. */
export type IssueOwnFigures = Pick<Issue, 'number' | 'year' | 'published' | 'period'>;

/** An issue's figures (see IssueFigures), worked out once for all its text. */
export function issueFigures(issue: IssueOwnFigures): IssueFigures {
  const named: [string, IsoDate | null | undefined][] = [
    ['published', issue.published],
    ['end', issue.period?.end],
    ['start', issue.period?.start],
  ];
  let written: { written: string; token: string }[] | undefined;
  const days = (): { written: string; token: string }[] => (written ??= named.flatMap(([name, day]) => (day ? DAY_FORMATS.map((format) => ({ written: formatDate(day, format), token: `{${name}:${format}}` })) : [])));
  const dayMarks = [...new Set(named.flatMap(([, day]) => (day ? [String(Number(day.slice(8)))] : [])))];
  const own = named.filter((n): n is [string, IsoDate] => !!n[1]);
  let ends: SpanEnd[] | undefined;
  const spans = (): SpanEnd[] => (ends ??= spanEnds(issue));
  if (issue.year !== null) return { days, own, dayMarks, spans };
  const zh = issue.number > 10 ? toChineseNumeral(issue.number) : undefined;
  return { number: issue.number, ...(zh === undefined ? {} : { zh: { written: zh, alone: new RegExp(`(?<![${ZH_DIGIT}])${zh}(?![${ZH_DIGIT}])`, 'g') } }), days, own, dayMarks, spans };
}

/**
 * The spans an issue's text may name: its period, first day to last, where it has one; and the
 * days up to the day it came out (`for the week of November 18 to 25, 2025` in an issue of the
 * 25th), from any day up to a month before, read from the text.
 */
function spanEnds(issue: IssueOwnFigures): SpanEnd[] {
  const ends = [...(issue.period ? [{ end: issue.period.end, start: issue.period.start }] : []), ...(issue.published ? [{ end: issue.published }] : [])];
  return ends.map((span) => ({ ...span, tails: SPAN_TAILS.map((form) => formatDate(span.end, form)) }));
}

/**
 * `text` with a span of the issue's days in it as one token (see SpanEnd and formatPattern's
 * `span`): `{span: to |MMMM D, YYYY}` for its period, `{span-7: to |MMMM D, YYYY}` for the week
 * up to the day it came out. Only a span written back exactly as it stands is taken.
 */
function withSpans(text: string, spans: readonly SpanEnd[]): string {
  let out = text;
  for (let found = firstSpan(out, spans, SPAN_FORMS); found !== undefined; found = firstSpan(out, spans, SPAN_FORMS)) out = out.slice(0, found.index) + found.token + out.slice(found.index + found.written.length);
  return out;
}

/**
 * The first span of `spans` that `text` writes in one of `forms`, its month once where both days
 * share it or on both (`|M`), and its token.
 */
function firstSpan(text: string, spans: readonly SpanEnd[], forms: readonly string[]): { index: number; written: string; token: string } | undefined {
  for (const span of spans) {
    if (!span.tails.some((tail) => text.includes(tail))) continue;
    const starts = span.start !== undefined ? [span.start] : Array.from({ length: SPAN_DAYS }, (_, i) => addDays(span.end, -(i + 1)));
    for (const form of forms) {
      for (const months of [false, true]) {
        // The last day as a span in this form writes it: its month left to the first day where
        // both share it (`25, 2025`), or whole.
        const lasts = [...new Set([addDays(span.end, -1), addDays(span.end, -SPAN_DAYS)].map((start) => formatSpan(start, span.end, '\n', form, months).split('\n')[1] as string))];
        for (const separator of SPAN_SEPARATORS) {
          if (!lasts.some((last) => text.includes(separator + last))) continue;
          for (const start of starts) {
            const written = formatSpan(start, span.end, separator, form, months);
            const index = wholeAt(text, written);
            if (index === -1) continue;
            const shift = span.shift === undefined ? '' : `${span.shift > 0 ? '+' : ''}${span.shift}`;
            const name = span.start !== undefined ? 'span' : `span-${daysBetween(start, span.end)}${shift}`;
            return { index, written, token: `{${name}:${separator}|${form}${months ? '|M' : ''}}` };
          }
        }
      }
    }
  }
  return undefined;
}

/** Where `written` stands in `text` with no letter or digit run on before or after it (`18 – 24` is not in `18 – 245`); -1 where nowhere. */
function wholeAt(text: string, written: string): number {
  for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + written.length))) return at;
  }
  return -1;
}

/**
 * Standing text (an opening, an ending) with what is this issue's own in it as pattern tokens:
 * its number (`Welcome to Kite Weekly 12` → `Welcome to Kite Weekly {number}`, `第十二期` →
 * `第{number:zh}期`) and its days (`November 14, 2026` → `{published:MMMM D, YYYY}`, the span's
 * `{start:…}` and `{end:…}`). Two issues whose openings read the same so are written alike, the
 * next issue's own number and days in place. Text that already holds something written like a
 * token is left as it is (its braces are its own).
 */
export function standingPattern(text: string, issue: IssueOwnFigures | IssueFigures): string {
  const figures = 'days' in issue ? issue : issueFigures(issue);
  // Most text names no figure of its issue: told before any is looked for.
  const daysNamed = figures.dayMarks.some((d) => text.includes(d));
  const spanned = daysNamed && figures.spans().some((s) => s.tails.some((tail) => text.includes(tail)));
  // A day whose month is named in another language (`Ausgabe vom 14. November 2026`, `du 14
  // novembre 2026`): that language's forms, before English ones.
  const local = daysNamed ? localDays(text, figures.own) : [];
  // (Every form of a day holds its day of the month: text with none holds no day.)
  const days = !daysNamed ? [] : local.length === 0 ? figures.days() : [...local, ...figures.days()];
  const named = spanned || (daysNamed && days.some((d) => text.includes(d.written))) || (figures.number !== undefined && text.includes(String(figures.number))) || (figures.zh !== undefined && text.includes(figures.zh.written));
  if (!named || TOKEN.test(text)) return text;
  // Spans first: their days are no day of their own.
  let out = spanned ? withSpans(text, figures.spans()) : text;
  // Days first: their digits are no issue's number.
  for (const { written, token } of days) out = replaceWords(out, written, token);
  if (figures.number !== undefined) {
    // Not a part of another day (`2026-11-12`, `11/12`): figures joined to figures by a dash or a slash.
    const inDay = (index: number, length: number): boolean => /\d[-/]$/.test(out.slice(Math.max(0, index - 2), index)) || /^[-/]\d/.test(out.slice(index + length, index + length + 2));
    for (const { index, length, pad } of writtenNumbers(out, figures.number).filter((n) => !inDay(n.index, n.length)).reverse()) out = `${out.slice(0, index)}{number${pad > 0 ? `:${pad}` : ''}}${out.slice(index + length)}`;
    if (figures.zh) out = out.replace(figures.zh.alone, '{number:zh}');
  }
  return out;
}

/** The issue's days as text naming a month in another language writes them, each with its token. */
function localDays(text: string, own: readonly [string, IsoDate][]): { written: string; token: string }[] {
  // Cheaply first: text naming none of the issue's months in any language names none of its days so.
  const lower = text.toLowerCase();
  if (!own.some(([, day]) => Object.values(LOCAL_MONTH_NAMES).some((names) => lower.includes(names[Number(day.slice(5, 7)) - 1] as string)))) return [];
  const formats = localDayFormats(text)?.formats ?? [];
  return formats.flatMap((format) => own.map(([name, day]) => ({ written: formatDate(day, format), token: `{${name}:${format}}` })));
}

/**
 * `text` with `word` replaced where no letter or digit runs on either side of it. (A token put
 * in already holds format letters, never a written day, so no day is found inside one.)
 */
function replaceWords(text: string, word: string, by: string): string {
  let out = '';
  let from = 0;
  for (let at = wordAt(text, word); at !== -1; at = wordAt(text, word, at + word.length)) {
    out += text.slice(from, at) + by;
    from = at + word.length;
  }
  return out + text.slice(from);
}

/**
 * The values an issue's standing patterns are filled with (see standingPattern): its number and
 * its days, as `formatPattern` takes them.
 */
export function standingValues(issue: IssueOwnFigures): PatternValues {
  return { number: issue.number, year: issue.year ?? undefined, published: issue.published ?? undefined, start: issue.period?.start, end: issue.period?.end };
}
