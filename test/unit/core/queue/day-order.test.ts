import { describe, expect, it } from 'vitest';
import type { Item } from '../../../../src/core/model/item.ts';
import { dayOrder, sortedByDay } from '../../../../src/core/queue/queue-groups.ts';

const item = (id: string, order: number, project: string, eventDate?: string): Item => ({
  id,
  section: 'Upcoming Events',
  project,
  comment: '',
  links: [{ url: `https://example.org/${id}`, title: id }],
  capturedAt: '',
  order,
  issue: null,
  ...(eventDate ? { eventDate } : {}),
});

describe('day order', () => {
  it('sorts the dated items into the places dated ones hold, the others where they are, same days in their order', () => {
    const list = [item('a', 0, 'Europe', '2026-09-02'), item('note', 1, 'Europe'), item('b', 2, 'Europe', '2026-08-28'), item('c', 3, 'Europe', '2026-08-28')];
    expect(dayOrder(list)?.map((i) => i.id)).toEqual(['b', 'note', 'c', 'a']);
  });

  it('has nothing to sort where the days are in order already, or none is given', () => {
    expect(dayOrder([item('a', 0, 'Europe', '2026-08-28'), item('b', 1, 'Europe'), item('c', 2, 'Europe', '2026-09-02')])).toBeUndefined();
    expect(dayOrder([item('a', 0, 'Europe'), item('b', 1, 'Europe')])).toBeUndefined();
  });

  it('reorders one group of the queue, the others in their places', () => {
    const queue = [item('e1', 0, 'Europe', '2026-09-02'), item('v1', 1, 'Virtual', '2026-09-10'), item('e2', 2, 'Europe', '2026-08-28'), item('v2', 3, 'Virtual', '2026-08-01')];
    expect(sortedByDay(queue, { section: 'Upcoming Events', project: 'Europe' })).toEqual(['e2', 'v1', 'e1', 'v2']);
  });
});
