import type { Template } from '../model/template.ts';

/**
 * Whether a digest of paragraphs, as learned, gives each entry's link alone above its words
 * (where its entries open with their link) or not; undefined where nothing is learned yet, and
 * each issue shows it (see linksAbove in the grammar).
 */
export function linksAboveWords(template: Pick<Template, 'learnedFrom' | 'items'>): boolean | undefined {
  return template.learnedFrom !== undefined && template.items.grammar === 'paragraph' ? template.items.linkFirst === true : undefined;
}
