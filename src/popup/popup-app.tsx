import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { CaptureContext } from '../app/capture-context.ts';
import type { Translate } from '../core/contracts/text-keys.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import type { Item } from '../core/model/item.ts';
import type { EarlyEdits } from '../app/early-capture.ts';
import { lazy } from '../ui/lazy.tsx';
import { PopupFrame, type TabId } from '../ui/popup-frame.tsx';
import { Toast } from '../ui/toast.tsx';
import { useToast } from '../ui/use-toast.ts';
import { CaptureView } from './capture-view.tsx';
import type { ExportPorts, PostPort } from './use-export.ts';
import type { TeamSyncPort } from './use-team.ts';
import { useQueue } from './use-queue.ts';
import { openIssueStatus, type OpenIssueStatus } from '../app/open-issue-status.ts';
import { setWelcomed } from '../app/digest-settings.ts';
import type { FactsAsked, RawPageFacts } from '../core/page/page-facts.ts';
import { retiredHeadings } from '../core/suggestion/retired-headings.ts';

export type { TabId };

// The capture form is what the popup opens on; the other views load when first shown.
const QueueView = lazy(() => import('./queue-view.tsx').then((m) => m.default));
const ExportView = lazy(() => import('./export-view.tsx').then((m) => m.default));

/** Loads the queue's and the export's code ahead of their first showing. */
export function preloadViews(): void {
  QueueView.preload();
  ExportView.preload();
}

/** What the popup needs from the browser besides storage. */
export interface PopupPorts extends ExportPorts {
  openOptionsPage: () => void;
  /** The options page at one of its sections (`import`). */
  openOptionsAt: (section: string) => void;
  /** The export view in a tab of its own, with room for the Markdown. */
  openExportInTab: () => void;
  broadcastQueueChanged: () => void;
  /** Calls back when another page changed the queue or the data; stops on abort. */
  listenForChanges: (onChange: () => void, signal: AbortSignal) => void;
  /** Closes the toolbar popup; absent where the popup is a page of its own. */
  closePopup?: () => void;
  /** Whether the save shortcut is ⌘+Enter. */
  commandKey: boolean;
  /** What the page in a tab says about itself, read at the editor's click. */
  readPageFacts: (tabId: number, asked: FactsAsked) => Promise<RawPageFacts | undefined>;
  /** Opens the side panel (and closes the popup); absent in the panel itself. */
  openSidePanel?: () => void;
  /** The worker's team actions (a browser connected to a team's repository). */
  team: TeamSyncPort & PostPort;
  /** Opens an address in a new tab (a pull request page). */
  openUrl: (url: string) => void;
  /** Whether the capture form shows its entry written out (the editor's last choice), and keeping a new one. */
  entryShown: () => boolean;
  keepEntryShown: (shown: boolean) => void;
}

/** The side panel's own state: whether it may follow every tab, and how to ask. */
export interface PanelState {
  seesTabs: boolean;
  allowTabs: () => void;
  useThisPage: () => void;
}

export interface PopupProps {
  ctx: CaptureContext;
  initialTab?: TabId;
  store: DigestStore;
  ports: PopupPorts;
  t: Translate;
  now: () => Date;
  today: () => string;
  newId: () => string;
  /** Present when the views stand in the side panel. */
  panel?: PanelState;
  /** The queue's read, started by the entry as soon as the form is on screen. */
  firstQueueRead?: () => Promise<Item[]>;
  /** What the editor did in the early form this application takes over from. */
  early?: EarlyEdits;
}

export function PopupApp({ ctx, initialTab, store, ports, t, now, today, newId, panel, firstQueueRead, early }: PopupProps) {
  const [tab, setTab] = useState<TabId>(initialTab ?? 'capture');
  const { toast, show: showToast, dismiss } = useToast();
  const [revision, setRevision] = useState(0);
  // The header follows every change (a publish here, an import in the options): read again.
  const [status, setStatus] = useState<Pick<OpenIssueStatus, 'key' | 'due'>>({ key: ctx.openIssue, due: ctx.due });

  const queueChanged = useCallback(() => {
    setRevision((r) => r + 1);
    ports.broadcastQueueChanged();
  }, [ports]);

  useEffect(() => {
    const stop = new AbortController();
    ports.listenForChanges(() => setRevision((r) => r + 1), stop.signal);
    return () => stop.abort();
  }, [ports]);

  useEffect(() => {
    if (revision === 0) return;
    let live = true;
    openIssueStatus(store, today()).then(
      (next) => live && setStatus(next),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [revision, store, today]);

  const [welcome, setWelcome] = useState(ctx.firstRun);
  const retired = useMemo(() => retiredHeadings(ctx.model), [ctx.model]);
  // The other views' code loads once the form is on screen, not at the editor's click.
  useEffect(preloadViews, []);

  const queue = useQueue({ store, t, onQueueChanged: queueChanged, toast: showToast, revision, now, newId, firstRead: firstQueueRead });
  const count = queue.items?.length;

  const banner = (
    <>
      {panel && !panel.seesTabs ? (
        <div class="welcome" role="region" aria-label={t('panelFollowTitle')}>
          <strong>{t('panelFollowTitle')}</strong>
          <p>{t('panelFollowBody')}</p>
          <div class="actions actions-start">
            <button type="button" class="primary" onClick={panel.allowTabs}>
              {t('buttonAllowTabs')}
            </button>
            <button type="button" class="secondary" onClick={panel.useThisPage}>
              {t('buttonUseThisPage')}
            </button>
          </div>
        </div>
      ) : null}
      {welcome ? (
        <div class="welcome" role="region" aria-label={t('welcomeTitle')}>
          <strong>{t('welcomeTitle')}</strong>
          <p>{t('welcomeBody')}</p>
          <div class="actions actions-start">
            <button type="button" class="primary" onClick={() => ports.openOptionsAt('import')}>
              {t('buttonImportPast')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setWelcome(false);
                void setWelcomed(store).catch(() => undefined);
              }}
            >
              {t('buttonStartFresh')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );

  return (
    <PopupFrame status={status} queueCount={count} tab={tab} onSelectTab={setTab} onOpenOptions={ports.openOptionsPage} onOpenPanel={ports.openSidePanel} banner={banner} footer={<Toast toast={toast} onDismiss={dismiss} />}>
      {tab === 'capture' ? (
        <CaptureView key={ctx.page.key} ctx={ctx} queue={queue.items} early={early} retired={retired} deps={{ store, t, now, newId, onQueueChanged: queueChanged, toast: showToast, commandKey: ports.commandKey, readPageFacts: ports.readPageFacts, entryShown: ports.entryShown, keepEntryShown: ports.keepEntryShown, ...(ports.closePopup ? { closePopup: ports.closePopup } : {}) }} />
      ) : tab === 'queue' ? (
        <QueueView queue={queue} template={ctx.template} retired={retired} team={{ store, t, port: ports.team, toast: showToast, revision }} />
      ) : (
        <ExportView
          store={store}
          t={t}
          now={now}
          today={today}
          copyText={ports.copyText}
          downloadText={ports.downloadText}
          openInTab={initialTab === 'export' ? undefined : ports.openExportInTab}
          onQueueChanged={queueChanged}
          toast={showToast}
          revision={revision}
          pushPost={ports.team.pushPost}
          openUrl={ports.openUrl}
        />
      )}
    </PopupFrame>
  );
}
