import { useState } from 'preact/hooks';
import type { EntryWay } from '../../core/template/entry-way.ts';
import { useT } from '../translate-context.ts';
import { useFormatList } from '../list-context.ts';
import { WAY_TEXT } from './way-text.ts';
import { MARKDOWN_EXTENSIONS } from '../../core/issue/issue-files.ts';
import { compareIssueKeys } from '../../core/model/issue-key.ts';

export interface ImportPreview {
  issues: { key: string; title: string; items: number; change: 'new' | 'replace' | 'same' }[];
  /** Issues read that the editor left out (a post of the blog's that is no issue), to take back. */
  leftOut: { key: string; title: string; items: number }[];
  /** The titles of those the import left out itself, unlike the digest's other issues (an article kept beside them). */
  unlike: string[];
  failures: { file: string; line: number; text: string }[];
  /** Files found in a folder that are no issue (its README, an about page): left out, named. */
  notIssues: string[];
  /** Files that are the same issue, shown side by side for the editor to pick one. */
  conflicts: { key: string; files: { name: string; title: string; items: number }[] }[];
  /** Issues missing from the numbering, held and imported together. */
  missing: string[];
  /** Addresses that run code or open local files: kept as text, never made links. */
  unsafeLinks: { file: string; url: string }[];
  newSections: string[];
  newProjects: string[];
  /** Headings no entry will have gone under for over a year: offered apart. */
  retiredHeadings: string[];
  /** How the files' entries were read, and new ones will be written; undefined when none could be. */
  way: EntryWay | undefined;
  /** Where not one entry could be read: the headings new ones go under all the same. */
  unreadHeadings: string[];
  /** The headings whose entries are written otherwise (news in paragraphs among lists, a change log among links), by way. */
  otherWays: { way: EntryWay; headings: string[] }[];
  /** The headings a new issue will write whether anything is queued under them or not. */
  everyIssue: string[];
  /** One issue of the digest's own after the import: its standing parts can't be told yet (see ImportPlan.lone). */
  lone: boolean;
  /** A new entry as the learned template writes it. */
  sample: string | undefined;
  changes: boolean;
}

/** What an import is doing while the editor waits: reading so many files, or importing so many issues. */
export type ImportWorking = { step: 'reading' | 'applying'; count: number };

interface ImportPanelProps {
  preview: ImportPreview | undefined;
  summary: string;
  busy: boolean;
  /** Shown once the import looks busy: a long archive takes seconds to read and to apply. */
  working?: ImportWorking | undefined;
  /** Names as one list in the UI's language (`a, b`, `a、b`). */
  /** Files picked, one by one or as a folder's (each knowing its path in it). */
  onFiles: (files: File[]) => void;
  /** A drop of files or folders, handed over while the drop event runs (its folders can be listed only then). */
  onDrop: (data: DataTransfer) => void;
  /** What was left out of the files last handed over. */
  handedOver: { leftOut: string[]; nothing: boolean };
  onApply: () => void;
  onCancel: () => void;
  onResolve: (key: string, fileName: string) => void;
  /** Leaves an issue out of the import (`leave`), or takes it back. */
  onLeaveOut: (key: string, leave: boolean) => void;
}

