import { outboxSize, type TeamFailureCode } from '../../core/team/team-connection.ts';
import type { DigestStore, ReadTx } from '../../storage/digest-store.ts';
import { teamRecords } from '../../storage/team-records.ts';

/** What the views say about the team: never the token. */
export type TeamStatus =
  | { connected: false }
  | { connected: true; url: string; author: string; postsDir: string; lastSync: string | null; lastError: TeamFailureCode | null; waiting: number };

export async function teamStatusIn(tx: ReadTx): Promise<TeamStatus> {
  const connection = await teamRecords(tx).connection();
  if (!connection) return { connected: false };
  const [sync, outbox] = await Promise.all([teamRecords(tx).syncState(), teamRecords(tx).outbox()]);
  return { connected: true, url: connection.url, author: connection.author, postsDir: connection.postsDir, lastSync: sync.lastSync, lastError: sync.lastError, waiting: outboxSize(outbox) };
}

export function readTeamStatus(store: DigestStore): Promise<TeamStatus> {
  return store.read(teamStatusIn);
}
