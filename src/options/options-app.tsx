import { droppedFiles, pickedFiles } from '../platform/handed-files.ts';
import { catchPageDrops } from '../platform/page-drops.ts';
import { isBackupFileName } from '../core/backup/backup-file-name.ts';
import { useLatestCallback } from '../ui/use-latest-callback.ts';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { changeTaxonomy } from '../app/change-taxonomy.ts';
import { changeCloseAfterSave, changeReminders, saveTemplate } from '../app/digest-settings.ts';
import type { TextKey, Translate } from '../core/contracts/text-keys.ts';
import { say, suggestionReasonWording } from '../core/contracts/wording.ts';
import { renderIssue } from '../core/issue/issue-renderer.ts';
import type { Template } from '../core/model/template.ts';
import { dueOf, learnedCadenceDays } from '../core/schedule/due-date.ts';
import { newIssue } from '../core/schedule/new-issue.ts';
import { planNextIssue } from '../core/schedule/next-issue.ts';
import { suggestGroups } from '../core/suggestion/project-suggestion.ts';
import type { TaxonomyChange, TaxonomyProblem } from '../core/template/taxonomy-edit.ts';
import { sampleItems } from '../core/template/sample-items.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { sayFailure } from '../core/contracts/wording.ts';
import { Notice } from '../ui/notice.tsx';
import { BackupPanel } from '../ui/options/backup-panel.tsx';
import { PopupPanel } from '../ui/options/popup-panel.tsx';
import { FormatPanel } from '../ui/options/format-panel.tsx';
import { ImportPanel } from '../ui/options/import-panel.tsx';
import { RulesPanel } from '../ui/options/rules-panel.tsx';
import { SchedulePanel } from '../ui/options/schedule-panel.tsx';
import { TaxonomyPanel } from '../ui/options/taxonomy-panel.tsx';
import { headingForm } from '../core/issue/entry-form.ts';
import { headingSample } from '../core/issue/entry-sample.ts';
import { samplePage } from '../ui/options/sample-page.ts';
import { Toast } from '../ui/toast.tsx';
import { useAction } from '../ui/use-action.ts';
import { useToast } from '../ui/use-toast.ts';
import { ArchiveSection } from './archive-section.tsx';
import { TeamSection, type TeamPorts } from './team-section.tsx';
import { useBackup } from './use-backup.ts';
import { useImport, type ImportWork } from './use-import.ts';
import { useOptionsData } from './use-options-data.ts';

/** What the options page needs from the browser besides storage. */
export interface OptionsPorts {
  copyText: (text: string) => Promise<boolean>;
  downloadText: (fileName: string, text: string, type?: string) => void;
  /** Tells the other pages and the worker that stored data changed. */
  broadcastDataChanged: () => void;
  listenForChanges: (onChange: () => void, signal: AbortSignal) => void;
  team: TeamPorts;
  /** Works out and applies an import off the page's thread, where the page can; absent, the page does it. */
  importOffThread?: ImportWork;
}

export interface OptionsProps {
  store: DigestStore;
  ports: OptionsPorts;
  t: Translate;
  now: () => Date;
  today: () => string;
  newId: () => string;
  formatTime: (iso: string) => string;
  /** Names as one list in the UI's language. */
  /** The section the page was opened at (`#import` from the popup's first-run offer). */
  initialSection?: string | undefined;
}

const SECTIONS = [
  ['import', 'navImport'],
  ['schedule', 'navSchedule'],
  ['popup', 'navPopup'],
  ['format', 'navFormat'],
  ['taxonomy', 'navTaxonomy'],
  ['rules', 'navRules'],
  ['team', 'navTeam'],
  ['backup', 'navBackup'],
  ['archive', 'navArchive'],
] as const;

const PROBLEM_TEXT: Readonly<Record<TaxonomyProblem, TextKey>> = {
  'empty-name': 'problemEmpty',
  'duplicate-name': 'problemDuplicate',
  'not-found': 'problemNotFound',
};

