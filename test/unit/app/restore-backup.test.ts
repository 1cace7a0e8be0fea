import { describe, expect, it } from 'vitest';
import { applyRestore, previewRestore, readBackup } from '../../../src/app/restore-backup.ts';
import { testStore } from '../../helpers/db.ts';
import { seedStore, SEED_NOW } from '../../helpers/seed.ts';

describe('restoring a backup', () => {
  it('previews, then replaces everything in one write, keeping a snapshot of what was there', async () => {
    const source = testStore();
    await seedStore(source.store);
    const backup = await readBackup(source.store, SEED_NOW);
    const { store } = testStore();
    const report = await previewRestore(store, backup, 'replace');
    expect(report).toMatchObject({ issuesAdded: 5, itemsAdded: backup.items.length, issuesRemoved: 0 });
    await applyRestore(store, backup, 'replace', SEED_NOW);
    const restored = await readBackup(store, SEED_NOW);
    expect(restored.items).toEqual(expect.arrayContaining(backup.items));
    expect(restored.issues).toEqual(backup.issues);
    await store.read(async (tx) => {
      expect((await tx.snapshots.list())[0]).toMatchObject({ reason: 'before-restore', itemCount: 0 });
      expect((await tx.meta.suggestionModel())?.items).toBe(backup.items.length);
    });
  });
});
