import { exportNextIssue, exportPublished, type ExportedIssue } from '../core/issue/issue-export.ts';
import type { Issue } from '../core/model/issue.ts';
import { compareIssueKeys, type IssueKey } from '../core/model/issue-key.ts';
import type { Item } from '../core/model/item.ts';
import type { Settings } from '../core/model/settings.ts';
import type { Template } from '../core/model/template.ts';
import type { IssuePlan } from '../core/schedule/next-issue.ts';
import { prePublishChecks, type PrePublishProblem } from '../core/queue/pre-publish-checks.ts';
import { canonicalUrl } from '../core/url/url-canonical.ts';
import type { DigestStore, SnapshotSummary } from '../storage/digest-store.ts';

/** The open issue's queue, in order. */
export function readQueue(store: DigestStore): Promise<Item[]> {
  return store.read((tx) => tx.items.queue());
}

export interface ExportView {
  template: Template;
  settings: Settings;
  exported: ExportedIssue & { plan: IssuePlan };
  problems: PrePublishProblem[];
}

/** The next issue as it would be published now, with what to look at first. */
export function readExport(store: DigestStore, today: string): Promise<ExportView> {
  return store.read(async (tx) => {
    const [template, settings, issues, queue] = await Promise.all([tx.meta.template(), tx.meta.settings(), tx.issues.list(), tx.items.queue()]);
    // Which of the queue's links were published before, by index lookups only.
    const urls = [...new Set(queue.flatMap((i) => i.links.map((l) => l.url)))];
    const found = await Promise.all(urls.map((url) => tx.items.findByUrl(url)));
    const published = new Map<string, IssueKey>();
    urls.forEach((url, i) => {
      let newest: IssueKey | undefined;
      for (const item of found[i] ?? []) if (item.issue !== null && (newest === undefined || compareIssueKeys(item.issue, newest) > 0)) newest = item.issue;
      if (newest !== undefined) published.set(canonicalUrl(url), newest);
    });
    const exported = exportNextIssue({ template, issues, items: queue }, settings.openIssue, today);
    return { template, settings, exported, problems: prePublishChecks(queue, published) };
  });
}

export interface OptionsData {
  template: Template;
  settings: Settings;
  issues: Issue[];
  queue: Item[];
  /** All items, queued and published. */
  itemCount: number;
  snapshots: SnapshotSummary[];
}

/** What the options page shows. */
export function readOptionsData(store: DigestStore): Promise<OptionsData> {
  return store.read(async (tx) => {
    const [template, settings, issues, queue, itemCount, snapshots] = await Promise.all([
      tx.meta.template(),
      tx.meta.settings(),
      tx.issues.list(),
      tx.items.queue(),
      tx.items.count(),
      tx.snapshots.list(),
    ]);
    return { template, settings, issues, queue, itemCount, snapshots };
  });
}

/** Every item, queued and published, for the archive's search. */
export function readAllItems(store: DigestStore): Promise<Item[]> {
  return store.read((tx) => tx.items.all());
}

/** A published issue's Markdown again, as published or as edited since; undefined if it is not held. */
export function readPublishedIssue(store: DigestStore, key: IssueKey): Promise<ExportedIssue | undefined> {
  return store.read(async (tx) => exportPublished(await tx.state.read(), key));
}
