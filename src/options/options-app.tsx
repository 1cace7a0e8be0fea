import { useCallback, useMemo, useState } from 'preact/hooks';
import { draftIssue, planNextIssue } from '../core/draft-issue.ts';
import { dueOf, learnedCadenceDays } from '../core/due-date.ts';
import { renderIssue } from '../core/issue-renderer.ts';
import type { Translate } from '../core/message-keys.ts';
import { suggestGroups } from '../core/project-suggestion.ts';
import { sampleItems } from '../core/sample-items.ts';
import { editTaxonomy, itemsFollowingRename, type TaxonomyChange } from '../core/taxonomy-edit.ts';
import type { Template } from '../core/template.ts';
import { sendMessage } from '../platform/messaging.ts';
import type { Repos } from '../storage/repos.ts';
import { failureMessage } from '../storage/storage-failure.ts';
import { Notice } from '../ui/notice.tsx';
import { BackupPanel } from '../ui/options/backup-panel.tsx';
import { FormatPanel } from '../ui/options/format-panel.tsx';
import { ImportPanel } from '../ui/options/import-panel.tsx';
import { RulesPanel } from '../ui/options/rules-panel.tsx';
import { SchedulePanel } from '../ui/options/schedule-panel.tsx';
import { TaxonomyPanel } from '../ui/options/taxonomy-panel.tsx';
import { Toast } from '../ui/toast.tsx';
import { useToast } from '../ui/use-toast.ts';
import { ArchiveSection } from './archive-section.tsx';
import { useBackup } from './use-backup.ts';
import { useImport } from './use-import.ts';
import { useOptionsData } from './use-options-data.ts';

export interface OptionsProps {
  repos: Repos;
  t: Translate;
  now: () => Date;
  today: () => string;
  newId: () => string;
  formatTime: (iso: string) => string;
}

const SECTIONS = [
  ['import', 'navImport'],
  ['schedule', 'navSchedule'],
  ['format', 'navFormat'],
  ['taxonomy', 'navTaxonomy'],
  ['rules', 'navRules'],
  ['backup', 'navBackup'],
  ['archive', 'navArchive'],
] as const;

const PROBLEM_KEY = { 'empty-name': 'problemEmpty', 'duplicate-name': 'problemDuplicate', 'not-found': 'problemNotFound' } as const;

