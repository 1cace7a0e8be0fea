import type { Backup } from './backup.ts';
import type { DigestState } from '../model/digest-state.ts';
import type { Item } from '../model/item.ts';
import { appendMissing } from '../template/template-learning.ts';
import { canonicalUrl } from '../url/url-canonical.ts';
import { compareIssueKeys } from '../model/issue-key.ts';

export type RestoreMode = 'merge' | 'replace';

/** What a restore will change, shown before it is applied. */
export interface RestoreReport {
  mode: RestoreMode;
  issuesAdded: number;
  issuesReplaced: number;
  issuesRemoved: number;
  itemsAdded: number;
  itemsUpdated: number;
  itemsRemoved: number;
  /** Items of the file left out because an item for the same page is already held. */
  itemsSkipped: number;
  templateChanged: boolean;
  settingsChanged: boolean;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The state after restoring `backup`. Replace: the file's state exactly. Merge: issues by key
 * and items by id, the file's version winning; an item of the file that has another id but the
 * same page in the same issue (or the queue) is left out; the template keeps the editor's format
 * and gains the file's sections and projects; settings stay.
 */
export function planRestore(current: DigestState, backup: Backup, mode: RestoreMode): { state: DigestState; report: RestoreReport } {
  if (mode === 'replace') {
    const incomingIds = new Set(backup.items.map((i) => i.id));
    const incomingKeys = new Set(backup.issues.map((i) => i.key));
    const currentIds = new Map(current.items.map((i) => [i.id, i]));
    const currentIssues = new Map(current.issues.map((i) => [i.key, i]));
    return {
      state: { settings: backup.settings, template: backup.template, issues: backup.issues, items: backup.items },
      report: {
        mode,
        issuesAdded: backup.issues.filter((i) => !currentIssues.has(i.key)).length,
        issuesReplaced: backup.issues.filter((i) => currentIssues.has(i.key) && !same(currentIssues.get(i.key), i)).length,
        issuesRemoved: current.issues.filter((i) => !incomingKeys.has(i.key)).length,
        itemsAdded: backup.items.filter((i) => !currentIds.has(i.id)).length,
        itemsUpdated: backup.items.filter((i) => currentIds.has(i.id) && !same(currentIds.get(i.id), i)).length,
        itemsRemoved: current.items.filter((i) => !incomingIds.has(i.id)).length,
        itemsSkipped: 0,
        templateChanged: !same(current.template, backup.template),
        settingsChanged: !same(current.settings, backup.settings),
      },
    };
  }

  // By key: a digest that counts by year has an issue 43 every year (2023-W43, 2024-W43).
  const issues = new Map(current.issues.map((i) => [i.key, i]));
  let issuesAdded = 0;
  let issuesReplaced = 0;
  for (const issue of backup.issues) {
    const held = issues.get(issue.key);
    if (!held) issuesAdded++;
    else if (!same(held, issue)) issuesReplaced++;
    issues.set(issue.key, issue);
  }
  const items = new Map(current.items.map((i) => [i.id, i]));
  const pageKey = (item: Item): string => `${item.issue ?? 0} ${canonicalUrl(item.links[0]?.url ?? item.id)}`;
  const pages = new Set(current.items.map(pageKey));
  let itemsAdded = 0;
  let itemsUpdated = 0;
  let itemsSkipped = 0;
  for (const item of backup.items) {
    const held = items.get(item.id);
    if (held) {
      if (!same(held, item)) itemsUpdated++;
      items.set(item.id, item);
    } else if (pages.has(pageKey(item))) {
      itemsSkipped++;
    } else {
      items.set(item.id, item);
      pages.add(pageKey(item));
      itemsAdded++;
    }
  }
  const template = { ...current.template, sections: appendMissing(current.template.sections, backup.template.sections) };
  return {
    state: { settings: current.settings, template, issues: [...issues.values()].sort((a, b) => compareIssueKeys(a.key, b.key)), items: [...items.values()] },
    report: {
      mode,
      issuesAdded,
      issuesReplaced,
      issuesRemoved: 0,
      itemsAdded,
      itemsUpdated,
      itemsRemoved: 0,
      itemsSkipped,
      templateChanged: !same(current.template, template),
      settingsChanged: false,
    },
  };
}
