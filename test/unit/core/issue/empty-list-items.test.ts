import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../../src/core/issue/issue-import.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import type { DigestContent } from '../../../../src/core/model/digest-state.ts';

/** One week of a digest of paragraphs whose lists its editors leave as a bare marker until filled. */
function week(day: string, merges: string, deprecated: string): { name: string; text: string } {
  return {
    name: `2026-04-${day}-update.md`,
    text: `---\ntitle: Week Ending April ${Number(day)}, 2026\n---\n\n## Project News\n\nThe [gathering ${day}](https://meet.example.org/${day}) is on the 20th.\n\nThe board is [collecting stories ${day}](https://lists.example.org/${day}) for the birthday.\n\n## Other Merges\n\n${merges}\n\n## Deprecated\n\n${deprecated}\n`,
  };
}

function itemsOf(files: { name: string; text: string }[]): DigestContent['items'] {
  const empty: DigestContent = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
  return applyImport(empty, planImport(files, empty, '2026-05-01')).items;
}

describe('lists left empty, and lists of one link, in a digest of paragraphs', () => {
  const items = itemsOf([
    week('05', '*', '*'),
    week('12', '* [Tests for the dimmer](https://code.example.org/pull/1)\n* [Installer remembers](https://code.example.org/pull/2)', '* [The flint flag is deprecated](https://code.example.org/pull/3)'),
    week('19', '*', '1.'),
  ]);

  it('reads a bare marker as no entry', () => {
    expect(items.filter((i) => i.links.length === 0).map((i) => i.comment)).toEqual([]);
    expect(items.filter((i) => i.issue === '2026-04-19').map((i) => i.section)).toEqual(['Project News', 'Project News']);
  });

  it('reads a list of one link as a list item, its words without the marker', () => {
    const deprecated = items.filter((i) => i.section === 'Deprecated');
    expect(deprecated.map((i) => [i.comment, i.links[0]?.url])).toEqual([['[The flint flag is deprecated](https://code.example.org/pull/3)', 'https://code.example.org/pull/3']]);
    expect(items.filter((i) => i.section === 'Other Merges').map((i) => i.links[0]?.url)).toEqual(['https://code.example.org/pull/1', 'https://code.example.org/pull/2']);
  });
});
