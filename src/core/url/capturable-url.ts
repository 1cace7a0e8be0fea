import { canonicalUrl } from './url-canonical.ts';

export const URL_REFUSALS = ['missing', 'unshared', 'invalid', 'browser-page', 'web-store', 'file', 'script', 'data', 'unsupported'] as const;

/** Why an address cannot go into the digest. */
export type UrlRefusal = (typeof URL_REFUSALS)[number];

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: UrlRefusal };

const BROWSER_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|blob):/i;
const WEB_STORES = /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/i;

/**
 * Whether a URL can go into a digest: only web pages (http and https). Browser pages, the web
 * stores, local files and script or data URLs are refused with the reason, so the popup can say
 * what is wrong instead of saving a link no reader can open.
 */
export function checkCapturableUrl(input: string | undefined): UrlCheck {
  const text = (input ?? '').trim();
  if (text === '') return { ok: false, reason: 'missing' };
  if (/^javascript:/i.test(text)) return { ok: false, reason: 'script' };
  if (/^data:/i.test(text)) return { ok: false, reason: 'data' };
  if (/^file:/i.test(text)) return { ok: false, reason: 'file' };
  if (BROWSER_SCHEMES.test(text)) return { ok: false, reason: 'browser-page' };
  if (WEB_STORES.test(text)) return { ok: false, reason: 'web-store' };
  // Typed by hand without a scheme: `www.example.com/x` means the web page.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'unsupported' };
  if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !/^\[/.test(url.hostname)) {
    return { ok: false, reason: 'invalid' };
  }
  // Keep what the editor wrote where the URL parser would only re-encode it.
  return { ok: true, url: text === withScheme ? text : url.href };
}

/** The key a page's draft and duplicate checks use. */
export function draftKeyOf(url: string): string {
  return canonicalUrl(url);
}

/**
 * Whether an address runs code or reaches into the machine when followed (`javascript:`, `data:`,
 * `file:`, `vbscript:`): never a link of an item, whatever a file says.
 */
export function isUnsafeAddress(url: string): boolean {
  return /^\s*(?:javascript|data|file|vbscript):/i.test(url);
}

/** Whether an address is a web page's or a picture's on the web: http(s), nothing else. */
export function isWebAddress(url: string): boolean {
  return /^https?:\/\/[^\s]/i.test(url.trim());
}

/** Whether a URL may become a link in our own pages: web and mail addresses only, never script. */
export function isSafeHref(url: string): boolean {
  return /^(https?:|mailto:)/i.test(url.trim());
}
