// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../src/core/model/item.ts';
import { groupQueue } from '../../../src/core/queue/queue-groups.ts';
import { OPENSTACK_PRESET } from '../../../src/core/template/presets.ts';
import { QueueList, WINDOW_THRESHOLD } from '../../../src/ui/queue-list.tsx';
import { TranslateProvider } from '../../../src/ui/translate-context.ts';
import { translator } from '../../helpers/translate.ts';

afterEach(cleanup);

const items = (n: number): Item[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `i${i}`,
    section: '社区跟踪',
    project: i % 2 ? 'Nova' : 'Neutron',
    comment: `comment ${i}`,
    links: [{ url: `https://x.example/${i}`, title: `Item ${i}` }],
    capturedAt: '',
    order: i,
    issue: null,
  }));

function show(queue: Item[], over: Partial<Parameters<typeof QueueList>[0]> = {}) {
  const moves: [string, number][] = [];
  render(
    <TranslateProvider value={translator('en')}>
      <QueueList
        writingNote={false}
        noteGroup={{ section: '业界动态', project: null }}
        onWriteNote={() => undefined}
        onSaveNote={() => undefined}
        groups={groupQueue(queue, OPENSTACK_PRESET)}
        taxonomy={OPENSTACK_PRESET}
        editingId={undefined}
        busy={false}
        onEdit={() => undefined}
        onSaveEdit={() => undefined}
        onDelete={() => undefined}
        onMove={(id, delta) => moves.push([id, delta])}
        onDrop={() => undefined}
        {...over}
      />
    </TranslateProvider>,
  );
  return moves;
}

