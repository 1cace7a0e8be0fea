import { useCallback, useEffect, useState } from 'preact/hooks';
import { changeOpenIssue } from '../app/digest-settings.ts';
import { publishNextIssue } from '../app/publish-issue.ts';
import { readExport, type ExportView } from '../app/queries.ts';
import { removeTracking } from '../app/queue-edits.ts';
import type { Translate } from '../core/contracts/text-keys.ts';
import type { IssueKey } from '../core/model/issue-key.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import type { ExportPlanPatch } from '../ui/export-panel.tsx';
import { useAction } from '../ui/use-action.ts';

/** What the export needs from the browser: the clipboard and a download. */
export interface ExportPorts {
  copyText: (text: string) => Promise<boolean>;
  downloadText: (fileName: string, text: string) => void;
}

export interface ExportDeps extends ExportPorts {
  store: DigestStore;
  t: Translate;
  now: () => Date;
  today: () => string;
  onQueueChanged: () => void;
  /** The issue now open, after a publish. */
  onPublished: (openIssue: IssueKey) => void;
  toast: (text: string) => void;
  revision: number;
}

/** The export view: the next issue from the queue, its checks, copy, download and publish. */
export function useExport(deps: ExportDeps) {
  const { store, t, now, today, onQueueChanged, onPublished, toast, revision } = deps;
  const [view, setView] = useState<ExportView | undefined>();
  const action = useAction(t);
  const { fail } = action;

  const load = useCallback(async () => {
    try {
      setView(await readExport(store, today()));
    } catch (e) {
      fail(e);
    }
  }, [store, today, fail]);

  useEffect(() => {
    void load();
  }, [load, revision]);

  const act = async (work: () => Promise<unknown>): Promise<void> => {
    await action.run(work);
    await load();
  };

  return {
    view,
    busy: action.busy,
    error: action.error,
    changePlan: (patch: ExportPlanPatch) => act(() => changeOpenIssue(store, patch)),
    removeTracking: (itemId: string, url: string) =>
      act(async () => {
        await removeTracking(store, itemId, url);
        onQueueChanged();
      }),
    copy: async () => {
      if (!view) return;
      toast(t((await deps.copyText(view.exported.markdown)) ? 'toastCopied' : 'toastCopyFailed'));
    },
    download: () => {
      if (!view) return;
      const name = view.exported.issue.fileName ?? `issue-${view.exported.issue.key}.md`;
      deps.downloadText(name, view.exported.markdown);
      toast(t('toastDownloaded', name));
    },
    publish: () =>
      act(async () => {
        const published = await publishNextIssue(store, { now, today });
        onQueueChanged();
        onPublished(published.next);
        toast(t('toastPublished', [published.issue.key, published.next]));
      }),
  };
}
