import { useCallback, useEffect, useState } from 'preact/hooks';
import { readTeamStatus, type TeamStatus } from '../app/team/read-team-status.ts';
import type { TeamReply } from '../core/contracts/messages.ts';
import type { Translate } from '../core/contracts/text-keys.ts';
import { say } from '../core/contracts/wording.ts';
import { teamFailureWording } from '../core/contracts/team-wording.ts';
import type { DigestStore } from '../storage/digest-store.ts';

/** What the queue's team bar needs from the worker. */
export interface TeamSyncPort {
  sync: () => Promise<TeamReply<{ sent: number; at: string }> | undefined>;
}

interface TeamDeps {
  store: DigestStore;
  t: Translate;
  port: TeamSyncPort;
  toast: (text: string) => void;
  revision: number;
  /** Only the Queue tab shows the team: nothing is read before it opens. */
  active: boolean;
}

/** A sync younger than this is fresh enough for a queue just opened. */
const FRESH_MS = 30_000;

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', month: 'short', day: 'numeric' });

/** The team's state for the queue view, and "Sync now". */
export function useTeam({ store, t, port, toast, revision, active }: TeamDeps) {
  const [status, setStatus] = useState<TeamStatus | undefined>();
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => {
    const read = await readTeamStatus(store).catch(() => undefined);
    setStatus(read);
    return read;
  }, [store]);
  useEffect(() => {
    if (active) void load();
  }, [active, load, revision]);
  // Opening the queue brings the others' latest, quietly, unless a sync just ran.
  useEffect(() => {
    if (!active) return;
    void load().then((read) => {
      if (read?.connected && (!read.lastSync || Date.now() - Date.parse(read.lastSync) > FRESH_MS)) void port.sync().then(load);
    });
  }, [active, load, port]);
  return {
    status,
    busy,
    formatTime: (iso: string) => timeFormat.format(new Date(iso)),
    sync: async () => {
      setBusy(true);
      try {
        const reply = (await port.sync()) ?? { outcome: 'failed', code: 'unreachable' };
        toast(reply.outcome === 'done' ? t('toastSynced') : say(t, teamFailureWording(reply.code)));
      } finally {
        setBusy(false);
        await load();
      }
    },
  };
}
