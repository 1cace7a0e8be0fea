import type { IssueKey } from '../core/model/issue-key.ts';
import { learnedCadenceDays, reminderDue, type Due } from '../core/schedule/due-date.ts';
import { planNextIssue } from '../core/schedule/next-issue.ts';
import type { DigestStore, ReadTx } from '../storage/digest-store.ts';

/** The open issue as the toolbar shows it: how many items wait, which issue it is, when it is due. */
export interface OpenIssueStatus {
  count: number;
  key: IssueKey;
  /** State `none` when reminders are off. */
  due: Due;
}

export async function openIssueStatusIn(tx: Pick<ReadTx, 'items' | 'issues' | 'meta'>, today: string): Promise<OpenIssueStatus> {
  const [count, issues, settings] = await Promise.all([tx.items.queueCount(), tx.issues.summaries(), tx.meta.settings()]);
  return { count, key: planNextIssue(issues, today, settings.openIssue, learnedCadenceDays(issues)).key, due: reminderDue(issues, settings.reminders, today) };
}

export function openIssueStatus(store: DigestStore, today: string): Promise<OpenIssueStatus> {
  return store.read((tx) => openIssueStatusIn(tx, today));
}
