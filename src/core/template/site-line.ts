import { siteOf } from '../url/site-of.ts';

/** A site line's learned form: marks around `{site}` (or `{SITE}`, in capitals), nothing else. */
export const SITE_LINE_FORM = /^[*_]{0,2}[[(]?[ \t]?\{(?:site|SITE)\}[ \t]?[\])]?[*_]{0,2}$/;

/** A line that names a site between such marks: the marks before, the site, the marks after. */
const SITE_LINE = /^([*_]{0,2}[[(]?[ \t]?)([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,}(?:\/[^\s\])*_]+)?)([ \t]?[\])]?[*_]{0,2})$/;

/**
 * How a line names the site of the entry's page (`*[ LWN.NET ]*` under a page at lwn.net, `*[
 * GITHUB.COM/ASTRAL-SH ]*` under one at github.com/astral-sh/…): its form, `{site}` or `{SITE}`
 * where the site stands; undefined for a line that names another site, or none.
 */
export function siteLineForm(line: string, url: string): string | undefined {
  const named = SITE_LINE.exec(line.trim());
  const host = siteOf(url);
  if (!named || host === undefined) return undefined;
  const [, open = '', text = '', close = ''] = named;
  const site = text.toLowerCase().replace(/^www\./, '').split('/')[0] as string;
  if (site !== host && !host.endsWith('.' + site)) return undefined;
  return `${open}${text === text.toLowerCase() ? '{site}' : '{SITE}'}${close}`;
}

/**
 * Whether a site line names the owner of the page after its host, as a code host's pages are
 * named (`GITHUB.COM/ASTRAL-SH` under github.com/astral-sh/uv): its host, where it does.
 */
export function ownerNamedAt(line: string, url: string): string | undefined {
  const text = SITE_LINE.exec(line.trim())?.[2]?.toLowerCase().replace(/^www\./, '');
  const owner = ownerOf(url);
  const host = siteOf(url);
  return text !== undefined && owner !== undefined && host !== undefined && text === `${host}/${owner.toLowerCase()}` ? host : undefined;
}

/**
 * The line naming a page's site in the learned form, its owner after the host where the
 * digest names owners at that host (`owners`); undefined where the address names no site.
 */
export function siteLine(url: string, form: string, owners: readonly string[] = []): string | undefined {
  const host = siteOf(url);
  if (host === undefined || host === '') return undefined;
  const owner = owners.includes(host) ? ownerOf(url) : undefined;
  const site = owner === undefined ? host : `${host}/${owner.toLowerCase()}`;
  return form.replace('{site}', site).replace('{SITE}', site.toUpperCase());
}

/** The first part of an address's path (`astral-sh` in github.com/astral-sh/uv), where it has one. */
function ownerOf(url: string): string | undefined {
  try {
    const part = new URL(url).pathname.split('/')[1];
    return part !== undefined && /^[\w.-]{1,60}$/.test(part) ? part : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a line stands in the learned form's marks already (an imported entry's words end with
 * theirs: `*[ LWN.NET ]*`, or a source named otherwise, `*[ HACKER NEWS ]*`).
 */
export function isSiteLine(line: string, form: string): boolean {
  const [open = '', close = ''] = form.split(/\{(?:site|SITE)\}/);
  const text = line.trim();
  if (open.trim() === '' && close.trim() === '') return SITE_LINE.test(text);
  return text.length > open.length + close.length && text.startsWith(open) && text.endsWith(close) && !/[*_[\]()]/.test(text.slice(open.length, text.length - close.length).trim());
}
