// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OPENSTACK_PRESET } from '../../../src/core/template/presets.ts';
import type { CaptureFields } from '../../../src/core/model/capture-draft.ts';
import { CaptureForm } from '../../../src/ui/capture-form.tsx';
import { LazySelect } from '../../../src/ui/lazy-select.tsx';
import { TranslateProvider } from '../../../src/ui/translate-context.ts';
import { translator } from '../../helpers/translate.ts';

// Drawn with Preact's own `render`, not the testing library's (whose `act` runs effects at once):
// the point is what the page holds before the browser's first frame.
let root: HTMLElement;
function mount(node: preact.ComponentChild): void {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
}
afterEach(() => {
  render(null, root);
  root.remove();
});

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const texts = (select: HTMLSelectElement): string[] => [...select.options].map((o) => o.text);

const picker = (later: boolean, value = 'b', onChange: (value: string) => void = () => undefined) => (
  <LazySelect id="pick" value={value} later={later} onChange={(e) => onChange(e.currentTarget.value)}>
    <option value="a">A</option>
    {['b', 'c'].map((v) => (
      <option key={v} value={v}>
        {v.toUpperCase()}
      </option>
    ))}
    <optgroup label="old">
      <option value="d">D</option>
    </optgroup>
  </LazySelect>
);

describe('LazySelect', () => {
  it('draws every option at once when not asked to wait', () => {
    mount(picker(false));
    const select = document.getElementById('pick') as HTMLSelectElement;
    expect(texts(select)).toEqual(['A', 'B', 'C', 'D']);
    expect(select.value).toBe('b');
  });

  it('draws the chosen option alone before the first frame, and the others after it, the choice kept', async () => {
    mount(picker(true));
    const select = document.getElementById('pick') as HTMLSelectElement;
    expect(texts(select)).toEqual(['B']);
    expect(select.value).toBe('b');
    await frame();
    await frame();
    expect(texts(select)).toEqual(['A', 'B', 'C', 'D']);
    expect(select.value).toBe('b');
  });

  it('finds the chosen option inside an option group', () => {
    mount(picker(true, 'd'));
    expect(texts(document.getElementById('pick') as HTMLSelectElement)).toEqual(['D']);
  });

  it('draws the others as soon as the editor reaches the picker, before any frame', async () => {
    const picked: string[] = [];
    mount(picker(true, 'b', (v) => picked.push(v)));
    const select = document.getElementById('pick') as HTMLSelectElement;
    select.dispatchEvent(new FocusEvent('focus'));
    await Promise.resolve();
    expect(texts(select)).toEqual(['A', 'B', 'C', 'D']);
    select.value = 'c';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(picked).toEqual(['c']);
  });
});

describe('CaptureForm before the first paint', () => {
  const fields: CaptureFields = { url: 'https://a.example', title: 'A', section: '社区跟踪', project: 'Nova', comment: '', eventDate: '' };
  const form = (beforeFirstPaint: boolean) => (
    <TranslateProvider value={translator('en')}>
      <CaptureForm
        fields={fields}
        taxonomy={OPENSTACK_PRESET}
        alternatives={[]}
        saving={false}
        focusUrl={false}
        hasDraft={false}
        commandKey={false}
        beforeFirstPaint={beforeFirstPaint}
        attachTargets={[]}
        onChange={() => undefined}
        onSave={() => undefined}
        onDiscard={() => undefined}
        onAttach={() => undefined}
      />
    </TranslateProvider>
  );

  it('leaves the focus to the first frame (autofocus) and shows each picker’s chosen heading alone', async () => {
    mount(form(true));
    const comment = document.getElementById('capture-comment') as HTMLTextAreaElement;
    const project = document.getElementById('capture-project') as HTMLSelectElement;
    expect(comment.autofocus).toBe(true);
    expect(texts(project)).toEqual(['Nova']);
    expect(texts(document.getElementById('capture-section') as HTMLSelectElement)).toEqual(['社区跟踪']);
    await frame();
    await frame();
    expect(texts(project).length).toBeGreaterThan(10);
    expect(project.value).toBe('Nova');
  });

  it('focuses at once and offers every heading otherwise', () => {
    mount(form(false));
    const comment = document.getElementById('capture-comment') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(comment);
    expect(comment.autofocus).toBe(false);
    expect(texts(document.getElementById('capture-project') as HTMLSelectElement).length).toBeGreaterThan(10);
  });
});
