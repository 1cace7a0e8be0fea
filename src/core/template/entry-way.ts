import type { ItemGrammar, ItemStyle } from '../model/template.ts';

/**
 * How entries are written, as the editor is told: their grammar, or, for a list's entries that
 * are a change log's (`* Fix a race ([#134101](…))`), that; or, for entries laid out in HTML only
 * an entry of the digest's shows (a table's rows), that.
 */
export type EntryWay = ItemGrammar | 'changeLog' | 'htmlForm';

/** The way entries written in this style are. */
export function entryWayOf(items: Pick<ItemStyle, 'grammar' | 'referenceLink' | 'htmlForm'>): EntryWay {
  if (items.htmlForm !== undefined) return 'htmlForm';
  return items.grammar === 'bullet' && items.referenceLink === true ? 'changeLog' : items.grammar;
}
