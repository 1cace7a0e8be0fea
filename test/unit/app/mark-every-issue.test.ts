import { describe, expect, it } from 'vitest';
import { markEveryIssueHeld } from '../../../src/app/mark-every-issue.ts';
import type { SectionDef, Template } from '../../../src/core/model/template.ts';
import { applyIssueImport, planIssueImport } from '../../../src/app/import-issues.ts';
import { testStore } from '../../helpers/db.ts';
import { fixtureFiles } from '../../helpers/corpus.ts';

/** The headings marked, each as `section / project`. */
const marks = (t: Template): string[] => t.sections.flatMap((s) => [...(s.everyIssue ? [`${s.name}`] : []), ...s.projects.filter((p) => p.everyIssue).map((p) => `${s.name} / ${p.name}`)]);
const unmarked = (sections: readonly SectionDef[]): SectionDef[] =>
  sections.map(({ everyIssue: _s, ...s }) => ({ ...s, projects: s.projects.map(({ everyIssue: _p, ...p }) => p) }));

describe('a digest learned before the headings every issue writes were marked', () => {
  it('gets them marked from the issues it holds when the extension updates, once, and never where the editor has said', async () => {
    const { store } = testStore();
    const files = fixtureFiles('golden/past/news-parts').map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
    await applyIssueImport(store, await planIssueImport(store, files, '2026-03-22'), new Date('2026-03-22T08:00:00Z'));
    const learned = await store.read((tx) => tx.meta.template());
    expect(marks(learned)).toEqual(['Project News', 'Release Schedule', 'Featured Changes', 'Quote of the Week', 'Other Merges', 'Version Updates']);
    await store.write((tx) => tx.meta.setTemplate({ ...learned, sections: unmarked(learned.sections) }));
    expect(await markEveryIssueHeld(store)).toBe(true);
    expect(marks(await store.read((tx) => tx.meta.template()))).toEqual(marks(learned));
    expect(await markEveryIssueHeld(store)).toBe(false);
    // The editor took one mark off: the rest stay off too.
    const said = unmarked(learned.sections).map((s, i) => (i === 0 ? { ...s, everyIssue: false } : s));
    await store.write((tx) => tx.meta.setTemplate({ ...learned, sections: said }));
    expect(await markEveryIssueHeld(store)).toBe(false);
    expect(marks(await store.read((tx) => tx.meta.template()))).toEqual([]);
  });
});
