import { exportNextIssue } from '../core/issue/issue-export.ts';
import type { Issue } from '../core/model/issue.ts';
import type { IssueKey } from '../core/model/issue-key.ts';
import type { Item } from '../core/model/item.ts';
import { planNextIssue, type OpenIssueSettings } from '../core/schedule/next-issue.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { relearnSuggestions } from './derived-data.ts';

export interface Published {
  issue: Issue;
  itemCount: number;
  /** The issue now open. */
  next: IssueKey;
  /** What "Undo" needs to put everything back as it was. */
  undo: PublishUndo;
}

/** The queue and the open issue's plan as they were before a publish. */
export interface PublishUndo {
  key: IssueKey;
  openIssue: OpenIssueSettings;
  /** The published items' ids, in their queue order. */
  queue: string[];
}

export type UndoOutcome = { outcome: 'undone'; itemCount: number } | { outcome: 'gone' };

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
    const [template, settings, issues, queue] = await Promise.all([tx.meta.template(), tx.meta.settings(), tx.issues.summaries(), tx.items.queue()]);
    const { issue } = exportNextIssue({ template, issues, items: queue }, settings.openIssue, today);
    await tx.issues.put(issue);
    await Promise.all(queue.map((item, order) => tx.items.put({ ...item, issue: issue.key, order })));
    await tx.meta.setSettings({ ...settings, openIssue: {} });
    // Everything as it now stands, read once: the model learns from its items and the snapshot
    // keeps it (each read it whole before, seconds over a long archive).
    const state = await tx.state.read();
    await relearnSuggestions(tx, state.issues, state.items);
    await tx.snapshots.take('publish', now, state);
    const undo = { key: issue.key, openIssue: settings.openIssue, queue: queue.map((i) => i.id) };
    return { issue, itemCount: queue.length, next: planNextIssue([...issues, issue], today, {}).key, undo };
  });
}

/**
 * Takes a publish back: the issue leaves the archive, its items go back to the queue in their
 * order and ahead of anything captured since, and the open issue's number, period, subtitle and
 * intro are as the editor had set them. One transaction; `gone` if the issue is no longer there
 * as published (replaced by an import or a restore meanwhile), and nothing changes.
 */
export function undoPublish(store: DigestStore, undo: PublishUndo): Promise<UndoOutcome> {
  return store.write(async (tx) => {
    const [issue, filed, queue, settings] = await Promise.all([tx.issues.get(undo.key), tx.items.ofIssue(undo.key), tx.items.queue(), tx.meta.settings()]);
    const byId = new Map(filed.map((i) => [i.id, i]));
    if (!issue || filed.length !== undo.queue.length || !undo.queue.every((id) => byId.has(id))) return { outcome: 'gone' };
    await tx.issues.delete(undo.key);
    const back = [...undo.queue.map((id) => byId.get(id) as Item), ...queue];
    await Promise.all(back.map((item, order) => tx.items.put({ ...item, issue: null, order })));
    await tx.meta.setSettings({ ...settings, openIssue: undo.openIssue });
    await relearnSuggestions(tx);
    return { outcome: 'undone', itemCount: undo.queue.length };
  });
}
