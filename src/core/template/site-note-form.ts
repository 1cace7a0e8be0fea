import { siteOf } from '../url/site-of.ts';
import { mostCommon } from './most-common.ts';

/**
 * How a note names the site of the address before it, `{site}` where the site stands:
 * `(lwn.net)` → `({site})`, `*(blog.rust-lang.org)*` → `*({site})*`, `www.lwn.net` → `{site}`;
 * nothing where it names no site (`(PDF)`).
 */
export function siteNoteForm(note: string, url: string): string | undefined {
  // (Or bare, the words on the line under it: The Weekly Thing's `[title](…) www.example.com`.)
  const named = /^([*_]?\([*_`]?)(?:www\.)?([^()*_`\s]+)([*_`]?\)[*_]?)$/.exec(note.trim()) ?? /^()(?:www\.)?([a-z0-9][a-z0-9.-]*\.[a-z0-9-]+)()$/i.exec(note.trim());
  if (!named) return undefined;
  const [, open = '', text = '', close = ''] = named;
  const site = text.toLowerCase();
  const host = siteOf(url.trim().replace(/^<|>$/g, '').split(/\s/)[0] as string);
  const names = host !== undefined && site.includes('.') && (host === site || host.endsWith('.' + site));
  return names ? `${open}{site}${close}` : undefined;
}

/**
 * The form most of `count` list entries name their page's site in after their link, from their
 * openings (see entryOpenings: the note after the link, and the link's address); undefined where
 * fewer than half do.
 */
export function siteFormOf(openings: readonly RegExpExecArray[], count: number): string | undefined {
  const sited = openings.flatMap((m) => {
    const form = m.groups?.note === undefined ? undefined : siteNoteForm(m.groups.note, (m.groups.url ?? m.groups.href) as string);
    return form ? [form] : [];
  });
  return sited.length * 2 > count ? mostCommon(sited) : undefined;
}
