import { exportNextIssue, exportPublished, type ExportedIssue } from '../core/issue/issue-export.ts';
import { compareIssueKeys, type IssueKey } from '../core/model/issue-key.ts';
import type { Settings } from '../core/model/settings.ts';
import type { Template } from '../core/model/template.ts';
import { prePublishChecks, type PrePublishProblem } from '../core/queue/pre-publish-checks.ts';
import type { IssuePlan } from '../core/schedule/next-issue.ts';
import { canonicalUrl } from '../core/url/url-canonical.ts';
import type { DigestStore } from '../storage/digest-store.ts';

export interface ExportView {
  template: Template;
  settings: Settings;
  exported: ExportedIssue & { plan: IssuePlan };
  problems: PrePublishProblem[];
}

/** The next issue as it would be published now, with what to look at first. */
export function readExport(store: DigestStore, today: string): Promise<ExportView> {
  return store.read(async (tx) => {
    const [template, settings, issues, queue] = await Promise.all([tx.meta.template(), tx.meta.settings(), tx.issues.summaries(), tx.items.queue()]);
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
    return { template, settings, exported, problems: prePublishChecks(queue, published, template) };
  });
}

/** A published issue's Markdown again, as published or as edited since; undefined if it is not held. */
export function readPublishedIssue(store: DigestStore, key: IssueKey): Promise<ExportedIssue | undefined> {
  return store.read(async (tx) => exportPublished(await tx.state.read(), key));
}
