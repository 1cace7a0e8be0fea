import type { Snapshot } from '../storage/schema.ts';
import type { DigestStore, SnapshotSummary } from '../storage/digest-store.ts';

const DAY_MS = 86_400_000;

/** A backup kept inside the extension at least once a day while items change. */
export function takeDailySnapshot(store: DigestStore, now: Date): Promise<SnapshotSummary | undefined> {
  return store.write(async (tx) => {
    const latest = await tx.snapshots.latest();
    if (latest && now.getTime() - Date.parse(latest.takenAt) < DAY_MS) return undefined;
    return tx.snapshots.take('daily', now);
  });
}

export function readSnapshot(store: DigestStore, id: number): Promise<Snapshot | undefined> {
  return store.read((tx) => tx.snapshots.get(id));
}
