import type { IsoDate } from '../dates/calendar-date.ts';
import type { Link } from './link.ts';

/** One digest item: an editor's commentary and the links it is about. */
export interface Item {
  id: string;
  /** The section heading it sits under (业界动态, 社区跟踪); null for a project with no parent section. */
  section: string | null;
  /** The project heading it sits under (Nova, Neutron); null for items directly under a section. */
  project: string | null;
  /** The commentary as Markdown, without its date lead-in and without the link lines below it. */
  comment: string;
  /** The day the item speaks of, rendered as a lead-in such as `2014.7.17，`. */
  eventDate?: IsoDate;
  /** The lead-in exactly as a published issue wrote it; dropped whenever `eventDate` changes. */
  dateText?: string;
  links: Link[];
  /** When it was captured (ISO timestamp); the publication day for imported items. */
  capturedAt: string;
  /** Position in the issue; only the relative order matters. */
  order: number;
  /** The issue number it was published in; null while it waits in the queue. */
  issue: number | null;
}

/** The heading pair an item sits under. */
export interface GroupKey {
  section: string | null;
  project: string | null;
}

export function groupKeyOf(item: GroupKey): string {
  return JSON.stringify([item.section, item.project]);
}

export function sameGroup(a: GroupKey, b: GroupKey): boolean {
  return a.section === b.section && a.project === b.project;
}

/** The innermost heading an item sits under: its project, else its section. */
export function innermostHeading(item: GroupKey): string | null {
  return item.project ?? item.section;
}

/** Sets the event date; the verbatim lead-in no longer describes it, so it goes. */
export function withEventDate<T extends Item>(item: T, eventDate: IsoDate | undefined): T {
  const { dateText: _dropped, eventDate: _old, ...rest } = item;
  return (eventDate === undefined ? rest : { ...rest, eventDate }) as T;
}

/** A one-line name for an item: its first link's title, else its URL, else its commentary. */
export function itemHeadline(item: Pick<Item, 'links' | 'comment'>): string {
  const link = item.links[0];
  return link?.title || link?.url || item.comment.slice(0, 60);
}
