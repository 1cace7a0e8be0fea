import { figureFormat } from '../dates/figure-format.ts';
import { addDays, isValidDay, likelyYear, toIsoDate, type IsoDate } from '../dates/calendar-date.ts';
import { UNDECLINED_LANGUAGES } from '../dates/local-month-names.ts';
import { MONTH_NAME, monthOfName, monthToken, ordinalSuffix } from '../dates/month-names.ts';
import type { Issue, Period } from '../model/issue.ts';
import { isTooLarge, knownNumberAt, readTitleDay, readTitleNumber, slashedDay } from './issue-number.ts';
import { dayOf, issueIdOf } from '../model/issue-key.ts';
import { publishedTokenName } from './publication-date.ts';
import { weekdayAfter, weekdayBefore } from './weekday-beside.ts';
import { titleSpan } from '../template/standing-pattern.ts';
import { formatDate, formatPattern, formatValue, type PatternValues } from './pattern.ts';
import { leastPadded, unpaddedPattern } from '../template/unpadded-pattern.ts';

export interface TitleRange {
  start: number;
  end: number;
  from: { month: number; day: number };
  to: { month: number; day: number };
  /** How each end was written: MMDD, MM.DD or M.D. */
  format: string;
  separator: string;
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
      : `${figureFormat(g.bm as string, 'M')}${g.bs === '月' ? '月' : g.bs}${figureFormat(g.bd as string, 'D')}`;
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

/** Characters that separate a title's fixed part from its subtitle: `：`, `: `, ` - `, ` | `. */
const SEPARATOR_RUN = /^[\s:：\-–—|,，·]+/;

interface TitleParts {
  /** The title with its number, year and date range as pattern tokens. */
  pattern: string;
  /** Where the last token ends in `pattern`. */
  tokensEnd: number;
  /** The number was found by its value alone (see `knownNumberAt`), not by how titles name one. */
  byValue?: true;
}

/**
 * The tokens behind a title: `OpenStack社区动态第十七期(0701-0720)` →
 * `OpenStack社区动态第{number:zh}期({start:MMDD}-{end:MMDD})`, `R Weekly 2024-W43` →
 * `R Weekly {year}-W{number:2}`.
 */
function titleParts(title: string, known?: number, published?: IsoDate): TitleParts | undefined {
  // A span of days in words (`Nov 18 – Nov 24, 2025`) is one token, and holds no number or day of the issue's own.
  const span = published === undefined ? undefined : titleSpan(title, published);
  const reading = span ? masked(title, span) : title;
  const read = readTitleNumber(reading);
  // A day in figures that reads either way (`12/05/2026`) is read by the issue's own day.
  const slashed = published !== undefined ? slashedDay(reading, published) : undefined;
  const named = read ? (!isTooLarge(read) && read.dateFormat !== undefined ? read : undefined) : slashed;
  // (A day the title is named by, its number beside it: the number is the title's, the day its day.)
  const beside = named && known !== undefined ? knownNumberAt(reading, known, named) : undefined;
  const found = beside ?? (read && !isTooLarge(read) ? read : (slashed ?? (known === undefined ? undefined : knownNumberAt(reading, known))));
  const number = found && !isTooLarge(found) ? found : undefined;
  // A title that names its week and no number (`Foo Weekly: November 18 – 24`) is the span's;
  // one that names its day without the year and no number (`Kite Daily – Sunday, December 6`), the day's.
  const dayAlone = !number && !span && published !== undefined ? yearlessDay(reading, published) : undefined;
  if (!number && !span && !dayAlone) return undefined;
  const pieces: { start: number; end: number; text: string }[] = span ? [{ start: span.index, end: span.index + span.written.length, text: span.token }] : [];
  const free = (start: number, end: number): boolean => pieces.every((p) => end <= p.start || start >= p.end);
  const numberText = number === undefined ? '' : number.style.zh ? '{number:zh}' : number.style.pad > 0 ? `{number:${number.style.pad}}` : '{number}';
  if (number?.dateFormat !== undefined) {
    // Named by its day: the next is named by the day it comes out, or as many days from it.
    pieces.push({ start: number.start, end: number.end, text: `{${dayToken(dayOf(number), published)}:${number.dateFormat}}` });
  } else if (number !== undefined && number.year !== null && number.yearAt !== undefined) {
    // `2024-W43`, `2017 Issue 17`, `2018-1`, `Week 23, 2024`: the year and the number where each stands.
    pieces.push({ start: number.yearAt, end: number.yearAt + 4, text: '{year}' });
    const written = /^\d+/.exec(title.slice(number.numberAt))?.[0] ?? '';
    pieces.push({ start: number.numberAt, end: number.numberAt + written.length, text: numberText });
  } else if (number !== undefined) {
    // An ordinal in figures (`The 19th Kite Weekly`): the next one's with its own suffix (`21st`).
    const ordinal = numberText === '{number}' && new RegExp(`^${ordinalSuffix(number.number)}(?!\\p{L})`, 'u').test(title.slice(number.end));
    pieces.push({ start: number.start, end: number.end + (ordinal ? 2 : 0), text: ordinal ? '{number:o}' : numberText });
  }
  const range = readTitleRange(title);
  if (range && free(range.start, range.end)) {
    pieces.push({ start: range.start, end: range.end, text: `{start:${range.format}}${range.separator}{end:${range.format}}` });
  }
  // A numbered issue's day beside its number (`Issue #12 — Jan 5, 2025`): the next one's day.
  const day = number?.dateFormat === undefined ? (readTitleDay(reading) ?? slashed) : undefined;
  if (day?.dateFormat !== undefined && free(day.start, day.end)) {
    pieces.push({ start: day.start, end: day.end, text: `{${dayToken(dayOf(day), published)}:${day.dateFormat}}` });
  } else if ((number !== undefined && number.dateFormat === undefined) || dayAlone) {
    // Or without its year (`Issue 12 (Nov 15)`), read beside the day the issue came out.
    const yearless = dayAlone ?? (published === undefined ? undefined : yearlessDay(reading, published));
    if (yearless && free(yearless.start, yearless.end)) pieces.push(yearless);
  }
  pieces.sort((a, b) => a.start - b.start);
  let pattern = '';
  let at = 0;
  for (const piece of pieces) {
    pattern += escapeBraces(title.slice(at, piece.start)) + piece.text;
    at = piece.end;
  }
  const tokensEnd = pattern.length;
  return { pattern: pattern + escapeBraces(title.slice(at)), tokensEnd, ...(number !== undefined && (beside !== undefined || !(read && !isTooLarge(read))) ? { byValue: true as const } : {}) };
}

/**
 * A day a title names without its year, month first or day first (`Nov 15`, `November 15th`,
 * `15 Nov`), within a week of the day the issue came out (`published`): where it stands and its
 * token. Only beside that day: a figure and a month name may be words (`Top 5 March Madness`).
 */
const YEARLESS_DAY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(${MONTH_NAME})([ \t]+)(\d{1,2})(st|nd|rd|th)?|(\d{1,2})(st|nd|rd|th)?([ \t]+)(${MONTH_NAME}))(?![\p{L}\p{N}.])(?!,?[ \t]*\d)`, 'iu');

function yearlessDay(title: string, published: IsoDate): { start: number; end: number; text: string } | undefined {
  const m = YEARLESS_DAY.exec(title);
  if (!m) return slashedYearlessDay(title, published);
  const monthFirst = m[1] !== undefined;
  const [monthText, gap, dayText, ordinal] = (monthFirst ? [m[1], m[2], m[3], m[4]] : [m[8], m[7], m[5], m[6]]) as [string, string, string, string | undefined];
  const month = monthOfName(monthText);
  const day = Number(dayText);
  if (month === undefined || (ordinal !== undefined && ordinal !== ordinalSuffix(day))) return undefined;
  const year = likelyYear(month, day, published, 7);
  if (year === undefined || !isValidDay(year, month, day)) return undefined;
  const date = toIsoDate({ year, month, day });
  const name = publishedTokenName(date, published);
  if (name === undefined) return undefined;
  const monthFormat = monthToken(monthText);
  const dayFormat = ordinal !== undefined ? 'Do' : dayText.startsWith('0') ? 'DD' : 'D';
  // Its weekday beside it is the day's (`Sunday, December 6`): the next title names its own.
  const end = m.index + m[0].length;
  const before = weekdayBefore(title, m.index, date);
  const after = weekdayAfter(title, end, date);
  const format = `${before?.format ?? ''}${monthFirst ? monthFormat + gap + dayFormat : dayFormat + gap + monthFormat}${after?.format ?? ''}`;
  return { start: m.index - (before?.length ?? 0), end: end + (after?.length ?? 0), text: `{${name}:${format}}` };
}

/**
 * A month and day in figures, no year (`Kite Weekly 12/6`, `(6/12)`), read month first or day
 * first by which of the two is within a week of the day the issue came out; neither, or both
 * (`12/12`), is no day. Not a figure among others (`1/2/3`, `v1.2/3`).
 */
const SLASHED_YEARLESS = /(?<![\p{L}\p{N}./-])(\d{1,2})\/(\d{1,2})(?![\p{L}\p{N}/]|\.\d)/u;

function slashedYearlessDay(title: string, published: IsoDate): { start: number; end: number; text: string } | undefined {
  const m = SLASHED_YEARLESS.exec(title);
  if (!m) return undefined;
  const [, first = '', second = ''] = m;
  const near = (month: number, day: number): IsoDate | undefined => {
    const year = month >= 1 && month <= 12 ? likelyYear(month, day, published, 7) : undefined;
    const date = year !== undefined && isValidDay(year, month, day) ? toIsoDate({ year, month, day }) : undefined;
    return date !== undefined && publishedTokenName(date, published) !== undefined ? date : undefined;
  };
  const monthFirst = near(Number(first), Number(second));
  const dayFirst = near(Number(second), Number(first));
  const date = monthFirst ?? dayFirst;
  if (date === undefined || (monthFirst !== undefined && dayFirst !== undefined && monthFirst !== dayFirst)) return undefined;
  const name = publishedTokenName(date, published) as string;
  // Unpadded where a figure under 10 is (`12/6`: the title pads neither); two figures each tell
  // nothing over 9 (`11/29`), padded until another issue's title says otherwise (see leastPadded).
  const padded = first.length === 2 && second.length === 2;
  const [m1, d1] = padded ? ['MM', 'DD'] : ['M', 'D'];
  const format = monthFirst !== undefined ? `${m1}/${d1}` : `${d1}/${m1}`;
  return { start: m.index, end: m.index + m[0].length, text: `{${name}:${format}}` };
}

/** The title with a span's words blanked out, every other character where it stood. */
function masked(title: string, span: { index: number; written: string }): string {
  return title.slice(0, span.index) + '\uE000'.repeat(span.written.length) + title.slice(span.index + span.written.length);
}

/**
 * The token a title's day is written by: the issue's publication day, or as many days from it as
 * the title's day was (`Week Ending December 6, 2025`, out on the 8th: `published-2`).
 */
function dayToken(day: IsoDate, published: IsoDate | undefined): string {
  return (published === undefined ? undefined : publishedTokenName(day, published)) ?? 'published';
}

function escapeBraces(text: string): string {
  return text.replace(/[{}]/g, '');
}

/**
 * The pattern behind a digest's titles, newest first: the fixed part with its tokens, then
 * `{subtitle}` where the titles go on with words of their own — `科技爱好者周刊（第 {number} 期）：
 * {subtitle}`, `This Week In React #{number}: {subtitle}`. Titles that end alike after their
 * tokens (`This Week in Rust {number}`, `OpenStack社区动态第{number:zh}期(…)`) have none. With one
 * title, words after a separator are its subtitle. Titles with no token that are all alike are
 * the pattern themselves. A day a title names is written from the issue's publication day, where
 * known (`published`), as far from it as the title's was (`Week Ending {published-2:MMMM D, YYYY}`).
 */
