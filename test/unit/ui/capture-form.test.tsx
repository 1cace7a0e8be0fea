// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../../src/core/model/template.ts';
import type { CaptureFields } from '../../../src/core/model/capture-draft.ts';
import { CaptureForm } from '../../../src/ui/capture-form.tsx';
import { TranslateProvider } from '../../../src/ui/translate-context.ts';
import { translator } from '../../helpers/translate.ts';

function setup() {
  const state = { fields: { url: 'https://a.example', title: 'A', section: '社区跟踪', project: 'Nova', comment: '', eventDate: '' } as CaptureFields, saves: 0 };
  const view = () => (
    <TranslateProvider value={translator('en')}>
      <CaptureForm
        fields={state.fields}
        sections={DEFAULT_TEMPLATE.sections}
        alternatives={[{ section: '业界动态', project: null }, { section: '社区跟踪', project: 'Neutron' }]}
        saving={false}
        focusUrl={false}
        hasDraft={false}
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
    expect((screen.getByRole('combobox', { name: 'Project' }) as HTMLSelectElement).disabled).toBe(true);
  });
});
