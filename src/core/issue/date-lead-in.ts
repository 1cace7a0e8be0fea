import { daysBetween, isValidDay, likelyYear, toIsoDate, type IsoDate } from '../dates/calendar-date.ts';

/**
 * A date written at the start of a commentary: `2014.7.17，`, `3.21号，`, `2014年6月9号，`, or an
 * events list's `2026-08-27 | `.
 */
export interface DateLeadIn {
  /** The lead-in exactly as written, separator and spaces included. */
  text: string;
  date: IsoDate;
}

// Year (optional) · month · day · optional 日/号 · a separator. A space alone separates only
// after a full date (`2014.7.22 rally…`), so version numbers like `2.4 GHz` are left alone.
const LEAD_IN =
  /^(?:(\d{4})[ \t]*[.\-/年][ \t]*)?(\d{1,2})[ \t]*[.\-/月][ \t]*(\d{1,2})[ \t]*([日号])?(?:([ \t]*[，,、：:|][ \t]*)|([ \t]+)(?=\S))/;

/** How far from the issue a lead-in may point before it is taken for something else. */
const MAX_DISTANCE_DAYS = 366;

/**
 * Reads a date lead-in from the start of a commentary. `anchor` (the issue's publication day)
 * supplies missing years and rules out numbers that only look like dates.
 */
export function parseDateLeadIn(line: string, anchor: IsoDate): DateLeadIn | undefined {
  const m = LEAD_IN.exec(line);
  if (!m) return undefined;
  const [text, yearText, monthText, dayText, suffix, , spaceOnly] = m;
  if (spaceOnly !== undefined && yearText === undefined && suffix === undefined) return undefined;
  const month = Number(monthText);
  const day = Number(dayText);
  const year = yearText !== undefined ? Number(yearText) : likelyYear(month, day, anchor);
  if (year === undefined || !isValidDay(year, month, day)) return undefined;
  const date = toIsoDate({ year, month, day });
  if (Math.abs(daysBetween(anchor, date)) > MAX_DISTANCE_DAYS) return undefined;
  return { text, date };
}

/**
 * The pattern a written lead-in follows, for rendering new ones alike:
 * `2014.7.17，` → `{date:YYYY.M.D}，`, `3.21号，` → `{date:M.D}号，`.
 */
export function leadInPattern(text: string): string | undefined {
  // The sentinel stands for the commentary a lead-in is always followed by.
  const m = LEAD_IN.exec(text + '\u0001');
  if (!m || m[0] !== text) return undefined;
  const [, yearText, monthText, dayText] = m;
  const between = /^(?:\d{4}[ \t]*([.\-/年])[ \t]*)?\d{1,2}[ \t]*([.\-/月])[ \t]*\d{1,2}/.exec(text);
  const yearSep = between?.[1] ?? '.';
  const monthSep = between?.[2] ?? '.';
  // One zero-padded part says the writer pads both (`2014.05.28`, `2014.10.03`).
  const padded = /^0\d$/.test(monthText as string) || /^0\d$/.test(dayText as string);
  const monthToken = padded ? 'MM' : 'M';
  const dayToken = padded ? 'DD' : 'D';
  const datePart = `${yearText ? `YYYY${yearSep}` : ''}${monthToken}${monthSep}${dayToken}`;
  // What follows the day as written (`号，`, `，`, ` | `), but for a stray space before a comma or
  // colon (`2014.6.18 ，` is written `2014.6.18，` too); a bar is set off by a space on both sides.
  const after = text.slice(between?.[0].length ?? text.length).replace(/[ \t]+(?=[，,、：:])/, '');
  return `{date:${datePart}}${after}`;
}

/** The most common lead-in pattern among `texts`; the later one wins a tie. */
export function mostCommonLeadInPattern(texts: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const text of texts) {
    const pattern = leadInPattern(text);
    if (!pattern) continue;
    const count = (counts.get(pattern) ?? 0) + 1;
    counts.set(pattern, count);
    if (best === undefined || count >= (counts.get(best) ?? 0)) best = pattern;
  }
  return best;
}
