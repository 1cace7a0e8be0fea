import type { RestoreMode, RestoreReport } from '../../core/backup/restore-plan.ts';
import { useT } from '../translate-context.ts';

export interface SnapshotRow {
  id: number;
  takenAt: string;
  reason: 'publish' | 'daily' | 'before-restore' | 'before-import';
  issueCount: number;
  itemCount: number;
}

interface BackupPanelProps {
  snapshots: readonly SnapshotRow[];
  formatTime: (iso: string) => string;
  restore: { fileName: string; mode: RestoreMode; report: RestoreReport } | undefined;
  restoreError: string | undefined;
  busy: boolean;
  onBackup: () => void;
  onRestoreFile: (file: File) => void;
  onRestoreMode: (mode: RestoreMode) => void;
  onApplyRestore: () => void;
  onCancelRestore: () => void;
  onDownloadSnapshot: (id: number) => void;
}

const REASON_KEY = {
  publish: 'snapshotReasonPublish',
  daily: 'snapshotReasonDaily',
  'before-restore': 'snapshotReasonBeforeRestore',
  'before-import': 'snapshotReasonBeforeImport',
} as const;

export function BackupPanel(props: BackupPanelProps) {
  const t = useT();
  const { restore } = props;
  const latest = props.snapshots[0];
  return (
    <div>
      <p>{t('backupIntro')}</p>
      <div class="row">
        <button type="button" class="primary" disabled={props.busy} onClick={props.onBackup}>
          {t('buttonBackup')}
        </button>
        <input
          id="restore-file"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) props.onRestoreFile(file);
          }}
        />
        <label for="restore-file" class="button-like">
          {t('restorePicker')}
        </label>
      </div>
      <p class="notice notice-warning">{t('uninstallWarning')}</p>
      {props.restoreError ? (
        <div class="notice notice-error" role="alert">
          {props.restoreError}
        </div>
      ) : null}
      {restore ? (
        <div class="preview-box" role="region" aria-label={t('restorePreview', restore.fileName)}>
          <p>{t('restorePreview', restore.fileName)}</p>
          <div class="check">
            <input id="restore-merge" type="radio" name="restore-mode" checked={restore.mode === 'merge'} onChange={() => props.onRestoreMode('merge')} />
            <label for="restore-merge">{t('restoreModeMerge')}</label>
          </div>
          <div class="check">
            <input id="restore-replace" type="radio" name="restore-mode" checked={restore.mode === 'replace'} onChange={() => props.onRestoreMode('replace')} />
            <label for="restore-replace">{t('restoreModeReplace')}</label>
          </div>
          <ul>
            <li>{t('restoreIssues', [restore.report.issuesAdded, restore.report.issuesReplaced, restore.report.issuesRemoved])}</li>
            <li>{t('restoreItems', [restore.report.itemsAdded, restore.report.itemsUpdated, restore.report.itemsRemoved, restore.report.itemsSkipped])}</li>
            <li>{restore.mode === 'replace' ? t('restoreTemplateReplaced') : t('restoreTemplateMerged')}</li>
          </ul>
          <div class="actions">
            <button type="button" class="secondary" onClick={props.onCancelRestore}>
              {t('buttonCancel')}
            </button>
            <button type="button" class="primary" disabled={props.busy} onClick={props.onApplyRestore}>
              {t('buttonRestore')}
            </button>
          </div>
        </div>
      ) : null}
      <h3>{t('snapshotsHeading')}</h3>
      <p class="hint">{latest ? t('snapshotLast', props.formatTime(latest.takenAt)) : t('snapshotNone')}</p>
      <ul class="snapshots">
        {props.snapshots.map((s) => {
          const time = props.formatTime(s.takenAt);
          return (
            <li key={s.id} class="row">
              <span class="grow">{t('snapshotRow', [time, t(REASON_KEY[s.reason]), s.issueCount, s.itemCount])}</span>
              <button type="button" class="secondary small" aria-label={t('buttonDownloadSnapshot', time)} onClick={() => props.onDownloadSnapshot(s.id)}>
                ⤓
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
