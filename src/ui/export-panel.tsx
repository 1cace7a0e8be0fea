import { useEffect, useState } from 'preact/hooks';
import type { PrePublishProblem } from '../core/queue/pre-publish-checks.ts';
import { useT } from './translate-context.ts';

export interface ExportPlanPatch {
  number?: number;
  start?: string;
  end?: string;
}

interface ExportPanelProps {
  number: number;
  start: string;
  end: string;
  markdown: string;
  fileName: string;
  itemCount: number;
  problems: readonly PrePublishProblem[];
  busy: boolean;
  /** Renders the preview; loaded only when the preview is shown. */
  renderPreview: (markdown: string) => Promise<string>;
  onChangePlan: (patch: ExportPlanPatch) => void;
  onCopy: () => void;
  onDownload: () => void;
  onPublish: () => void;
  /** Strips the tracking parameters from one link of one item. */
  onRemoveTracking: (itemId: string, url: string) => void;
}

export function ExportPanel(props: ExportPanelProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [preview, setPreview] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    props.renderPreview(props.markdown).then(
      (html) => live && setPreview(html),
      () => live && setPreview(''),
    );
    return () => {
      live = false;
    };
  }, [props.markdown]);
  useEffect(() => setConfirming(false), [props.number, props.itemCount]);

  return (
    <div class="export">
      <div class="row">
        <div class="field field-number">
          <label for="export-number">{t('fieldIssueNumber')}</label>
          <input
            id="export-number"
            type="number"
            min={1}
            value={props.number}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isInteger(n) && n >= 1) props.onChangePlan({ number: n });
            }}
          />
        </div>
        <div class="field">
          <label for="export-start">{t('fieldPeriodStart')}</label>
          <input id="export-start" type="date" value={props.start} max={props.end} onChange={(e) => e.currentTarget.value && props.onChangePlan({ start: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="export-end">{t('fieldPeriodEnd')}</label>
          <input id="export-end" type="date" value={props.end} min={props.start} onChange={(e) => e.currentTarget.value && props.onChangePlan({ end: e.currentTarget.value })} />
        </div>
      </div>
      <section class="checks" aria-labelledby="checks-heading">
        <h2 id="checks-heading">{t('checksHeading')}</h2>
        {props.problems.length === 0 ? (
          <p class="ok">{t('checksPassed')}</p>
        ) : (
          <ul>
            {props.problems.map((p, i) => (
              <li key={i}>
                {describeProblem(p, t)}
                {p.kind === 'tracking' ? (
                  <>
                    {' '}
                    <button
                      type="button"
                      class="secondary small"
                      disabled={props.busy}
                      aria-label={t('buttonRemoveTracking', p.url)}
                      onClick={() => props.onRemoveTracking(p.itemId, p.url)}
                    >
                      {t('buttonRemoveTrackingShort')}
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div class="field">
        <label for="export-markdown">{t('fieldMarkdown')}</label>
        <textarea id="export-markdown" class="markdown" readOnly rows={10} value={props.markdown} spellcheck={false} />
        <div class="file-name">{props.fileName}</div>
      </div>
      <div class="actions">
        <button type="button" class="secondary" onClick={props.onCopy}>
          {t('buttonCopy')}
        </button>
        <button type="button" class="secondary" onClick={props.onDownload}>
          {t('buttonDownload')}
        </button>
        {confirming ? (
          <button type="button" class="primary danger-fill" disabled={props.busy} onClick={props.onPublish}>
            {t('buttonConfirmPublish', [props.itemCount, props.number])}
          </button>
        ) : (
          <button type="button" class="primary" disabled={props.busy || props.itemCount === 0} onClick={() => setConfirming(true)}>
            {t('buttonPublish')}
          </button>
        )}
      </div>
      <section class="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t('previewHeading')}</h2>
        {preview === undefined ? <p class="hint">{t('previewLoading')}</p> : <div class="rendered" dangerouslySetInnerHTML={{ __html: preview }} />}
      </section>
    </div>
  );
}

function describeProblem(p: PrePublishProblem, t: ReturnType<typeof useT>): string {
  switch (p.kind) {
    case 'no-items':
      return t('checkNoItems');
    case 'no-comment':
      return t('checkNoComment', p.title);
    case 'tracking':
      return t('checkTracking', [p.names.join(', '), p.url]);
    case 'duplicate-in-issue':
      return t('checkDuplicateQueue', p.url);
    case 'already-published':
      return t('checkDuplicatePublished', [p.issue, p.url]);
  }
}
