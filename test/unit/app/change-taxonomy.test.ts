import { describe, expect, it } from 'vitest';
import { changeTaxonomy } from '../../../src/app/change-taxonomy.ts';
import { testStore } from '../../helpers/db.ts';
import { seedStore } from '../../helpers/seed.ts';

describe('changing sections and projects', () => {
  it('renames a project: queued items follow, published ones keep their name as an alias', async () => {
    const { store } = testStore();
    await seedStore(store);
    const result = await changeTaxonomy(store, { kind: 'rename-project', section: '社区跟踪', from: 'Nova', to: 'Compute' });
    expect(result).toEqual({ outcome: 'changed', moved: 2 });
    await store.read(async (tx) => {
      expect((await tx.items.queue()).map((i) => i.project)).toEqual(['Compute', 'Neutron', 'Compute', 'Neutron']);
      const section = (await tx.meta.template()).sections.find((s) => s.name === '社区跟踪');
      expect(section?.projects.find((p) => p.name === 'Compute')?.aliases).toContain('Nova');
      expect((await tx.items.all()).some((i) => i.issue !== null && i.project === 'Nova')).toBe(true);
    });
  });

  it('refuses a name already used, and changes nothing', async () => {
    const { store } = testStore();
    await seedStore(store);
    const before = await store.read((tx) => tx.meta.template());
    expect(await changeTaxonomy(store, { kind: 'rename-project', section: '社区跟踪', from: 'Nova', to: 'neutron' })).toEqual({ outcome: 'refused', problem: 'duplicate-name' });
    expect(await store.read((tx) => tx.meta.template())).toEqual(before);
  });
});
