import { extractLinks, type LinkDefinitions } from '../markdown/markdown-links.ts';
import { isGenericLinkText } from './generic-link-text.ts';

/**
 * The title of a heading that is a title and, after it, a link naming no page (`### Kites in space
 * ([link](…))`, `### Kites in space [→](…)`): the title names the page the link goes to.
 * Undefined for any other heading.
 */
export function titleLinkOf(text: string, definitions?: LinkDefinitions): string | undefined {
  const links = extractLinks(text, definitions);
  const link = links[0];
  if (links.length !== 1 || link === undefined || link.kind !== 'inline' || link.url.trim().startsWith('#') || !isGenericLinkText(link.text)) return undefined;
  const after = text.slice(link.end).trim();
  const before = text.slice(0, link.start).trimEnd();
  const bracketed = before.endsWith('(') || before.endsWith('（');
  if (after !== (bracketed ? (before.endsWith('(') ? ')' : '）') : '')) return undefined;
  const title = (bracketed ? before.slice(0, -1) : before).trimEnd().replace(/[-–—:：|]$/, '').trimEnd();
  return /[\p{L}\p{N}]/u.test(title) ? title : undefined;
}
