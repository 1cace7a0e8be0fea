import { addDays, daysBetween, type IsoDate } from '../dates/calendar-date.ts';
import type { Issue, Period } from '../model/issue.ts';
import { compareIssueIds, dayOf, issueIdOf, issueKeyOf, nextIssueId, type IssueId, type IssueKey } from '../model/issue-key.ts';
import { isDormant } from './due-date.ts';
import { shiftFromPublished } from '../dates/publication-shift.ts';

/** What the editor may fix by hand about the open issue; anything absent is derived. */
export interface OpenIssueSettings {
  key?: IssueKey;
  start?: IsoDate;
  end?: IsoDate;
  /** The words of this issue's title after the digest's fixed part (its `{subtitle}`). */
  subtitle?: string;
  /** Markdown put before this issue's first section, after the standing preamble. */
  intro?: string;
}

export interface IssuePlan {
  id: IssueId;
  key: IssueKey;
  period: Period;
  subtitle: string;
  intro: string;
  /**
   * The digest has been silent for much longer than its rhythm: the next issue starts from today
   * rather than from an issue years ago, until the editor says otherwise.
   */
  dormant: boolean;
}

type Published = Pick<Issue, 'key' | 'number' | 'year' | 'period' | 'published'>;

/** The newest published issue, by its number (within its year, where it counts by year). */
export function newestIssue<T extends Pick<Issue, 'number' | 'year'>>(published: readonly T[]): T | undefined {
  let newest: T | undefined;
  for (const issue of published) {
    if (!newest || compareIssueIds({ ...issue, week: false }, { ...newest, week: false }) > 0) newest = issue;
  }
  return newest;
}

/**
 * The next issue: the one after the newest published, its period running from where the newest
 * ended to today. A resting digest (`isDormant`) starts the next issue from today. The editor's own choices win.
 */
export function planNextIssue(published: readonly Published[], today: IsoDate, settings: OpenIssueSettings = {}, cadence: number | null = null): IssuePlan {
  const newest = newestIssue(published);
  const newestId = newest && (issueIdOf(newest.key) ?? { number: newest.number, year: newest.year, week: false });
  const chosen = settings.key === undefined ? undefined : issueIdOf(settings.key);
  // A digest named by a day some days from the one it comes out (`Week Ending November 30`, out on
  // December 2) names the next so from today.
  const named = newestId?.dated && newest?.published ? (shiftFromPublished(dayOf(newestId), newest.published) ?? 0) : 0;
  const id = chosen ?? (newestId ? (nextIssueId(newestId, addDays(today, named)) ?? newestId) : { number: 1, year: null, week: false });
  const lastDay = newest?.period?.end ?? newest?.published ?? null;
  const dormant = isDormant(lastDay, today, cadence);
  const start = settings.start ?? (dormant || lastDay === null ? (lastDay === null ? addDays(today, -7) : today) : lastDay);
  let end = settings.end ?? today;
  if (daysBetween(start, end) < 0) end = start;
  // An issue named by its day comes out that day, the day after the last one's at the earliest.
  if (id.dated && settings.end === undefined && daysBetween(end, dayOf(id)) > 0) end = dayOf(id);
  return { id, key: issueKeyOf(id), period: { start, end }, subtitle: settings.subtitle ?? '', intro: settings.intro ?? '', dormant: dormant && settings.start === undefined };
}
