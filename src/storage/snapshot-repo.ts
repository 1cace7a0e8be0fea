import { createBackup } from '../core/backup.ts';
import type { DigestDatabase, Snapshot, SnapshotReason } from './schema.ts';
import { readFullState } from './digest-state.ts';
import { atomically } from './atomic.ts';
import { guard } from './storage-failure.ts';

export const SNAPSHOTS_KEPT = 5;

export type SnapshotSummary = Omit<Snapshot, 'backup'> & { id: number };

export type SnapshotRepo = ReturnType<typeof createSnapshotRepo>;

/** Backups kept inside the extension: the newest few, taken on publish, daily, and before restores. */
export function createSnapshotRepo(db: Promise<DigestDatabase>) {
  return {
    async take(reason: SnapshotReason, now: Date): Promise<SnapshotSummary> {
      const state = await readFullState(db);
      const snapshot: Snapshot = {
        takenAt: now.toISOString(),
        reason,
        itemCount: state.items.length,
        issueCount: state.issues.length,
        backup: createBackup(state, now),
      };
      return guard(async () => {
        const tx = (await db).transaction('snapshots', 'readwrite');
        const id = await atomically(tx, async (track) => {
          const added = await track(tx.store.add(snapshot));
          const keys = await track(tx.store.getAllKeys());
          for (const key of keys.slice(0, Math.max(0, keys.length - SNAPSHOTS_KEPT))) track(tx.store.delete(key));
          return added;
        });
        const { backup: _backup, ...summary } = snapshot;
        return { ...summary, id };
      });
    },

    /** Newest first, without their payloads. */
    list: () =>
      guard(async () => {
        const all = await (await db).getAll('snapshots');
        return all.reverse().map(({ backup: _backup, ...summary }) => summary as SnapshotSummary);
      }),

    latest: () =>
      guard(async () => {
        const cursor = await (await db).transaction('snapshots').store.openCursor(null, 'prev');
        if (!cursor) return undefined;
        const { backup: _backup, ...summary } = cursor.value;
        return summary as SnapshotSummary;
      }),

    get: (id: number) => guard(async () => (await db).get('snapshots', id)),
  };
}
