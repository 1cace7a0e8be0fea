import type { Item } from '../model/item.ts';
import type { Template } from '../model/template.ts';
import { headingFormOf, tableOf } from './entry-form.ts';
import { renderItem } from './item-renderer.ts';

/**
 * A new entry as a draft issue writes it under its headings: in the heading's own way (its
 * phrase, credit, byline or symbol), as a row where the heading's entries are a table's, with the
 * number `position` where the digest numbers its entries. What the editor sees before saving, and
 * what an import shows of a way of writing it learned.
 */
export function writtenEntry(template: Template, item: Item, position?: number): string {
  const group = { section: item.section, project: item.project };
  const table = tableOf(template, group);
  // As the issue writes a heading's new entries (see `renderIssue`): a table's rows by the
  // digest's columns, other entries in the heading's form.
  return table ? renderItem(item, template, new Map(), undefined, table) : renderItem(item, headingFormOf(template, group), new Map(), position);
}
