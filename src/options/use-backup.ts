import { useState } from 'preact/hooks';
import { createBackup, type Backup } from '../core/backup.ts';
import { parseBackup } from '../core/backup-schema.ts';
import type { Translate } from '../core/message-keys.ts';
import { planRestore, type RestoreMode, type RestoreReport } from '../core/restore-plan.ts';
import { downloadText } from '../platform/download.ts';
import { readFullState, writeFullState } from '../storage/digest-state.ts';
import type { Repos } from '../storage/repos.ts';
import { refreshSuggestionModel } from '../storage/suggestion-model-refresh.ts';

export interface BackupDeps {
  repos: Repos;
  t: Translate;
  now: () => Date;
  changed: () => Promise<void>;
  toast: (text: string) => void;
  fail: (e: unknown) => void;
}

const fileStamp = (now: Date): string => now.toISOString().slice(0, 19).replace(/[:T]/g, '-');

/** Back up, restore (checked, previewed, one transaction) and the snapshots kept inside. */
export function useBackup({ repos, t, now, changed, toast, fail }: BackupDeps) {
  const [restore, setRestore] = useState<{ fileName: string; backup: Backup; mode: RestoreMode; report: RestoreReport } | undefined>();
  const [restoreError, setRestoreError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const preview = async (fileName: string, backup: Backup, mode: RestoreMode): Promise<void> => {
    const current = await readFullState(repos.db);
    setRestore({ fileName, backup, mode, report: planRestore(current, backup, mode).report });
  };

  return {
    restore,
    restoreError,
    busy,
    async backup(): Promise<void> {
      try {
        const state = await readFullState(repos.db);
        downloadText(`digest-clipper-backup-${fileStamp(now())}.json`, JSON.stringify(createBackup(state, now()), null, 2), 'application/json');
      } catch (e) {
        fail(e);
      }
    },
    async chooseFile(file: File): Promise<void> {
      setRestore(undefined);
      setRestoreError(undefined);
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) {
        setRestoreError(t('restoreError', parsed.error.message));
        return;
      }
      try {
        await preview(file.name, parsed.value, 'merge');
      } catch (e) {
        fail(e);
      }
    },
    async setMode(mode: RestoreMode): Promise<void> {
      if (restore) await preview(restore.fileName, restore.backup, mode);
    },
    cancel: () => setRestore(undefined),
    async apply(): Promise<void> {
      if (!restore) return;
      setBusy(true);
      try {
        await repos.snapshots.take('before-restore', now());
        const current = await readFullState(repos.db);
        await writeFullState(repos.db, planRestore(current, restore.backup, restore.mode).state);
        await refreshSuggestionModel(repos.db);
        setRestore(undefined);
        toast(t('toastRestored'));
        await changed();
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
      }
    },
    async downloadSnapshot(id: number): Promise<void> {
      try {
        const snapshot = await repos.snapshots.get(id);
        if (snapshot) downloadText(`digest-clipper-snapshot-${fileStamp(new Date(snapshot.takenAt))}.json`, JSON.stringify(snapshot.backup, null, 2), 'application/json');
      } catch (e) {
        fail(e);
      }
    },
  };
}
