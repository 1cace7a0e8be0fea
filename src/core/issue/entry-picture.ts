import { extractLinks } from '../markdown/markdown-links.ts';
import { encodeLinkDestination, escapeLinkText } from '../markdown/markdown-escape.ts';
import type { Link } from '../model/link.ts';
import type { PictureStyle } from '../model/template.ts';
import { sameLink } from '../url/url-canonical.ts';

/** A list item's marker, whose width the lines under it are indented by; `1、` opens a paragraph, no list. */
const LIST_MARKER = /^[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]+/;
/** What an entry's first line opens with before its words: a list marker, a heading's marks, `1、`. */
const OPENING = /^[ \t]*(?:(?:[*+-]|\d{1,9}[.)、])[ \t]*|#{1,6}[ \t]+)?/;

/**
 * An entry written with its page's picture as the digest shows them (see PictureStyle): opening
 * the entry's first line, in a paragraph of its own over the entry, or under the line that links the page
 * (indented as that line's list item is), words further down kept a blank line apart.
 */
export function withPicture(entry: string, page: Link & { image: string }, style: PictureStyle): string {
  const shown = `![${style.titled ? escapeLinkText(page.title) : ''}](${encodeLinkDestination(page.image)})`;
  const picture = style.linked ? `[${shown}](${encodeLinkDestination(page.url)})` : shown;
  if (style.at === 'over') return `${picture}\n\n${entry}`;
  const lines = entry.split('\n');
  if (style.at === 'opening') {
    const first = lines[0] as string;
    const opening = (OPENING.exec(first) as RegExpExecArray)[0];
    // A marker written with no space after it (`1、`) is followed by the picture directly.
    lines[0] = `${opening}${picture} ${first.slice(opening.length)}`;
    return lines.join('\n');
  }
  const at = Math.max(0, lines.findIndex((line) => extractLinks(line).some((link) => sameLink(link.url, page.url))));
  const indent = ' '.repeat(LIST_MARKER.exec(lines[0] as string)?.[0].length ?? 0);
  const rest = lines.slice(at + 1);
  while (rest[0]?.trim() === '') rest.shift();
  return [...lines.slice(0, at + 1), '', indent + picture, ...(rest.length > 0 ? ['', ...rest] : [])].join('\n');
}
