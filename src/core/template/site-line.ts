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

/** The line naming a page's site in the learned form; undefined where the address names no site. */
export function siteLine(url: string, form: string): string | undefined {
  const host = siteOf(url);
  if (host === undefined || host === '') return undefined;
  return form.replace('{site}', host).replace('{SITE}', host.toUpperCase());
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
