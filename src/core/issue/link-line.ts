import { extractLinks, LINK_TEXT_MAX, parseLinkLine, type LinkDefinitions } from '../markdown/markdown-links.ts';
import { encodeAutolinkUrl, encodeLinkDestination, escapeLinkText, oneLine } from '../markdown/markdown-escape.ts';
import type { Link } from '../model/link.ts';
import type { Template } from '../model/template.ts';

/**
 * An entry's link set in bold as the digest sets its entries' links: around it (`**[title](url)**`),
 * or inside its brackets (`[**title**](url)`, `within`) where it has words to set so.
 */
export function renderStrongLink(link: Link, strong: '**' | '__', within: boolean, definitions: LinkDefinitions = new Map()): string {
  // A link as written, one with a label before it, or words so long that the marks would take
  // them past what is read as a link's text, are set in bold whole.
  const words = escapeLinkText(link.title);
  if (within && words !== '' && words.length + 2 * strong.length <= LINK_TEXT_MAX && (link.label ?? '') === '' && link.source === undefined) return `[${strong}${words}${strong}](${encodeLinkDestination(link.url)})`;
  return `${strong}${renderLinkLine(link, { linkStyle: 'titled' }, definitions)}${strong}`;
}

export function renderLinkLine(link: Link, template: Pick<Template, 'linkStyle'>, definitions: LinkDefinitions = new Map()): string {
  if (link.source !== undefined) {
    const parsed = parseLinkLine(link.source, definitions);
    if (parsed && parsed.url === link.url && parsed.label === (link.label ?? '')) return link.source;
  }
  const label = oneLine(link.label ?? '');
  // (A title of nothing a reader sees, spaces or control characters, names no page.)
  const words = escapeLinkText(link.title);
  if (template.linkStyle === 'titled' && words !== '') return `${label}[${words}](${encodeLinkDestination(link.url)})`;
  // The address alone, where Markdown reads all of it back as the same link: not one that ends in
  // a full stop, holds a space or a mark that could start emphasis or code; else in angle brackets.
  if (template.linkStyle === 'bare') {
    const [only, more] = extractLinks(link.url);
    const plain = !/[<>\\*`~]|(?:^|[^\p{L}\p{N}])_|_(?:$|[^\p{L}\p{N}])/u.test(link.url);
    if (plain && only?.kind === 'bare' && more === undefined && only.url === link.url && only.end === link.url.length) return `${label}${link.url}`;
  }
  return `${label}<${encodeAutolinkUrl(link.url)}>`;
}
