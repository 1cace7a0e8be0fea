import { toChineseNumeral } from '../issue/chinese-numerals.ts';
import { withEnglishNumberTokens } from '../issue/english-numbers.ts';
import { writtenNumbers } from '../issue/issue-number.ts';
import { addDays, daysBetween, type IsoDate } from '../dates/calendar-date.ts';
import { localDayFormats } from '../dates/local-day-formats.ts';
import { LOCAL_MONTH_NAMES } from '../dates/local-month-names.ts';
import { weekdayAfter, weekdayBefore } from '../issue/weekday-beside.ts';
import { formatDate, formatSpan, type PatternValues } from '../issue/pattern.ts';
import { TOKEN_SOURCE } from '../issue/pattern-token.ts';
import type { Issue } from '../model/issue.ts';
import { replaceWords } from '../markdown/word-at.ts';

/**
 * How standing text writes a day (longest first, so that `November 14, 2026` is not read as
 * `November 14`): forms that name the month or the year, never a bare `11/14` that any figure
 * could be. A weekday beside the day is taken in after (see withWeekdays). A month abbreviated
 * with a dot as American styles write it (`MMM.`: `Sept.`, `June`) and as its three letters and a
 * dot (`Sep.`, `Jun.`), each written back as it was.
 */
const DAY_FORMATS = ['MMMM Do, YYYY', 'Do MMMM YYYY', 'Do MMM YYYY', 'MMMM D, YYYY', 'D MMMM YYYY', 'MMM. D, YYYY', 'MMM[.] D, YYYY', 'MMM D, YYYY', 'D MMM YYYY', 'YYYY年M月D日', 'YYYY-MM-DD', 'YYYY/MM/DD', 'YYYY.MM.DD', 'YYYY/M/D', 'MM/DD/YYYY', 'M/D/YYYY', 'DD/MM/YYYY', 'D/M/YYYY', 'DD.MM.YYYY', 'D.M.YYYY', 'MMMM Do', 'Do MMMM', 'MMMM D', 'D MMMM', 'MMM. D', 'MMM[.] D', 'MMM D', 'D MMM', 'M月D日'] as const;

/** A Chinese numeral's characters: one written inside a longer numeral is none of its own. */
const ZH_DIGIT = '零一二三四五六七八九十百千万两';
const TOKEN = new RegExp(TOKEN_SOURCE);

