import { useState } from 'preact/hooks';
import { decodeIssueBytes } from '../core/decode-issue.ts';
import { planImport, type ImportPlan } from '../core/issue-import.ts';
import type { Translate } from '../core/message-keys.ts';
import { applyImportPlan } from '../storage/apply-import.ts';
import type { Repos } from '../storage/repos.ts';
import { refreshSuggestionModel } from '../storage/suggestion-model-refresh.ts';
import type { ImportPreview } from '../ui/options/import-panel.tsx';
import type { OptionsData } from './use-options-data.ts';

export interface ImportDeps {
  repos: Repos;
  t: Translate;
  data: OptionsData | undefined;
  today: () => string;
  now: () => Date;
  changed: () => Promise<void>;
  toast: (text: string) => void;
  fail: (e: unknown) => void;
}

/** Published issue files: read, previewed, applied in one transaction after a snapshot. */
export function useImport({ repos, t, data, today, now, changed, toast, fail }: ImportDeps) {
  const [plan, setPlan] = useState<ImportPlan | undefined>();
  const [busy, setBusy] = useState(false);

  const preview: ImportPreview | undefined = plan && {
    issues: plan.parsed.map((p) => ({
      number: p.issue.number,
      title: p.issue.title,
      items: p.items.length,
      change: plan.adds.includes(p.issue.number) ? 'new' : plan.replaces.includes(p.issue.number) ? 'replace' : 'same',
    })),
    failures: plan.failures,
    newSections: plan.newSections,
    newProjects: plan.newProjects,
    changes: plan.changes,
  };

  return {
    preview,
    busy,
    async read(files: File[]): Promise<void> {
      if (!data) return;
      setBusy(true);
      try {
        const decoded = await Promise.all(files.map(async (f) => ({ name: f.name, text: decodeIssueBytes(new Uint8Array(await f.arrayBuffer())) })));
        const items = await repos.items.all();
        const readable = decoded.flatMap((f) => (f.text.ok ? [{ name: f.name, text: f.text.value }] : []));
        const plan = planImport(readable, { template: data.template, issues: data.issues, items }, today());
        const undecodable = decoded.flatMap((f) => (f.text.ok ? [] : [{ file: f.name, ...f.text.error }]));
        setPlan({ ...plan, failures: [...undecodable, ...plan.failures] });
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
      }
    },
    cancel: () => setPlan(undefined),
    async apply(): Promise<void> {
      if (!plan) return;
      setBusy(true);
      try {
        await repos.snapshots.take('before-import', now());
        await applyImportPlan(repos.db, plan);
        await refreshSuggestionModel(repos.db);
        toast(t('toastImported', plan.parsed.length));
        setPlan(undefined);
        await changed();
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
      }
    },
  };
}
