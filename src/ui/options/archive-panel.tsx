import { isSafeHref } from '../../core/url/capturable-url.ts';
import type { Item } from '../../core/model/item.ts';
import type { ArchiveHeading } from '../../core/queue/archive-search.ts';
import { useT } from '../translate-context.ts';
import { useFormatList } from '../list-context.ts';

interface ArchivePanelProps {
  loading: boolean;
  query: string;
  project: string;
  issue: string;
  headings: readonly ArchiveHeading[];
  issues: readonly string[];
  results: readonly Item[];
  total: number;
  onQuery: (patch: { query?: string; project?: string; issue?: string }) => void;
  onShowMore: () => void;
  onCopy: (item: Item) => void;
  onBringBack: (item: Item) => void;
  /** The issue chosen in the filter, as Markdown again: copied or downloaded. */
  onCopyIssue: (key: string) => void;
  onDownloadIssue: (key: string) => void;
}

export function ArchivePanel(props: ArchivePanelProps) {
  const t = useT();
  const formatList = useFormatList();
  return (
    <div class="archive">
      <p>{t('archiveIntro')}</p>
      <div class="row">
        <div class="field">
          <label for="archive-search">{t('archiveSearch')}</label>
          <input id="archive-search" type="search" value={props.query} onInput={(e) => props.onQuery({ query: e.currentTarget.value })} />
        </div>
        <div class="field field-narrow">
          <label for="archive-project">{t('archiveProject')}</label>
          <select id="archive-project" value={props.project} onChange={(e) => props.onQuery({ project: e.currentTarget.value })}>
            <option value="">{t('archiveAll')}</option>
            {props.headings.map((h) => (
              <option key={h.name} value={h.name}>
                {h.formerly.length > 0 ? t('archiveHeadingFormerly', [h.name, formatList(h.formerly)]) : h.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field field-narrow">
          <label for="archive-issue">{t('archiveIssue')}</label>
          <select id="archive-issue" value={props.issue} onChange={(e) => props.onQuery({ issue: e.currentTarget.value })}>
            <option value="">{t('archiveAll')}</option>
            {props.issues.map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      {props.issue !== '' ? (
        <div class="actions actions-start">
          <button type="button" class="secondary" onClick={() => props.onCopyIssue(props.issue)}>
            {t('buttonCopyIssue', props.issue)}
          </button>
          <button type="button" class="secondary" onClick={() => props.onDownloadIssue(props.issue)}>
            {t('buttonDownloadIssue', props.issue)}
          </button>
        </div>
      ) : null}
      {props.loading ? (
        <p class="hint">{t('archiveLoading')}</p>
      ) : (
        <>
          <p class="hint" role="status" data-query={props.query}>
            {props.total === 0 ? t('archiveEmpty') : t('archiveCount', [props.results.length, props.total])}
          </p>
          <ol class="results">
            {props.results.map((item) => {
              const link = item.links[0];
              return (
                <li key={item.id} class="result">
                  <div class="result-meta">
                    <span class="tag">{t('archiveIssueLabel', item.issue ?? 0)}</span>
                    <bdi>{[item.section, item.project].filter(Boolean).join(' › ')}</bdi>
                  </div>
                  {/* Text from pages and editors is isolated: a right-to-left override in it stops at its end. */}
                  <div class="result-comment">
                    <bdi>{item.comment || link?.title}</bdi>
                  </div>
                  <div class="result-links">
                    {item.links.map((l) =>
                      // Imported issues may hold any URL; only web and mail addresses become links.
                      isSafeHref(l.url) ? (
                        <a key={l.url} href={l.url} target="_blank" rel="noopener noreferrer">
                          {l.label ?? ''}
                          <bdi>{l.title || l.url}</bdi>
                        </a>
                      ) : (
                        <span key={l.url}>
                          {l.label ?? ''}
                          <bdi>{l.title || l.url}</bdi>
                        </span>
                      ),
                    )}
                  </div>
                  <div class="actions">
                    <button type="button" class="secondary small" onClick={() => props.onCopy(item)}>
                      {t('buttonCopyItem')}
                    </button>
                    <button type="button" class="secondary small" onClick={() => props.onBringBack(item)}>
                      {t('buttonBringBack')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
          {props.results.length < props.total ? (
            <button type="button" class="secondary" onClick={props.onShowMore}>
              {t('buttonShowMore')}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
