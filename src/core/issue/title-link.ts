import { extractLinks, type LinkDefinitions } from '../markdown/markdown-links.ts';
import { isGenericLinkText } from './generic-link-text.ts';

/**
 * A heading that is a title and, after it, a link naming no page (`Kites in space ([link](…))`,
 * `Kites in space [→](…)`): the title, which names the page the link goes to, and how the link
 * is set after it (what stands between, the link's text, the bracket closing it).
 */
export interface TitleLink {
  title: string;
  before: string;
  text: string;
  after: string;
}

/** The parts of a heading that is a title and a link naming no page after it; undefined for any other heading. */
export function titleLinkOf(text: string, definitions?: LinkDefinitions): TitleLink | undefined {
  const links = extractLinks(text, definitions);
  const link = links[0];
  if (links.length !== 1 || link === undefined || link.kind !== 'inline' || link.url.trim().startsWith('#') || !isGenericLinkText(link.text)) return undefined;
  const after = text.slice(link.end).trim();
  const before = text.slice(0, link.start).trimEnd();
  const bracket = before.endsWith('(') ? '(' : before.endsWith('（') ? '（' : '';
  if (after !== (bracket === '(' ? ')' : bracket === '（' ? '）' : '')) return undefined;
  const title = (bracket === '' ? before : before.slice(0, -1)).trimEnd().replace(/[-–—:：|]$/, '').trimEnd();
  if (!/[\p{L}\p{N}]/u.test(title)) return undefined;
  return { title, before: text.slice(title.length, link.start), text: link.text, after };
}
