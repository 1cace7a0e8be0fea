import { useEffect, useState } from 'preact/hooks';
import type { PrePublishProblem } from '../core/queue/pre-publish-checks.ts';
import { issueIdOf, issueKeyOf } from '../core/model/issue-key.ts';
import { LiveText } from './live-text.tsx';
import { useT } from './translate-context.ts';
import { useFormatList, type FormatList } from './list-context.ts';

export interface ExportPlanPatch {
  key?: string;
  start?: string;
  end?: string;
  subtitle?: string;
  intro?: string;
}

interface ExportPanelProps {
  /** The issue as its key: `18`, `2024-W44`. */
  issueKey: string;
  start: string;
  end: string;
  /** Whether the digest's titles carry words of their own after the fixed part. */
  hasSubtitle: boolean;
  subtitle: string;
  intro: string;
  markdown: string;
  fileName: string;
  itemCount: number;
  problems: readonly PrePublishProblem[];
  /** Whether this Markdown was copied or downloaded. */
  handedOver: boolean;
  /** Opens the export in a tab of its own, where the Markdown has room. */
  onOpenInTab?: (() => void) | undefined;
  busy: boolean;
  /** Renders the preview; loaded only when the preview is shown. */
  renderPreview: (markdown: string, fileName: string) => Promise<string>;
  onChangePlan: (patch: ExportPlanPatch) => void;
  onCopy: () => void;
  onDownload: () => void;
  onPublish: () => void;
  /** Strips the tracking parameters from one link of one item. */
  onRemoveTracking: (itemId: string, url: string) => void;
}

export function ExportPanel(props: ExportPanelProps) {
  const t = useT();
  const formatList = useFormatList();
  const [confirming, setConfirming] = useState(false);
  const [preview, setPreview] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    props.renderPreview(props.markdown, props.fileName).then(
      (html) => live && setPreview(html),
      () => live && setPreview(''),
    );
    return () => {
      live = false;
    };
  }, [props.markdown, props.fileName]);
  useEffect(() => setConfirming(false), [props.issueKey, props.itemCount]);

  return (
    <div class="export">
      <div class="row">
        <div class="field field-number">
          <label for="export-number">{t('fieldIssueNumber')}</label>
          <input
            id="export-number"
            inputMode="numeric"
            spellcheck={false}
            value={props.issueKey}
            onChange={(e) => {
              const id = issueIdOf(e.currentTarget.value.trim());
              if (id) props.onChangePlan({ key: issueKeyOf(id) });
              else e.currentTarget.value = props.issueKey;
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
      {props.hasSubtitle ? (
        <div class="field">
          <label for="export-subtitle">{t('fieldSubtitle')}</label>
          <LiveText id="export-subtitle" value={props.subtitle} placeholder={t('subtitlePlaceholder')} onText={(subtitle) => props.onChangePlan({ subtitle })} />
        </div>
      ) : null}
      <div class="field">
        <label for="export-intro">{t('fieldIntro')}</label>
        <LiveText id="export-intro" rows={2} value={props.intro} placeholder={t('introPlaceholder')} onText={(intro) => props.onChangePlan({ intro })} />
      </div>
      <section class="checks" aria-labelledby="checks-heading">
        <h2 id="checks-heading">{t('checksHeading')}</h2>
        {props.problems.length === 0 ? (
          <p class="ok">{t('checksPassed')}</p>
        ) : (
          <ul>
            {props.problems.map((p, i) => (
              <li key={i}>
                {describeProblem(p, t, formatList)}
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
        <textarea id="export-markdown" class="markdown" readOnly rows={12} value={props.markdown} spellcheck={false} />
        <div class="row row-between">
          <div class="file-name">{props.fileName}</div>
          {props.onOpenInTab ? (
            <button type="button" class="link-button" onClick={props.onOpenInTab}>
              {t('buttonOpenInTab')}
            </button>
          ) : null}
        </div>
      </div>
      <div class="actions">
        <button type="button" class="secondary" onClick={props.onCopy}>
          {t('buttonCopy')}
        </button>
        <button type="button" class="secondary" onClick={props.onDownload}>
          {t('buttonDownload')}
        </button>
        {confirming ? (
          <button type="button" class="primary danger-fill" disabled={props.busy} onClick={props.onPublish} ref={(el) => el?.focus()}>
            {t('buttonConfirmPublish', [props.itemCount, props.issueKey])}
          </button>
        ) : (
          <button type="button" class="primary" disabled={props.busy || props.itemCount === 0} onClick={() => setConfirming(true)}>
            {t('buttonPublish')}
          </button>
        )}
      </div>
      {confirming && !props.handedOver ? (
        <p class="notice notice-warning" role="alert">
          {t('publishNotTakenOut')}
        </p>
      ) : null}
      <section class="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t('previewHeading')}</h2>
        {preview === undefined ? <p class="hint">{t('previewLoading')}</p> : <div class="rendered" dangerouslySetInnerHTML={{ __html: preview }} />}
      </section>
    </div>
  );
}

function describeProblem(p: PrePublishProblem, t: ReturnType<typeof useT>, formatList: FormatList): string {
  switch (p.kind) {
    case 'no-items':
      return t('checkNoItems');
    case 'no-comment':
      return t('checkNoComment', p.title);
    case 'tracking':
      return t('checkTracking', [formatList(p.names), p.url]);
    case 'duplicate-in-issue':
      return t('checkDuplicateQueue', p.url);
    case 'already-published':
      return t('checkDuplicatePublished', [p.issue, p.url]);
    case 'empty-headings':
      return t('checkEmptyHeadings', formatList(p.names));
  }
}
