import { reviseItem, type Item } from '../model/item.ts';

/**
 * A queued item with the editor's changes (its headings, words, links, date and kind): what
 * changed in its words or links no longer matches the text it was imported from (`reviseItem`).
 */
export function editedItem(current: Item, edit: Item): Item {
  return reviseItem({ ...current, section: edit.section, project: edit.project }, { comment: edit.comment, links: edit.links, eventDate: edit.eventDate, kind: edit.kind });
}
