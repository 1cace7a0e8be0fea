import { createBackup, type Backup } from '../core/backup/backup.ts';
import { planRestore, type RestoreMode, type RestoreReport } from '../core/backup/restore-plan.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { relearnSuggestions } from './derived-data.ts';

/** What restoring `backup` would change, against what is stored now. */
export function previewRestore(store: DigestStore, backup: Backup, mode: RestoreMode): Promise<RestoreReport> {
  return store.read(async (tx) => planRestore(await tx.state.read(), backup, mode).report);
}

/**
 * Restores a checked backup, merged or replacing: a snapshot of what was there, the new state,
 * and the suggestion model learned from it. One transaction, planned against the state inside
 * it, so a change made meanwhile in another page is merged rather than overwritten.
 */
export function applyRestore(store: DigestStore, backup: Backup, mode: RestoreMode, now: Date): Promise<RestoreReport> {
  return store.write(async (tx) => {
    await tx.snapshots.take('before-restore', now);
    const { state, report } = planRestore(await tx.state.read(), backup, mode);
    await tx.state.write(state);
    await relearnSuggestions(tx);
    return report;
  });
}

/** Everything, as one backup document. */
export function readBackup(store: DigestStore, now: Date): Promise<Backup> {
  return store.read(async (tx) => createBackup(await tx.state.read(), now));
}
