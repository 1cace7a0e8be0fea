/**
 * Query parameters that identify a campaign or a click, not a page. Kept as data: add a name
 * here and both duplicate detection and the pre-publish check learn it.
 */
export const TRACKING_PARAMETERS: readonly (string | RegExp)[] = [
  /^utm_/i,
  /^mtm_/i,
  /^pk_/i,
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'igshid',
  'twclid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'vero_id',
  'oly_enc_id',
  'oly_anon_id',
  'wickedid',
  'bsh_bid',
  'awesm',
  'spm',
  'share_source',
  'vd_source',
];

// Bidi marks and zero-width characters ride along when URLs are copied out of rich text.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

export function isTrackingParameter(name: string): boolean {
  return TRACKING_PARAMETERS.some((p) => (typeof p === 'string' ? p === name.toLowerCase() : p.test(name)));
}

/** The tracking parameters a URL carries, by name, in order. */
export function trackingParametersOf(url: string): string[] {
  const parsed = tryParse(url);
  if (!parsed) return [];
  return [...new Set([...parsed.searchParams.keys()].filter(isTrackingParameter))];
}

/** The URL with its tracking parameters removed and nothing else changed. */
export function withoutTracking(url: string): string {
  const parsed = tryParse(url);
  if (!parsed) return url;
  const names = [...parsed.searchParams.keys()].filter(isTrackingParameter);
  if (names.length === 0) return url;
  for (const name of names) parsed.searchParams.delete(name);
  return parsed.toString();
}

/** Query parameters through which a redirect or share link names the page it leads to. */
const WRAPPED_TARGET = ['url', 'u', 'target', 'to', 'dest', 'destination', 'redirect', 'redirect_uri', 'link', 'goto', 'q'];

/**
 * The key two links share when they name the same page: no scheme, no `www.`, no trailing
 * slash, no default port, no tracking parameters, sorted query, and no fragment, except
 * fragments that route a single-page app (`review.openstack.org/#/c/57774/`), which name
 * different pages. A link that wraps another (`…/click?target=https://…`, `?url=`, `?u=`) is the
 * page it wraps. Parsed once with the URL parser, so keys are cheap to make in bulk.
 */
export function canonicalUrl(url: string, depth = 0): string {
  const cleaned = url.replace(INVISIBLE, '').trim();
  const parsed = tryParse(cleaned);
  if (!parsed || !/^https?:$/.test(parsed.protocol)) return cleaned.toLowerCase();
  const target = depth < 3 ? targetOf(parsed) : undefined;
  if (target !== undefined) return canonicalUrl(target, depth + 1);
  const host = parsed.host.replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
  const query = [...parsed.searchParams]
    .filter(([name]) => !isTrackingParameter(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => (value === '' ? encodeURIComponent(name) : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`))
    .join('&');
  const hash = /^#!?\//.test(parsed.hash) ? parsed.hash.replace(/\/+$/, '') : '';
  return host + path + (query ? `?${query}` : '') + hash;
}

/** The page a redirect or share link leads to (`…/click?target=https://…`), where it names one. */
function targetOf(parsed: URL): string | undefined {
  for (const name of WRAPPED_TARGET) {
    const target = parsed.searchParams.get(name);
    if (target && /^https?:\/\/[^/?#\s]+\.[^/?#\s]/i.test(target) && !(name === 'q' && parsed.pathname !== '/url')) return target;
  }
  return undefined;
}

/**
 * The address of the page itself where a link wraps it in a redirect (HelloGitHub's
 * `https://hellogithub.com/periodical/statistics/click/?target=https://github.com/…`, a search
 * engine's `/url?q=…`): what its site and words are read from. Any other address as it is.
 */
export function pageAddress(url: string): string {
  let out = url;
  for (let depth = 0; depth < 3; depth++) {
    const parsed = WRAPS.test(out) ? tryParse(out) : undefined;
    const target = parsed && /^https?:$/.test(parsed.protocol) ? targetOf(parsed) : undefined;
    if (target === undefined) return out;
    out = target;
  }
  return out;
}

/** Whether an address names another in its query, as a redirect does: such links share no host with their page. */
const WRAPS = /[?&][^=&#]*=https?(?::|%3a)/i;

const HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(?:www\.)?([^/?#:]+)/i;

export function sameLink(a: string, b: string): boolean {
  if (a === b) return true;
  // Full canonicalisation parses both URLs; links on different hosts never need it.
  const hostA = HOST.exec(a)?.[1]?.toLowerCase();
  const hostB = HOST.exec(b)?.[1]?.toLowerCase();
  // Internationalised hosts may stand as Unicode or punycode; only ASCII hosts compare as text.
  // (A link wrapping its page in a redirect is that page, on another host.)
  if (hostA !== undefined && hostB !== undefined && hostA !== hostB && /^[\x20-\x7e]*$/.test(hostA + hostB) && !WRAPS.test(a) && !WRAPS.test(b)) return false;
  return canonicalUrl(a) === canonicalUrl(b);
}

function tryParse(url: string): URL | undefined {
  try {
    return new URL(url.replace(INVISIBLE, '').trim());
  } catch {
    return undefined;
  }
}
