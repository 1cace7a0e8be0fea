import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { OPENSTACK_PRESET } from '../../../../src/core/template/presets.ts';
import { sampleItems } from '../../../../src/core/template/sample-items.ts';
import { groupKeyOf } from '../../../../src/core/model/item.ts';
import type { SuggestionModel } from '../../../../src/core/suggestion/project-suggestion.ts';

const words = ['first words', 'second words', 'third words'];

describe('sampleItems', () => {
  it('gives a digest with no headings yet two items with no heading, in the words given', () => {
    const items = sampleItems({ ...DEFAULT_TEMPLATE, sections: [] }, '2026-12-01', words);
    expect(items.map((i) => [i.section, i.project, i.comment])).toEqual([
      [null, null, 'first words'],
      [null, null, 'second words'],
    ]);
    expect(items.flatMap((i) => i.links.map((l) => l.label))).toEqual([undefined, undefined]);
  });

  it('gives one item to each of the first three groups, and a labelled link only where the digest writes them', () => {
    const items = sampleItems(OPENSTACK_PRESET, '2026-12-01', words);
    expect(items).toHaveLength(3);
    expect(items.every((i) => i.section !== null)).toBe(true);
    expect(items[1]!.links[0]!.label).toBe('BP：');
    expect(items.map((i) => i.comment)).toEqual(words);
  });

  it('gives each page a reading time, which the preview shows where the format gives them', () => {
    const items = sampleItems(OPENSTACK_PRESET, '2026-12-01', words);
    expect(items.map((i) => i.links[0]!.minutes)).toEqual([4, 7, 2]);
  });

  it('gives the first item the digest’s most used kind, where it marks its entries’ kinds', () => {
    const kinded = { ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, kinds: ['📜', '📦'] } };
    expect(sampleItems(kinded, '2026-12-01', words).map((i) => i.kind)).toEqual(['📜', undefined]);
    expect(sampleItems(OPENSTACK_PRESET, '2026-12-01', words).every((i) => i.kind === undefined)).toBe(true);
  });

  it('gives a day to the first item under a heading whose entries the digest dates, and none where it never dates one', () => {
    const template = { ...DEFAULT_TEMPLATE, sections: [{ name: 'News', hidden: false, projects: [] }, { name: 'Events', hidden: false, projects: [] }] };
    const group = (items: number, dated: number) => ({ items, dated, hosts: {}, tokens: {} });
    const model = (news: number, events: number) => ({ version: 0, total: 8, groups: { [groupKeyOf({ section: 'News', project: null })]: group(4, news), [groupKeyOf({ section: 'Events', project: null })]: group(4, events) } }) as unknown as SuggestionModel;
    expect(sampleItems(template, '2026-12-01', words).map((i) => i.eventDate)).toEqual(['2026-12-01', undefined]);
    expect(sampleItems(template, '2026-12-01', words, model(0, 3)).map((i) => i.eventDate)).toEqual([undefined, '2026-12-01']);
    expect(sampleItems(template, '2026-12-01', words, model(0, 0)).map((i) => i.eventDate)).toEqual([undefined, undefined]);
  });
});
