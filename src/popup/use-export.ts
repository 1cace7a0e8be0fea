import { useCallback, useEffect, useState } from 'preact/hooks';
import { changeOpenIssue } from '../app/digest-settings.ts';
import { publishNextIssue, undoPublish } from '../app/publish-issue.ts';
import { readExport, type ExportView } from '../app/read-export.ts';
import { removeTracking } from '../app/queue-edits.ts';
import type { TeamReply } from '../core/contracts/messages.ts';
import { teamFailureWording } from '../core/contracts/team-wording.ts';
import type { Translate } from '../core/contracts/text-keys.ts';
import { say } from '../core/contracts/wording.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import type { ExportPlanPatch } from '../ui/export-panel.tsx';
import type { ToastMessage } from '../ui/toast.tsx';
import { useAction } from '../ui/use-action.ts';

/** What the export needs from the browser: the clipboard and a download. */
export interface ExportPorts {
  copyText: (text: string) => Promise<boolean>;
  downloadText: (fileName: string, text: string) => void;
}

export interface ExportDeps extends ExportPorts {
  /** Opens this view in a tab of its own; absent where it already is one. */
  openInTab?: (() => void) | undefined;
  store: DigestStore;
  t: Translate;
  now: () => Date;
  today: () => string;
  onQueueChanged: () => void;
  toast: (text: string, action?: ToastMessage['action']) => void;
  revision: number;
  /** Pushes a published issue's post to the team's repository (answers `not-connected` without one). */
  pushPost?: PostPort['pushPost'] | undefined;
  openUrl?: ((url: string) => void) | undefined;
}

/** What publishing needs from the worker for a team. */
export interface PostPort {
  pushPost: (key: string) => Promise<TeamReply<{ branch: string; compareUrl: string | undefined }> | undefined>;
}

/** The export view: the next issue from the queue, its checks, copy, download and publish. */
export function useExport(deps: ExportDeps) {
  const { store, t, now, today, onQueueChanged, toast, revision } = deps;
  const [view, setView] = useState<ExportView | undefined>();
  // The Markdown last copied or downloaded: publishing what was never taken out is worth a word.
  const [handedOver, setHandedOver] = useState<string | undefined>();
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
    handedOver: view !== undefined && handedOver === view.exported.markdown,
    busy: action.busy,
    error: action.error,
    changePlan: (patch: ExportPlanPatch) => act(() => changeOpenIssue(store, patch)),
    removeTracking: (itemId: string, url: string) =>
      act(async () => {
        await removeTracking(store, itemId, url);
        onQueueChanged();
        toast(t('toastTrackingRemoved', url));
      }),
    copy: async () => {
      if (!view) return;
      const copied = await deps.copyText(view.exported.markdown);
      if (copied) setHandedOver(view.exported.markdown);
      toast(t(copied ? 'toastCopied' : 'toastCopyFailed'));
    },
    download: () => {
      if (!view) return;
      const name = view.exported.issue.fileName ?? `issue-${view.exported.issue.key}.md`;
      deps.downloadText(name, view.exported.markdown);
      setHandedOver(view.exported.markdown);
      toast(t('toastDownloaded', name));
    },
    publish: () =>
      act(async () => {
        const published = await publishNextIssue(store, { now, today });
        onQueueChanged();
        toast(t('toastPublished', [published.issue.key, published.next]), {
          label: t('buttonUndo'),
          run: () =>
            void act(async () => {
              const undone = await undoPublish(store, published.undo);
              onQueueChanged();
              toast(undone.outcome === 'undone' ? t('toastUnpublished', [published.issue.key, undone.itemCount]) : t('toastUnpublishGone', published.issue.key));
            }),
        });
        // A team's post goes on a branch of its own; the toast then offers the pull request.
        const pushed = await deps.pushPost?.(published.issue.key);
        if (!pushed || (pushed.outcome === 'failed' && pushed.code === 'not-connected')) return;
        if (pushed.outcome === 'failed') {
          toast(t('teamPushFailed', say(t, teamFailureWording(pushed.code))));
          return;
        }
        const { compareUrl } = pushed;
        toast(t('teamPushed', pushed.branch), compareUrl && deps.openUrl ? { label: t('linkOpenPullRequest'), run: () => deps.openUrl?.(compareUrl) } : undefined);
      }),
  };
}
