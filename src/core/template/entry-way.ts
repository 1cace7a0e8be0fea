import { HTML_ITEM_START } from '../markdown/html-list-lines.ts';
import type { ItemGrammar, ItemStyle } from '../model/template.ts';

/**
 * How entries are written, as the editor is told: their grammar, or, for a list's entries that
 * are a change log's (`* Fix a race ([#134101](…))`), that; for a list's items written in HTML
 * (`<li><a href="…">title</a> — words</li>`), that; or, for entries laid out in HTML only an
 * entry of the digest's shows (a table's rows), that.
 */
export type EntryWay = ItemGrammar | 'changeLog' | 'htmlList' | 'htmlForm';

/** The way entries written in this style are. */
export function entryWayOf(items: Pick<ItemStyle, 'grammar' | 'marker' | 'referenceLink' | 'htmlForm'>): EntryWay {
  if (items.htmlForm !== undefined) return 'htmlForm';
  if (items.grammar !== 'bullet') return items.grammar;
  if (items.referenceLink === true) return 'changeLog';
  return HTML_ITEM_START.exec(items.marker)?.[1]?.toLowerCase() === 'li' ? 'htmlList' : 'bullet';
}