export function titlePatternOf(titles: readonly string[], numbers: readonly (number | undefined)[] = [], published: readonly (IsoDate | undefined)[] = []): string | undefined {
  const parts = titles.map((t, i) => titleParts(t, numbers[i], published[i])).filter((p): p is TitleParts => p !== undefined);
  const newest = parts[0];
  // Titles that name no issue at all and are all the same (`Weekly Links`, its issues known by
  // their day) are the pattern as they stand.
  if (!newest) return titles.length > 0 && titles.every((t) => t === titles[0]) ? escapeBraces(titles[0] as string) : sharedWordsPattern(titles);
  // Titles alike but for how their days pad (`11/7/2026` beside `11/14/2026`) are written alike,
  // as the one that tells pads them.
  const fixedOf = (p: TitleParts): string => p.pattern.slice(0, p.tokensEnd);
  const alike = parts.filter((p) => unpaddedPattern(fixedOf(p)) === unpaddedPattern(fixedOf(newest)));
  const fixed = leastPadded(alike.map(fixedOf));
  const rests = alike.map((p) => p.pattern.slice(p.tokensEnd));
  // A number found by its value alone is the title's only where another title has it there too.
  if (newest.byValue && rests.length < 2) return undefined;
  const newestRest = rests[0] as string;
  if (rests.every((r) => r === newestRest)) {
    if (rests.length > 1) return fixed + newestRest;
    // One title: words after a separator are its own.
    const separator = SEPARATOR_RUN.exec(newestRest)?.[0] ?? '';
    return separator === '' || separator === newestRest ? fixed + newestRest : `${fixed}${separator}{subtitle}`;
  }
  // What every title says after its tokens, up to the last separator in it, is fixed.
  const shared = commonPrefix(rests);
  let cut = 0;
  for (let k = 0; k < shared.length; k++) if (SEPARATOR_CHARS.includes(shared[k] as string)) cut = k + 1;
  // Never inside brackets the titles go on to close (`Issue 12 (Nov 15)` beside `Issue 11 (Nov 8)`):
  // the subtitle is the brackets and what they hold, whole.
  const open = unclosedBracket(shared.slice(0, cut));
  if (open !== -1) cut = open;
  const lead = shared.slice(0, cut) || ' ';
  const tails = rests.map((r) => r.slice(cut)).filter((t) => t !== '');
  return `${fixed}${lead}{subtitle}${sharedEnding(tails)}`;
}

