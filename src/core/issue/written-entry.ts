import type { Item } from '../model/item.ts';
import { isKnownAs, type Template } from '../model/template.ts';
import { headingFormOf, tableOf } from './entry-form.ts';
import { renderItem } from './item-renderer.ts';
import { entriesUnder, entryHeadingLevel } from './entry-heading-level.ts';

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
  return table ? renderItem(item, template, new Map(), undefined, table) : renderItem(item, entriesUnder(headingFormOf(template, group), groupLevel(template, item)), new Map(), position);
}

/**
 * The level of the heading an item is filed under, as the issue writes it: its own line where the
 * template has one, else the digest's level for a section or a project; 0 for none. An entry
 * under its own heading is written one level deeper where that heading's level would close it.
 */
function groupLevel(template: Template, item: Item): number {
  if (item.section === null && item.project === null) return 0;
  const section = template.sections.find((s) => s.name === item.section);
  const project = item.project === null ? undefined : section?.projects.find((p) => isKnownAs(p, item.project as string));
  const line = item.project === null ? section?.heading : project?.heading;
  const level = item.project === null || item.section === null ? template.sectionLevel : template.projectLevel;
  return entryHeadingLevel(line) ?? level;
}
