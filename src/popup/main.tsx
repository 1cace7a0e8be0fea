import { render } from 'preact';
import { loadCaptureContext } from '../app/capture-context.ts';
import { readQueue } from '../app/read-queue.ts';
import type { Item } from '../core/model/item.ts';
import { isoDateAt } from '../core/dates/calendar-date.ts';
import { copyText } from '../platform/clipboard.ts';
import { downloadText } from '../platform/download.ts';
import { uiLanguage, uiText } from '../platform/i18n.ts';
import { requestPersistentStorage } from '../platform/persistent-storage.ts';
import { extensionUrl, openOptionsAt, openOptionsPage } from '../platform/runtime.ts';
import { activeTab, askToSeeTabs, canSeeTabs, onActiveTabChanged, openTab, tabById } from '../platform/tabs.ts';
import { closeThisWindow } from '../platform/window.ts';
import { usesCommandKey } from '../platform/keyboard.ts';
import { createDigestStore } from '../storage/digest-store.ts';
import { openDigestDb } from '../storage/open-db.ts';
import { sayFailure } from '../core/contracts/wording.ts';
import { Notice } from '../ui/notice.tsx';
import { TranslateProvider } from '../ui/translate-context.ts';
import { ListProvider, listFormatOf } from '../ui/list-context.ts';
import { PopupApp, preloadViews, type PanelState, type PopupPorts } from './popup-app.tsx';
import type { CaptureContext } from '../app/capture-context.ts';
import { openSidePanel } from '../platform/side-panel.ts';
import { currentWindowId } from '../platform/windows.ts';
import { CAPTURE_CACHE_KEY, captureCacheOf, redrawCaptureCache } from '../app/capture-cache.ts';
import { EARLY_EDITS_KEY, keepEarlyEdits, keptEarlyEditsOf } from '../app/kept-early-edits.ts';
import { readLocal, writeLocal } from '../platform/local-cache.ts';
import { entryShown, keepEntryShown } from './entry-shown.ts';
import { focusSpotOf, restoreFocus, takeHandover, waitingForm, type EarlyHandover } from './early/early-handover.ts';
import '../ui/styles.css';

// Everything the form needs starts here, at module load, before Preact renders anything: the
// tab and the database reads run while the page is still being set up.
performance.mark('digest-clipper:script-start');
const now = (): Date => new Date();
const today = (): string => isoDateAt(now());
const store = createDigestStore(openDigestDb());
const params = new URLSearchParams(location.search);
const tabParam = params.get('tab');
const view = params.get('view');
// The side panel (Chrome) or sidebar (Firefox): the same views, following the page being read.
const panel = params.get('panel') === '1';
const initialTab = view === 'export' || view === 'queue' ? view : undefined;
const tab = tabParam ? tabById(Number(tabParam)) : activeTab();
// Typing in early forms whose popups closed before an application could take it over is made
// those pages' drafts first, so the form below finds it; this page's own early form is left be.
const forgetEdits = (forms: readonly string[]): void =>
  writeLocal(EARLY_EDITS_KEY, keptEarlyEditsOf(readLocal(EARLY_EDITS_KEY)).filter((k) => !forms.includes(k.form)));
const orphaned = keptEarlyEditsOf(readLocal(EARLY_EDITS_KEY)).filter((k) => k.form !== waitingForm());
const rescued = orphaned.length > 0 ? keepEarlyEdits(store, orphaned, now()).then(() => forgetEdits(orphaned.map((k) => k.form))) : undefined;
const context = rescued ? rescued.catch(() => undefined).then(() => loadCaptureContext(store, tab, today())) : loadCaptureContext(store, tab, today());

const messaging = () => import('../platform/messaging.ts');
// Known before any click, so the panel opens in the click itself (a browser rule).
let windowId: number | undefined;
void currentWindowId().then((id) => (windowId = id));

