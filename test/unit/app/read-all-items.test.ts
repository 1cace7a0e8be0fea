import { describe, expect, it } from 'vitest';
import { readAllItems } from '../../../src/app/read-queue.ts';
import { testStore } from '../../helpers/db.ts';
import { seedStore } from '../../helpers/seed.ts';

describe('readAllItems', () => {
  it('reads every item, queued and published, a part at a time, whatever the parts’ size', async () => {
    const { store } = testStore();
    await seedStore(store);
    const whole = await store.read((tx) => tx.items.all());
    expect(whole.length).toBeGreaterThan(4);
    const ids = whole.map((i) => i.id).sort();
    for (const perRead of [1, 2, 3, whole.length, whole.length + 1, 2000]) {
      expect((await readAllItems(store, perRead)).map((i) => i.id), `${perRead} per read`).toEqual(ids);
    }
    expect(await readAllItems(testStore().store, 2)).toEqual([]);
  });
});
