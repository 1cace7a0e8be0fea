import type { CaptureDraft } from '../model/capture-draft.ts';
import { isIsoDate } from '../dates/calendar-date.ts';
import { reviseItem, type Item } from '../model/item.ts';
import { MOST_MINUTES, type Link } from '../model/link.ts';
import { canonicalUrl } from '../url/url-canonical.ts';
import { isEntryKind } from '../model/entry-kind.ts';
import { isWebAddress } from '../url/capturable-url.ts';

/** The fields a capture needs: what the form or a context-menu click provides. */
export interface CaptureInput {
  url: string;
  title: string;
  section: string | null;
  project: string | null;
  comment?: string;
  eventDate?: string;
  /** Who wrote the page, where it says. */
  author?: string;
  /** The kind of page, where the digest marks its entries so (see `Item.kind`). */
  kind?: string;
  /** A picture of the page (see `Link.image`). */
  image?: string;
  /** How long the page takes to read (see `Link.minutes`). */
  minutes?: number;
}

/**
 * A new queued item from a capture. Its order is assigned when it is stored, in the same
 * transaction, so simultaneous saves never share a place.
 */
export function newQueuedItem(input: CaptureInput, id: string, now: Date): Omit<Item, 'order'> {
  return {
    id,
    section: input.section,
    project: input.project,
    comment: (input.comment ?? '').trimEnd(),
    ...(input.eventDate && isIsoDate(input.eventDate) ? { eventDate: input.eventDate } : {}),
    ...kindOf(input.kind),
    links: [{ url: input.url, title: cleanTitle(input.title), ...authorOf(input.author), ...imageOf(input.image), ...minutesOf(input.minutes) }],
    capturedAt: now.toISOString(),
    issue: null,
  };
}

/** What a note needs: words and where they go; it may link somewhere, or nowhere. */
export interface NoteInput {
  section: string | null;
  project: string | null;
  comment: string;
  eventDate?: string;
  links?: Link[];
}

/**
 * A new queued item that is words first (an announcement with no page, 2014.7.17，社区宣布K版本
 * 代号：Kilo): no link needed. Links typed with it are kept where they have an address.
 */
export function newQueuedNote(input: NoteInput, id: string, now: Date): Omit<Item, 'order'> {
  return {
    id,
    section: input.section,
    project: input.project,
    comment: input.comment.trimEnd(),
    ...(input.eventDate && isIsoDate(input.eventDate) ? { eventDate: input.eventDate } : {}),
    links: (input.links ?? []).filter((l) => l.url.trim() !== '').map((l) => ({ ...l, title: cleanTitle(l.title) })),
    capturedAt: now.toISOString(),
    issue: null,
  };
}

/** A kind as an item holds it: a symbol the digest marks entries with, none where it is blank or not one. */
function kindOf(kind: string | undefined): Pick<Item, 'kind'> {
  return kind !== undefined && isEntryKind(kind) ? { kind } : {};
}

/** A page's author as a link holds it: one plain line, none where it is blank. */
function authorOf(author: string | undefined): Pick<Link, 'author'> {
  const name = cleanTitle(author ?? '');
  return name === '' ? {} : { author: name };
}

/** A page's picture as a link holds it: a web address, none where it is blank or anything else. */
function imageOf(image: string | undefined): Pick<Link, 'image'> {
  const url = (image ?? '').trim();
  return isWebAddress(url) ? { image: url } : {};
}

/** A page's reading time as a link holds it: whole minutes, none where it is 0, blank or out of range. */
function minutesOf(minutes: number | undefined): Pick<Link, 'minutes'> {
  return minutes !== undefined && Number.isInteger(minutes) && minutes >= 1 && minutes <= MOST_MINUTES ? { minutes } : {};
}

/** A page title as a plain line: white space folded, control characters gone. */
export function cleanTitle(title: string): string {
  return title
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An item with another page attached as one more link (a series, a spec and its review). */
export function attachLink(item: Item, link: Link): Item {
  return reviseItem(item, { links: [...item.links, { url: link.url, title: cleanTitle(link.title) }] });
}

/** Which of an item's links is the page with this key (its first link when none is). */
export function linkIndexOf(item: Item, pageKey: string): number {
  const at = item.links.findIndex((l) => canonicalUrl(l.url) === pageKey);
  return at === -1 ? 0 : at;
}

/** The draft's fields applied to the queued item it edits; the page's own link takes its URL and title. */
export function applyDraftToItem(item: Item, draft: CaptureDraft): Item {
  const at = linkIndexOf(item, draft.key);
  const links = item.links.length > 0 ? [...item.links] : [{ url: draft.url, title: '' }];
  const { author: held, image: shown, minutes: counted, ...link } = links[at] as Link;
  // The form's author, picture and reading time where it has them (blank: none); else the link's own stay.
  links[at] = { ...link, url: draft.url, title: cleanTitle(draft.title), ...authorOf(draft.author ?? held), ...imageOf(draft.image ?? shown), ...minutesOf(draft.minutes ?? counted) };
  const eventDate = draft.eventDate && isIsoDate(draft.eventDate) ? draft.eventDate : undefined;
  // A form that offers no kind (a digest that marks none) leaves the item's alone.
  const kind = 'kind' in draft ? { kind: kindOf(draft.kind).kind } : {};
  return reviseItem({ ...item, section: draft.section, project: draft.project }, { comment: draft.comment.trimEnd(), links, eventDate, ...kind });
}
