import { render } from 'preact';
import { isoDateAt } from '../core/dates/calendar-date.ts';
import { copyText } from '../platform/clipboard.ts';
import { downloadText } from '../platform/download.ts';
import { uiLanguage, uiText } from '../platform/i18n.ts';
import { listenToMessages, sendMessage } from '../platform/messaging.ts';
import { requestHostAccess } from '../platform/host-access.ts';
import { writeLocal } from '../platform/local-cache.ts';
import { CAPTURE_CACHE_KEY, redrawCaptureCache } from '../app/capture-cache.ts';
import { createDigestStore } from '../storage/digest-store.ts';
import { openDigestDb } from '../storage/open-db.ts';
import { TranslateProvider } from '../ui/translate-context.ts';
import { ListProvider, listFormatOf } from '../ui/list-context.ts';
import { OptionsApp, type OptionsPorts } from './options-app.tsx';
import { workerCall } from '../platform/worker-call.ts';
import { applyIssueImport, planIssueImport } from '../app/import-issues.ts';
import type { importHandlers } from './import-worker.ts';
import '../ui/styles.css';
import '../ui/options/options.css';

const store = createDigestStore(openDigestDb());
const language = uiLanguage();
document.documentElement.lang = language;
document.title = uiText('optionsTitle');
const timeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
const now = (): Date => new Date();

// An import of hundreds of issues is worked out and applied in a worker, the page responsive
// meanwhile; where the worker cannot answer, the page does it itself (and words any failure).
const importer = workerCall<typeof importHandlers>(() => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }));

const ports: OptionsPorts = {
  copyText,
  downloadText,
  broadcastDataChanged: () => {
    // The popup's early form must not show headings changed here: the cache goes at once, and
    // comes back as the database now has it (after an import of a long archive the popup would
    // otherwise open the slow way, reading every issue, before any form shows).
    writeLocal(CAPTURE_CACHE_KEY, undefined);
    void redrawCaptureCache(store, language, isoDateAt(now()), (cache) => writeLocal(CAPTURE_CACHE_KEY, cache));
    void sendMessage('dataChanged', { source: 'options' });
  },
  listenForChanges: (onChange, signal) => listenToMessages({ queueChanged: onChange, dataChanged: onChange }, signal),
  team: {
    requestAccess: requestHostAccess,
    connect: (request) => sendMessage('teamConnect', request),
    sync: () => sendMessage('teamSync', {}),
    disconnect: async () => void (await sendMessage('teamDisconnect', {})),
  },
  importOffThread: {
    plan: async (files, day) => {
      const answer = await importer('plan', { files, today: day });
      return answer.ok ? answer.value : planIssueImport(store, files, day);
    },
    apply: async (plan, at) => {
      const answer = await importer('apply', { plan, now: at.toISOString() });
      if (!answer.ok) await applyIssueImport(store, plan, at);
    },
  },
};

const root = document.getElementById('app') as HTMLElement;
render(
  <TranslateProvider value={uiText}>
    <ListProvider value={listFormatOf(language)}>
      <OptionsApp
        store={store}
        ports={ports}
        t={uiText}
        now={now}
        today={() => isoDateAt(now())}
        newId={() => crypto.randomUUID()}
        formatTime={(iso) => timeFormat.format(new Date(iso))}
        initialSection={decodeURIComponent(location.hash.slice(1)) || undefined}
      />
    </ListProvider>
  </TranslateProvider>,
  root,
);
root.dataset.ready = 'true';
