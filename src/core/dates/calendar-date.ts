/** A calendar day as `YYYY-MM-DD`, with no time zone attached. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function dateParts(date: IsoDate): DateParts {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return m !== null && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

function toEpochDay(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date((toEpochDay(date) + days) * 86_400_000);
  return toIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Formatters by time zone, made once: making one costs about a millisecond (locale data). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day that `now` falls on in `timeZone` (the runtime's zone when absent). */
export function isoDateAt(now: Date, timeZone?: string): IsoDate {
  // The runtime's own zone is what a Date's local fields give: no formatter needed. The popup
  // asks for today on every save; a formatter made each time was a millisecond or two of it.
  if (timeZone === undefined) return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return toIsoDate({ year: get('year'), month: get('month'), day: get('day') });
}

/**
 * The year a month/day without one most likely means, seen from `anchor` (the day an issue was
 * published): the latest such day no more than `aheadDays` after it. Digests mostly look back,
 * sometimes a little ahead: an issue of 16 January speaks of 28 December, and one of 20 July of
 * a vote on the 22nd.
 */
export function likelyYear(month: number, day: number, anchor: IsoDate, aheadDays = 60): number | undefined {
  const { year } = dateParts(anchor);
  for (let candidate = year + 1; candidate >= year - 4; candidate--) {
    if (!isValidDay(candidate, month, day)) continue;
    if (daysBetween(anchor, toIsoDate({ year: candidate, month, day })) <= aheadDays) return candidate;
  }
  return undefined;
}

/** How many ISO 8601 weeks a year has: 53 when it starts on a Thursday, or on a Wednesday in a leap year. */
export function isoWeeksInYear(year: number): number {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = isValidDay(year, 2, 29);
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}