/**
 * Words every title ends with after a bar, dash or bracket (`| Foo Weekly`), fixed after the
 * subtitle; none where a title would be left with no subtitle before them.
 */
function sharedEnding(tails: readonly string[]): string {
  const suffix = commonSuffix(tails);
  const bar = suffix.search(/(?<!\s)\s*[|–—·(（:：]/);
  const ending = bar === -1 ? '' : suffix.slice(bar);
  return tails.every((t) => t.length > ending.length) ? ending : '';
}

/**
 * The pattern of titles that name no issue by a number or a day but share their words before or
 * after a separator (`Kite Monthly: October 2026` beside `Kite Monthly: September 2026`): those
 * words, and the subtitle where the titles differ (`Kite Monthly: {subtitle}`, whose month
 * withMonthSubtitle then tells). Undefined for titles that share none (each issue's own words).
 */
function sharedWordsPattern(titles: readonly string[]): string | undefined {
  if (titles.length < 2) return undefined;
  const shared = commonPrefix(titles);
  // After the last mark that sets words apart (`Kite Monthly: `), where the titles share one: a
  // space alone may stand inside what differs (`November 18 – 24` beside `November 11 – 17`).
  // (A hyphen inside a word, `Kite-Weekly`, sets nothing apart.)
  const mark = /^.*(?:[:|,·–—]|(?<=\s)-)[ \t]+|^.*[：，]/su.exec(shared)?.[0].length;
  let cut = mark ?? 0;
  if (mark === undefined) for (let k = 0; k < shared.length; k++) if (SEPARATOR_CHARS.includes(shared[k] as string)) cut = k + 1;
  const open = unclosedBracket(shared.slice(0, cut));
  if (open !== -1) cut = open;
  // (A year all the titles share is their days', not their words: `Kite Quarterly — 2026 Q1`.)
  const lead = shared.slice(0, cut).replace(/(?<!\d)(?:19|20)\d\d[ \t]*$/, '');
  const tails = titles.map((t) => t.slice(lead.length));
  const fixedSuffix = sharedEnding(tails);
  // (Words, not a stray letter or mark the titles happen to share.)
  const worded = (text: string): boolean => /\p{L}[\p{L}\p{N}]/u.test(text);
  if (!worded(lead) && !worded(fixedSuffix)) return undefined;
  return `${escapeBraces(lead)}{subtitle}${escapeBraces(fixedSuffix)}`;
}

/** Where the first bracket `text` opens and leaves open stands (`(`, `（`, `[`, `【`), or -1. */
function unclosedBracket(text: string): number {
  const open: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text[k] as string;
    if ('(（[【'.includes(c)) open.push(k);
    else if (')）]】'.includes(c)) open.pop();
  }
  return open[0] ?? -1;
}

