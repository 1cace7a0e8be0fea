import type { IssueKey } from '../model/issue-key.ts';
import { itemHeadline, type Item } from '../model/item.ts';
import { canonicalUrl, trackingParametersOf } from '../url/url-canonical.ts';

export type PrePublishProblem =
  | { kind: 'no-items' }
  | { kind: 'no-comment'; itemId: string; title: string }
  | { kind: 'tracking'; itemId: string; url: string; names: string[] }
  | { kind: 'duplicate-in-issue'; itemId: string; url: string }
  | { kind: 'already-published'; itemId: string; url: string; issue: IssueKey };

/**
 * What to look at before publishing: items with no comment, links carrying tracking parameters,
 * and links that stand twice in the issue or were published before. `published` maps canonical
 * URLs to the issue that published them.
 */
export function prePublishChecks(items: readonly Item[], published: ReadonlyMap<string, IssueKey>): PrePublishProblem[] {
  if (items.length === 0) return [{ kind: 'no-items' }];
  const problems: PrePublishProblem[] = [];
  const seen = new Map<string, string>();
  for (const item of [...items].sort((a, b) => a.order - b.order)) {
    const title = itemHeadline(item);
    if (item.comment.trim() === '') problems.push({ kind: 'no-comment', itemId: item.id, title });
    for (const link of item.links) {
      const names = trackingParametersOf(link.url);
      if (names.length > 0) problems.push({ kind: 'tracking', itemId: item.id, url: link.url, names });
      const key = canonicalUrl(link.url);
      const other = seen.get(key);
      if (other !== undefined && other !== item.id) problems.push({ kind: 'duplicate-in-issue', itemId: item.id, url: link.url });
      seen.set(key, item.id);
      const issue = published.get(key);
      if (issue !== undefined) problems.push({ kind: 'already-published', itemId: item.id, url: link.url, issue });
    }
  }
  return problems;
}
