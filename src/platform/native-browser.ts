// Types only: the polyfill itself is not loaded here.
import type { Browser } from './browser.ts';

/**
 * The browser's own extension API, for what the popup needs before its form is filled (the tab,
 * the UI's texts, extension URLs, opening pages): Chrome 116 and later and Firefox answer these
 * calls with promises themselves, so the page need not load and run the polyfill first.
 * Messaging and the background's APIs go through the polyfill (`browser.ts`), which also makes a
 * listener's returned promise its answer in Chrome.
 */
const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
export const nativeBrowser = (scope.browser ?? scope.chrome) as Browser;
