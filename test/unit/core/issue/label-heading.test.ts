import { describe, expect, it } from 'vitest';
import { asLabel, labelShape } from '../../../../src/core/issue/label-heading.ts';
import { exportNextIssue } from '../../../../src/core/issue/issue-export.ts';
import { applyImport, planImport } from '../../../../src/core/issue/issue-import.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { fixtureFiles } from '../../../helpers/corpus.ts';

describe('asLabel', () => {
  it('writes a name as a label of the digest’s shape, on one line, its marks escaped, and reads it back as written', () => {
    const shape = labelShape('- Org Mode:');
    expect(shape).toEqual(['- ', ':']);
    const line = asLabel('C++ *nightly*\n[beta] <x> `y` _z_', shape!);
    expect(line).toBe('- C++ \\*nightly\\* \\[beta\\] \\<x\\> \\`y\\` \\_z\\_:');
    const bold = asLabel('R_packages *new*', labelShape('**CRAN**')!);
    expect(bold).toBe('**R\\_packages \\*new\\***');
  });

  it('reads an item of a numbered list as a label too, its number part of the shape', () => {
    expect(labelShape('1. **Build tools**')).toEqual(['1. **', '**']);
    expect(labelShape('12) Testing:')).toEqual(['12) ', ':']);
    expect(asLabel('Linters', labelShape('2. **Testing**')!)).toBe('2. **Linters**');
    // A numbered entry that links is no label.
    expect(labelShape('1. [Rolldown](https://rolldown.rs/)')).toBeUndefined();
  });

  it('leaves a backslash before anything else as it is, and gives up where the name cannot read back', () => {
    expect(asLabel('C:\\Users', ['- ', ':'])).toBe('- C:\\Users:');
    expect(asLabel('x'.repeat(200), ['- ', ':'])).toBeUndefined();
  });
});

describe('names the digest never wrote, among its labels', () => {
  const files = fixtureFiles('golden/past/list-labels', /\.md$/);
  const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
  const state = applyImport(empty, planImport(files, empty, '2024-05-13'));
  const item = (order: number, section: string, project: string | null, url: string): Item => ({ id: `n${order}`, section, project, order, comment: '', links: [{ url, title: `Page ${order}` }], capturedAt: '2024-05-12T08:00:00.000Z', issue: null });

  it('writes a project under a group as a label like the groups, so the entries after it stay in their own groups', () => {
    const items = [item(1, 'Org Mode', null, 'https://example.org/1'), item(2, 'Org Mode', 'Babel', 'https://example.org/2'), item(3, 'Emacs configuration', null, 'https://example.org/3')];
    const { markdown } = exportNextIssue({ ...state, items }, {}, '2024-05-13');
    expect(markdown).toContain('- Org Mode:\n  - [Page 1](https://example.org/1)\n- Babel:\n  - [Page 2](https://example.org/2)\n');
    expect(markdown).not.toMatch(/^#{2,} /m);
    // Read back, the project is a group of its own: a list of labels has one level.
    const back = planImport([{ name: 'emacs-news-2024-05-13.md', text: markdown }], state, '2024-05-13').parsed[0];
    expect(back?.items.map((i) => [i.section, i.links[0]?.url])).toEqual([
      ['Emacs configuration', 'https://example.org/3'],
      ['Org Mode', 'https://example.org/1'],
      ['Babel', 'https://example.org/2'],
    ]);
  });
});