/** How titles name a month: `January 2020`, `Jan 2020`, `2020年1月`, `Dezember 2026`. */
const MONTH_FORMATS: readonly string[] = [
  'MMMM YYYY',
  'MMM YYYY',
  'YYYY年M月',
  // A quarter (`Q3 2026`, `2026 Q3`).
  '[Q]Q YYYY',
  'YYYY [Q]Q',
  // In the other languages whose month stands alone as after a day (`Dezember 2026`,
  // `diciembre de 2026`), with a capital or without, as a title may set it.
  ...UNDECLINED_LANGUAGES.flatMap((language) => ['MMMM', 'mmmm'].flatMap((month) => [`${month} YYYY@${language}`, ...(language === 'es' || language === 'pt' ? [`${month} [de] YYYY@${language}`] : [])])),
];

/**
 * A title pattern whose subtitle is the month the issue covers (`This Month in Rust GameDev #6 -
 * January 2020`, published in February) or the month it is published in, written as a token
 * that advances: `{start:MMMM YYYY}` (the month of the day after the issue before) or
 * `{published:MMMM YYYY}`. Every issue that can be checked must name that month, one at least;
 * else the pattern as it was.
 */
export function withMonthSubtitle(pattern: string, newestFirst: readonly Pick<Issue, 'title' | 'number' | 'year' | 'published'>[]): string {
  if (!pattern.includes('{subtitle}')) return pattern;
  const subtitles = newestFirst.map((issue) => subtitleOf(issue.title, pattern, { number: issue.number, year: issue.year ?? undefined, published: issue.published ?? undefined }));
  for (const format of MONTH_FORMATS) {
    for (const token of ['start', 'published'] as const) {
      let checked = 0;
      const all = newestFirst.every((issue, i) => {
        const before = newestFirst[i + 1]?.published;
        const day = token === 'published' ? issue.published : before ? addDays(before, 1) : null;
        if (!day) return true;
        checked++;
        return subtitles[i] === formatValue(day, format);
      });
      if (all && checked > 0) return pattern.replace('{subtitle}', `{${token}:${format}}`);
    }
  }
  return pattern;
}

