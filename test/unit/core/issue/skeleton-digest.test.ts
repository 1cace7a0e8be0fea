import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../../src/core/issue/issue-import.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { exportPublished } from '../../../../src/core/issue/issue-export.ts';
import type { DigestContent } from '../../../../src/core/model/digest-state.ts';

/** One week of a digest of paragraphs whose lists its editors leave as a bare marker until filled. */
function week(day: string, merges: string, deprecated: string): { name: string; text: string } {
  return {
    name: `2026-04-${day}-update.md`,
    text: `---\ntitle: Week Ending April ${Number(day)}, 2026\n---\n\n## Project News\n\nThe [gathering ${day}](https://meet.example.org/${day}) is on the 20th.\n\nThe board is [collecting stories ${day}](https://lists.example.org/${day}) for the birthday.\n\nTest rigs must move [off the old bench ${day}](https://lists.example.org/bench-${day}) by May.\n\nThe glass team [proposed a working group ${day}](https://lists.example.org/glass-${day}) on seals.\n\n## Proposal of the Week\n### [Proposal ${day}: Wicks of any length](https://proposals.example.org/${day})\n\nThis proposal lets a wick be any length.\n\nIt was [first raised in 2021](https://code.example.org/issues/${day}) and is on track.\n\n## Other Merges\n\n${merges}\n\n## Deprecated\n\n${deprecated}\n`,
  };
}

function digestOf(files: { name: string; text: string }[]): DigestContent {
  const empty: DigestContent = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
  return applyImport(empty, planImport(files, empty, '2026-05-01'));
}

function itemsOf(files: { name: string; text: string }[]): DigestContent['items'] {
  return digestOf(files).items;
}

describe('a digest of paragraphs whose parts are kept as a skeleton: lists left empty, lists of one link, a linked heading over one entry', () => {
  const items = itemsOf([
    week('05', '*', '*'),
    week('12', '* [Tests for the dimmer](https://code.example.org/pull/1)\n* [Installer remembers](https://code.example.org/pull/2)', '* [The flint flag is deprecated](https://code.example.org/pull/3)'),
    week('19', '*', '1.'),
  ]);

  it('reads a bare marker as no entry', () => {
    expect(items.filter((i) => i.links.length === 0).map((i) => i.comment)).toEqual([]);
    expect(items.filter((i) => i.issue === '2026-04-19').map((i) => i.section)).toEqual(['Project News', 'Project News', 'Project News', 'Project News', 'Proposal of the Week']);
  });

  it('reads a list of one link as a list item, its words without the marker', () => {
    const deprecated = items.filter((i) => i.section === 'Deprecated');
    expect(deprecated.map((i) => [i.comment, i.links[0]?.url])).toEqual([['[The flint flag is deprecated](https://code.example.org/pull/3)', 'https://code.example.org/pull/3']]);
    expect(items.filter((i) => i.section === 'Other Merges').map((i) => i.links[0]?.url)).toEqual(['https://code.example.org/pull/1', 'https://code.example.org/pull/2']);
  });

  it('reads a linked heading no other issue writes as one entry, its page the heading’s link and its words what is under it', () => {
    const proposals = items.filter((i) => i.section === 'Proposal of the Week');
    expect(proposals.map((i) => [i.project, i.links.map((l) => l.url)])).toEqual(
      ['05', '12', '19'].map((day) => [null, [`https://proposals.example.org/${day}`, `https://code.example.org/issues/${day}`]]),
    );
    expect(proposals[0]?.comment).toContain('This proposal lets a wick be any length.');
  });

  it('re-files such an entry among paragraphs with its words opening with its page, so it reads back first', () => {
    const digest = digestOf([week('05', '*', '*'), week('12', '*', '*'), week('19', '*', '*')]);
    const target = digest.items.find((i) => i.issue === '2026-04-19' && i.section === 'Proposal of the Week');
    const items = digest.items.map((i) => (i === target ? { ...i, section: 'Project News' } : i));
    const markdown = exportPublished({ ...digest, items }, '2026-04-19')?.markdown ?? '';
    // (After the digest's own separator between a paragraph's link and its words.)
    expect(markdown).toMatch(/^\[Proposal 19: Wicks of any length\]\(https:\/\/proposals\.example\.org\/19\)\W+This proposal lets a wick be any length\./m);
    const back = planImport([{ name: '2026-04-19-update.md', text: markdown }], { ...digest, items }, '2026-05-01').parsed[0]?.items ?? [];
    const refiled = back.find((i) => i.links.some((l) => l.url === 'https://proposals.example.org/19'));
    expect([refiled?.section, refiled?.links.map((l) => l.url)]).toEqual(['Project News', ['https://proposals.example.org/19', 'https://code.example.org/issues/19']]);
  });

  it('learns a part two issues keep with a bare `*` as one to file under, its entries listed by that bullet, the `*` no words of its own', () => {
    const kept = (file: { name: string; text: string }) => ({ ...file, text: `${file.text}\n## Promotions\n\n*\n` });
    const digest = digestOf([kept(week('05', '*', '*')), week('12', '*', '*'), kept(week('19', '*', '*'))]);
    const promotions = digest.template.sections.find((section) => section.name === 'Promotions');
    expect(promotions && { marker: promotions.marker, intro: promotions.intro }).toEqual({ marker: '* ', intro: undefined });
  });
});
