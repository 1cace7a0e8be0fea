import type { IssueKey } from '../model/issue-key.ts';
import { itemHeadline, type Item } from '../model/item.ts';
import { headingFormOf } from '../issue/entry-form.ts';
import { canonicalUrl, trackingParametersOf } from '../url/url-canonical.ts';
import type { Template } from '../model/template.ts';
import { emptyEveryIssueGroups } from '../model/every-issue-groups.ts';
import { codeHostReference } from '../page/code-host-page.ts';

export type PrePublishProblem =
  | { kind: 'no-items' }
  | { kind: 'no-comment'; itemId: string; title: string }
  | { kind: 'tracking'; itemId: string; url: string; names: string[] }
  | { kind: 'duplicate-in-issue'; itemId: string; url: string }
  | { kind: 'already-published'; itemId: string; url: string; issue: IssueKey }
  /** Headings the digest writes in every issue that the issue would write with nothing under them. */
  | { kind: 'empty-headings'; names: string[] };

/**
 * What to look at before publishing: items with no comment (where the digest's entries carry
 * words: a list of links alone, This Week in Rust's, gives none, and a change log's entry takes
 * its words from its pull request's title), links carrying tracking parameters,
 * links that stand twice in the issue or were published before, and the headings the digest
 * writes in every issue that nothing queued goes under (`template`). `published` maps canonical
 * URLs to the issue that published them.
 */
export function prePublishChecks(items: readonly Item[], published: ReadonlyMap<string, IssueKey>, template: Pick<Template, 'sections'> & Partial<Pick<Template, 'items'>> = { sections: [] }): PrePublishProblem[] {
  if (items.length === 0) return [{ kind: 'no-items' }];
  const problems: PrePublishProblem[] = [];
  const empty = emptyEveryIssueGroups(template, items);
  if (empty.length > 0) problems.push({ kind: 'empty-headings', names: empty.map((g) => g.project ?? (g.section as string)) });
  const seen = new Map<string, string>();
  for (const item of [...items].sort((a, b) => a.order - b.order)) {
    const title = itemHeadline(item);
    // A change log's entry (its heading's, or the digest's) is worded by its pull request's title.
    const style = template.items === undefined ? undefined : headingFormOf({ sections: template.sections, items: template.items }, item).items;
    const worded = style?.comments !== false && !(style?.referenceLink && codeHostReference(item.links[0]?.url ?? '') !== undefined);
    if (worded && item.comment.trim() === '') problems.push({ kind: 'no-comment', itemId: item.id, title });
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
