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

function show(queue: Item[]) {
  const moves: [string, number][] = [];
  render(
    <TranslateProvider value={translator('en')}>
      <QueueList
        groups={groupQueue(queue, OPENSTACK_PRESET)}
        taxonomy={OPENSTACK_PRESET}
        editingId={undefined}
        busy={false}
        onEdit={() => undefined}
        onSaveEdit={() => undefined}
        onDelete={() => undefined}
        onMove={(id, delta) => moves.push([id, delta])}
        onDrop={() => undefined}
      />
    </TranslateProvider>,
  );
  return moves;
}

describe('QueueList', () => {
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
