import type { Item } from '../model/item.ts';
import type { Template } from '../model/template.ts';
import { datesEntries } from '../suggestion/dates-entries.ts';
import type { SuggestionModel } from '../suggestion/project-suggestion.ts';

/** Reading times the samples' pages take. */
const SAMPLE_MINUTES = [4, 7, 2];

/**
 * Items to preview a format with when the queue is empty: one for each of the first groups, or
 * two with no heading where the digest has none yet. `comments` are the words to show, in the
 * editor's language; a labelled link only where the digest writes them (OpenStack's `BP：`); a
 * reading time for each page, shown where the format gives them; the first under a heading whose
 * entries the digest dates (`datesEntries`, from what `model` learned) with a day, so a digest that
 * never dates an entry is not shown one; the first, where the digest marks its entries' kinds,
 * with its most used kind.
 */
export function sampleItems(template: Template, today: string, comments: readonly string[], model?: SuggestionModel): Item[] {
  const groups = template.sections.flatMap((s) =>
    s.projects.length === 0 ? [{ section: s.name, project: null as string | null }] : s.projects.slice(0, 2).map((p) => ({ section: s.name, project: p.name as string | null })),
  );
  const shown = groups.length > 0 ? groups.slice(0, 3) : [{ section: null, project: null }, { section: null, project: null }];
  const dated = shown.findIndex((group) => datesEntries(model, group));
  return shown.map((group, i) => ({
    id: `sample-${i}`,
    ...group,
    comment: comments[i % Math.max(1, comments.length)] ?? '',
    ...(i === dated ? { eventDate: today } : {}),
    // The digest's most used kind, where it marks entries so: the preview shows where it goes.
    ...(i === 0 && template.items.kinds?.[0] !== undefined ? { kind: template.items.kinds[0] } : {}),
    links: [{ url: `https://example.com/sample-${i + 1}`, title: `Sample ${i + 1}`, minutes: SAMPLE_MINUTES[i % SAMPLE_MINUTES.length] as number, ...(i === 1 && template.preset === 'openstack' ? { label: 'BP：' } : {}) }],
    capturedAt: `${today}T00:00:00.000Z`,
    order: i,
    issue: null,
  }));
}
