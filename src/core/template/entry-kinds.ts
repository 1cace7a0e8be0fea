import type { ParsedIssue } from '../issue/issue-parser.ts';
import { ENTRY_MARKER } from '../issue/item-text.ts';
import { HEADED_MARKER } from '../issue/headed-marker.ts';
import { LIST_ITEM_LINE } from '../markdown/list-item-line.ts';
import { isTaskBox, kindTokenOf, MOST_KINDS } from '../model/entry-kind.ts';

/** How many of the newest issues teach the kinds: enough to meet the rare ones, recent enough to be today's. */
const ISSUES_READ = 10;

/**
 * The kinds a digest marks its entries with after their list marker or their heading's marks, most used first, where it does: two symbols or more,
 * each opening two entries or more, that open a third of its entries at least. Else undefined:
 * one symbol opening every entry is the list's marker (`🔗 `), not a kind. A task list's boxes
 * (`- [ ] `, `- [x] `) are kinds where they open a third of the entries, even where every entry's
 * is the same: the other box is offered too, as a new entry may be done or not.
 */
export function entryKindsOf(newestFirst: readonly ParsedIssue[]): string[] | undefined {
  const symbols = new Map<string, number>();
  const boxes = new Map<string, number>();
  let entries = 0;
  for (const issue of newestFirst.slice(0, ISSUES_READ)) {
    for (const item of issue.items) {
      if (item.source === undefined) continue;
      entries++;
      // (Or after a headed entry's heading marks: 老司机 iOS 周报's `### 🐕 [title](…)`.)
      const marker = (issue.grammar === 'heading' ? HEADED_MARKER : ENTRY_MARKER).exec(item.source)?.[0] ?? '';
      const kind = kindTokenOf(item.source.slice(marker.length));
      if (kind === undefined) continue;
      const counts = isTaskBox(kind) ? boxes : symbols;
      // Only a list item's box is one (`- [ ] `): Markdown reads none elsewhere.
      if (counts === boxes && !LIST_ITEM_LINE.test(marker)) continue;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  const boxed = [...boxes.values()].reduce((a, b) => a + b, 0);
  if (boxed >= 2 && boxed * 3 >= entries) {
    // One kind for done, however ticked (`[x]`, `[X]`): written as most entries tick it.
    const done = byUse(boxes).find((box) => box !== '[ ]') ?? '[x]';
    const open = boxes.get('[ ]') ?? 0;
    return open >= boxed - open ? ['[ ]', done] : [done, '[ ]'];
  }
  const kinded = [...symbols.values()].reduce((a, b) => a + b, 0);
  const kinds = byUse(symbols).filter((kind) => (symbols.get(kind) as number) >= 2);
  if (kinds.length < 2 || kinded * 3 < entries) return undefined;
  return kinds.slice(0, MOST_KINDS);
}

/** The kinds counted, most used first. */
function byUse(counts: ReadonlyMap<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1]).map(([kind]) => kind);
}
