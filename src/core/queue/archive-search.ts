import { compareIssueKeys, type IssueKey } from '../model/issue-key.ts';
import type { Item } from '../model/item.ts';

export interface ArchiveEntry {
  item: Item;
  /** Lower-cased commentary, titles, URLs and headings, searched as one text. */
  text: string;
}

export interface ArchiveQuery {
  text: string;
  project?: string | null;
  issue?: IssueKey | null;
}

/** Prepares published items for searching: each item's searchable text built once. */
export function buildArchiveIndex(items: readonly Item[]): ArchiveEntry[] {
  return items
    .filter((i) => i.issue !== null)
    .sort((a, b) => compareIssueKeys(b.issue as string, a.issue as string) || a.order - b.order)
    .map((item) => ({
      item,
      text: [item.comment, item.section ?? '', item.project ?? '', ...item.links.flatMap((l) => [l.title, l.url])].join('\n').toLowerCase(),
    }));
}

/**
 * Published items whose text holds every word of the query (newest issue first), narrowed to a
 * project and an issue when given; `limit` of them, with the total.
 */
export function searchArchive(index: readonly ArchiveEntry[], query: ArchiveQuery, limit = 50): { items: Item[]; total: number } {
  const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
  const items: Item[] = [];
  let total = 0;
  for (const entry of index) {
    if (query.issue !== undefined && query.issue !== null && entry.item.issue !== query.issue) continue;
    if (query.project && (entry.item.project ?? entry.item.section) !== query.project) continue;
    if (!words.every((w) => entry.text.includes(w))) continue;
    total++;
    if (items.length < limit) items.push(entry.item);
  }
  return { items, total };
}

/** A published item copied back into the queue; the archive keeps the original. */
export function bringBack(item: Item, id: string, now: Date): Omit<Item, 'order'> {
  const { dateText: _dateText, order: _order, ...rest } = item;
  return { ...rest, id, issue: null, capturedAt: now.toISOString() };
}