export function OptionsApp({ repos, t, now, today, newId, formatTime }: OptionsProps) {
  const { data, error, reload, revision } = useOptionsData(repos);
  const { toast, show: showToast, dismiss } = useToast();
  const [failure, setFailure] = useState<string | undefined>();
  const [taxonomyError, setTaxonomyError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const fail = useCallback(
    (e: unknown) => {
      const { key, detail } = failureMessage(e);
      setFailure(t(key, detail));
    },
    [t],
  );
  const changed = useCallback(async () => {
    setFailure(undefined);
    await reload();
    await sendMessage('dataChanged', { source: 'options' });
  }, [reload]);

  const importer = useImport({ repos, t, data, today, now, changed, toast: showToast, fail });
  const backup = useBackup({ repos, t, now, changed, toast: showToast, fail });

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await work();
      await changed();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const plan = useMemo(() => (data ? planNextIssue(data.issues, today(), data.settings.openIssue) : undefined), [data, today]);
  const preview = useCallback(
    (template: Template) => {
      if (!data || !plan) return { markdown: '', sample: false };
      const sample = data.queue.length === 0;
      const items = sample ? sampleItems(template, plan.period.end) : data.queue;
      return { markdown: renderIssue(draftIssue(template, plan, plan.period.end), items, template), sample };
    },
    [data, plan],
  );

  if (error) return <Notice tone="error">{(() => { const m = failureMessage(error); return t(m.key, m.detail); })()}</Notice>;
  if (!data || !plan) return null;

  const { template, settings } = data;
  const saveTemplate = (next: Template, message = t('toastSaved2')): Promise<void> =>
    run(async () => {
      await repos.meta.setTemplate(next);
      showToast(message);
    });

  const changeTaxonomy = (change: TaxonomyChange): Promise<void> => {
    const next = editTaxonomy(template, change);
    if (typeof next === 'string') {
      setTaxonomyError(t(PROBLEM_KEY[next]));
      return Promise.resolve();
    }
    setTaxonomyError(undefined);
    return run(async () => {
      const moved = itemsFollowingRename(data.queue, change);
      await repos.meta.setTemplate(next);
      await Promise.all(moved.map((item) => repos.items.put(item)));
      if (change.kind === 'rename-project' || change.kind === 'rename-section') showToast(t('toastRenamed', moved.length));
    });
  };

  const projects = template.sections.flatMap((s) => s.projects.map((p) => p.name));

  return (
    <div class="options">
      <a class="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header class="options-header">
        <h1>
          <img src="/icons/icon-32.png" alt="" width={24} height={24} />
          {t('optionsTitle')}
        </h1>
      </header>
      <div class="options-body">
        <nav class="options-nav" aria-label={t('optionsTitle')}>
          <ul>
            {SECTIONS.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" class="options-main">
          {failure ? <Notice tone="error">{failure}</Notice> : null}
          <section id="import" aria-labelledby="import-heading">
            <h2 id="import-heading">{t('navImport')}</h2>
            <ImportPanel
              preview={importer.preview}
              summary={t('importSummary', [data.issues.length, data.itemCount - data.queue.length, plan.number])}
              busy={importer.busy}
              onFiles={(files) => void importer.read(files)}
              onApply={() => void importer.apply()}
              onCancel={importer.cancel}
            />
          </section>
          <section id="schedule" aria-labelledby="schedule-heading">
            <h2 id="schedule-heading">{t('navSchedule')}</h2>
            <SchedulePanel
              due={dueOf(data.issues, settings.reminders.cadenceDays, today())}
              openIssue={plan.number}
              enabled={settings.reminders.enabled}
              cadenceSetting={settings.reminders.cadenceDays}
              learnedCadence={learnedCadenceDays(data.issues)}
              onChange={(patch) => void run(() => repos.meta.setSettings({ ...settings, reminders: { ...settings.reminders, ...patch } }))}
            />
          </section>
          <section id="format" aria-labelledby="format-heading">
            <h2 id="format-heading">{t('navFormat')}</h2>
            <FormatPanel template={template} busy={busy} preview={preview} onSave={(next) => void saveTemplate(next, t('toastFormatSaved'))} />
          </section>
          <section id="taxonomy" aria-labelledby="taxonomy-heading">
            <h2 id="taxonomy-heading">{t('navTaxonomy')}</h2>
            <TaxonomyPanel sections={template.sections} busy={busy} error={taxonomyError} onChange={(c) => void changeTaxonomy(c)} />
          </section>
          <section id="rules" aria-labelledby="rules-heading">
            <h2 id="rules-heading">{t('navRules')}</h2>
            <RulesPanel
              rules={template.rules ?? []}
              projects={projects}
              busy={busy}
              tryOut={(text) => {
                const best = suggestGroups({ url: /^https?:/i.test(text) ? text : '', title: text }, template)[0];
                return best && best.reasons.length > 0 ? { name: best.project ?? best.section ?? '', why: best.reasons[0] as string } : undefined;
              }}
              onChange={(rules) => void saveTemplate({ ...template, rules })}
            />
          </section>
          <section id="backup" aria-labelledby="backup-heading">
            <h2 id="backup-heading">{t('navBackup')}</h2>
            <BackupPanel
              snapshots={data.snapshots}
              formatTime={formatTime}
              restore={backup.restore}
              restoreError={backup.restoreError}
              busy={backup.busy}
              onBackup={() => void backup.backup()}
              onRestoreFile={(file) => void backup.chooseFile(file)}
              onRestoreMode={(mode) => void backup.setMode(mode)}
              onApplyRestore={() => void backup.apply()}
              onCancelRestore={backup.cancel}
              onDownloadSnapshot={(id) => void backup.downloadSnapshot(id)}
            />
          </section>
          <ArchiveSection repos={repos} revision={revision} template={template} t={t} newId={newId} now={now} run={run} toast={showToast} />
        </main>
      </div>
      <Toast toast={toast} onDismiss={dismiss} />
    </div>
  );
}
