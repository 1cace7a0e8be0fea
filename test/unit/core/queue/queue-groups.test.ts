import { describe, expect, it } from 'vitest';
import type { Item } from '../../../../src/core/model/item.ts';
import { groupQueue, moveBefore, moveWithinGroup } from '../../../../src/core/queue/queue-groups.ts';
import { OPENSTACK_PRESET } from '../../../../src/core/template/presets.ts';

const item = (id: string, section: string | null, project: string | null, order: number): Item => ({
  id,
  section,
  project,
  comment: id,
  links: [],
  capturedAt: '',
  order,
  issue: null,
});

const queue = [
  item('heat', '社区跟踪', 'Heat', 0),
  item('nova1', '社区跟踪', 'Nova', 1),
  item('news', '业界动态', null, 2),
  item('zaqar', '社区跟踪', 'Zaqar', 3),
  item('nova2', '社区跟踪', 'Nova', 4),
];

describe('groupQueue', () => {
  it('groups in template order, unknown groups last, items by order', () => {
    expect(groupQueue(queue, OPENSTACK_PRESET).map((g) => [g.project ?? g.section, g.items.map((i) => i.id)])).toEqual([
      ['业界动态', ['news']],
      ['Nova', ['nova1', 'nova2']],
      ['Heat', ['heat']],
      ['Zaqar', ['zaqar']],
    ]);
  });
});

describe('reordering', () => {
  it('moves within a group, skipping items of other groups', () => {
    expect(moveWithinGroup(queue, 'nova2', -1)).toEqual(['heat', 'nova2', 'news', 'zaqar', 'nova1']);
    expect(moveWithinGroup(queue, 'nova1', -1)).toEqual(['heat', 'nova1', 'news', 'zaqar', 'nova2']);
    expect(moveWithinGroup(queue, 'nope', 1)).toEqual(['heat', 'nova1', 'news', 'zaqar', 'nova2']);
  });

  it('moves before another item, or last', () => {
    expect(moveBefore(queue, 'nova2', 'heat')).toEqual(['nova2', 'heat', 'nova1', 'news', 'zaqar']);
    expect(moveBefore(queue, 'heat', undefined)).toEqual(['nova1', 'news', 'zaqar', 'nova2', 'heat']);
  });
});
