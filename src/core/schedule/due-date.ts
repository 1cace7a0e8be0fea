import { addDays, daysBetween, type IsoDate } from '../dates/calendar-date.ts';
import type { Issue } from '../model/issue.ts';

/** The digest's rhythm: the median number of days between publications, or null with fewer than two. */
export function learnedCadenceDays(issues: readonly Pick<Issue, 'published'>[]): number | null {
  const days = issues
    .map((i) => i.published)
    .filter((d): d is IsoDate => d !== null)
    .sort();
  const gaps = days.slice(1).map((d, i) => daysBetween(days[i] as IsoDate, d)).filter((g) => g > 0);
  if (gaps.length === 0) return null;
  gaps.sort((a, b) => a - b);
  const mid = Math.floor(gaps.length / 2);
  const median = gaps.length % 2 === 1 ? (gaps[mid] as number) : Math.round(((gaps[mid - 1] as number) + (gaps[mid] as number)) / 2);
  return Math.min(62, Math.max(1, median));
}

export type DueState = 'none' | 'later' | 'soon' | 'today' | 'overdue' | 'dormant';

/** After this many days without an issue, a digest is resting, however often it appeared before. */
const DORMANT_DAYS = 120;

/**
 * Whether a digest silent since `lastDay` is resting rather than late: longer than `DORMANT_DAYS`,
 * or six times its rhythm. A resting digest is not overdue by years; its next issue starts afresh.
 */
export function isDormant(lastDay: IsoDate | null, today: IsoDate, cadence: number | null): boolean {
  return lastDay !== null && daysBetween(lastDay, today) > Math.max(DORMANT_DAYS, 6 * (cadence ?? 0));
}

export interface Due {
  /** The day the next issue is due; for a `dormant` digest, the day it last published. */
  date: IsoDate | null;
  state: DueState;
  /** Days from today to the due date (negative when overdue). */
  days: number | null;
  cadence: number | null;
}

/**
 * When the next issue is due: the newest publication plus the editor's cadence, or the learned
 * one. `soon` is the day before; a digest silent for much longer than its rhythm is `dormant`.
 */
export function dueOf(
  issues: readonly Pick<Issue, 'published'>[],
  cadenceSetting: number | null,
  today: IsoDate,
): Due {
  const cadence = cadenceSetting ?? learnedCadenceDays(issues);
  const last = issues
    .map((i) => i.published)
    .filter((d): d is IsoDate => d !== null)
    .sort()
    .at(-1);
  if (!last || cadence === null) return { date: null, state: 'none', days: null, cadence };
  if (isDormant(last, today, cadence)) return { date: last, state: 'dormant', days: null, cadence };
  const date = addDays(last, cadence);
  const days = daysBetween(today, date);
  const state: DueState = days < 0 ? 'overdue' : days === 0 ? 'today' : days === 1 ? 'soon' : 'later';
  return { date, state, days, cadence };
}

/** Whether to remind today: due or overdue (see `reminderDue`), and not reminded today already. */
export function shouldRemind(due: Due, lastNotified: IsoDate | null, today: IsoDate): boolean {
  return (due.state === 'today' || due.state === 'overdue') && lastNotified !== today;
}

/** When the open issue is due, as far as the editor wants to be told: state `none` with reminders off. */
export function reminderDue(
  issues: readonly Pick<Issue, 'published'>[],
  reminders: { enabled: boolean; cadenceDays: number | null },
  today: IsoDate,
): Due {
  return reminders.enabled ? dueOf(issues, reminders.cadenceDays, today) : { date: null, state: 'none', days: null, cadence: null };
}
