import type { TeamConnection, TeamOutbox, TeamSyncState } from '../core/team/team-connection.ts';
import type { ReadTx, WriteTx } from './digest-store.ts';

/**
 * The team's records in a transaction: the connection (token included), the sync state and the
 * outbox. Apart from the store so that what only a team needs stays off the popup's capture path.
 */
function reads(tx: ReadTx) {
  return {
    connection: (): Promise<TeamConnection | undefined> => tx.meta.get('team'),
    syncState: async (): Promise<TeamSyncState> => (await tx.meta.get('teamSync')) ?? { base: {}, issueKeys: [], lastSync: null, lastError: null },
    outbox: async (): Promise<TeamOutbox> => (await tx.meta.get('teamOutbox')) ?? { items: {}, issues: {} },
  };
}

function writes(tx: WriteTx) {
  return {
    ...reads(tx),
    setConnection: (connection: TeamConnection) => tx.meta.put('team', connection),
    setSyncState: (state: TeamSyncState) => tx.meta.put('teamSync', state),
    setOutbox: (outbox: TeamOutbox) => tx.meta.put('teamOutbox', outbox),
    /** Leaves the team: the connection, token and sync records go; the digest stays. */
    forget: async (): Promise<void> => {
      await Promise.all((['team', 'teamSync', 'teamOutbox'] as const).map((key) => tx.meta.remove(key)));
    },
  };
}

export function teamRecords(tx: WriteTx): ReturnType<typeof writes>;
export function teamRecords(tx: ReadTx): ReturnType<typeof reads>;
export function teamRecords(tx: ReadTx | WriteTx) {
  // A read transaction is the same object typed without its writes; the overloads keep it so.
  return writes(tx as WriteTx);
}
