import type { ParsedIssue } from '../issue/issue-parser.ts';
import { ENTRY_MARKER } from '../issue/item-text.ts';
import { kindTokenOf, MOST_KINDS } from '../model/entry-kind.ts';

/** How many of the newest issues teach the kinds: enough to meet the rare ones, recent enough to be today's. */
const ISSUES_READ = 10;

/**
 * The kinds a digest marks its entries with, most used first, where it does: two symbols or more,
 * each opening two entries or more, that open a third of its entries at least. Else undefined:
 * one symbol opening every entry is the list's marker (`🔗 `), not a kind.
 */
export function entryKindsOf(newestFirst: readonly ParsedIssue[]): string[] | undefined {
  const counts = new Map<string, number>();
  let entries = 0;
  let kinded = 0;
  for (const issue of newestFirst.slice(0, ISSUES_READ)) {
    if (issue.grammar === 'heading') continue;
    for (const item of issue.items) {
      if (item.source === undefined) continue;
      entries++;
      const marker = ENTRY_MARKER.exec(item.source)?.[0] ?? '';
      const kind = kindTokenOf(item.source.slice(marker.length));
      if (kind === undefined) continue;
      kinded++;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  const kinds = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
  if (kinds.length < 2 || kinded * 3 < entries) return undefined;
  return kinds.slice(0, MOST_KINDS).map(([kind]) => kind);
}