/** What an issue's own figures are written as: its number, and each of its days in each form with its token. */
export interface IssueFigures {
  /** Undefined for a number within a year (`2024-12`), which no standing text names as a count of issues. */
  number?: number;
  /**
   * The numbers of the issues before and after it, where text comparing two issues may name them
   * (a footer linking `content/16/` as `『上一期』` and `content/18/` as `『下一期』` in issue 17).
   */
  neighbours?: { number: number; token: string }[];
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
/** Days in figures, year first (`_Covering 2026-09-06 to 2026-09-13._`): both written whole, as such forms write them. */
const FIGURE_SPAN_FORMS = ['YYYY-MM-DD', 'YYYY/MM/DD'] as const;
const SPAN_SEPARATORS = [' to ', ' through ', ' until ', '–', ' – ', '-', ' - ', '—', ' — '] as const;
/**
 * How a span may write what its days share (see formatSpan): once, the month on both days (`|M`),
 * or both days whole (`|Y`), tried in that order.
 */
const SPAN_KEEPS = [undefined, 'M', 'Y'] as const;
type SpanKeep = (typeof SPAN_KEEPS)[number];
/** The longest span looked for: a month. */
const SPAN_DAYS = 31;

/**
 * What a span's last day is written with at the span's end, in any of its forms: its day and
 * year (`25, 2025`), or its day, month and year (`25 November 2025`, `25 Nov 2025`).
 */
const SPAN_TAILS = ['D, YYYY', 'D MMMM YYYY', 'D MMM YYYY', ...FIGURE_SPAN_FORMS] as const;

/** The last day of a span the issue's text may name, with what text holding such a span holds. */
interface SpanEnd {
  end: IsoDate;
  /** The issue's own first day, where it has a period; otherwise any day up to a month before. */
  start?: IsoDate;
  /** How many days from the day the issue came out the span ends, where it ends another day (a title's week). */
  shift?: number;
  /** What text holding such a span holds, one at least (see SPAN_TAILS)… */
  tails: string[];
  /** …and its last day of the month, where the tails do not hold it. */
  day?: string;
  /** What the last day's writing may open with (see spanOpenings): one of them follows a separator in any span written. */
  opens: string[];
  /** How its last day is written at the span's end, by form (see firstSpan), worked out once for all the issue's text. */
  lasts?: Map<string, string[]>;
  /** The names of its days' months and their years, one of which any writing of it holds (see formNamed), worked out once. */
  names?: Map<string, string[]>;
}

/**
 * A span up to the day the issue came out may also leave out the year (`Foo Weekly: November 18 –
 * 24`); either may pad its days with a zero (`December 02 – 08, 2025`).
 */
const UNPADDED_SPAN_FORMS = [...SPAN_FORMS, 'MMMM D', 'MMM D', 'D MMMM', 'D MMM'] as const;
const BARE_SPAN_FORMS = [...UNPADDED_SPAN_FORMS, ...UNPADDED_SPAN_FORMS.map((form) => form.replace('D', 'DD')), ...FIGURE_SPAN_FORMS];
/** How many days before the day it came out such a span may end (a week named once it is over). */
const SPAN_SHIFT = 7;

/**
 * The spans ending on the day an issue came out or up to a week before (`Nov 18 – Nov 24, 2025`
 * in an issue out on the 25th: `{span-6-1: – |MMM D, YYYY|M}`).
 */
function publishedSpans(published: IsoDate): SpanEnd[] {
  return Array.from({ length: SPAN_SHIFT + 1 }, (_, k) => {
    const end = addDays(published, -k);
    // Every form of it names its last day's month (`Nov` opens `November` too): most text names none.
    // (Or, in figures, the whole day: `2026-09-13`.)
    const month = formatDate(end, 'MMM');
    return { end, ...(k === 0 ? {} : { shift: -k }), tails: [month, ...FIGURE_SPAN_FORMS.map((form) => formatDate(end, form))], day: String(Number(end.slice(8))), opens: spanOpenings(end, month) };
  });
}

/**
 * What a span's last day may open with, as formatSpan writes it after the separator in any
 * form looked for: its day (`18–25`, `– 05 Dec`), its month's name (`– Dec 2`, `– December 2`:
 * the three letters open both) or its year (`– 2025-11-25`). Text with none of them right after
 * a separator writes none of the span, which most text that names the month and the day does not.
 */
function spanOpenings(end: IsoDate, month = formatDate(end, 'MMM')): string[] {
  // (Cut from the day as it stands: most of every issue's spans are never looked for.)
  const day = end.slice(8);
  return [...new Set([String(Number(day)), day, month, end.slice(0, 4)])];
}

/**
 * A span of days a title names in words, ending on the day the issue came out or up to a week
 * before (`Weekly #12 (Nov 18 – Nov 24, 2025)`, out on the 25th): where it stands and its token.
 */
export function titleSpan(title: string, published: IsoDate): { index: number; written: string; token: string } | undefined {
  return /\d/.test(title) ? firstSpan(title, publishedSpans(published), BARE_SPAN_FORMS) : undefined;
}

/** What of an issue its standing text may name: its number and its days. */
export type IssueOwnFigures = Pick<Issue, 'number' | 'year' | 'published' | 'period' | 'entryNumbers'>;

/**
 * An issue's figures (see IssueFigures), worked out once for all its text. With `cadence`, the
 * days between it and the issue before, the day the next one comes out is one of them too
 * (`See you on the **29th Aug 2022**`: `{published+7:Do MMM YYYY}`). With `neighbours`, the
 * numbers of the issues before and after it are (`{number-1}`, `{number+1}`): for text that
 * issues are compared by (see issuePatterns, numberedStanding), since in one issue's text alone
 * an entry's figure is as likely to be one more than the issue's number.
 */
export function issueFigures(issue: IssueOwnFigures, cadence?: number, neighbours = false): IssueFigures {
  const next = issue.published && cadence !== undefined && cadence >= 1 && cadence <= 31 ? addDays(issue.published, cadence) : undefined;
  const named: [string, IsoDate | null | undefined][] = [
    ['published', issue.published],
    ['end', issue.period?.end],
    ['start', issue.period?.start],
    [`published+${cadence ?? 0}`, next],
  ];
  let written: { written: string; token: string }[] | undefined;
  const days = (): { written: string; token: string }[] => (written ??= named.flatMap(([name, day]) => (day ? DAY_FORMATS.map((format) => ({ written: formatDate(day, format), token: `{${name}:${format}}` })) : [])));
  const dayMarks = [...new Set(named.flatMap(([, day]) => (day ? [String(Number(day.slice(8)))] : [])))];
  const own = named.filter((n): n is [string, IsoDate] => !!n[1]);
  let ends: SpanEnd[] | undefined;
  const spans = (): SpanEnd[] => (ends ??= spanEnds(issue));
  if (issue.year !== null) return { days, own, dayMarks, spans };
  const zh = issue.number > 10 ? toChineseNumeral(issue.number) : undefined;
  const around = neighbours ? [{ number: issue.number - 1, token: 'number-1' }, { number: issue.number + 1, token: 'number+1' }].filter((n) => n.number >= 1) : [];
  return {
    number: issue.number,
    ...(around.length > 0 ? { neighbours: around } : {}),
    ...(zh === undefined ? {} : { zh: { written: zh, alone: new RegExp(`(?<![${ZH_DIGIT}])${zh}(?![${ZH_DIGIT}])`, 'g') } }),
    days,
    own,
    dayMarks,
    spans,
  };
}

/**
 * The spans an issue's text may name: its period, first day to last, where it has one; and the
 * days up to the day it came out or up to a week before (`for the week of November 18 to 25,
 * 2025` in an issue of the 25th, `from Nov 24 to Nov 30` in one of December 2), from any day up
 * to a month before, read from the text.
 */
function spanEnds(issue: IssueOwnFigures): SpanEnd[] {
  const { period, published } = issue;
  const own = period ? [{ end: period.end, start: period.start, tails: SPAN_TAILS.map((form) => formatDate(period.end, form)), opens: spanOpenings(period.end) }] : [];
  return [...own, ...(published ? publishedSpans(published) : [])];
}

/**
 * `text` with a span of the issue's days in it as one token (see SpanEnd and formatPattern's
 * `span`): `{span: to |MMMM D, YYYY}` for its period, `{span-7: to |MMMM D, YYYY}` for the week
 * up to the day it came out. Only a span written back exactly as it stands is taken.
 */
function withSpans(text: string, spans: readonly SpanEnd[]): string {
  let out = text;
  for (let found = firstSpan(out, spans, BARE_SPAN_FORMS); found !== undefined; found = firstSpan(out, spans, BARE_SPAN_FORMS)) out = out.slice(0, found.index) + found.token + out.slice(found.index + found.written.length);
  return out;
}

/**
 * The first span of `spans` that `text` writes in one of `forms`, its month once where both days
 * share it or on both (`|M`), and its token.
 */
function firstSpan(text: string, spans: readonly SpanEnd[], forms: readonly string[]): { index: number; written: string; token: string } | undefined {
  for (const span of spans) {
    if (!mayHold(text, span)) continue;
    // (The first days it may start on, worked out once a form's last day is found.)
    let starts: IsoDate[] | undefined;
    for (const form of forms) {
      if (!formNamed(text, span, form)) continue;
      for (const keep of SPAN_KEEPS) {
        // (Each separator is tried only where the span's last day is written at all.)
        const lasts = lastsOf(span, form, keep).filter((last) => text.includes(last));
        if (lasts.length === 0) continue;
        for (const separator of SPAN_SEPARATORS) {
          if (!lasts.some((last) => endsWordAt(text, separator + last))) continue;
          starts ??= span.start !== undefined ? [span.start] : Array.from({ length: SPAN_DAYS }, (_, i) => addDays(span.end, -(i + 1)));
          for (const start of starts) {
            const written = formatSpan(start, span.end, separator, form, keep);
            const index = wholeAt(text, written);
            if (index === -1) continue;
            const shift = span.shift === undefined ? '' : `${span.shift > 0 ? '+' : ''}${span.shift}`;
            const name = span.start !== undefined ? 'span' : `span-${daysBetween(start, span.end)}${shift}`;
            return { index, written, token: `{${name}:${separator}|${form}${keep ? `|${keep}` : ''}}` };
          }
        }
      }
    }
  }
  return undefined;
}

/**
 * How the span's last day is written at its end in a form: its month left to the first day where
 * both share it (`25, 2025`), or whole. Worked out once per span for all the issue's text.
 */
function lastsOf(span: SpanEnd, form: string, keep: SpanKeep): string[] {
  const key = `${form}|${keep ?? ''}`;
  span.lasts ??= new Map();
  let lasts = span.lasts.get(key);
  if (lasts === undefined) {
    // (Both days whole: the last is the day as the form writes it, whatever the first.)
    lasts = keep === 'Y' ? [formatDate(span.end, form)] : [...new Set([addDays(span.end, -1), addDays(span.end, -SPAN_DAYS)].map((start) => formatSpan(start, span.end, '\n', form, keep).split('\n')[1] as string))];
    span.lasts.set(key, lasts);
  }
  return lasts;
}

/**
 * Whether `text` names what a form writes of the span's days in words or whole: one of their
 * months' names where the form has them, one of their years where it has one. The span's last
 * day alone may be a bare figure (`June 15-22`: `22`), as dates in figures hold at every
 * hyphen, so the form's other parts tell first.
 */
function formNamed(text: string, span: SpanEnd, form: string): boolean {
  const month = form.includes('MMMM') ? 'MMMM' : form.includes('MMM') ? 'MMM' : undefined;
  const named = (token: string): boolean => spanNames(span, token).some((name) => text.includes(name));
  return (month === undefined || named(month)) && (!form.includes('YYYY') || named('YYYY'));
}

/**
 * What the span's days are written with in `token` (`MMMM`, `MMM`, `YYYY`): of its first day and
 * its last; where the first may be any day up to a month before, of every month between.
 */
function spanNames(span: SpanEnd, token: string): string[] {
  span.names ??= new Map();
  let names = span.names.get(token);
  if (names === undefined) {
    // The last day, its month's eve and a month before it: every month a month's span touches.
    const days = span.start !== undefined ? [span.start, span.end] : [span.end, addDays(span.end, -Number(span.end.slice(8))), addDays(span.end, -SPAN_DAYS)];
    names = [...new Set(days.map((day) => formatDate(day, token)))];
    span.names.set(token, names);
  }
  return names;
}

/** Whether `text` holds what any writing of the span holds (see SpanEnd), told cheaply before it is looked for. */
function mayHold(text: string, span: SpanEnd): boolean {
  return span.tails.some((tail) => text.includes(tail)) && (span.day === undefined || text.includes(span.day)) && SPAN_SEPARATORS.some((separator) => span.opens.some((open) => text.includes(separator + open)));
}

/** Whether `text` holds `written` with no letter or digit run on after it (` - 20` is not in ` - 2026-09-16`). */
function endsWordAt(text: string, written: string): boolean {
  for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + 1)) if (!/[\p{L}\p{N}]/u.test(text.charAt(at + written.length))) return true;
  return false;
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
  // (A span may end up to a week before the issue's days, on a day of its own: see publishedSpans.)
  const spanned = /\d/.test(text) && figures.spans().some((s) => mayHold(text, s));
  // A day whose month is named in another language (`Ausgabe vom 14. November 2026`, `du 14
  // novembre 2026`): that language's forms, before English ones.
  const local = daysNamed ? localDays(text, figures.own) : [];
  // (Every form of a day holds its day of the month: text with none holds no day.)
  const days = !daysNamed ? [] : local.length === 0 ? figures.days() : [...local, ...figures.days()];
  const named =
    spanned ||
    (daysNamed && days.some((d) => text.includes(d.written))) ||
    (figures.number !== undefined && (text.includes(String(figures.number)) || withEnglishNumberTokens(text, figures.number) !== text)) ||
    (figures.zh !== undefined && text.includes(figures.zh.written)) ||
    (figures.neighbours?.some((n) => text.includes(String(n.number))) ?? false);
  if (!named || TOKEN.test(text)) return text;
  // Spans first: their days are no day of their own.
  let out = spanned ? withSpans(text, figures.spans()) : text;
  // Days first: their digits are no issue's number.
  // (A token put in already holds format letters, never a written day, so no day is found inside one.)
  for (const { written, token } of days) out = replaceWords(out, written, token);
  if (days.length > 0) out = withWeekdays(out, figures.own);
  if (figures.number !== undefined) {
    // Not a part of another day (`2026-11-12`, `11/12`): figures joined to figures by a dash or a slash.
    const inDay = (index: number, length: number): boolean => /\d[-/]$/.test(out.slice(Math.max(0, index - 2), index)) || /^[-/]\d/.test(out.slice(index + length, index + length + 2));
    // Nor a figure inside a token put in already (`{span-7: to |…}` in issue 7).
    // The issue's own number first: its neighbours' are read in what is left.
    for (const { number, token } of [{ number: figures.number, token: 'number' }, ...(figures.neighbours ?? [])]) {
      const tokens = [...out.matchAll(new RegExp(TOKEN_SOURCE, 'g'))].map((m) => [m.index, m.index + m[0].length] as const);
      const inToken = (index: number): boolean => tokens.some(([from, to]) => index >= from && index < to);
      // As English writes it as an ordinal or in words (`19th`, `nineteenth`) before its bare figures.
      out = withEnglishNumberTokens(out, number, token);
      for (const { index, length, pad } of writtenNumbers(out, number).filter((n) => !inDay(n.index, n.length) && !inToken(n.index)).reverse()) out = `${out.slice(0, index)}{${token}${pad > 0 ? `:${pad}` : ''}}${out.slice(index + length)}`;
      if (token === 'number' && figures.zh) out = out.replace(figures.zh.alone, '{number:zh}');
    }
  }
  return out;
}

