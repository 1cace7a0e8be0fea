import { extractLinks } from '../markdown/markdown-links.ts';
import { isGenericLinkText } from '../issue/generic-link-text.ts';
import type { Item } from '../model/item.ts';
import type { ItemStyle } from '../model/template.ts';
import { mostCommon } from './most-common.ts';

/** An arrow or chevron ending a link's words (`Faster builds →`, `Read »`), with the space before it. */
const END_MARK = /(\s*[→»↗➜⟶›]+)$/u;

/**
 * Where most entries' links end their words with an arrow (`[Faster builds →](…)`), that arrow
 * and the space before it: new entries' titles end so. Undefined where fewer than two do.
 */
export function titleEndOf(entries: readonly string[]): string | undefined {
  // (Not a link naming no page, `Read more →`, nor one that is an arrow alone, `[→](…)`: their
  // words are no title, see pageLink.)
  const titled = (text: string): boolean => /[\p{L}\p{N}]/u.test(text) && !isGenericLinkText(text);
  const linked = entries.flatMap((entry) => extractLinks(entry).slice(0, 1)).filter((link) => titled(link.text.replace(END_MARK, '')));
  const ends = linked.flatMap((link) => END_MARK.exec(link.text)?.[1] ?? []);
  return ends.length >= 2 && ends.length * 2 > linked.length ? mostCommon(ends) : undefined;
}

/** A new entry's page title ending as the digest's do (see titleEndOf), where it has a title that does not already. */
export function withTitleEnd(item: Item, style: Pick<ItemStyle, 'titleEnd'>): Item {
  const [page, ...rest] = item.links;
  if (style.titleEnd === undefined || page === undefined || page.title.trim() === '' || END_MARK.test(page.title.trim())) return item;
  return { ...item, links: [{ ...page, title: page.title.trim() + style.titleEnd }, ...rest] };
}
