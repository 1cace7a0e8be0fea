import { useState } from 'preact/hooks';
import type { TeamStatus } from '../app/team/read-team-status.ts';
import type { MessageMap, TeamReply } from '../core/contracts/messages.ts';
import type { Translate } from '../core/contracts/text-keys.ts';
import { say } from '../core/contracts/wording.ts';
import { teamFailureWording } from '../core/contracts/team-wording.ts';
import { checkRepositoryUrl, type TeamFailureCode } from '../core/team/team-connection.ts';
import { TeamPanel, type TeamFields } from '../ui/options/team-panel.tsx';

/** What the Team section needs from the browser: the host permission, and the worker that talks git. */
export interface TeamPorts {
  requestAccess: (origins: string) => Promise<boolean>;
  connect: (request: MessageMap['teamConnect']['request']) => Promise<TeamReply<{ started: boolean }> | undefined>;
  sync: () => Promise<TeamReply<{ sent: number; at: string }> | undefined>;
  disconnect: () => Promise<void>;
}

interface TeamSectionProps {
  status: TeamStatus;
  ports: TeamPorts;
  t: Translate;
  formatTime: (iso: string) => string;
  changed: () => void;
  toast: (text: string) => void;
}

/** Options › Team: join the team's repository, see how syncing goes, leave. */
export function TeamSection({ status, ports, t, formatTime, changed, toast }: TeamSectionProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const fail = (code: TeamFailureCode) => setError(say(t, teamFailureWording(code)));

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } finally {
      setBusy(false);
      changed();
    }
  };

  const connect = (fields: TeamFields) => {
    setError(undefined);
    const url = checkRepositoryUrl(fields.url);
    if (!url.ok) return fail('bad-url');
    if (!fields.author.trim()) return setError(t('teamAuthorNeeded'));
    // The browser asks for the repository's site only in answer to the click: ask first.
    const access = ports.requestAccess(url.origins);
    void run(async () => {
      if (!(await access)) return fail('permission-refused');
      const reply = (await ports.connect({ url: url.url, token: fields.token, author: fields.author, postsDir: fields.postsDir })) ?? { outcome: 'failed', code: 'unreachable' };
      if (reply.outcome === 'failed') return fail(reply.code);
      toast(t(reply.started ? 'teamStarted' : 'teamJoined'));
    });
  };

  return (
    <section id="team" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('navTeam')}</h2>
      <TeamPanel
        status={status}
        busy={busy}
        error={error ?? (status.connected && status.lastError ? say(t, teamFailureWording(status.lastError)) : undefined)}
        formatTime={formatTime}
        onConnect={connect}
        onSync={() =>
          void run(async () => {
            const reply = (await ports.sync()) ?? { outcome: 'failed', code: 'unreachable' };
            if (reply.outcome === 'failed') fail(reply.code);
            else toast(t('toastSynced'));
          })
        }
        onDisconnect={() =>
          void run(async () => {
            await ports.disconnect();
            toast(t('teamDisconnected'));
          })
        }
      />
    </section>
  );
}
