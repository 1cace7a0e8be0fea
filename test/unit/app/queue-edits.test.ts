import { describe, expect, it } from 'vitest';
import { readQueue } from '../../../src/app/read-queue.ts';
import { deleteQueuedItem, dropQueuedItem, editQueuedItem, moveQueuedItem, removeTracking, restoreQueuedItem, sortQueuedGroupByDay } from '../../../src/app/queue-edits.ts';
import { Failure } from '../../../src/core/model/failure.ts';
import { testStore } from '../../helpers/db.ts';
import { seedStore } from '../../helpers/seed.ts';

const layout = async (store: Parameters<typeof readQueue>[0]) => (await readQueue(store)).map((i) => `${i.id}:${i.project}`);

describe('editing the queue', () => {
  it('moves an item to another group and before an item there, in one write', async () => {
    const { store } = testStore();
    await seedStore(store);
    expect(await layout(store)).toEqual(['q1:Nova', 'q2:Neutron', 'q3:Nova', 'q4:Neutron']);
    await dropQueuedItem(store, 'q4', 'q3', { section: '社区跟踪', project: 'Nova' });
    expect(await layout(store)).toEqual(['q1:Nova', 'q2:Neutron', 'q4:Nova', 'q3:Nova']);
  });

  it('drops at the end of a group: after its last item', async () => {
    const { store } = testStore();
    await seedStore(store);
    await dropQueuedItem(store, 'q1', undefined, { section: '社区跟踪', project: 'Neutron' });
    expect(await layout(store)).toEqual(['q2:Neutron', 'q3:Nova', 'q4:Neutron', 'q1:Neutron']);
  });

  it('puts a group in the order of its days, in one write, the other groups where they were', async () => {
    const { store } = testStore();
    await seedStore(store);
    await store.write(async (tx) => {
      const queue = await tx.items.queue();
      const days: Record<string, string> = { q1: '2015-05-20', q3: '2015-05-06', q2: '2015-05-30', q4: '2015-05-01' };
      await Promise.all(queue.map((item) => tx.items.put({ ...item, eventDate: days[item.id] as string })));
    });
    await sortQueuedGroupByDay(store, { section: '社区跟踪', project: 'Nova' });
    expect(await layout(store)).toEqual(['q3:Nova', 'q2:Neutron', 'q1:Nova', 'q4:Neutron']);
  });

  it('moves an item up within its group, past items of other groups', async () => {
    const { store } = testStore();
    await seedStore(store);
    await moveQueuedItem(store, 'q3', -1);
    expect(await layout(store)).toEqual(['q3:Nova', 'q2:Neutron', 'q1:Nova', 'q4:Neutron']);
  });

  it('deletes an item and puts it back where it was', async () => {
    const { store } = testStore();
    await seedStore(store);
    const removed = await deleteQueuedItem(store, 'q2');
    expect(await layout(store)).toEqual(['q1:Nova', 'q3:Nova', 'q4:Neutron']);
    await restoreQueuedItem(store, removed);
    expect(await layout(store)).toEqual(['q1:Nova', 'q2:Neutron', 'q3:Nova', 'q4:Neutron']);
  });

  it('strips tracking parameters from one link', async () => {
    const { store } = testStore();
    await seedStore(store);
    const item = await removeTracking(store, 'q1', 'https://example.com/page/1?utm_source=feed');
    expect(item.links[0]?.url).toBe('https://example.com/page/1');
  });

  it('refuses to edit an item that is no longer queued', async () => {
    const { store } = testStore();
    await seedStore(store);
    const published = (await store.read((tx) => tx.items.all())).find((i) => i.issue !== null)!;
    await expect(editQueuedItem(store, { ...published, comment: 'x' })).rejects.toEqual(new Failure('gone'));
    await expect(deleteQueuedItem(store, 'nope')).rejects.toEqual(new Failure('gone'));
  });
});
