import { render } from 'preact';
import { isoDateAt } from '../core/calendar-date.ts';
import { message, uiLanguage } from '../platform/i18n.ts';
import { requestPersistentStorage } from '../platform/persistent-storage.ts';
import { activeTab, tabById } from '../platform/tabs.ts';
import { openDigestDb } from '../storage/open-db.ts';
import { createRepos } from '../storage/repos.ts';
import { Notice } from '../ui/notice.tsx';
import { TranslateProvider } from '../ui/translate-context.ts';
import { failureText } from './failure-text.ts';
import { loadCaptureContext } from './load-capture-context.ts';
import { PopupApp } from './popup-app.tsx';
import '../ui/styles.css';

// Everything the form needs starts here, at module load, before Preact renders anything: the
// tab and the database reads run while the page is still being set up.
performance.mark('digest-clipper:script-start');
const now = (): Date => new Date();
const today = (): string => isoDateAt(now());
const repos = createRepos(openDigestDb());
const params = new URLSearchParams(location.search);
const tabParam = params.get('tab');
const initialTab = params.get('view') === 'export' ? 'export' : params.get('view') === 'queue' ? 'queue' : undefined;
const tab = tabParam ? tabById(Number(tabParam)) : activeTab();
const context = loadCaptureContext(tab, repos, today());

document.documentElement.lang = uiLanguage();
document.title = message('extName');
const root = document.getElementById('app') as HTMLElement;

context.then(
  (ctx) => {
    performance.mark('digest-clipper:data-ready');
    render(
      <TranslateProvider value={message}>
        <PopupApp ctx={ctx} initialTab={initialTab} repos={repos} t={message} now={now} today={today} newId={() => crypto.randomUUID()} />
      </TranslateProvider>,
      root,
    );
    root.dataset.ready = 'true';
    // The benchmark's finish line: the form shows the page and the suggestion.
    performance.mark('digest-clipper:form-ready');
    void requestPersistentStorage();
  },
  (e: unknown) => {
    render(<Notice tone="error">{failureText(e, message)}</Notice>, root);
    root.dataset.ready = 'error';
  },
);
