import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../../src/core/issue/issue-import.ts';
import { exportNextIssue } from '../../../../src/core/issue/issue-export.ts';
import { writtenEntry } from '../../../../src/core/issue/written-entry.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { DEFAULT_TEMPLATE, type Template } from '../../../../src/core/model/template.ts';
import { fixtureFiles } from '../../../helpers/corpus.ts';

const imported = (folder: string) => {
  const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
  return applyImport(empty, planImport(fixtureFiles(`golden/past/${folder}`, /\.(md|markdown)$/), empty, '2024-01-01'));
};
const learned = (folder: string): Template => imported(folder).template;

const item = (section: string | null, project: string | null, order = 0, title = 'Tern 1.0 is out'): Item => ({
  id: `i${order}`,
  section,
  project,
  order,
  comment: 'at *last*',
  links: [{ url: `https://example.org/${order}`, title }],
  capturedAt: '2026-12-04T10:00:00.000Z',
  issue: null,
});

describe('writtenEntry: a new entry as the draft issue writes it', () => {
  it.each([
    ['standing-parts', { section: null, project: 'Crate of the Week' }],
    ['standing-parts', { section: 'Updates from the Community', project: 'Releases' }],
    ['credited-quotes', { section: 'Gnomish Core Apps and Libraries', project: 'GTK' }],
    ['tables', { section: 'Libraries', project: null }],
    ['numbered', undefined],
  ] as const)('in %s, as the export writes it under %j', (folder, at) => {
    const state = imported(folder);
    const { template } = state;
    const group = at ?? { section: template.sections[0]!.name, project: template.sections[0]!.projects[0]?.name ?? null };
    const entry = item(group.section, group.project);
    const written = writtenEntry(template, entry, 1);
    // What the preview shows is what the issue holds, word for word.
    const { markdown } = exportNextIssue({ ...state, items: [...state.items, entry] }, {}, '2026-12-04');
    expect(markdown).toContain(written);
    expect(written).toContain('at *last*');
  });

  it('writes an entry under a heading of its own one level deeper under a section at its level, as the export does', () => {
    const state = imported('linked-headings-parts');
    // A digest of `## [title](…)` entries and no sections, one the editor added at the same level.
    const template: Template = { ...state.template, sections: [...state.template.sections, { name: 'Added', hidden: false, projects: [] }] };
    const entry = item('Added', null);
    const written = writtenEntry(template, entry);
    expect(written).toMatch(/^### \[Tern 1\.0 is out\]/);
    expect(exportNextIssue({ ...state, template, items: [...state.items, entry] }, {}, '2026-12-04').markdown).toContain(written);
    expect(writtenEntry(template, item(null, null))).toMatch(/^## \[Tern 1\.0 is out\]/);
  });

  it('writes the heading’s own phrase, a table’s row, and the number given', () => {
    expect(writtenEntry(learned('standing-parts'), item(null, 'Crate of the Week'))).toBe("This week's crate is [Tern 1.0 is out](https://example.org/0), at *last*");
    expect(writtenEntry(learned('tables'), item('Libraries', null))).toMatch(/^\|.*\[Tern 1\.0 is out\]\(https:\/\/example\.org\/0\).*\|.*at \*last\*.*\|$/);
    const numbered = learned('numbered');
    const first = numbered.sections[0]!;
    const group = { section: first.name, project: first.projects[0]?.name ?? null };
    expect(writtenEntry(numbered, item(group.section, group.project), 3)).toMatch(/^3、/);
  });
});
