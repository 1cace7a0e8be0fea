import { exportNextIssue } from '../core/issue/issue-export.ts';
import type { Issue } from '../core/model/issue.ts';
import type { IssueKey } from '../core/model/issue-key.ts';
import { planNextIssue } from '../core/schedule/next-issue.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { relearnSuggestions } from './derived-data.ts';

export interface Published {
  issue: Issue;
  itemCount: number;
  /** The issue now open. */
  next: IssueKey;
}

/**
 * Publishes the queue as the next issue, exactly as the export shows it at this moment: the issue
 * is stored, every queued item is filed under it in its queue order (nothing is deleted), the
 * open issue's hand-set number and period are cleared so the next follow from this one, the
 * suggestion model learns the new items, and a snapshot of the result is kept. One transaction.
 */
export function publishNextIssue(store: DigestStore, clock: { now: () => Date; today: () => string }): Promise<Published> {
  const now = clock.now();
  const today = clock.today();
  return store.write(async (tx) => {
    const [template, settings, issues, queue] = await Promise.all([tx.meta.template(), tx.meta.settings(), tx.issues.list(), tx.items.queue()]);
    const { issue } = exportNextIssue({ template, issues, items: queue }, settings.openIssue, today);
    await tx.issues.put(issue);
    await Promise.all(queue.map((item, order) => tx.items.put({ ...item, issue: issue.key, order })));
    await tx.meta.setSettings({ ...settings, openIssue: {} });
    await relearnSuggestions(tx);
    await tx.snapshots.take('publish', now);
    return { issue, itemCount: queue.length, next: planNextIssue([...issues, issue], today, {}).key };
  });
}
