import type { ItemGrammar, ItemStyle } from '../model/template.ts';

/**
 * How entries are written, as the editor is told: their grammar, or, for a list's entries that
 * are a change log's (`* Fix a race ([#134101](…))`), that.
 */
export type EntryWay = ItemGrammar | 'changeLog';

/** The way entries written in this style are. */
export function entryWayOf(items: Pick<ItemStyle, 'grammar' | 'referenceLink'>): EntryWay {
  return items.grammar === 'bullet' && items.referenceLink === true ? 'changeLog' : items.grammar;
}
