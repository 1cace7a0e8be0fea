import type { ItemStyle, Template } from '../model/template.ts';

/** A reading time as most digests that give one write it. */
const PLAIN = '({minutes} min read)';

/**
 * Whether new entries are written with their page's link first, where a reading time can follow
 * it (`- [title](url) (5 min read) — words`): lists and numbered entries, paragraphs that open
 * with their link; not entries under headings of their own, nor those giving their page after
 * their words or by a change's number.
 */
export function readingTimeFits(items: ItemStyle): boolean {
  // (Given in the link's words, it fits whatever the entry's form.)
  if (items.readingTimeInTitle === true) return true;
  if (items.addressAfter !== undefined || items.leadTitle !== undefined || items.referenceLink !== undefined) return false;
  return items.grammar === 'bullet' || items.grammar === 'numbered' || (items.grammar === 'paragraph' && items.linkFirst === true);
}

/** The template with its new entries giving their pages' reading times (as learned, else `(5 min read)`), or none, by the editor's choice in the format. */
export function withReadingTime(template: Template, on: boolean): Template {
  const { readingTime, readingTimeInTitle, ...items } = template.items;
  return on ? { ...template, items: { ...items, readingTime: readingTime ?? PLAIN, ...(readingTimeInTitle ? { readingTimeInTitle } : {}) } } : { ...template, items };
}
