import { useState } from 'preact/hooks';
import type { TeamStatus } from '../../app/team/read-team-status.ts';
import { Notice } from '../notice.tsx';
import { useT } from '../translate-context.ts';

/** What the editor types to join a team; kept here until it is used, so a failed connect loses nothing. */
export interface TeamFields {
  url: string;
  token: string;
  author: string;
  postsDir: string;
}

interface TeamPanelProps {
  status: TeamStatus;
  busy: boolean;
  /** The last team action's failure, worded. */
  error: string | undefined;
  formatTime: (iso: string) => string;
  onConnect: (fields: TeamFields) => void;
  onSync: () => void;
  onDisconnect: () => void;
}

/** Joining a team's repository, and the connection once joined. The token is never shown back. */
export function TeamPanel({ status, busy, error, formatTime, onConnect, onSync, onDisconnect }: TeamPanelProps) {
  const t = useT();
  const [fields, setFields] = useState<TeamFields>({ url: '', token: '', author: '', postsDir: '_posts' });
  const set = (patch: Partial<TeamFields>) => setFields((f) => ({ ...f, ...patch }));
  const errorNotice = error ? <Notice tone="error">{error}</Notice> : null;
  if (status.connected) {
    return (
      <>
        <p>{t('teamConnected', [status.url, status.author])}</p>
        <p class="hint" role="status">
          {status.lastSync ? t('teamLastSync', formatTime(status.lastSync)) : t('teamNeverSynced')}
          {status.waiting > 0 ? ` · ${t('teamWaiting', status.waiting)}` : ''}
        </p>
        {errorNotice}
        <div class="actions actions-start">
          <button type="button" class="primary" id="team-sync" disabled={busy} onClick={onSync}>
            {t('buttonSyncNow')}
          </button>
          <button type="button" id="team-disconnect" disabled={busy} onClick={onDisconnect}>
            {t('buttonDisconnect')}
          </button>
        </div>
      </>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onConnect(fields);
      }}
    >
      <p class="hint">{t('teamIntro')}</p>
      <div class="field">
        <label for="team-url">{t('fieldTeamUrl')}</label>
        <input id="team-url" type="url" required placeholder={t('teamUrlPlaceholder')} value={fields.url} onInput={(e) => set({ url: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="team-token">{t('fieldTeamToken')}</label>
        <input id="team-token" type="password" required autocomplete="off" aria-describedby="team-token-hint" value={fields.token} onInput={(e) => set({ token: e.currentTarget.value })} />
        <p class="hint" id="team-token-hint">
          {t('teamTokenHint')}
        </p>
      </div>
      <div class="field field-narrow">
        <label for="team-author">{t('fieldTeamAuthor')}</label>
        <input id="team-author" required value={fields.author} onInput={(e) => set({ author: e.currentTarget.value })} />
      </div>
      <div class="field field-narrow">
        <label for="team-posts">{t('fieldTeamPosts')}</label>
        <input id="team-posts" value={fields.postsDir} onInput={(e) => set({ postsDir: e.currentTarget.value })} />
      </div>
      {errorNotice}
      <div class="actions actions-start">
        <button type="submit" class="primary" id="team-connect" disabled={busy}>
          {t('buttonConnect')}
        </button>
      </div>
    </form>
  );
}
