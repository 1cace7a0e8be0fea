import { bringBackToQueue } from '../app/bring-back.ts';
import type { Translate } from '../core/contracts/text-keys.ts';
import { renderItem } from '../core/issue/issue-renderer.ts';
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
  changed: () => Promise<void>;
  toast: (text: string) => void;
}

/** The archive keeps its own state, so typing a search re-renders the archive and nothing else. */
export function ArchiveSection({ store, revision, template, t, action, newId, now, copyText, changed, toast }: ArchiveSectionProps) {
  const archive = useArchive(store, revision, action.fail);
  return (
    <section id="archive" aria-labelledby="archive-heading">
      <h2 id="archive-heading">{t('navArchive')}</h2>
      <ArchivePanel
        loading={archive.loading}
        query={archive.query}
        project={archive.project}
        issue={archive.issue}
        projects={archive.projects}
        issues={archive.issues}
        results={archive.results}
        total={archive.total}
        onQuery={archive.setQuery}
        onShowMore={archive.showMore}
        onCopy={(item) => void copyText(renderItem(item, template)).then((ok) => toast(t(ok ? 'toastCopiedItem' : 'toastCopyFailed')))}
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
