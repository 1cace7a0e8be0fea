import { render } from 'preact';
import { loadCaptureContext } from '../app/capture-context.ts';
import { isoDateAt } from '../core/dates/calendar-date.ts';
import { copyText } from '../platform/clipboard.ts';
import { downloadText } from '../platform/download.ts';
import { uiLanguage, uiText } from '../platform/i18n.ts';
import { requestPersistentStorage } from '../platform/persistent-storage.ts';
import { extensionUrl, openOptionsAt, openOptionsPage } from '../platform/runtime.ts';
import { activeTab, openTab, tabById } from '../platform/tabs.ts';
import { closeThisWindow } from '../platform/window.ts';
import { usesCommandKey } from '../platform/keyboard.ts';
import { readPageFacts } from '../platform/page-facts.ts';
import { createDigestStore } from '../storage/digest-store.ts';
import { openDigestDb } from '../storage/open-db.ts';
import { sayFailure } from '../core/contracts/wording.ts';
import { Notice } from '../ui/notice.tsx';
import { TranslateProvider } from '../ui/translate-context.ts';
import { PopupApp, type PopupPorts } from './popup-app.tsx';
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
const initialTab = view === 'export' || view === 'queue' ? view : undefined;
const tab = tabParam ? tabById(Number(tabParam)) : activeTab();
const context = loadCaptureContext(store, tab, today());

const messaging = () => import('../platform/messaging.ts');

const ports: PopupPorts = {
  copyText,
  downloadText,
  openOptionsPage: () => void openOptionsPage(),
  openOptionsAt: (section) => void openOptionsAt(section),
  openExportInTab: () => void openTab(extensionUrl('src/popup/index.html?view=export')),
  // Messaging loads after the form: nothing on the capture path waits for the polyfill.
  broadcastQueueChanged: () => void messaging().then((m) => m.sendMessage('queueChanged', { source: 'popup' })),
  listenForChanges: (onChange, signal) => void messaging().then((m) => m.listenToMessages({ queueChanged: onChange, dataChanged: onChange }, signal)),
  commandKey: usesCommandKey(),
  readPageFacts,
  // Only the toolbar popup closes itself; opened as a page for a tab (`?tab=`), it stays.
  ...(tabParam ? {} : { closePopup: closeThisWindow }),
};

document.documentElement.lang = uiLanguage();
// Opened as a page of its own (a reminder, "Open in a tab"): as wide as the tab allows.
if (view) document.documentElement.classList.add('in-tab');
document.title = uiText('extName');
const root = document.getElementById('app') as HTMLElement;

context.then(
  (ctx) => {
    performance.mark('digest-clipper:data-ready');
    render(
      <TranslateProvider value={uiText}>
        <PopupApp ctx={ctx} initialTab={initialTab} store={store} ports={ports} t={uiText} now={now} today={today} newId={() => crypto.randomUUID()} />
      </TranslateProvider>,
      root,
    );
    root.dataset.ready = 'true';
    // The benchmark's finish line: the form shows the page and the suggestion.
    performance.mark('digest-clipper:form-ready');
    void requestPersistentStorage();
  },
  (e: unknown) => {
    render(<Notice tone="error">{sayFailure(uiText, e)}</Notice>, root);
    root.dataset.ready = 'error';
  },
);
