import type { Issue } from '../../core/model/issue.ts';
import type { Item } from '../../core/model/item.ts';
import { opsFromOutbox } from '../../core/team/outbox-ops.ts';
import { outboxSize, type TeamConnection, type TeamFailureCode, type TeamOutbox } from '../../core/team/team-connection.ts';
import { isAlive, type TeamState } from '../../core/team/team-state.ts';
import type { DigestStore, WriteTx } from '../../storage/digest-store.ts';
import { applyToBranch } from './apply-to-branch.ts';
import { teamFailureCode } from './team-failure-code.ts';
import type { TeamRemote } from './team-remote.ts';
import { teamRecords } from '../../storage/team-records.ts';

export interface TeamDeps {
  /** The remote for a connection (the background's is isomorphic-git over fetch). */
  remoteFor: (connection: TeamConnection) => TeamRemote;
  now: () => Date;
  /** A pause before replaying onto a branch that moved meanwhile. */
  wait: (attempt: number) => Promise<void>;
}

export type SyncOutcome =
  | { outcome: 'synced'; sent: number; at: string }
  | { outcome: 'not-connected' }
  | { outcome: 'failed'; code: TeamFailureCode; waiting: number };

/**
 * Sends this browser's waiting changes to the team's branch and takes in everyone else's. The
 * outbox is cleared only of what the branch now holds, in the same transaction that merges the
 * branch in; a change made meanwhile keeps its mark and wins over the branch until it is sent.
 * A failure (offline, a refused token) leaves everything waiting and is recorded for the views.
 */
export async function syncTeam(store: DigestStore, deps: TeamDeps): Promise<SyncOutcome> {
  const read = await store.read(async (tx) => {
    const connection = await teamRecords(tx).connection();
    if (!connection) return undefined;
    const [outbox, sync, template] = await Promise.all([teamRecords(tx).outbox(), teamRecords(tx).syncState(), tx.meta.template()]);
    const ids = Object.keys(outbox.items);
    const keys = Object.keys(outbox.issues);
    const [items, issues] = await Promise.all([Promise.all(ids.map((id) => tx.items.get(id))), Promise.all(keys.map((key) => tx.issues.get(key)))]);
    return {
      connection,
      outbox,
      sync,
      subjects: { items: new Map(ids.map((id, i) => [id, items[i]])), issues: new Map(keys.map((key, i) => [key, issues[i]])), template },
    };
  });
  if (!read) return { outcome: 'not-connected' };
  const { connection, outbox, sync } = read;
  const ops = opsFromOutbox(outbox, read.subjects, sync.base, sync.issueKeys, connection.author);
  let state: TeamState;
  try {
    state = await applyToBranch(deps.remoteFor(connection), ops, { message: commitMessage(connection.author, ops.length), author: connection.author }, deps.wait);
  } catch (e) {
    const code = teamFailureCode(e);
    if (!code) throw e;
    await store.write(async (tx) => teamRecords(tx).setSyncState({ ...(await teamRecords(tx).syncState()), lastError: code }), { fromTeam: true });
    return { outcome: 'failed', code, waiting: outboxSize(outbox) };
  }
  const at = deps.now().toISOString();
  await store.write((tx) => mergeBranch(tx, state, outbox, at), { fromTeam: true });
  return { outcome: 'synced', sent: ops.length, at };
}

function commitMessage(author: string, changes: number): string {
  return changes === 0 ? 'Digest Clipper: sync' : `Digest Clipper: ${author || 'an editor'} sends ${changes} change${changes === 1 ? '' : 's'}`;
}

/** What was sent leaves the outbox; what changed while it was sent stays, and wins locally. */
function pendingAfter(now: TeamOutbox, sent: TeamOutbox): TeamOutbox {
  const left = (marks: Record<string, string>, done: Record<string, string>) => Object.fromEntries(Object.entries(marks).filter(([k, at]) => done[k] !== at));
  return {
    items: left(now.items, sent.items),
    issues: left(now.issues, sent.issues),
    ...(now.template && now.template !== sent.template ? { template: now.template } : {}),
  };
}

async function mergeBranch(tx: WriteTx, state: TeamState, sent: TeamOutbox, at: string): Promise<void> {
  const [outboxNow, sync, queue, template] = await Promise.all([teamRecords(tx).outbox(), teamRecords(tx).syncState(), tx.items.queue(), tx.meta.template()]);
  const pending = pendingAfter(outboxNow, sent);
  const alive = [...state.items.values()].filter((t) => isAlive(t) && !(t.id in pending.items));
  const held = await Promise.all(alive.map((t) => tx.items.get(t.id)));
  const writes: Promise<unknown>[] = [];
  alive.forEach((t, i) => {
    const item: Item = { id: t.id, capturedAt: t.capturedAt, ...t.item, author: t.author };
    if (JSON.stringify(held[i]) !== JSON.stringify(item)) writes.push(tx.items.put(item));
  });
  // Deletes are tombstones: a queued item the branch holds as deleted was deleted by another
  // editor. One the branch does not hold at all was lost to a forced push: it is sent again.
  const aliveIds = new Set(alive.map((t) => t.id));
  for (const item of queue) {
    if (aliveIds.has(item.id) || item.id in pending.items) continue;
    const there = state.items.get(item.id);
    if (there) writes.push(tx.items.delete(item.id));
    else pending.items[item.id] = at;
  }
  for (const [key, issue] of state.issues) {
    if (key in pending.issues) continue;
    writes.push(putIfChanged(tx, issue));
  }
  for (const key of sync.issueKeys) if (!state.issues.has(key) && !(key in pending.issues)) writes.push(tx.issues.delete(key));
  if (state.template && !pending.template && JSON.stringify(state.template) !== JSON.stringify(template)) writes.push(tx.meta.setTemplate(state.template));
  await Promise.all(writes);
  await teamRecords(tx).setOutbox(pending);
  await teamRecords(tx).setSyncState({ base: Object.fromEntries(state.items), issueKeys: [...state.issues.keys()], lastSync: at, lastError: null });
}

async function putIfChanged(tx: WriteTx, issue: Issue): Promise<void> {
  const held = await tx.issues.get(issue.key);
  if (JSON.stringify(held) !== JSON.stringify(issue)) await tx.issues.put(issue);
}
