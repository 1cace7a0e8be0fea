import type { IsoDate } from '../dates/calendar-date.ts';
import type { DigestContent } from '../model/digest-state.ts';
import type { EntryNumbers, Issue, IssueSummary } from '../model/issue.ts';
import { compareIssueKeys, type IssueKey } from '../model/issue-key.ts';
import type { Item } from '../model/item.ts';
import { learnedCadenceDays } from '../schedule/due-date.ts';
import { newIssue } from '../schedule/new-issue.ts';
import { newestIssue, planNextIssue, type IssuePlan, type OpenIssueSettings } from '../schedule/next-issue.ts';
import { renderIssue } from './issue-renderer.ts';

export interface ExportedIssue {
  issue: Issue;
  items: Item[];
  markdown: string;
}

/** The queued items as the next issue, with the plan it follows. */
export function exportNextIssue(
  state: Pick<DigestContent, 'template' | 'items'> & { issues: readonly IssueSummary[] },
  openIssue: OpenIssueSettings,
  today: IsoDate,
  cadence: number | null = learnedCadenceDays(state.issues),
): ExportedIssue & { plan: IssuePlan } {
  const plan = planNextIssue(state.issues, today, openIssue, cadence);
  const items = state.items.filter((i) => i.issue === null);
  const numbers = state.template.items.countsOn ? numbersOnFrom(state.issues, plan.key, items.length) : undefined;
  const issue = { ...newIssue(state.template, plan, plan.period.end), ...(numbers === undefined ? {} : { entryNumbers: numbers }) };
  return { plan, issue, items, markdown: renderIssue(issue, items, state.template) };
}

/**
 * Where the digest numbers its entries on from issue to issue, the numbers the next issue's
 * entries have: on from where the newest issue before it left off, as far as it knows (an issue
 * numbered from 1 keeps none, and the next counts from 1 again).
 */
function numbersOnFrom(issues: readonly IssueSummary[], key: IssueKey, count: number): EntryNumbers | undefined {
  const last = newestIssue(issues.filter((i) => compareIssueKeys(i.key, key) < 0))?.entryNumbers?.last;
  return last === undefined ? undefined : { first: last + 1, last: last + Math.max(count, 1) };
}

/** A published issue again, as it was written (or as edited since). */
export function exportPublished(state: Pick<DigestContent, 'template' | 'items'> & { issues: readonly Issue[] }, key: IssueKey): ExportedIssue | undefined {
  const issue = state.issues.find((i) => i.key === key);
  if (!issue) return undefined;
  const items = state.items.filter((i) => i.issue === key);
  return { issue, items, markdown: renderIssue(issue, items, state.template) };
}
