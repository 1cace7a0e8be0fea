import { bringBackToQueue } from '../app/bring-back.ts';
import { readPublishedIssue } from '../app/read-export.ts';
import type { ExportedIssue } from '../core/issue/issue-export.ts';
import { Failure } from '../core/model/failure.ts';
import type { Translate } from '../core/contracts/text-keys.ts';
import { renderItem } from '../core/issue/item-renderer.ts';
import type { Template } from '../core/model/template.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { ArchivePanel } from '../ui/options/archive-panel.tsx';
import type { Action } from '../ui/use-action.ts';
import { useArchive } from './use-archive.ts';

interface ArchiveSectionProps {
  store: DigestStore;
  revision: number;
  template: Template;
  t: Translate;
  action: Action;
  newId: () => string;
  now: () => Date;
  copyText: (text: string) => Promise<boolean>;
  downloadText: (fileName: string, text: string) => void;
  changed: () => Promise<void>;
  toast: (text: string) => void;
}

/** The archive keeps its own state, so typing a search re-renders the archive and nothing else. */
export function ArchiveSection({ store, revision, template, t, action, newId, now, copyText, downloadText, changed, toast }: ArchiveSectionProps) {
  const archive = useArchive(store, revision, template, action.fail);
  /** A published issue again, for the clipboard or a file; `gone` where it is no longer held. */
  const withIssue = (key: string, use: (exported: ExportedIssue) => Promise<void> | void) =>
    void action.run(async () => {
      const exported = await readPublishedIssue(store, key);
      if (!exported) throw new Failure('gone');
      await use(exported);
    });
  return (
    <section id="archive" aria-labelledby="archive-heading">
      <h2 id="archive-heading">{t('navArchive')}</h2>
      <ArchivePanel
        loading={archive.loading}
        query={archive.query}
        project={archive.project}
        issue={archive.issue}
        headings={archive.headings}
        issues={archive.issues}
        results={archive.results}
        total={archive.total}
        onQuery={archive.setQuery}
        onShowMore={archive.showMore}
        onCopy={(item) => void copyText(renderItem(item, template)).then((ok) => toast(t(ok ? 'toastCopiedItem' : 'toastCopyFailed')))}
        onCopyIssue={(key) => withIssue(key, async (e) => toast(t((await copyText(e.markdown)) ? 'toastCopied' : 'toastCopyFailed')))}
        onDownloadIssue={(key) =>
          withIssue(key, (e) => {
            const name = e.issue.fileName ?? `issue-${e.issue.key}.md`;
            downloadText(name, e.markdown);
            toast(t('toastDownloaded', name));
          })
        }
        onBringBack={(item) =>
          void action.run(async () => {
            await bringBackToQueue(store, item, { newId, now });
            toast(t('toastBroughtBack'));
            await changed();
          })
        }
      />
    </section>
  );
}