export function OptionsApp({ store, ports, t, now, today, newId, formatTime, initialSection }: OptionsProps) {
  const { data, error, reload, revision } = useOptionsData(store, ports.listenForChanges);
  // The page renders once its data is read: only then can it go to the section it was opened at.
  const loaded = data !== undefined;
  useEffect(() => {
    if (!loaded || !initialSection) return;
    const section = document.getElementById(initialSection);
    section?.scrollIntoView();
    section?.querySelector<HTMLElement>('input, button, select, textarea, label.button-like')?.focus();
  }, [loaded, initialSection]);
  const { toast, show: showToast, dismiss } = useToast();
  const action = useAction(t);
  const [taxonomyError, setTaxonomyError] = useState<string | undefined>();

  const changed = useCallback(async () => {
    await reload();
    ports.broadcastDataChanged();
  }, [reload, ports]);
  /** Runs an action that changes stored data; the page and the other contexts follow. */
  const change = (work: () => Promise<unknown>): Promise<unknown> =>
    action.run(async () => {
      await work();
      await changed();
    });

  const importer = useImport({ store, t, action, today, now, changed, toast: showToast, ...(ports.importOffThread ? { work: ports.importOffThread } : {}) });
  const backup = useBackup({ store, t, action, now, changed, toast: showToast, downloadText: ports.downloadText });
  // Files dropped anywhere on the page: a backup goes to Restore, anything else (Markdown, a
  // folder) to the import, each section brought into view; never the browser opening the file in
  // the page's place.
  const pageDrop = useLatestCallback((data: DataTransfer) => {
    const files = [...data.files];
    const backupFile = files.length === 1 && isBackupFileName((files[0] as File).name) ? files[0] : undefined;
    document.getElementById(backupFile ? 'backup' : 'import')?.scrollIntoView();
    if (backupFile) void backup.chooseFile(backupFile);
    else void importer.read(droppedFiles(data));
  });
  useEffect(() => catchPageDrops(pageDrop), [pageDrop]);

  const plan = useMemo(() => (data ? planNextIssue(data.issues, today(), data.settings.openIssue) : undefined), [data, today]);
  const preview = useCallback(
    (template: Template) => {
      if (!data || !plan) return { markdown: '', sample: false };
      const sample = data.queue.length === 0;
      const items = sample ? sampleItems(template, plan.period.end, [t('sampleComment1'), t('sampleComment2'), t('sampleComment3')], data.model) : data.queue;
      return { markdown: renderIssue(newIssue(template, plan, plan.period.end), items, template), sample };
    },
    [data, plan, t],
  );

  if (error) return <Notice tone="error">{sayFailure(t, error)}</Notice>;
  if (!data || !plan) return null;

  const { template, settings } = data;
  const storeTemplate = (next: Template, text: string) =>
    change(async () => {
      await saveTemplate(store, next);
      showToast(text);
    });

  const onTaxonomy = (c: TaxonomyChange) =>
    change(async () => {
      const result = await changeTaxonomy(store, c);
      if (result.outcome === 'refused') {
        setTaxonomyError(t(PROBLEM_TEXT[result.problem]));
        return;
      }
      setTaxonomyError(undefined);
      if (c.kind === 'rename-project' || c.kind === 'rename-section') showToast(t('toastRenamed', result.moved));
    });

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
          {action.error ? (
            <div class="sticky-notice">
              <Notice tone="error">{action.error}</Notice>
            </div>
          ) : null}
          <section id="import" aria-labelledby="import-heading">
            <h2 id="import-heading">{t('navImport')}</h2>
            <ImportPanel
              preview={importer.preview}
              summary={t('importSummary', [data.issues.length, data.itemCount - data.queue.length, plan.key])}
              busy={action.busy}
              working={importer.working}
              onFiles={(files) => void importer.read(pickedFiles(files))}
              onDrop={(data) => void importer.read(droppedFiles(data))}
              handedOver={importer.handedOver}
              onApply={() => void importer.apply()}
              onCancel={importer.cancel}
              onResolve={(key, file) => void importer.resolve(key, file)}
              onLeaveOut={(key, leave) => void importer.leaveOut(key, leave)}
            />
          </section>
          <section id="schedule" aria-labelledby="schedule-heading">
            <h2 id="schedule-heading">{t('navSchedule')}</h2>
            <SchedulePanel
              due={dueOf(data.issues, settings.reminders.cadenceDays, today())}
              openIssue={plan.key}
              enabled={settings.reminders.enabled}
              cadenceSetting={settings.reminders.cadenceDays}
              learnedCadence={learnedCadenceDays(data.issues)}
              onChange={(patch) => void change(() => changeReminders(store, patch))}
            />
          </section>
          <section id="popup" aria-labelledby="popup-heading">
            <h2 id="popup-heading">{t('navPopup')}</h2>
            <PopupPanel closeAfterSave={settings.closeAfterSave !== false} onChange={(on) => void change(() => changeCloseAfterSave(store, on))} />
          </section>
          <section id="format" aria-labelledby="format-heading">
            <h2 id="format-heading">{t('navFormat')}</h2>
            <FormatPanel template={template} busy={action.busy} preview={preview} onSave={(next) => void storeTemplate(next, t('toastFormatSaved'))} />
          </section>
          <section id="taxonomy" aria-labelledby="taxonomy-heading">
            <h2 id="taxonomy-heading">{t('navTaxonomy')}</h2>
            <TaxonomyPanel
              sections={template.sections}
              writtenAs={(section) => headingForm(template, section).items.grammar}
              sampleOf={(group) => headingSample(template, group, samplePage(t), t('importSampleWords'))}
              retired={data.retired} busy={action.busy} error={taxonomyError} onChange={(c) => void onTaxonomy(c)} />
          </section>
          <section id="rules" aria-labelledby="rules-heading">
            <h2 id="rules-heading">{t('navRules')}</h2>
            <RulesPanel
              rules={template.rules ?? []}
              projects={projects}
              busy={action.busy}
              tryOut={(text) => {
                const best = suggestGroups({ url: /^https?:/i.test(text) ? text : '', title: text }, template)[0];
                const why = best?.reasons[0];
                return best && why ? { name: best.project ?? best.section ?? '', why: say(t, suggestionReasonWording(why)) } : undefined;
              }}
              onChange={(rules) => void storeTemplate({ ...template, rules }, t('toastRulesSaved'))}
            />
          </section>
          <TeamSection status={data.team} ports={ports.team} t={t} formatTime={formatTime} changed={() => void reload()} toast={showToast} />
          <section id="backup" aria-labelledby="backup-heading">
            <h2 id="backup-heading">{t('navBackup')}</h2>
            <BackupPanel
              snapshots={data.snapshots}
              formatTime={formatTime}
              restore={backup.restore}
              restoreError={backup.restoreError}
              busy={action.busy}
              onBackup={() => void backup.backup()}
              onRestoreFile={(file) => void backup.chooseFile(file)}
              onRestoreMode={(mode) => void backup.setMode(mode)}
              onApplyRestore={() => void backup.apply()}
              onCancelRestore={backup.cancel}
              onDownloadSnapshot={(id) => void backup.downloadSnapshot(id)}
            />
          </section>
          <ArchiveSection
            store={store}
            revision={revision}
            template={template}
            t={t}
            action={action}
            newId={newId}
            now={now}
            copyText={ports.copyText}
            downloadText={(name, text) => ports.downloadText(name, text, 'text/markdown')}
            changed={changed}
            toast={showToast}
          />
        </main>
      </div>
      <Toast toast={toast} onDismiss={dismiss} />
    </div>
  );
}