describe('QueueList', () => {
  it('shows an event’s day beside its title, and none for an item without one', () => {
    const [dated, plain] = items(2);
    show([{ ...(dated as Item), eventDate: '2026-08-28' }, plain as Item]);
    const days = [...document.querySelectorAll('time.item-date')].map((t) => [t.getAttribute('datetime'), t.textContent, t.closest('[data-item-id]')?.getAttribute('data-item-id')]);
    expect(days).toEqual([['2026-08-28', '2026-08-28', 'i0']]);
  });

  it('shows an entry’s kind before its title, and offers the digest’s kinds in the editor unless the entry’s words hold its own', () => {
    const saved: Item[] = [];
    const [kinded, imported] = items(2);
    const queue = [{ ...(kinded as Item), kind: '📦' }, { ...(imported as Item), comment: '📜 [Item 1](https://x.example/1) \\- words' }];
    show(queue, { kinds: ['📦', '📜'] });
    expect([...document.querySelectorAll('.item-kind')].map((k) => [k.textContent, k.closest('[data-item-id]')?.getAttribute('data-item-id')])).toEqual([['📦', 'i0']]);
    cleanup();
    show(queue, { kinds: ['📦', '📜'], editingId: 'i0', onSaveEdit: (item) => saved.push(item) });
    const kind = screen.getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement;
    expect(kind.value).toBe('📦');
    fireEvent.change(kind, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(saved.at(-1)).not.toHaveProperty('kind');
    cleanup();
    show(queue, { kinds: ['📦', '📜'], editingId: 'i1' });
    expect(screen.queryByRole('combobox', { name: 'Kind' })).toBeNull();
  });

  it('asks for the author of an item being edited where the digest names or credits authors, and keeps a blank one as none', () => {
    const saved: Item[] = [];
    const edit = (authorField: boolean) => {
      cleanup();
      show(items(2), { editingId: 'i1', authorField, onSaveEdit: (item) => saved.push(item) });
    };
    edit(false);
    expect(screen.queryByRole('textbox', { name: 'Author' })).toBeNull();
    edit(true);
    const author = screen.getByRole('textbox', { name: 'Author' }) as HTMLInputElement;
    expect(author.value).toBe('');
    fireEvent.input(author, { target: { value: '  Ann Lee ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(saved.at(-1)?.links[0]).toEqual({ url: 'https://x.example/1', title: 'Item 1', author: 'Ann Lee' });
    edit(true);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(saved.at(-1)?.links[0]).toEqual({ url: 'https://x.example/1', title: 'Item 1' });
  });

  it('shows the label the digest writes before an entry’s link where a link’s label is asked', () => {
    show(items(2), { editingId: 'i1', linkLabel: '原文链接:' });
    expect((screen.getByRole('textbox', { name: 'Label' }) as HTMLInputElement).placeholder).toBe('原文链接:');
    cleanup();
    show(items(2), { editingId: 'i1' });
    expect((screen.getByRole('textbox', { name: 'Label' }) as HTMLInputElement).placeholder).toBe('BP：');
  });

  it('renders every item of an ordinary queue, grouped, and moves one with Alt+↓', () => {
    const moves = show(items(6));
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    expect(screen.getByRole('region', { name: '社区跟踪 › Nova' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('listitem', { name: 'Item 1' }), { key: 'ArrowDown', altKey: true });
    expect(moves).toEqual([['i1', 1]]);
  });

  it('isolates text from pages and editors, so a right-to-left override ends with it', () => {
    const queue = items(2);
    queue[0] = { ...queue[0]!, comment: 'مرحبا \u202eevil', links: [{ url: 'https://x.example/r', title: '\u202eReversed title' }] };
    show(queue);
    const row = screen.getByRole('listitem', { name: '\u202eReversed title' });
    const isolated = [...row.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toEqual(['\u202eReversed title', 'مرحبا \u202eevil']);
  });

  it('puts the keyboard on the row it is told to', () => {
    show(items(6), { focusId: 'i4' });
    expect(document.activeElement).toBe(screen.getByRole('listitem', { name: 'Item 4' }));
  });

  it('writes a note in an editor that says so, its words focused, its links optional', () => {
    const saved: Item[] = [];
    show(items(2), { writingNote: true, onSaveNote: (n) => saved.push(n) });
    expect(screen.getByText('A new note: words, and links if it has any')).toBeTruthy();
    const words = screen.getByRole('textbox', { name: 'Comment' });
    expect(document.activeElement).toBe(words);
    fireEvent.input(words, { target: { value: '社区宣布K版本代号：Kilo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(saved).toMatchObject([{ section: '业界动态', project: null, comment: '社区宣布K版本代号：Kilo', links: [] }]);
  });

  it('says which item the editor edits', () => {
    show(items(2), { editingId: 'i1' });
    expect(screen.getByText('Editing “Item 1”')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Comment' }));
  });

  it('renders only the rows in view of a long queue, and more as it scrolls', () => {
    show(items(2000));
    expect(2000).toBeGreaterThan(WINDOW_THRESHOLD);
    const rendered = document.querySelectorAll('[data-item-id]').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
    expect(screen.queryByRole('listitem', { name: 'Item 1998' })).toBeNull();
    const window = document.querySelector('.queue-window') as HTMLElement;
    window.scrollTop = 64 * 1000;
    fireEvent.scroll(window);
    expect(screen.getByRole('listitem', { name: 'Item 1999' })).toBeTruthy();
  });
});

describe('a group of events in the queue', () => {
  it('offers to sort its items by day where they are not in that order, and says which group', () => {
    const sorted: unknown[] = [];
    const [a, b, c] = items(3).map((item, i) => ({ ...item, project: 'Nova', eventDate: ['2026-09-02', '2026-08-28', ''][i] || undefined }) as Item);
    show([a as Item, b as Item, c as Item], { onSortByDay: (group) => sorted.push(group) });
    fireEvent.click(screen.getByRole('button', { name: 'Sort by day' }));
    expect(sorted).toEqual([expect.objectContaining({ section: '社区跟踪', project: 'Nova' })]);
    cleanup();
    show([{ ...(b as Item), order: 0 }, { ...(a as Item), order: 1 }, c as Item], { onSortByDay: () => undefined });
    expect(screen.queryByRole('button', { name: 'Sort by day' })).toBeNull();
  });
});