/** A token of one of the issue's days: its name, its format and the format's language (`@de`). */
const DAY_TOKEN = /\{(published(?:\+\d{1,2})?|end|start):([^{}@]*)(@[a-z]+)?\}/g;

/**
 * The issue's day tokens with the weekday written beside them taken in, so the next issue writes
 * its own (`Saturday, {published:MMMM D, YYYY}` → `{published:dddd, MMMM D, YYYY}`,
 * `{published:YYYY年M月D日} 星期六` → `{published:YYYY年M月D日 星期E}`); a weekday that is not
 * the day's stays a word.
 */
function withWeekdays(text: string, own: readonly (readonly [string, IsoDate])[]): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(DAY_TOKEN)) {
    const [whole, name, format, language = ''] = m as unknown as [string, string, string, string | undefined];
    const date = own.find(([n]) => n === name)?.[1];
    if (date === undefined) continue;
    const start = m.index;
    const end = start + whole.length;
    const before = weekdayBefore(text.slice(from, start), start - from, date, language);
    const after = language === '' ? weekdayAfter(text, end, date) : undefined;
    if (!before && !after) continue;
    out += text.slice(from, start - (before?.length ?? 0)) + `{${name}:${before?.format ?? ''}${format}${after?.format ?? ''}${language}}`;
    from = end + (after?.length ?? 0);
  }
  return out + text.slice(from);
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
 * The values an issue's standing patterns are filled with (see standingPattern): its number and
 * its days, as `formatPattern` takes them.
 */
export function standingValues(issue: IssueOwnFigures): PatternValues {
  return { number: issue.number, year: issue.year ?? undefined, published: issue.published ?? undefined, start: issue.period?.start, end: issue.period?.end };
}
