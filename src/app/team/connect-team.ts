import { EMPTY_OUTBOX, type TeamConnection } from '../../core/team/team-connection.ts';
import { TEAM_BRANCH } from '../../core/team/team-state.ts';
import type { DigestStore } from '../../storage/digest-store.ts';
import { readTeamFiles, startBranch } from './apply-to-branch.ts';
import { syncTeam, type SyncOutcome, type TeamDeps } from './sync-team.ts';
import { teamRecords } from '../../storage/team-records.ts';

export type ConnectOutcome = { outcome: 'connected'; started: boolean; sync: SyncOutcome };

/**
 * Joins a team's repository: a branch that is there must be a digest's (anything else is refused
 * and nothing is saved); with none, this browser's format and archive start it. The connection is
 * kept only once the repository answered with the token; the queue this browser had is sent to
 * the shared issue by the first sync, so nothing of it is lost.
 */
export async function connectTeam(store: DigestStore, connection: TeamConnection, deps: TeamDeps): Promise<ConnectOutcome> {
  const remote = deps.remoteFor(connection);
  const branch = await remote.read(TEAM_BRANCH);
  let started = false;
  let issueKeys: string[] = [];
  if (branch) issueKeys = [...readTeamFiles(branch.files).issues.keys()];
  else {
    const { template, issues } = await store.read(async (tx) => ({ template: await tx.meta.template(), issues: await tx.issues.list() }));
    await startBranch(remote, { template, issues: new Map(issues.map((i) => [i.key, i])), items: new Map() }, connection.author);
    issueKeys = issues.map((i) => i.key);
    started = true;
  }
  const at = deps.now().toISOString();
  await store.write(
    async (tx) => {
      const queue = await tx.items.queue();
      await teamRecords(tx).setConnection(connection);
      await teamRecords(tx).setSyncState({ base: {}, issueKeys, lastSync: null, lastError: null });
      await teamRecords(tx).setOutbox({ ...EMPTY_OUTBOX, items: Object.fromEntries(queue.map((item) => [item.id, at])) });
    },
    { fromTeam: true },
  );
  return { outcome: 'connected', started, sync: await syncTeam(store, deps) };
}

/** Leaves the team: this browser keeps its digest as it is and stops sending and receiving. */
export function disconnectTeam(store: DigestStore): Promise<void> {
  return store.write((tx) => teamRecords(tx).forget(), { fromTeam: true });
}
