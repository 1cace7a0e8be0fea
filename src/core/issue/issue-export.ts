import type { IsoDate } from '../dates/calendar-date.ts';
import type { DigestContent } from '../model/digest-state.ts';
import type { Issue, IssueSummary } from '../model/issue.ts';
import type { IssueKey } from '../model/issue-key.ts';
import type { Item } from '../model/item.ts';
import { learnedCadenceDays } from '../schedule/due-date.ts';
import { newIssue } from '../schedule/new-issue.ts';
import { planNextIssue, type IssuePlan, type OpenIssueSettings } from '../schedule/next-issue.ts';
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
  const issue = newIssue(state.template, plan, plan.period.end);
  const items = state.items.filter((i) => i.issue === null);
  return { plan, issue, items, markdown: renderIssue(issue, items, state.template) };
}

/** A published issue again, as it was written (or as edited since). */
export function exportPublished(state: Pick<DigestContent, 'template' | 'items'> & { issues: readonly Issue[] }, key: IssueKey): ExportedIssue | undefined {
  const issue = state.issues.find((i) => i.key === key);
  if (!issue) return undefined;
  const items = state.items.filter((i) => i.issue === key);
  return { issue, items, markdown: renderIssue(issue, items, state.template) };
}
