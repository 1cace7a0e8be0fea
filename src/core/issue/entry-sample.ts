import type { GroupKey, Item } from '../model/item.ts';
import type { Template } from '../model/template.ts';
import { headingForm, headingFormOf } from './entry-form.ts';
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
 * A new entry as the digest's template writes it under `group` (by default the first heading that
 * writes the digest's way):
 * what an import shows the editor before it is applied, so a way of writing learned wrongly is
 * seen before it is kept. The page's `author` shows where the digest names or credits authors.
 */
export function entrySample(template: Template, page: SamplePage, words: string, group?: GroupKey): string {
  const at = group ?? digestsWayGroup(template, page, words);
  return writtenEntry(template, sampleItem(at, changePage(template, at, page), words));
}

/**
 * The first heading that writes its entries the digest's way (a digest's news in paragraphs
 * before its lists shows a list entry), else the first: each visible section's visible projects,
 * or the section where it has none. Where most headings write theirs alike in a way of their own
 * (each part's `🔹[title](…)：words` over a closing part of the digest's plain paragraphs), the
 * first of those: the sample is what most new entries will look like.
 */
function digestsWayGroup(template: Template, page: SamplePage, words: string): GroupKey {
  const groups = template.sections
    .filter((s) => !s.hidden)
    .flatMap((s): GroupKey[] => {
      const projects = s.projects.filter((p) => !p.hidden);
      return projects.length > 0 ? projects.map((p) => ({ section: s.name, project: p.name })) : [{ section: s.name, project: null }];
    });
  const samples = groups.map((g) => headingSample(template, g, page, words));
  const own = samples.filter((sample): sample is string => sample !== undefined);
  const most = own.find((sample) => own.filter((other) => other === sample).length * 2 > samples.length);
  const at = most !== undefined ? samples.indexOf(most) : samples.indexOf(undefined);
  return groups[at] ?? groups[0] ?? { section: null, project: null };
}

/**
 * Where the heading's entries, or the digest's, are a change log's, the sample links a pull
 * request, as they do: a change log writes any other page as a plain link.
 */
function changePage(template: Template, group: GroupKey, page: SamplePage): SamplePage {
  const logs = template.items.referenceLink === true || headingFormOf(template, group).items.referenceLink === true;
  return logs ? { ...page, url: SAMPLE_CHANGE_URL } : page;
}
const SAMPLE_CHANGE_URL = 'https://github.com/example/project/pull/1234';

/**
 * A new entry under `group` where the heading writes it otherwise than a heading of no form of its
 * own would (in paragraphs among lists, after a phrase, as a credited quote): what the headings
 * list shows beside it. Undefined where it is written as the digest's other entries are.
 */
export function headingSample(template: Template, group: GroupKey, page: SamplePage, words: string): string | undefined {
  const own = entrySample(template, page, words, group);
  return own === renderItem(sampleItem(group, changePage(template, group, page), words), headingForm(template, undefined)) ? undefined : own;
}