const ports: PopupPorts = {
  copyText,
  downloadText,
  openOptionsPage: () => void openOptionsPage(),
  openOptionsAt: (section) => void openOptionsAt(section),
  openExportInTab: () => void openTab(extensionUrl('src/popup/index.html?view=export')),
  // Messaging loads after the form: nothing on the capture path waits for the polyfill.
  broadcastQueueChanged: () => {
    void messaging().then((m) => m.sendMessage('queueChanged', { source: 'popup' }));
    // A save taught the model: the next popup's early form suggests from what it learned (read
    // once the save's confirmation is on screen).
    setTimeout(() => void redrawCaptureCache(store, uiLanguage(), today(), (cache) => writeLocal(CAPTURE_CACHE_KEY, cache)), 50);
  },
  listenForChanges: (onChange, signal) => void messaging().then((m) => m.listenToMessages({ queueChanged: onChange, dataChanged: onChange }, signal)),
  team: {
    sync: () => messaging().then((m) => m.sendMessage('teamSync', {})),
    pushPost: (key) => messaging().then((m) => m.sendMessage('teamPushPost', { key })),
  },
  openUrl: (url) => void openTab(url),
  entryShown,
  keepEntryShown,
  commandKey: usesCommandKey(),
  // Read after the form shows: the page's facts never hold up the capture.
  readPageFacts: (tabId, asked) => import('../platform/page-facts.ts').then((m) => m.readPageFacts(tabId, asked)),
  // Only the toolbar popup closes itself; opened as a page for a tab (`?tab=`), it stays.
  ...(tabParam || panel ? {} : { closePopup: closeThisWindow }),
  ...(panel
    ? {}
    : {
        openSidePanel: () =>
          void openSidePanel(windowId).then(
            (opened) => opened && !tabParam && closeThisWindow(),
            () => undefined,
          ),
      }),
};

document.documentElement.lang = uiLanguage();
const formatList = listFormatOf(uiLanguage());
// Opened as a page of its own (a reminder, "Open in a tab"): as wide as the tab allows.
if (view) document.documentElement.classList.add('in-tab');
if (panel) document.documentElement.classList.add('in-panel');
document.title = uiText('extName');
const root = document.getElementById('app') as HTMLElement;

// The queue is read once the form is on screen, not a frame later when the queue's hook would ask.
let firstQueue: Promise<Item[]> | undefined;
const firstQueueRead = (): Promise<Item[]> => (firstQueue ??= readQueue(store));
// With the early form on screen, the form's reads are no longer what the editor waits for: the
// queue is read beside them, ready for the editor's first look at it.
if (waitingForm() !== undefined) {
  void firstQueueRead().catch(() => undefined);
  preloadViews();
}

function show(ctx: CaptureContext, panelState?: PanelState, early?: EarlyHandover): void {
  // The early form's keyboard focus and caret, put back in the application's form below: all
  // in this one task, so no keystroke falls between the two forms.
  const spot = early ? focusSpotOf(document.activeElement) : undefined;
  early?.close();
  // This application has the early form's typing now, and keeps it as drafts itself.
  if (early) forgetEdits([early.form]);
  render(
    <TranslateProvider value={uiText}>
      <ListProvider value={formatList}>
        <PopupApp
          ctx={ctx}
          initialTab={early?.tab ?? initialTab}
          store={store}
          ports={ports}
          t={uiText}
          now={now}
          today={today}
          newId={() => crypto.randomUUID()}
          firstQueueRead={firstQueueRead}
          {...(early ? { early } : {})}
          {...(panelState ? { panel: panelState } : {})}
        />
      </ListProvider>
    </TranslateProvider>,
    root,
  );
  if (spot) restoreFocus(spot);
}

context.then(
  async (ctx) => {
    performance.mark('digest-clipper:data-ready');
    const early = takeHandover();
    show(ctx, panel ? await panelStateNow() : undefined, early);
    root.dataset.ready = 'true';
    // The benchmark's finish line, unless the early form crossed it: the form shows the page and the suggestion.
    if (!early) performance.mark('digest-clipper:form-ready');
    performance.mark('digest-clipper:app-ready');
    // What the next popup's early form starts from, as read now.
    void firstQueueRead().then(
      (queue) => writeLocal(CAPTURE_CACHE_KEY, captureCacheOf(ctx, uiLanguage(), queue.length)),
      () => undefined,
    );
    void requestPersistentStorage();
    if (panel) followTabs();
  },
  (e: unknown) => {
    // An early form stays: what the editor typed there is still on screen, under the notice.
    root.hidden = false;
    render(<Notice tone="error">{sayFailure(uiText, e)}</Notice>, root);
    root.dataset.ready = 'error';
  },
);

/** The panel reads the page again whenever the editor turns to another. */
function followTabs(): void {
  let latest = 0;
  const again = async (): Promise<void> => {
    const run = ++latest;
    const [ctx, state] = await Promise.all([loadCaptureContext(store, activeTab(), today()), panelStateNow()]);
    if (run === latest) show(ctx, state);
  };
  onActiveTabChanged(() => void again(), new AbortController().signal);
  reloadPanel = again;
}

let reloadPanel: () => Promise<void> = async () => undefined;

async function panelStateNow(): Promise<PanelState> {
  return {
    seesTabs: await canSeeTabs().catch(() => false),
    allowTabs: () => void askToSeeTabs().then(() => reloadPanel(), () => undefined),
    useThisPage: () => void reloadPanel(),
  };
}
