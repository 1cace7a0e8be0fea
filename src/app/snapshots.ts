import type { Snapshot } from '../storage/schema.ts';
import type { DigestStore, SnapshotSummary } from '../storage/digest-store.ts';

const DAY_MS = 86_400_000;

/** Whether the latest snapshot is a day old or more (or there is none). */
function due(latest: SnapshotSummary | undefined, now: Date): boolean {
  return latest === undefined || now.getTime() - Date.parse(latest.takenAt) >= DAY_MS;
}

/** Whether a daily snapshot would be taken now: read from the snapshots' summaries alone. */
export async function dailySnapshotDue(store: DigestStore, now: Date): Promise<boolean> {
  return due(await store.read((tx) => tx.snapshots.latest()), now);
}

/** A backup kept inside the extension at least once a day while items change. */
export function takeDailySnapshot(store: DigestStore, now: Date): Promise<SnapshotSummary | undefined> {
  return store.write(async (tx) => (due(await tx.snapshots.latest(), now) ? tx.snapshots.take('daily', now) : undefined));
}

export function readSnapshot(store: DigestStore, id: number): Promise<Snapshot | undefined> {
  return store.read((tx) => tx.snapshots.get(id));
}
