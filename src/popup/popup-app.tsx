import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Translate } from '../core/message-keys.ts';
import { listenToMessages, sendMessage } from '../platform/messaging.ts';
import { openOptionsPage } from '../platform/runtime.ts';
import type { Repos } from '../storage/repos.ts';
import { lazy } from '../ui/lazy.tsx';
import { Tabs } from '../ui/tabs.tsx';
import { Toast } from '../ui/toast.tsx';
import { useToast } from '../ui/use-toast.ts';
import { CaptureView } from './capture-view.tsx';
import type { CaptureContext } from './load-capture-context.ts';
import { useQueue } from './use-queue.ts';

export type TabId = 'capture' | 'queue' | 'export';

// The capture form is what the popup opens on; the other views load when first shown.
const QueueView = lazy(() => import('./queue-view.tsx').then((m) => m.default));
const ExportView = lazy(() => import('./export-view.tsx').then((m) => m.default));

export interface PopupProps {
  ctx: CaptureContext;
  initialTab?: TabId;
  repos: Repos;
  t: Translate;
  now: () => Date;
  today: () => string;
  newId: () => string;
}

export function PopupApp({ ctx, initialTab, repos, t, now, today, newId }: PopupProps) {
  const [tab, setTab] = useState<TabId>(initialTab ?? 'capture');
  const { toast, show: showToast, dismiss } = useToast();
  const [revision, setRevision] = useState(0);
  const [openIssue, setOpenIssue] = useState(ctx.openIssueNumber);

  const queueChanged = useCallback(() => {
    setRevision((r) => r + 1);
    void sendMessage('queueChanged', { source: 'popup' });
  }, []);

  useEffect(() => {
    const stop = new AbortController();
    const refresh = () => setRevision((r) => r + 1);
    listenToMessages({ queueChanged: refresh, dataChanged: refresh }, stop.signal);
    return () => stop.abort();
  }, []);

  const queue = useQueue({ repos, t, onQueueChanged: queueChanged, toast: showToast, revision });
  const count = queue.items?.length;

  return (
    <div class="popup">
      <header class="header">
        <h1>
          <img src="/icons/icon-32.png" alt="" width={20} height={20} />
          <span>{t('issueHeading', openIssue)}</span>
        </h1>
        {ctx.due.date ? <span class={`due due-${ctx.due.state}`}>{t('dueOn', ctx.due.date)}</span> : null}
        <button type="button" class="link-button" onClick={() => void openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      <Tabs
        label={t('tabsLabel')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'capture', label: t('tabCapture') },
          { id: 'queue', label: t('tabQueue'), ...(count ? { badge: String(count) } : {}) },
          { id: 'export', label: t('tabExport') },
        ]}
      >
        {tab === 'capture' ? (
          <CaptureView ctx={ctx} queue={queue.items} deps={{ repos, t, now, newId, onQueueChanged: queueChanged, toast: showToast }} />
        ) : tab === 'queue' ? (
          <QueueView queue={queue} template={ctx.template} />
        ) : (
          <ExportView repos={repos} t={t} today={today} onQueueChanged={queueChanged} onPublished={setOpenIssue} toast={showToast} revision={revision} />
        )}
      </Tabs>
      <Toast toast={toast} onDismiss={dismiss} />
    </div>
  );
}
