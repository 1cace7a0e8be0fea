import type { TeamStatus } from '../app/team/read-team-status.ts';
import { say } from '../core/contracts/wording.ts';
import { teamFailureWording } from '../core/contracts/team-wording.ts';
import { useT } from './translate-context.ts';

interface TeamBarProps {
  status: TeamStatus;
  busy: boolean;
  formatTime: (iso: string) => string;
  onSync: () => void;
}

/** Above a team's queue: when it last synced, what waits to be sent and why, and "Sync now". */
export function TeamBar({ status, busy, formatTime, onSync }: TeamBarProps) {
  const t = useT();
  if (!status.connected) return null;
  const parts = [status.lastSync ? t('teamLastSync', formatTime(status.lastSync)) : t('teamNeverSynced')];
  if (status.waiting > 0) parts.push(t('teamWaiting', status.waiting));
  return (
    <div class={`team-bar${status.lastError ? ' team-bar-error' : ''}`}>
      <p class="team-bar-text" role="status">
        <span>{parts.join(' · ')}</span>
        {status.lastError ? <span class="team-bar-why">{say(t, teamFailureWording(status.lastError))}</span> : null}
      </p>
      <button type="button" id="team-sync-now" disabled={busy} onClick={onSync}>
        {t('buttonSyncNow')}
      </button>
    </div>
  );
}
