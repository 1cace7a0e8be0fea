import type { IsoDate } from '../dates/calendar-date.ts';
import { newIssue, planNextIssue, type OpenIssueSettings } from '../schedule/next-issue.ts';
import type { Issue } from '../model/issue.ts';
import { renderIssue } from './issue-renderer.ts';
import type { Item } from '../model/item.ts';
import type { Template } from '../model/template.ts';

export interface ExportedIssue {
  issue: Issue;
  items: Item[];
  markdown: string;
}

/** The queued items as the next issue's draft. */
export function exportNextIssue(
  state: { template: Template; issues: readonly Issue[]; items: readonly Item[] },
  openIssue: OpenIssueSettings,
  today: IsoDate,
): ExportedIssue {
  const plan = planNextIssue(state.issues, today, openIssue);
  const issue = newIssue(state.template, plan, plan.period.end);
  const items = state.items.filter((i) => i.issue === null);
  return { issue, items, markdown: renderIssue(issue, items, state.template) };
}

/** A published issue again, as it was written (or as edited since). */
export function exportPublished(
  state: { template: Template; issues: readonly Issue[]; items: readonly Item[] },
  number: number,
): ExportedIssue | undefined {
  const issue = state.issues.find((i) => i.number === number);
  if (!issue) return undefined;
  const items = state.items.filter((i) => i.issue === number);
  return { issue, items, markdown: renderIssue(issue, items, state.template) };
}
