import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Issue } from '../core/issue.ts';
import { exportDraft, type ExportedIssue } from '../core/issue-export.ts';
import type { Item } from '../core/item.ts';
import type { Translate } from '../core/message-keys.ts';
import { prePublishChecks, type PrePublishProblem } from '../core/pre-publish-checks.ts';
import type { Settings } from '../core/settings.ts';
import type { Template } from '../core/template.ts';
import { canonicalUrl, withoutTracking } from '../core/url-canonical.ts';
import { copyText } from '../platform/clipboard.ts';
import { downloadText } from '../platform/download.ts';
import { publishIssue } from '../storage/publish-issue.ts';
import type { Repos } from '../storage/repos.ts';
import { refreshSuggestionModel } from '../storage/suggestion-model-refresh.ts';
import type { ExportPlanPatch } from '../ui/export-panel.tsx';
import { useTask } from '../ui/use-task.ts';
import { failureText } from './failure-text.ts';

export interface ExportDeps {
  repos: Repos;
  t: Translate;
  today: () => string;
  onQueueChanged: () => void;
  /** The issue now open, after a publish. */
  onPublished: (openIssue: number) => void;
  toast: (text: string) => void;
  revision: number;
}

interface ExportState {
  template: Template;
  settings: Settings;
  issues: Issue[];
  exported: ExportedIssue;
  problems: PrePublishProblem[];
}

/** The export view: the draft issue from the queue, its checks, copy, download and publish. */
export function useExport({ repos, t, today, onQueueChanged, onPublished, toast, revision }: ExportDeps) {
  const [state, setState] = useState<ExportState | undefined>();
  const { busy, error, setError, run: act } = useTask(useCallback((e: unknown) => failureText(e, t), [t]));

  const load = useCallback(async () => {
    try {
      const [template, settings, issues, queue] = await Promise.all([
        repos.meta.template(),
        repos.meta.settings(),
        repos.issues.list(),
        repos.items.queue(),
      ]);
      const exported = exportDraft({ template, issues, items: queue }, settings.openIssue, today());
      const problems = prePublishChecks(queue, await publishedUrls(repos, queue));
      setState({ template, settings, issues, exported, problems });
    } catch (e) {
      setError(failureText(e, t));
    }
  }, [repos, t, today, setError]);

  useEffect(() => {
    void load();
  }, [load, revision]);

  return {
    state,
    busy,
    error,
    changePlan: (patch: ExportPlanPatch) =>
      act(async () => {
        if (!state) return;
        const { period, number } = state.exported.issue;
        const openIssue = {
          ...state.settings.openIssue,
          number: patch.number ?? number,
          start: patch.start ?? period?.start,
          end: patch.end ?? period?.end,
        };
        await repos.meta.setSettings({ ...state.settings, openIssue });
        await load();
      }),
    removeTracking: (itemId: string, url: string) =>
      act(async () => {
        const item = await repos.items.get(itemId);
        if (!item) return;
        await repos.items.put({ ...item, links: item.links.map((l) => (l.url === url ? { ...l, url: withoutTracking(l.url) } : l)) });
        onQueueChanged();
        await load();
      }),
    copy: async () => {
      if (!state) return;
      toast(t((await copyText(state.exported.markdown)) ? 'toastCopied' : 'toastCopyFailed'));
    },
    download: () => {
      if (!state) return;
      const name = state.exported.issue.fileName ?? `issue-${state.exported.issue.number}.md`;
      downloadText(name, state.exported.markdown);
      toast(t('toastDownloaded', name));
    },
    publish: () =>
      act(async () => {
        if (!state) return;
        const { issue } = state.exported;
        await publishIssue(repos.db, issue, state.settings);
        // A backup inside the extension of every published state; a failure here loses nothing.
        await repos.snapshots.take('publish', new Date()).catch(() => undefined);
        // The model learns from the new issue; if that fails, the next publish or import retries.
        await refreshSuggestionModel(repos.db).catch(() => undefined);
        onQueueChanged();
        onPublished(issue.number + 1);
        toast(t('toastPublished', [issue.number, issue.number + 1]));
        await load();
      }),
  };
}

/** Which of the queue's links were published before, by index lookups only. */
async function publishedUrls(repos: Repos, queue: readonly Item[]): Promise<Map<string, number>> {
  const urls = [...new Set(queue.flatMap((i) => i.links.map((l) => l.url)))];
  const found = await Promise.all(urls.map((url) => repos.items.findByUrl(url)));
  const map = new Map<string, number>();
  urls.forEach((url, i) => {
    const issues = (found[i] ?? []).map((item) => item.issue).filter((n): n is number => n !== null);
    if (issues.length > 0) map.set(canonicalUrl(url), Math.max(...issues));
  });
  return map;
}