/** Published issues in: picked or dropped, previewed, then applied. */
export function ImportPanel({ preview, summary, busy, working, onFiles, onDrop, handedOver, onApply, onCancel, onResolve, onLeaveOut }: ImportPanelProps) {
  const t = useT();
  const formatList = useFormatList();
  const doing = (step: ImportWorking['step']) =>
    busy && working?.step === step ? (
      <p class="import-working" role="status">
        <span class="spinner" aria-hidden="true" />
        {step === 'reading' ? t('importReading', working.count) : t('importApplying', working.count)}
      </p>
    ) : null;
  const [over, setOver] = useState(false);
  const changeLabel = { new: t('importNew'), replace: t('importReplace'), same: t('importSame') };
  const picked = (input: HTMLInputElement): void => {
    const files = [...(input.files ?? [])];
    // (Emptied, so the same files can be picked again after a cancel.)
    input.value = '';
    if (files.length > 0) onFiles(files);
  };
  const { leftOut } = handedOver;
  return (
    <div>
      <p>{t('importIntro')}</p>
      <p class="hint">{summary}</p>
      <div
        class={`dropzone${over ? ' dropzone-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (e.dataTransfer && e.dataTransfer.items.length > 0) onDrop(e.dataTransfer);
        }}
      >
        <input id="import-files" class="visually-hidden" type="file" multiple accept={[...MARKDOWN_EXTENSIONS.map((e) => `.${e}`), 'text/markdown', 'text/plain'].join(',')} onChange={(e) => picked(e.currentTarget)} />
        <label for="import-files" class="button-like">
          {t('importPicker')}
        </label>
        {/* A blog's posts folder, or its whole repository: the Markdown in it, at any depth. */}
        <input id="import-folder" class="visually-hidden" type="file" {...{ webkitdirectory: true }} onChange={(e) => picked(e.currentTarget)} />
        <label for="import-folder" class="button-like">
          {t('importFolder')}
        </label>
        <span class="hint">{t('importDrop')}</span>
      </div>
      {doing('reading')}
      {handedOver.nothing ? (
        <p class="notice notice-warning" role="status">
          {t('importNoMarkdown', MARKDOWN_EXTENSIONS.map((e) => `.${e}`).join(' '))}
        </p>
      ) : null}
      {leftOut.length > 0 ? <p class="hint">{t('importLeftOut', formatList([...leftOut.slice(0, 5), ...(leftOut.length > 5 ? [t('importLeftOutMore', leftOut.length - 5)] : [])]))}</p> : null}
      {preview ? (
        <div class="preview-box" role="region" aria-label={t('importPreview')}>
          {preview.issues.length + preview.leftOut.length > 0 ? (
            <>
              <p>{t('importPreview')}</p>
              <table>
                <thead>
                  <tr>
                    <th>{t('importColImport')}</th>
                    <th>{t('importColIssue')}</th>
                    <th>{t('importColTitle')}</th>
                    <th>{t('importColItems')}</th>
                    <th>{t('importColChange')}</th>
                  </tr>
                </thead>
                <tbody>
                  {/* In the order of their numbers, those left out among the rest, to take back. */}
                  {[...preview.issues.map((i) => ({ ...i, kept: true as const })), ...preview.leftOut.map((i) => ({ ...i, kept: false as const, change: undefined }))]
                    .sort((a, b) => compareIssueKeys(a.key, b.key))
                    .map((i) => (
                      <tr key={i.key} class={i.kept ? undefined : 'left-out'}>
                        <td>
                          <input type="checkbox" checked={i.kept} disabled={busy} aria-label={t('importKeep', i.title)} onChange={() => onLeaveOut(i.key, i.kept)} />
                        </td>
                        <td>{i.key}</td>
                        <td>{i.title}</td>
                        <td>{i.items}</td>
                        <td>{i.change === undefined ? t('importLeftOutIssue') : changeLabel[i.change]}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
              {preview.unlike.length > 0 ? <p class="hint">{t('importUnlike', formatList(preview.unlike))}</p> : null}
            </>
          ) : null}
          {preview.conflicts.map((c) => (
            <fieldset key={c.key} class="conflict">
              <legend>{t('importConflict', c.key)}</legend>
              <div class="conflict-files">
                {c.files.map((f) => (
                  <div key={f.name} class="conflict-file">
                    <strong>{f.name}</strong>
                    <span>{f.title}</span>
                    <span class="hint">{t('importConflictItems', f.items)}</span>
                    <button type="button" class="secondary small" onClick={() => onResolve(c.key, f.name)}>
                      {t('importConflictKeep', f.name)}
                    </button>
                  </div>
                ))}
              </div>
            </fieldset>
          ))}
          {preview.missing.length > 0 ? <p class="hint">{t('importMissing', formatList(preview.missing))}</p> : null}
          {/* An issue read with no entry at all: say so before it is applied, not after. */}
          {preview.issues.some((i) => i.items === 0) ? (
            <p class="notice notice-warning" role="status">
              {t('importNoEntries', formatList(preview.issues.filter((i) => i.items === 0).map((i) => i.title)))}
            </p>
          ) : null}
          {preview.unsafeLinks.length > 0 ? (
            <div class="notice notice-warning" role="status">
              <strong>{t('importUnsafeLinks')}</strong>
              <ul>
                {preview.unsafeLinks.slice(0, 10).map((l, i) => (
                  <li key={i}>
                    {l.file}: <code>{l.url.length > 80 ? `${l.url.slice(0, 80)}…` : l.url}</code>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {/* A digest never seen before: the editor sees how its entries were taken. */}
          {preview.way ? <p>{t('importWay', t(WAY_TEXT[preview.way]))}</p> : null}
          {preview.unreadHeadings.length > 0 ? <p>{t('importUnreadHeadings', formatList(preview.unreadHeadings))}</p> : null}
          {preview.otherWays.map((f) => (
            <p key={f.way} class="hint">
              {t('importOtherWays', [t(WAY_TEXT[f.way]), formatList(f.headings)])}
            </p>
          ))}
          {preview.everyIssue.length > 0 ? <p class="hint">{t('importEveryIssue', formatList(preview.everyIssue))}</p> : null}
          {preview.lone ? <p class="notice notice-info" role="status">{t('importLone')}</p> : null}
          {preview.sample !== undefined ? (
            <div class="import-sample">
              <p>{t('importSample')}</p>
              <pre>{preview.sample}</pre>
            </div>
          ) : null}
          {preview.newSections.length > 0 ? <p>{t('importNewSections', formatList(preview.newSections))}</p> : null}
          {preview.newProjects.length > 0 ? <p>{t('importNewProjects', formatList(preview.newProjects))}</p> : null}
          {preview.retiredHeadings.length > 0 ? <p class="hint">{t('importRetired', formatList(preview.retiredHeadings))}</p> : null}
          {preview.failures.length > 0 ? (
            <div class="notice notice-error" role="alert">
              <strong>{t('importFailures')}</strong>
              <ul>
                {preview.failures.map((f) => (
                  <li key={f.file}>{t('importFailure', [f.file, f.line, f.text])}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.notIssues.length > 0 ? <p class="hint">{t('importNotIssues', formatList(preview.notIssues))}</p> : null}
          {!preview.changes && preview.issues.length > 0 ? <p class="hint">{t('importNothing')}</p> : null}
          <div class="actions">
            {doing('applying')}
            {/* An import being applied goes on to its end: it cannot be cancelled half done. */}
            <button type="button" class="secondary" disabled={working?.step === 'applying'} onClick={onCancel}>
              {t('buttonCancel')}
            </button>
            <button type="button" class="primary" disabled={busy || !preview.changes} onClick={onApply}>
              {t('buttonApply')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
