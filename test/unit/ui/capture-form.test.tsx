// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OPENSTACK_PRESET } from '../../../src/core/template/presets.ts';
import type { CaptureFields } from '../../../src/core/model/capture-draft.ts';
import { CaptureForm } from '../../../src/ui/capture-form.tsx';
import type { RetiredHeadings } from '../../../src/core/suggestion/retired-headings.ts';
import { groupKeyOf } from '../../../src/core/model/item.ts';
import type { Taxonomy } from '../../../src/ui/group-fields.tsx';
import { TranslateProvider } from '../../../src/ui/translate-context.ts';
import { translator } from '../../helpers/translate.ts';

function setup(taxonomy: Taxonomy = OPENSTACK_PRESET, fields: Partial<CaptureFields> = {}, datesEntries?: (fields: CaptureFields) => boolean, retired?: RetiredHeadings, kinds?: readonly string[]) {
  const state = { fields: { url: 'https://a.example', title: 'A', section: '社区跟踪', project: 'Nova', comment: '', eventDate: '', ...fields } as CaptureFields, saves: 0 };
  const view = () => (
    <TranslateProvider value={translator('en')}>
      <CaptureForm
        fields={state.fields}
        taxonomy={taxonomy}
        alternatives={[{ section: '业界动态', project: null }, { section: '社区跟踪', project: 'Neutron' }]}
        saving={false}
        focusUrl={false}
        hasDraft={false}
        commandKey={false}
        {...(datesEntries ? { datesEntries: datesEntries(state.fields) } : {})}
        retired={retired}
        kinds={kinds}
        attachTargets={[]}
        onChange={(patch) => {
          state.fields = { ...state.fields, ...patch };
          utils.rerender(view());
        }}
        onSave={() => state.saves++}
        onDiscard={() => undefined}
        onAttach={() => undefined}
      />
    </TranslateProvider>
  );
  const utils = render(view());
  return state;
}

afterEach(cleanup);

