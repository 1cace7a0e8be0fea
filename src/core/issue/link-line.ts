import { extractLinks, parseLinkLine, type LinkDefinitions } from '../markdown/markdown-links.ts';
import { encodeAutolinkUrl, encodeLinkDestination, escapeLinkText, oneLine } from '../markdown/markdown-escape.ts';
import type { Link } from '../model/link.ts';
import type { Template } from '../model/template.ts';

export function renderLinkLine(link: Link, template: Pick<Template, 'linkStyle'>, definitions: LinkDefinitions = new Map()): string {
  if (link.source !== undefined) {
    const parsed = parseLinkLine(link.source, definitions);
    if (parsed && parsed.url === link.url && parsed.label === (link.label ?? '')) return link.source;
  }
  const label = oneLine(link.label ?? '');
  if (template.linkStyle === 'titled' && link.title.trim() !== '') {
    return `${label}[${escapeLinkText(link.title)}](${encodeLinkDestination(link.url)})`;
  }
  // The address alone, where Markdown reads all of it back as the same link: not one that ends in
  // a full stop, holds a space or a mark that could start emphasis or code; else in angle brackets.
  if (template.linkStyle === 'bare') {
    const [only, more] = extractLinks(link.url);
    const plain = !/[<>\\*`~]|(?:^|[^\p{L}\p{N}])_|_(?:$|[^\p{L}\p{N}])/u.test(link.url);
    if (plain && only?.kind === 'bare' && more === undefined && only.url === link.url && only.end === link.url.length) return `${label}${link.url}`;
  }
  return `${label}<${encodeAutolinkUrl(link.url)}>`;
}
