import type { GroupKey, Item } from '../model/item.ts';
import type { Template } from '../model/template.ts';
import { headingForm } from './entry-form.ts';
import { renderItem } from './item-renderer.ts';
import { writtenEntry } from './written-entry.ts';

/** The page an entry sample links, with its author where the digest names authors. */
export interface SamplePage {
  url: string;
  title: string;
  author?: string;
}

const sampleItem = (group: GroupKey, page: SamplePage, words: string): Item => ({
  id: 'sample',
  ...group,
  order: 0,
  comment: words,
  links: [{ url: page.url, title: page.title, ...(page.author === undefined ? {} : { author: page.author }) }],
  capturedAt: '1970-01-01T00:00:00.000Z',
  issue: null,
});

/**
 * A new entry as the digest's template writes it under `group` (by default its first heading):
 * what an import shows the editor before it is applied, so a way of writing learned wrongly is
 * seen before it is kept. The page's `author` shows where the digest names or credits authors.
 */
export function entrySample(template: Template, page: SamplePage, words: string, group?: GroupKey): string {
  const section = template.sections.find((s) => !s.hidden);
  const at = group ?? { section: section?.name ?? null, project: section?.projects.find((p) => !p.hidden)?.name ?? null };
  return writtenEntry(template, sampleItem(at, page, words));
}

/**
 * A new entry under `group` where the heading writes it otherwise than a heading of no form of its
 * own would (in paragraphs among lists, after a phrase, as a credited quote): what the headings
 * list shows beside it. Undefined where it is written as the digest's other entries are.
 */
export function headingSample(template: Template, group: GroupKey, page: SamplePage, words: string): string | undefined {
  const own = entrySample(template, page, words, group);
  return own === renderItem(sampleItem(group, page, words), headingForm(template, undefined)) ? undefined : own;
}
