/**
 * The site an address is on, as editors name it: its host, lower case, without `www.`
 * (`https://www.LWN.net/x` → `lwn.net`); `undefined` for text that is no absolute address.
 */
export function siteOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
