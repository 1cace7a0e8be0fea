import { render } from 'preact';
import { CAPTURE_CACHE_KEY, checkCaptureCache, type CaptureCache } from '../../app/capture-cache.ts';
import { EARLY_EDITS_KEY, keptEarlyEditsOf, withFormEdits, type KeptEarlyEdits } from '../../app/kept-early-edits.ts';
import { earlyCapture, withEarlyEdits, type EarlyCapture } from '../../app/early-capture.ts';
import { captureStart } from '../../app/capture-start.ts';
import { pageNotices, type CaptureNotice } from '../../app/capture-notices.ts';
import { readPageRecords, type PageRecords } from '../../storage/page-records.ts';
import { uiLanguage, uiText } from '../../platform/i18n.ts';
import { usesCommandKey } from '../../platform/keyboard.ts';
import { readLocal, writeLocal } from '../../platform/local-cache.ts';
import { openOptionsPage } from '../../platform/runtime.ts';
import { openSidePanel } from '../../platform/side-panel.ts';
import { activeTab, tabById } from '../../platform/tabs.ts';
import { closeThisWindow } from '../../platform/window.ts';
import { currentWindowId } from '../../platform/windows.ts';
import { TranslateProvider } from '../../ui/translate-context.ts';
import { EarlyPopup, type EarlyState } from './early-popup.tsx';
import { offerHandover } from './early-handover.ts';
import { entryShown, keepEntryShown } from '../entry-shown.ts';

/*
 * The popup's first script: a classic script, the only one the page names, so nothing waits on
 * a chain of modules. It reads the tab and the cache of the digest's headings, shows the form
 * with the page's title and the suggested headings, and only then loads the application, which
 * takes over the form with whatever the editor typed meanwhile.
 */
performance.mark('digest-clipper:early-start');
const appSource = (document.currentScript as HTMLScriptElement | null)?.dataset.app;
const params = new URLSearchParams(location.search);
const tabParam = params.get('tab');

function loadApplication(): void {
  if (!appSource) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = appSource;
  document.body.append(script);
}

function showEarly(cache: CaptureCache, early: EarlyCapture, records: Promise<PageRecords | undefined>): void {
  const root = document.getElementById('app') as HTMLElement;
  const container = document.createElement('div');
  container.className = root.className;
  root.before(container);
  root.hidden = true;
  document.documentElement.lang = uiLanguage();
  const state: EarlyState = { fields: early.fields, touched: new Set(), saveRequested: false, tab: 'capture' };
  const form = crypto.randomUUID();
  // Kept at once, synchronously: if the popup closes before the application takes over, the
  // next one makes it the page's draft. Beside, never over, what another popup left there.
  const keep = (): void => {
    const kept: KeptEarlyEdits = { page: early.page.key, form, fields: state.fields, touched: [...state.touched], saveRequested: state.saveRequested };
    writeLocal(EARLY_EDITS_KEY, withFormEdits(keptEarlyEditsOf(readLocal(EARLY_EDITS_KEY)), form, kept));
  };
  const shown = entryShown();
  // Known before any click, so the panel opens in the click itself (a browser rule).
  let knownWindow: number | undefined;
  const close = (): void => {
    render(null, container);
    container.remove();
    root.hidden = false;
  };
  const draw = (known?: { notices: CaptureNotice[]; editing: boolean }): void =>
    render(
      <TranslateProvider value={uiText}>
        <EarlyPopup
          cache={cache}
          early={early}
          state={state}
          commandKey={usesCommandKey()}
          onEdit={keep}
          onOpenOptions={() => void openOptionsPage()}
          onOpenPanel={() => void openSidePanel(knownWindow).then((opened) => opened && !tabParam && closeThisWindow(), () => undefined)}
          entryShown={shown}
          onEntryShown={keepEntryShown}
          known={known}
        />
      </TranslateProvider>,
      container,
    );
  try {
    draw();
  } catch (e) {
    // A cache this version cannot draw from: the application's own form shows instead, and
    // writes the cache afresh.
    close();
    throw e;
  }
  offerHandover(form, () => ({
    form,
    fields: state.fields,
    touched: [...state.touched],
    saveRequested: state.saveRequested,
    tab: state.tab,
    close,
  }));
  // The benchmark's finish line: the form shows the page and the suggestion.
  performance.mark('digest-clipper:form-ready');
  // A page with a draft, queued or published opens as the application would open it (the draft,
  // the item to edit, the notice), not as a new page it would then replace: usually before the
  // first paint. What the editor typed meanwhile stays on top, as at the hand-over.
  void records.then((found) => {
    if (!found || !container.isConnected || (found.draft === undefined && found.duplicates.length === 0)) return;
    const start = captureStart(early.page, found, early.suggestions, cache.template, cache.model);
    const edits = { fields: state.fields, touched: [...state.touched], saveRequested: state.saveRequested };
    state.fields = withEarlyEdits(start.fields, edits);
    if (state.touched.size > 0) keep();
    try {
      draw({
        notices: pageNotices({ editingId: start.editingId, duplicates: found.duplicates, draftShown: start.restored, hasDraft: start.restored || state.touched.size > 0 }),
        editing: start.editingId !== undefined,
      });
    } catch {
      // As when the first drawing fails: the application's form shows, with the typing handed over.
      close();
    }
  });
  void currentWindowId().then((id) => (knownWindow = id), () => undefined);
}

// Opened on a view of its own or as the side panel, the application shows at once. The tab is
// asked for first: the browser answers while the cache is read.
const ownView = params.get('view') !== null || params.get('panel') === '1';
const tabRead = ownView ? undefined : tabParam ? tabById(Number(tabParam)) : activeTab();
const cache = tabRead ? checkCaptureCache(readLocal(CAPTURE_CACHE_KEY), uiLanguage()) : undefined;
if (!tabRead || !cache) loadApplication();
else {
  const early = tabRead.then((tab) => earlyCapture(cache, tab));
  // The database is opened while the browser answers for the tab; the page is read once known.
  const records = readPageRecords(early.then((e) => e?.page));
  early
    .then((e) => {
      if (e) showEarly(cache, e, records);
    })
    // Whatever happened here, the application opens: it reads everything again itself.
    .catch(() => undefined)
    .finally(loadApplication);
}
