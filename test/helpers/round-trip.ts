import { canonicalUrl } from '../../src/core/url/url-canonical.ts';

/**
 * The comparison of the round-trip law: trailing white space cut from each line, runs of blank
 * lines folded into one, blank lines dropped at both ends.
 */
export function normalizeForRoundTrip(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** The page a URL names, however an export had to encode it (spaces, parentheses, non-ASCII). */
export function pageKey(url: string): string {
  const key = canonicalUrl(url);
  try {
    return decodeURI(key);
  } catch {
    return key;
  }
}
