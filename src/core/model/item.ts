import type { IsoDate } from '../dates/calendar-date.ts';
import type { IssueKey } from './issue-key.ts';
import type { Link } from './link.ts';

/** One digest item: an editor's commentary and the links it is about. */
export interface Item {
  id: string;
  /** The first-level heading it sits under (业界动态, Updates from Rust Community); null for none. */
  section: string | null;
  /** The second-level heading it sits under (Nova, Official); null for items directly under a section. */
  project: string | null;
  /**
   * The commentary as Markdown. A captured item holds the editor's words alone (its links are in
   * `links`); an imported one everything its entry says after the entry's marker, links included
   * (`inline` links), except a paragraph item's date lead-in and the link lines below it.
   */
  comment: string;
  /** The day the item speaks of, rendered as a lead-in such as `2014.7.17，`. */
  eventDate?: IsoDate;
  /** The lead-in exactly as a published issue wrote it; dropped whenever `eventDate` changes. */
  dateText?: string;
  /**
   * The symbol a captured entry opens with for the kind of page it links, where the digest marks
   * its entries so (`📜`, see `ItemStyle.kinds`). An imported entry's is in its words.
   */
  kind?: string;
  links: Link[];
  /** When it was captured (ISO timestamp); the publication day for imported items. */
  capturedAt: string;
  /** Position in the issue; only the relative order matters. */
  order: number;
  /** The issue it was published in; null while it waits in the queue. */
  issue: IssueKey | null;
  /**
   * The entry exactly as a published issue wrote it, marker and all. Export writes it back while
   * the item's words and links are as imported; any change to them drops it (`reviseItem`).
   */
  source?: string;
  /** Who added it, when the issue is shared by a team: the name that editor connected with. */
  author?: string;
}

/** The heading pair an item sits under. */
export interface GroupKey {
  section: string | null;
  project: string | null;
}

export function groupKeyOf(item: GroupKey): string {
  return JSON.stringify([item.section, item.project]);
}

/** The key of the items filed under no heading. */
export const UNFILED_KEY = groupKeyOf({ section: null, project: null });

export function sameGroup(a: GroupKey, b: GroupKey): boolean {
  return a.section === b.section && a.project === b.project;
}

/** The innermost heading an item sits under: its project, else its section. */
export function innermostHeading(item: GroupKey): string | null {
  return item.project ?? item.section;
}

/** What an editor changes about an item's content. */
export type ItemContent = Pick<Item, 'comment' | 'links'> & { eventDate?: IsoDate | undefined; kind?: string | undefined };

/**
 * The item with new content. Whatever changed no longer matches the text it was imported from,
 * so that text goes; a changed event date also drops the lead-in as it was written. The one place
 * content changes, so no edit can leave a stale source behind.
 */
export function reviseItem<T extends Item>(item: T, patch: Partial<ItemContent>): T {
  const next = { ...item, ...patch };
  const dateChanged = 'eventDate' in patch && patch.eventDate !== item.eventDate;
  const contentChanged =
    dateChanged ||
    ('kind' in patch && patch.kind !== item.kind) ||
    (patch.comment !== undefined && patch.comment !== item.comment) ||
    (patch.links !== undefined && JSON.stringify(patch.links) !== JSON.stringify(item.links));
  if (!contentChanged) return next;
  const { source: _source, dateText, eventDate, kind, ...rest } = next;
  return {
    ...rest,
    ...(eventDate !== undefined ? { eventDate } : {}),
    ...(kind !== undefined ? { kind } : {}),
    ...(!dateChanged && dateText !== undefined ? { dateText } : {}),
  } as T;
}

/** A one-line name for an item: its first link's title, else its URL, else its commentary. */
export function itemHeadline(item: Pick<Item, 'links' | 'comment'>): string {
  const link = item.links[0];
  return link?.title || link?.url || item.comment.slice(0, 60);
}
