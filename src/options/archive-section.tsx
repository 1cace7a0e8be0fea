import { bringBack } from '../core/archive-search.ts';
import { renderItem } from '../core/issue-renderer.ts';
import type { Translate } from '../core/message-keys.ts';
import type { Template } from '../core/template.ts';
import { copyText } from '../platform/clipboard.ts';
import { sendMessage } from '../platform/messaging.ts';
import type { Repos } from '../storage/repos.ts';
import { ArchivePanel } from '../ui/options/archive-panel.tsx';
import { useArchive } from './use-archive.ts';

interface ArchiveSectionProps {
  repos: Repos;
  revision: number;
  template: Template;
  t: Translate;
  newId: () => string;
  now: () => Date;
  run: (work: () => Promise<void>) => Promise<void>;
  toast: (text: string) => void;
}

/** The archive keeps its own state, so typing a search re-renders the archive and nothing else. */
export function ArchiveSection({ repos, revision, template, t, newId, now, run, toast }: ArchiveSectionProps) {
  const archive = useArchive(repos, revision);
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
          void run(async () => {
            await repos.items.addToQueue(bringBack(item, newId(), now()));
            await sendMessage('queueChanged', { source: 'options' });
            toast(t('toastBroughtBack'));
          })
        }
      />
    </section>
  );
}