/**
 * An issue's subtitle by its digest's title pattern: the words its title holds where the pattern
 * says `{subtitle}` (`Weekly Thing #172 / Blockchain, Bezos, Privacy` by `Weekly Thing #{number}
 * / {subtitle}` → `Blockchain, Bezos, Privacy`); undefined where it holds none.
 */
export function subtitleOf(title: string, titlePattern: string, values: PatternValues): string | undefined {
  if (!titlePattern.includes('{subtitle}')) return undefined;
  const [before = '', after = ''] = formatPattern(titlePattern, { ...values, subtitle: '\u0000' }).split('\u0000');
  if (title.length <= before.length + after.length || !title.startsWith(before) || !title.endsWith(after)) return undefined;
  return title.slice(before.length, title.length - after.length).trim() || undefined;
}

const SEPARATOR_CHARS = ' \t:：-–—|,，·';

function commonPrefix(texts: readonly string[]): string {
  let prefix = texts[0] ?? '';
  for (const t of texts.slice(1)) {
    let n = 0;
    while (n < prefix.length && n < t.length && prefix[n] === t[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix;
}

function commonSuffix(texts: readonly string[]): string {
  if (texts.length < 2) return '';
  let suffix = texts[0] as string;
  for (const t of texts.slice(1)) {
    let n = 0;
    while (n < suffix.length && n < t.length && suffix[suffix.length - 1 - n] === t[t.length - 1 - n]) n++;
    suffix = suffix.slice(suffix.length - n);
  }
  return suffix;
}

/**
 * The pattern behind a file name: `2014-07-20-openstack-activity-0701-0720.md` →
 * `{published:YYYY-MM-DD}-openstack-activity-{start:MMDD}-{end:MMDD}.md`; `issue-407.md` →
 * `issue-{number}.md`; `2024-10-21-2024-W43.md` → `{published:YYYY-MM-DD}-{year}-W{number:2}.md`.
 */
export function fileNamePatternOf(fileName: string, issue: Pick<Issue, 'key' | 'number' | 'year'> & { published?: IsoDate | null }): string {
  // Folders of the year and month the issue came out (`2019/nov/37.md`): the next one's own, or
  // none where they are not the issue's days (the file then goes under no folder).
  const folders = /^((?:[^/]+\/)*)([^/]+)$/.exec(fileName) as RegExpExecArray;
  // A page bundle's folder (`007/index.md`) names the issue, as a name does.
  if (isBundleIndex(folders[2] as string) && folders[1] !== '') return namePatternOf(fileName, issue);
  const folder = folders[1] === '' ? '' : (dayFolders(folders[1] as string, issue.published ?? undefined) ?? '');
  return folder + namePatternOf(folders[2] as string, issue);
}

/** `2019/nov/` as the tokens of the issue's day it names (`{published:YYYY}/{published:mmm}/`); undefined where it names another. */
function dayFolders(folders: string, published: IsoDate | undefined): string | undefined {
  if (published === undefined) return undefined;
  const [year, month] = folders.split('/');
  if (year !== published.slice(0, 4)) return undefined;
  if (month === undefined || month === '') return '{published:YYYY}/';
  const format = ['MM', 'M', 'mmm', 'mmmm', 'MMM', 'MMMM'].find((f) => formatDate(published, f) === month);
  return format === undefined ? undefined : `{published:YYYY}/{published:${format}}/`;
}

function namePatternOf(fileName: string, issue: Pick<Issue, 'key' | 'number' | 'year'>): string {
  let rest = fileName;
  let prefix = '';
  const date = /^(\d{4})-(\d{1,2})-(\d{1,2})-/.exec(rest);
  if (date) {
    prefix = `{published:YYYY-${figureFormat(date[2] as string, 'M')}-${figureFormat(date[3] as string, 'D')}}-`;
    rest = rest.slice(date[0].length);
  }
  // A day after a word (`twim-2024-05-10.md`, `news-2024-12-30-week-52.md`): the day the next
  // comes out, as a Jekyll prefix is.
  const day = prefix === '' ? readTitleDay(rest) : undefined;
  if (day?.dateFormat !== undefined) rest = `${rest.slice(0, day.start)}{published:${day.dateFormat}}${rest.slice(day.end)}`;
  // A number written with leading zeros (`042.md`) is written as wide again (`{number:3}`).
  const numberToken = (digits: string): string => (digits.length > String(issue.number).length ? `{number:${digits.length}}` : '{number}');
  if (issueIdOf(issue.key)?.dated) {
    // Named by its day alone: the day is the number.
  } else if (issue.year !== null) {
    rest = rest.replace(new RegExp(`(^|\\D)${issue.year}-(W?)(0*${issue.number})(?!\\d)`), (_, lead: string, w: string, digits: string) => `${lead}{year}-${w}${w ? '{number:2}' : numberToken(digits)}`);
  } else {
    rest = rest.replace(new RegExp(`(^|\\D)(0*${issue.number})(?!\\d)(?!.*(?:^|\\D)0*${issue.number}(?!\\d))`), (_, lead: string, digits: string) => `${lead}${numberToken(digits)}`);
  }
  rest = rest.replace(/(^|[^\d{])(\d{4})([-_])(\d{4})(?!\d)/, '$1{start:MMDD}$3{end:MMDD}');
  // A name with nothing that changes (`newsletter.md`) would give every issue the last one's
  // file: the day each comes out goes first, as Jekyll names posts.
  return prefix + rest === fileName && !/\{/.test(rest) ? `{published:YYYY-MM-DD}-${rest}` : prefix + rest;
}

/** Whether a file is a page bundle's index (Hugo's and Zola's `index.md`, `_index.md`): its folder names it. */
export function isBundleIndex(fileName: string): boolean {
  return /^_?index\.(?:md|mdx|markdown)$/i.test(fileName);
}

/** The title a digest with none in its files has: the file's name, words apart (`178 蜗牛蜗牛`). */
export function titleFromFileName(fileName: string): string {
  // The file's own name, its folders apart; a page bundle's index by its folder's.
  const parts = fileName.split('/');
  const own = parts.at(-1) as string;
  const named = parts.length > 1 && isBundleIndex(own) ? (parts.at(-2) as string) : own;
  const stem = named.replace(/\.[A-Za-z0-9]+$/, '');
  // A name that is a day and nothing more (`2025-05-19.md`) is that day, no number.
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(stem)) return stem;
  return stem
    .replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
}

/**
 * The file-name pattern of a digest's newest issues: the newest one's, with `{subtitle}` where
 * the names go on with words of their own after the fixed part and its tokens (`{number}-蜗牛蜗牛.md`,
 * `{number}-五彩花海.md` → `{number}-{subtitle}.md`).
 */
export function fileNamePatternOfIssues(issues: readonly (Pick<Issue, 'key' | 'number' | 'year' | 'fileName'> & { published?: IsoDate | null })[]): string | undefined {
  const patterns = issues.flatMap((i) => (i.fileName ? [fileNamePatternOf(i.fileName, i)] : []));
  const newest = patterns[0];
  if (newest === undefined || patterns.length < 2 || patterns.every((p) => p === newest)) return newest;
  // Names alike but for their words: the same extension, the same tokens before the words.
  const ext = /\.[A-Za-z0-9]+$/.exec(newest)?.[0] ?? '';
  const stems = patterns.filter((p) => p.endsWith(ext)).map((p) => p.slice(0, p.length - ext.length));
  if (stems.length < 2) return newest;
  const shared = commonPrefix(stems);
  let cut = 0;
  for (let k = 0; k < shared.length; k++) if ('-_ .'.includes(shared[k] as string)) cut = k + 1;
  const fixed = newest.slice(0, cut);
  const words = stems.map((s) => s.slice(cut));
  // Only words after the tokens are the issue's own; a name whose tokens differ is not read so.
  if (!/\{\w+(?::[^}]*)?\}/.test(fixed) || words.some((w) => w === '' || w.includes('{')) || words.every((w) => w === words[0])) return newest;
  return `${fixed}{subtitle}${ext}`;
}

/** The title pattern of a digest titled by its file names: the name's pattern, words apart. */
export function titlePatternOfFileName(pattern: string): string {
  return titleFromFileName(pattern.replace(/^\{published:[^}]*\}[-_]/, ''));
}
