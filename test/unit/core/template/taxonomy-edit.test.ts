import { describe, expect, it } from 'vitest';
import type { Item } from '../../../../src/core/model/item.ts';
import { editTaxonomy, itemsFollowingRename } from '../../../../src/core/template/taxonomy-edit.ts';
import { OPENSTACK_PRESET } from '../../../../src/core/template/presets.ts';
import { type Template } from '../../../../src/core/model/template.ts';

const ok = (result: Template | string): Template => {
  if (typeof result === 'string') throw new Error(result);
  return result;
};
const projects = (t: Template) => t.sections.find((s) => s.name === '社区跟踪')?.projects.map((p) => p.name);

describe('editing sections and projects', () => {
  it('adds, renames (keeping the old name as an alias), moves and hides', () => {
    let t = ok(editTaxonomy(OPENSTACK_PRESET, { kind: 'add-project', section: '社区跟踪', name: ' Zaqar ' }));
    expect(projects(t)?.at(-1)).toBe('Zaqar');
    t = ok(editTaxonomy(t, { kind: 'rename-project', section: '社区跟踪', from: 'Tempest', to: 'QA' }));
    expect(t.sections[1]?.projects.find((p) => p.name === 'QA')?.aliases).toEqual(['Tempest']);
    t = ok(editTaxonomy(t, { kind: 'move-project', section: '社区跟踪', name: 'Nova', delta: -1 }));
    expect(projects(t)?.slice(0, 2)).toEqual(['Nova', 'Common']);
    t = ok(editTaxonomy(t, { kind: 'move-section', name: '社区跟踪', delta: -1 }));
    expect(t.sections.map((s) => s.name)).toEqual(['社区跟踪', '业界动态']);
    t = ok(editTaxonomy(t, { kind: 'toggle-project', section: '社区跟踪', name: 'Swift' }));
    expect(t.sections[0]?.projects.find((p) => p.name === 'Swift')?.hidden).toBe(true);
    t = ok(editTaxonomy(t, { kind: 'rename-section', from: '业界动态', to: 'Industry' }));
    expect(t.sections.map((s) => s.name)).toEqual(['社区跟踪', 'Industry']);
    expect(OPENSTACK_PRESET.sections[0]?.name).toBe('业界动态');
  });

  it('writes a section’s entries in a grammar of its own, or the digest’s way again, with no marker left that says otherwise', () => {
    const lists: Template = {
      ...OPENSTACK_PRESET,
      items: { ...OPENSTACK_PRESET.items, grammar: 'bullet', marker: '* ' },
      sections: [
        { name: 'News', hidden: false, projects: [] },
        { name: 'Featured', hidden: false, projects: [], grammar: 'heading', marker: '#### ' },
        { name: 'Links', hidden: false, projects: [], marker: '🔗 ' },
      ],
    };
    let t = ok(editTaxonomy(lists, { kind: 'write-as', section: 'News', grammar: 'paragraph' }));
    expect(t.sections[0]).toEqual({ name: 'News', hidden: false, projects: [], grammar: 'paragraph' });
    // Back to the digest's way: no grammar of its own, and no heading's marks without headings.
    t = ok(editTaxonomy(t, { kind: 'write-as', section: 'Featured', grammar: 'bullet' }));
    expect(t.sections[1]).toEqual({ name: 'Featured', hidden: false, projects: [] });
    // A symbol its entries open with stays.
    t = ok(editTaxonomy(t, { kind: 'write-as', section: 'Links', grammar: 'paragraph' }));
    expect(t.sections[2]).toEqual({ name: 'Links', hidden: false, projects: [], grammar: 'paragraph', marker: '🔗 ' });
    // Among paragraphs, a list's bullet makes a section's entries list items: taken away with them.
    const paragraphs: Template = { ...OPENSTACK_PRESET, sections: [{ name: 'Quick links', hidden: false, projects: [], marker: '- ' }] };
    expect(ok(editTaxonomy(paragraphs, { kind: 'write-as', section: 'Quick links', grammar: null })).sections[0]).toEqual({ name: 'Quick links', hidden: false, projects: [] });
    expect(editTaxonomy(paragraphs, { kind: 'write-as', section: 'Nowhere', grammar: 'heading' })).toBe('not-found');
    // A heading with no section over it (This Week in Rust's `## Crate of the Week`), by its name.
    const unparented: Template = { ...lists, sections: [{ name: null, hidden: false, projects: [{ name: 'Crate of the Week', aliases: [], hidden: false, grammar: 'paragraph' }] }] };
    expect(ok(editTaxonomy(unparented, { kind: 'write-as', section: null, project: 'Crate of the Week', grammar: 'bullet' })).sections[0]?.projects[0]).toEqual({ name: 'Crate of the Week', aliases: [], hidden: false });
    expect(editTaxonomy(unparented, { kind: 'write-as', section: null, project: 'Nope', grammar: 'bullet' })).toBe('not-found');
    // A heading under a section, by both names.
    const nested: Template = { ...lists, sections: [{ name: 'Updates', hidden: false, projects: [{ name: 'Featured PRs', aliases: [], hidden: false }] }] };
    expect(ok(editTaxonomy(nested, { kind: 'write-as', section: 'Updates', project: 'Featured PRs', grammar: 'heading' })).sections[0]?.projects[0]).toEqual({ name: 'Featured PRs', aliases: [], hidden: false, grammar: 'heading' });
  });

  it('forgets how a heading was learned to dress its entries, keeping its grammar, symbol and the rest', () => {
    const dressed: Template = {
      ...OPENSTACK_PRESET,
      items: { ...OPENSTACK_PRESET.items, grammar: 'bullet', marker: '* ' },
      sections: [
        { name: null, hidden: false, projects: [{ name: 'Crate of the Week', aliases: [], hidden: false, grammar: 'paragraph', entriesBlank: true, entryPhrase: "This week's crate is ", separator: ', ', everyIssue: true }] },
        { name: 'Featured', hidden: false, projects: [], marker: '-   ', separator: '\n\n', wordsMarker: '> ', byline: 'by {author}' },
        { name: 'Quote of the Week', hidden: false, projects: [], grammar: 'paragraph', quoteCredit: '– ' },
      ],
    };
    let t = ok(editTaxonomy(dressed, { kind: 'plain-form', section: null, project: 'Crate of the Week' }));
    expect(t.sections[0]?.projects[0]).toEqual({ name: 'Crate of the Week', aliases: [], hidden: false, grammar: 'paragraph', everyIssue: true });
    t = ok(editTaxonomy(t, { kind: 'plain-form', section: 'Featured', project: null }));
    expect(t.sections[1]).toEqual({ name: 'Featured', hidden: false, projects: [], marker: '-   ' });
    t = ok(editTaxonomy(t, { kind: 'plain-form', section: 'Quote of the Week', project: null }));
    expect(t.sections[2]).toEqual({ name: 'Quote of the Week', hidden: false, projects: [], grammar: 'paragraph' });
    expect(dressed.sections[2]?.quoteCredit).toBe('– ');
    expect(editTaxonomy(t, { kind: 'plain-form', section: 'Featured', project: 'Nope' })).toBe('not-found');
  });

  it('writes a heading in every issue or only with entries, as the editor says', () => {
    let t = ok(editTaxonomy(OPENSTACK_PRESET, { kind: 'every-issue', section: '业界动态', project: null, every: true }));
    t = ok(editTaxonomy(t, { kind: 'every-issue', section: '社区跟踪', project: 'Nova', every: true }));
    expect(t.sections.find((s) => s.name === '业界动态')?.everyIssue).toBe(true);
    expect(t.sections.find((s) => s.name === '社区跟踪')?.projects.filter((p) => p.everyIssue).map((p) => p.name)).toEqual(['Nova']);
    t = ok(editTaxonomy(t, { kind: 'every-issue', section: '社区跟踪', project: 'Nova', every: false }));
    expect(t.sections.find((s) => s.name === '社区跟踪')?.projects.find((p) => p.name === 'Nova')?.everyIssue).toBe(false);
    expect(editTaxonomy(t, { kind: 'every-issue', section: '社区跟踪', project: 'Nope', every: true })).toBe('not-found');
  });

  it('hides several headings at once, a hidden one staying hidden', () => {
    const swiftHidden = ok(editTaxonomy(OPENSTACK_PRESET, { kind: 'toggle-project', section: '社区跟踪', name: 'Swift' }));
    const t = ok(editTaxonomy(swiftHidden, { kind: 'hide', headings: [{ section: '业界动态', project: null }, { section: '社区跟踪', project: 'Swift' }, { section: '社区跟踪', project: 'Sahara' }] }));
    expect(t.sections.find((s) => s.name === '业界动态')?.hidden).toBe(true);
    expect(t.sections.find((s) => s.name === '社区跟踪')?.projects.filter((p) => p.hidden).map((p) => p.name)).toEqual(['Swift', 'Sahara']);
    expect(editTaxonomy(OPENSTACK_PRESET, { kind: 'hide', headings: [{ section: '社区跟踪', project: 'Nope' }] })).toBe('not-found');
  });

  it.each([
    [{ kind: 'add-section', name: '  ' }, 'empty-name'],
    [{ kind: 'add-section', name: '社区跟踪' }, 'duplicate-name'],
    [{ kind: 'add-project', section: '社区跟踪', name: 'nova' }, 'duplicate-name'],
    [{ kind: 'rename-project', section: '社区跟踪', from: 'Nova', to: 'Neutron' }, 'duplicate-name'],
    [{ kind: 'rename-project', section: '社区跟踪', from: 'Nope', to: 'X' }, 'not-found'],
  ] as const)('refuses %j with %s', (change, problem) => {
    expect(editTaxonomy(OPENSTACK_PRESET, change)).toBe(problem);
  });

  it('moves queued items to the new name and leaves published ones alone', () => {
    const item = (id: string, issue: string | null): Item => ({ id, section: '社区跟踪', project: 'Tempest', comment: '', links: [], capturedAt: '', order: 0, issue });
    const moved = itemsFollowingRename([item('q', null), item('p', '5')], { kind: 'rename-project', section: '社区跟踪', from: 'Tempest', to: 'QA' });
    expect(moved.map((i) => [i.id, i.project])).toEqual([['q', 'QA']]);
  });
});
