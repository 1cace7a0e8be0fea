import { readPublishedIssue } from '../app/read-export.ts';
import { connectTeam, disconnectTeam } from '../app/team/connect-team.ts';
import { pushPost } from '../app/team/push-post.ts';
import { readTeamStatus } from '../app/team/read-team-status.ts';
import { syncTeam, type SyncOutcome, type TeamDeps } from '../app/team/sync-team.ts';
import { teamFailureCode } from '../app/team/team-failure-code.ts';
import type { MessageMap } from '../core/contracts/messages.ts';
import { checkRepositoryUrl, outboxSize } from '../core/team/team-connection.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { teamRecords } from '../storage/team-records.ts';

export const TEAM_ALARM = 'team-sync';

type Reply<K extends keyof MessageMap> = MessageMap[K]['response'];

export interface TeamHandlerDeps {
  store: DigestStore;
  team: TeamDeps;
  ensureAlarm: (name: string, periodInMinutes: number) => Promise<void>;
  clearAlarm: (name: string) => Promise<void>;
  broadcastQueueChanged: () => Promise<void>;
  syncBadge: () => Promise<void>;
}

/**
 * The team's work in the service worker: syncs run one at a time (a change while one runs asks
 * for one more, never for many), after every local change, every minute while connected, and on
 * the editor's "Sync now". A worker stopped mid-sync loses nothing: the outbox is in the database.
 */
export function createTeamHandlers(deps: TeamHandlerDeps) {
  const { store } = deps;
  let tail: Promise<unknown> = Promise.resolve();
  let waiting: Promise<SyncOutcome> | undefined;

  const runSync = async (): Promise<SyncOutcome> => {
    let outcome = await syncTeam(store, deps.team);
    // What a forced push lost is marked again by the sync itself: send it at once.
    if (outcome.outcome === 'synced' && outboxSize(await store.read((tx) => teamRecords(tx).outbox())) > 0) outcome = await syncTeam(store, deps.team);
    if (outcome.outcome !== 'not-connected') {
      await deps.syncBadge();
      await deps.broadcastQueueChanged();
    }
    return outcome;
  };

  const sync = (): Promise<SyncOutcome> => {
    if (waiting) return waiting;
    const next = tail.then(() => {
      waiting = undefined;
      return runSync();
    });
    waiting = next;
    tail = next.catch(() => undefined);
    return next;
  };

  return {
    sync,
    async startup(): Promise<void> {
      if ((await readTeamStatus(store)).connected) await deps.ensureAlarm(TEAM_ALARM, 1);
    },
    async changed(): Promise<void> {
      if ((await readTeamStatus(store)).connected) await sync();
    },
    async connect(request: MessageMap['teamConnect']['request']): Promise<Reply<'teamConnect'>> {
      const url = checkRepositoryUrl(request.url);
      if (!url.ok) return { outcome: 'failed', code: 'bad-url' };
      try {
        const done = await connectTeam(store, { url: url.url, token: request.token, author: request.author.trim(), postsDir: request.postsDir.trim() || '_posts' }, deps.team);
        await deps.ensureAlarm(TEAM_ALARM, 1);
        await deps.syncBadge();
        await deps.broadcastQueueChanged();
        return { outcome: 'done', started: done.started };
      } catch (e) {
        const code = teamFailureCode(e);
        if (!code) throw e;
        return { outcome: 'failed', code };
      }
    },
    async syncNow(): Promise<Reply<'teamSync'>> {
      const outcome = await sync();
      if (outcome.outcome === 'synced') return { outcome: 'done', sent: outcome.sent, at: outcome.at };
      return { outcome: 'failed', code: outcome.outcome === 'failed' ? outcome.code : 'not-connected' };
    },
    async disconnect(): Promise<void> {
      await tail;
      await disconnectTeam(store);
      await deps.clearAlarm(TEAM_ALARM);
      await deps.syncBadge();
    },
    async pushPost(request: MessageMap['teamPushPost']['request']): Promise<Reply<'teamPushPost'>> {
      const connection = await store.read((tx) => teamRecords(tx).connection());
      if (!connection) return { outcome: 'failed', code: 'not-connected' };
      const exported = await readPublishedIssue(store, request.key);
      if (!exported) return { outcome: 'failed', code: 'nothing-published' };
      try {
        // The archive first, so the shared branch says the issue is out before its post is.
        await sync();
        const pushed = await pushPost(deps.team.remoteFor(connection), connection, { key: request.key, markdown: exported.markdown, fileName: exported.issue.fileName });
        return { outcome: 'done', branch: pushed.branch, compareUrl: pushed.compareUrl };
      } catch (e) {
        const code = teamFailureCode(e);
        if (!code) throw e;
        return { outcome: 'failed', code };
      }
    },
  };
}