describe('CaptureForm', () => {
  it('calls the latest handlers from the parts it keeps drawn (the headings, the attach box)', () => {
    const calls: string[] = [];
    const fields = { url: 'https://a.example', title: 'A', section: '社区跟踪', project: 'Nova', comment: '', eventDate: '' } as CaptureFields;
    const targets = [{ id: 'q1', label: 'Queued one' }];
    const form = (name: string) => (
      <TranslateProvider value={translator('en')}>
        <CaptureForm
          fields={fields}
          taxonomy={OPENSTACK_PRESET}
          alternatives={[]}
          saving={false}
          focusUrl={false}
          hasDraft={false}
          commandKey={false}
          attachTargets={targets}
          onChange={(patch) => calls.push(`${name} change ${patch.project}`)}
          onSave={() => undefined}
          onDiscard={() => undefined}
          onAttach={(id) => calls.push(`${name} attach ${id}`)}
        />
      </TranslateProvider>
    );
    const { rerender } = render(form('first'));
    // Same fields and queue: the kept parts are not drawn again, yet must not call the first handlers.
    rerender(form('second'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Project' }), { target: { value: 'Neutron' } });
    fireEvent.change(screen.getByRole('combobox', { name: /attach/i }), { target: { value: 'q1' } });
    fireEvent.click(screen.getByRole('button', { name: /attach/i }));
    expect(calls).toEqual(['second change Neutron', 'second attach q1']);
  });

  it('shows the event date under headings that date their entries, elsewhere a button that brings it, and keeps it once asked for or set', () => {
    const state = setup(OPENSTACK_PRESET, { section: '社区跟踪', project: 'Nova' }, (f) => f.section === '业界动态');
    const date = () => screen.queryByLabelText('Event date');
    const project = () => screen.getByRole('combobox', { name: 'Project' });
    expect(date()).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Section' }), { target: { value: '业界动态' } });
    expect(date()).not.toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Section' }), { target: { value: '社区跟踪' } });
    expect(date()).toBeNull();
    // Asked for: there, focused, and there whatever heading comes next.
    fireEvent.click(screen.getByRole('button', { name: 'Add an event date' }));
    expect(document.activeElement).toBe(date());
    fireEvent.change(project(), { target: { value: 'Neutron' } });
    expect(date()).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Add an event date' })).toBeNull();
    fireEvent.input(date() as HTMLElement, { target: { value: '2014-07-28' } });
    expect(state.fields.eventDate).toBe('2014-07-28');
  });

  it('never hides a date already set, whatever the heading', () => {
    setup(OPENSTACK_PRESET, { eventDate: '2014-07-28' }, () => false);
    expect((screen.getByLabelText('Event date') as HTMLInputElement).value).toBe('2014-07-28');
  });

  it('offers the headings the digest stopped using after the others, apart, and still takes them', () => {
    const retired: RetiredHeadings = { sections: new Set(['业界动态']), groups: new Set([groupKeyOf({ section: '社区跟踪', project: 'Neutron' })]) };
    const state = setup(OPENSTACK_PRESET, { section: '社区跟踪', project: 'Nova' }, undefined, retired);
    const offered = (name: string) =>
      [...(screen.getByRole('combobox', { name }) as HTMLSelectElement).querySelectorAll('option')].map((o) => `${o.parentElement?.tagName === 'OPTGROUP' ? `${(o.parentElement as HTMLOptGroupElement).label}: ` : ''}${o.textContent}`);
    const sections = offered('Section');
    expect(sections.indexOf('Not used for over a year: 业界动态')).toBe(sections.length - 2);
    expect(sections).not.toContain('业界动态');
    const projects = offered('Project');
    expect(projects).toContain('Nova');
    expect(projects.indexOf('Not used for over a year: Neutron')).toBe(projects.length - 2);
    fireEvent.change(screen.getByRole('combobox', { name: 'Project' }), { target: { value: 'Neutron' } });
    expect(state.fields.project).toBe('Neutron');
  });

  it('offers the digest’s kinds where it marks its entries so, with the suggested one picked, and takes another or none', () => {
    const state = setup(OPENSTACK_PRESET, { kind: '📦' }, undefined, undefined, ['📦', '📜', '🐦']);
    const kind = screen.getByLabelText('Kind') as HTMLSelectElement;
    expect(kind.value).toBe('📦');
    expect([...kind.options].map((o) => o.textContent)).toEqual(['None', '📦', '📜', '🐦']);
    fireEvent.change(kind, { target: { value: '🐦' } });
    expect(state.fields.kind).toBe('🐦');
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: '' } });
    expect(state.fields.kind).toBe('');
  });

  it('keeps offering a kind the digest no longer uses while it is the entry’s, and shows no kind where the digest marks none', () => {
    setup(OPENSTACK_PRESET, { kind: '🎙️' }, undefined, undefined, ['📦', '📜']);
    expect([...(screen.getByLabelText('Kind') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', '🎙️', '📦', '📜']);
    cleanup();
    setup(OPENSTACK_PRESET, {});
    expect(screen.queryByLabelText('Kind')).toBeNull();
  });

  it('puts the focus in the comment box', () => {
    setup();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Comment' }));
  });

  it('saves on Ctrl+Enter and Cmd+Enter, never on an Enter that confirms an IME candidate or a plain Enter', () => {
    const state = setup();
    const comment = screen.getByRole('textbox', { name: 'Comment' });
    fireEvent.keyDown(comment, { key: 'Enter', ctrlKey: true, isComposing: true });
    fireEvent.keyDown(comment, { key: 'Enter', ctrlKey: true, keyCode: 229 });
    fireEvent.keyDown(comment, { key: 'Enter' });
    expect(state.saves).toBe(0);
    fireEvent.keyDown(comment, { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(comment, { key: 'Enter', metaKey: true });
    expect(state.saves).toBe(2);
  });

  it('files the item under a suggested group with one click', () => {
    const state = setup();
    fireEvent.click(screen.getByRole('button', { name: 'File under Neutron' }));
    expect([state.fields.section, state.fields.project]).toEqual(['社区跟踪', 'Neutron']);
    expect((screen.getByRole('combobox', { name: 'Project' }) as HTMLSelectElement).value).toBe('Neutron');
  });

  it('offers only the projects of the chosen section, and clears a project the new section lacks', () => {
    const state = setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Section' }), { target: { value: '业界动态' } });
    expect([state.fields.section, state.fields.project]).toEqual(['业界动态', null]);
    const options = [...(screen.getByRole('combobox', { name: 'Project' }) as HTMLSelectElement).options].map((o) => o.text);
    expect(options).toEqual(['(none)', 'New…']);
  });

  const rust: Taxonomy = {
    labels: { section: null, project: null },
    sections: [
      { name: 'Updates from Rust Community', hidden: false, projects: [{ name: 'Official', aliases: [], hidden: false }] },
      { name: 'Call for Participation', hidden: false, projects: [] },
    ],
  };

  it('names the two levels as the digest does: Section and Subsection unless it says otherwise', () => {
    setup(rust, { section: 'Call for Participation', project: null });
    expect(screen.getByRole('combobox', { name: 'Section' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Subsection' })).toBeTruthy();
    cleanup();
    setup({ ...rust, labels: { section: 'Category', project: 'Topic' } }, { section: 'Call for Participation', project: null });
    expect(screen.getByRole('combobox', { name: 'Category' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Topic' })).toBeTruthy();
  });

  it('shows one picker for a digest with one level of headings', () => {
    setup({ labels: { section: null, project: null }, sections: [{ name: '文章', hidden: false, projects: [] }, { name: '工具', hidden: false, projects: [] }] }, { section: '文章', project: null });
    expect(screen.getAllByRole('combobox')).toHaveLength(1);
  });

  it('says an item filed under no heading of a digest headed by the day goes under the day it was found', () => {
    setup({ labels: { section: null, project: null }, sections: [], dayHeading: '## {day:dddd, MMMM D}' }, { section: null, project: null });
    expect((screen.getByLabelText('Section') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('(the day it was found)');
    cleanup();
    setup({ labels: { section: null, project: null }, sections: [] }, { section: null, project: null });
    expect((screen.getByLabelText('Section') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('(no section)');
  });

  it('offers the headings with no section over them among the sections, in their place, with no second picker', () => {
    const taxonomy: Taxonomy = {
      labels: { section: null, project: null },
      sections: [
        { name: 'Updates', hidden: false, projects: [{ name: 'Official', aliases: [], hidden: false }] },
        { name: null, hidden: false, projects: [{ name: 'Crate of the Week', aliases: [], hidden: false }, { name: 'Old Corner', aliases: [], hidden: true }] },
        { name: 'Quote of the Week', hidden: false, projects: [] },
      ],
    };
    const state = setup(taxonomy, { section: 'Updates', project: 'Official' });
    const section = screen.getByRole('combobox', { name: 'Section' }) as HTMLSelectElement;
    expect([...section.options].map((o) => o.textContent)).toEqual(['Updates', 'Crate of the Week', 'Quote of the Week', '(no section)', 'New…']);
    expect(screen.getAllByRole('combobox')).toHaveLength(2);
    fireEvent.change(section, { target: { value: '\u0002Crate of the Week' } });
    expect(state.fields).toMatchObject({ section: null, project: 'Crate of the Week' });
    const shown = (): string | null | undefined => section.options[section.selectedIndex]?.textContent;
    expect(shown()).toBe('Crate of the Week');
    expect(screen.getAllByRole('combobox')).toHaveLength(1);
    // Under no heading at all, still.
    fireEvent.change(section, { target: { value: '\u0000' } });
    expect(state.fields).toMatchObject({ section: null, project: null });
    expect(shown()).toBe('(no section)');
    fireEvent.change(section, { target: { value: 'Updates' } });
    expect(state.fields).toMatchObject({ section: 'Updates', project: null });
    expect(screen.getAllByRole('combobox')).toHaveLength(2);
  });

  it('takes a heading the digest has not used yet, and goes back to the list', () => {
    const state = setup({ labels: { section: null, project: null }, sections: [] }, { section: null, project: null });
    fireEvent.change(screen.getByRole('combobox', { name: 'Section' }), { target: { value: '\u0001' } });
    const name = screen.getByRole('textbox', { name: 'Section' });
    expect(document.activeElement).toBe(name);
    fireEvent.input(name, { target: { value: 'Tools' } });
    expect([state.fields.section, state.fields.project]).toEqual(['Tools', null]);
    fireEvent.click(screen.getByRole('button', { name: 'Pick from the list of Section instead' }));
    expect(screen.getByRole('combobox', { name: 'Section' })).toBeTruthy();
  });
});
