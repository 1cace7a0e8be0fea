import { daysBetween, type IsoDate } from './calendar-date.ts';

/** How far from the publication day a dated field or title may be and still be read as following it. */
const MAX_SHIFT_DAYS = 14;

/**
 * How many days `day` is from the publication day (a title naming the Saturday its week ends, out
 * on the Monday: -2); undefined where too far to follow it. Apart from publication-date.ts, whose
 * month names the popup's early script does without.
 */
export function shiftFromPublished(day: IsoDate, published: IsoDate): number | undefined {
  const shift = daysBetween(published, day);
  return Math.abs(shift) > MAX_SHIFT_DAYS ? undefined : shift;
}
