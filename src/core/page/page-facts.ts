import { isIsoDate, type IsoDate } from '../dates/calendar-date.ts';
import { checkCapturableUrl, isWebAddress } from '../url/capturable-url.ts';
import { siteOf } from '../url/site-of.ts';
import { readingMinutes } from './reading-time.ts';
import { titleWithoutSite } from './page-title.ts';

/**
 * What a page says about itself, as read from it at the editor's click: raw strings, each absent
 * where the page has none. Read in the page by a function of the platform layer; nothing else is
 * taken from the page.
 */
export interface RawPageFacts {
  selection?: string;
  /** `<link rel=canonical href>`, resolved against the page. */
  canonical?: string;
  /** The document's title (`document.title`), which the tab's title is. */
  title?: string;
  ogTitle?: string;
  /** `og:site_name`, else `<meta name=application-name>`. */
  siteName?: string;
  /** `og:description`, else `<meta name=description>`. */
  description?: string;
  /** `article:published_time`, a `<time datetime>`, or `datePublished` from JSON-LD (the texts). */
  publishedTimes?: string[];
  /** JSON-LD blocks, as text. */
  jsonLd?: string[];
  author?: string;
  /** `og:image`, else `twitter:image` or `<link rel=image_src>`, as written (maybe relative). */
  image?: string;
  /** The spaced words of the page's text (its one `<article>`, else `<main>`, else its body). */
  words?: number;
  /** Its Chinese and Japanese characters, which are not spaced into words. */
  ideographs?: number;
}

/**
 * What to read beyond the page's head and selection: its words, counted, only where the digest
 * gives reading times (counting lays the page out, which a long page takes a while to do).
 */
export interface FactsAsked {
  words: boolean;
}

/** What the capture form can use of them. */
export interface PageFacts {
  /** The editor's choice of words on the page: for an empty comment. */
  selection?: string;
  /** The page's own address for itself, where it is a web address on the same site. */
  canonical?: string;
  /** Its title without the site's name the document's title adds, where the page says which part that is (see `titleWithoutSite`). */
  title?: string;
  description?: string;
  /** The day the page was published. */
  published?: IsoDate;
  author?: string;
  /** The page's picture for sharing, a web address. */
  image?: string;
  /** How long the page takes to read, in whole minutes (see `readingMinutes`). */
  minutes?: number;
}

const MAX_SELECTION = 2000;
const MAX_TEXT = 500;
/** Longer is no title a page shows (the browser cuts tab titles far shorter). */
const MAX_TITLE = 2000;

/**
 * The facts a capture can use, checked: text trimmed to one sensible length, the canonical
 * address only when it is http(s) on the same site as the page (a canonical elsewhere is a
 * claim the page cannot make), the first date that reads as one.
 */
export function pageFactsFrom(raw: RawPageFacts, pageUrl: string): PageFacts {
  const facts: PageFacts = {};
  const selection = clip(raw.selection, MAX_SELECTION);
  if (selection) facts.selection = selection;
  const canonical = sameSiteCanonical(raw.canonical, pageUrl);
  if (canonical) facts.canonical = canonical;
  const title = typeof raw.title === 'string' && raw.title.length <= MAX_TITLE ? titleWithoutSite(raw.title, { ...(typeof raw.ogTitle === 'string' ? { ogTitle: raw.ogTitle.slice(0, MAX_TITLE) } : {}), ...(typeof raw.siteName === 'string' ? { siteName: raw.siteName.slice(0, MAX_TITLE) } : {}) }) : undefined;
  if (title) facts.title = title;
  const description = clip(raw.description, MAX_TEXT);
  if (description) facts.description = description;
  const author = clip(raw.author, 200);
  if (author) facts.author = author;
  const image = pictureAddress(raw.image, pageUrl);
  if (image) facts.image = image;
  const minutes = readingMinutes(raw);
  if (minutes !== undefined) facts.minutes = minutes;
  const published = [...(raw.publishedTimes ?? []), ...(raw.jsonLd ?? []).flatMap(datesFromJsonLd)].map(dayOf).find((d) => d !== undefined);
  if (published) facts.published = published;
  return facts;
}

/** A picture's address, resolved against the page: a web address of sensible length, or none (`data:`, script). */
function pictureAddress(image: string | undefined, pageUrl: string): string | undefined {
  const written = (image ?? '').trim();
  if (written === '' || written.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(written, pageUrl);
  } catch {
    return undefined;
  }
  return isWebAddress(url.href) && url.href.length <= 2048 ? url.href : undefined;
}

function clip(text: string | undefined, max: number): string | undefined {
  const folded = (text ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
  if (folded === '') return undefined;
  return folded.length <= max ? folded : `${folded.slice(0, max - 1).trimEnd()}…`;
}

function sameSiteCanonical(canonical: string | undefined, pageUrl: string): string | undefined {
  if (!canonical) return undefined;
  const check = checkCapturableUrl(canonical);
  if (!check.ok || !/^https?:\/\//i.test(check.url)) return undefined;
  const a = siteOf(check.url);
  const b = siteOf(pageUrl);
  if (a === undefined || b === undefined) return undefined;
  // The same host, or one inside the other (`m.example.com` and `example.com`).
  const same = a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
  return same ? check.url : undefined;
}

/** `2014-07-17`, `2014-07-17T08:00:00+08:00`: the day as the page wrote it, not shifted to UTC. */
function dayOf(text: string): IsoDate | undefined {
  const day = /^\s*(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/.exec(text)?.[1];
  return day && isIsoDate(day) ? day : undefined;
}

function datesFromJsonLd(text: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const found: string[] = [];
  // JSON-LD nests (`@graph`, arrays); look through it iteratively, a bounded number of nodes.
  const stack: unknown[] = [data];
  for (let seen = 0; stack.length > 0 && seen < 1000; seen++) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node.slice(0, 100));
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.datePublished === 'string') found.push(record.datePublished);
      for (const value of Object.values(record)) if (value && typeof value === 'object') stack.push(value);
    }
  }
  return found;
}
