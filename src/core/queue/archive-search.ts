import { compareIssueKeys, type IssueKey } from '../model/issue-key.ts';
import type { Item } from '../model/item.ts';
import { findProject, type Template } from '../model/template.ts';

export interface ArchiveEntry {
  item: Item;
  /** Lower-cased commentary, titles, URLs and headings, searched as one text. */
  text: string;
  /** The heading it is filed under, by the name the digest uses now (Tempest for a `### Tempst`). */
  heading: string | null;
}

/** A heading of the archive's filter: its name now, and the names items were published under before. */
export interface ArchiveHeading {
  name: string;
  formerly: string[];
}

export interface ArchiveQuery {
  text: string;
  project?: string | null;
  issue?: IssueKey | null;
}

/**
 * Prepares published items for searching: each item's searchable text built once, and its
 * heading by today's name (a rename keeps the old one as an alias).
 */
export function buildArchiveIndex(items: readonly Item[], template?: Pick<Template, 'sections'>): ArchiveEntry[] {
  const published = items.filter((i) => i.issue !== null);
  // Each issue's key and each project's name worked out once: an archive of tens of thousands of
  // items holds a few hundred of each (comparing keys item by item took a second for 70,000).
  const newestFirst = new Map([...new Set(published.map((i) => i.issue as string))].sort((a, b) => compareIssueKeys(b, a)).map((key, rank) => [key, rank]));
  const namedNow = new Map<string, string>();
  const nameNow = (project: string): string => {
    let name = namedNow.get(project);
    if (name === undefined) namedNow.set(project, (name = (template && findProject(template as Template, project)?.name) ?? project));
    return name;
  };
  return published
    .sort((a, b) => (newestFirst.get(a.issue as string) as number) - (newestFirst.get(b.issue as string) as number) || a.order - b.order)
    .map((item) => {
      const filed = item.project ?? item.section;
      const now = item.project !== null && template ? nameNow(item.project) : filed;
      return {
        item,
        heading: now,
        text: [item.comment, item.section ?? '', item.project ?? '', now ?? '', ...item.links.flatMap((l) => [l.title, l.url])].join('\n').toLowerCase(),
      };
    });
}

/** The headings the archive holds, by today's names, each with the names it was published under before. */
export function archiveHeadings(index: readonly ArchiveEntry[]): ArchiveHeading[] {
  const former = new Map<string, Set<string>>();
  for (const { item, heading } of index) {
    if (heading === null) continue;
    const names = former.get(heading) ?? new Set<string>();
    const filed = item.project ?? item.section;
    if (filed !== null && filed !== heading) names.add(filed);
    former.set(heading, names);
  }
  return [...former].map(([name, names]) => ({ name, formerly: [...names].sort() })).sort((a, b) => a.name.localeCompare(b.name));
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
    if (query.project && entry.heading !== query.project) continue;
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
