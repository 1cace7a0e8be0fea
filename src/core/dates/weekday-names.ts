import { dateParts, type IsoDate } from './calendar-date.ts';

/** English weekday names from Sunday, as date formats (`dddd`, `ddd`) write them. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Chinese weekday numerals from Sunday, as `周一`, `星期日` write them (the format's `E`). */
export const CHINESE_WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const;

/** Japanese weekday characters from Sunday, as `（土）` writes them (the format's `J`). */
export const JAPANESE_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const;

/** The day of the week a date falls on: 0 for Sunday to 6 for Saturday. */
export function weekdayOf(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
