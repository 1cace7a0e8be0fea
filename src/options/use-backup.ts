import { useState } from 'preact/hooks';
import { applyRestore, previewRestore, readBackup } from '../app/restore-backup.ts';
import { readSnapshot } from '../app/snapshots.ts';
import type { Backup } from '../core/backup/backup.ts';
import { parseBackup } from '../core/backup/backup-schema.ts';
import type { RestoreMode, RestoreReport } from '../core/backup/restore-plan.ts';
import type { Translate } from '../core/contracts/text-keys.ts';
import { say } from '../core/contracts/wording.ts';
import { backupProblemWording } from '../core/contracts/problem-wording.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import type { Action } from '../ui/use-action.ts';

export interface BackupDeps {
  store: DigestStore;
  t: Translate;
  action: Action;
  now: () => Date;
  changed: () => Promise<void>;
  toast: (text: string) => void;
  downloadText: (fileName: string, text: string, type?: string) => void;
}

const fileStamp = (now: Date): string => now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
const JSON_TYPE = 'application/json';

/** Back up, restore (checked, previewed, one transaction) and the snapshots kept inside. */
export function useBackup({ store, t, action, now, changed, toast, downloadText }: BackupDeps) {
  const [restore, setRestore] = useState<{ fileName: string; backup: Backup; mode: RestoreMode; report: RestoreReport } | undefined>();
  const [restoreError, setRestoreError] = useState<string | undefined>();

  const preview = async (fileName: string, backup: Backup, mode: RestoreMode): Promise<void> => {
    setRestore({ fileName, backup, mode, report: await previewRestore(store, backup, mode) });
  };

  return {
    restore,
    restoreError,
    backup: () =>
      action.run(async () => {
        const at = now();
        downloadText(`digest-clipper-backup-${fileStamp(at)}.json`, JSON.stringify(await readBackup(store, at), null, 2), JSON_TYPE);
      }),
    chooseFile: (file: { name: string; text: () => Promise<string> }) =>
      action.run(async () => {
        setRestore(undefined);
        setRestoreError(undefined);
        const parsed = parseBackup(await file.text());
        if (!parsed.ok) {
          setRestoreError(t('restoreError', say(t, backupProblemWording(parsed.error))));
          return;
        }
        await preview(file.name, parsed.value, 'merge');
      }),
    setMode: (mode: RestoreMode) => {
      if (!restore) return Promise.resolve();
      // The choice shows at once; its preview follows when worked out.
      setRestore({ ...restore, mode });
      return action.run(() => preview(restore.fileName, restore.backup, mode));
    },
    cancel: () => setRestore(undefined),
    apply: () =>
      action.run(async () => {
        if (!restore) return;
        await applyRestore(store, restore.backup, restore.mode, now());
        setRestore(undefined);
        toast(t('toastRestored'));
        await changed();
      }),
    downloadSnapshot: (id: number) =>
      action.run(async () => {
        const snapshot = await readSnapshot(store, id);
        if (snapshot) downloadText(`digest-clipper-snapshot-${fileStamp(new Date(snapshot.takenAt))}.json`, JSON.stringify(snapshot.backup, null, 2), JSON_TYPE);
      }),
  };
}
