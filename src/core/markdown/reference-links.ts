import { encodeLinkDestination, escapeLinkText } from './markdown-escape.ts';
import { isFootnote } from './footnote-links.ts';
import { htmlAttribute } from './html-escape.ts';
import { extractLinks, normalizeLabel, type FoundLink, type LinkDefinitions } from './markdown-links.ts';

/** A link's words as written between its brackets, escapes and emphasis kept. */
const WRITTEN_TEXT = /^\[((?:[^[\]\\]|\\.|\[[^[\]\n]*\])*)\]/;

/** The words between a link's brackets as `written` (the link's own Markdown), escapes and emphasis kept; `fallback` where none. */
export function writtenLinkText(written: string, fallback: string): string {
  return WRITTEN_TEXT.exec(written)?.[1] ?? fallback;
}

/** The label a reference link names its address by, as written: `1` in `[text][1]`, the text itself in `[text][]` and `[text]`. */
export function referenceLabel(markdown: string, link: FoundLink): string {
  const written = markdown.slice(link.start, link.end);
  const text = writtenLinkText(written, link.text);
  const label = written.slice(text.length + 2);
  return label === '' || label === '[]' ? text : label.slice(1, -1);
}

/**
 * Markdown with each reference link that `definitions` resolves (`[text][1]`) and each HTML link
 * (`<a href="url">text</a>`) written inline, `[text](url)`; footnotes and everything else as
 * written. What a digest that keeps its addresses at the end of the issue, or writes its links
 * in HTML, writes reads, so, as the same entries written inline.
 */
export function withLinksInline(markdown: string, definitions: LinkDefinitions): string {
  // Most entries hold neither: nothing to scan (learning reads every entry of every issue).
  if (!/<a\s/i.test(markdown) && !usesLabel(markdown, definitions)) return markdown;
  return rewriteLinks(markdown, definitions, (link, text) => {
    if (link.kind === 'html') return `[${escapeLinkText(link.text)}](${encodeLinkDestination(link.url)})`;
    return link.kind === 'reference' && !isFootnote(link) ? `[${text}](${encodeLinkDestination(link.url)})` : undefined;
  });
}

/** Whether some bracketed words not followed by an address are a label the document defines: a reference link may stand there. */
function usesLabel(markdown: string, definitions: LinkDefinitions): boolean {
  if (definitions.size === 0 || !markdown.includes('[')) return false;
  for (const m of markdown.matchAll(/\[([^[\]\n]+)\](?!\()/g)) if (definitions.has(normalizeLabel(m[1] as string))) return true;
  return false;
}

/**
 * Markdown with each inline link to a web address written as an HTML link, `<a href="url">text</a>`
 * (its words as Markdown still, which an HTML link holds); anything else as written.
 */
export function asHtmlLinks(markdown: string): string {
  if (!markdown.includes('](')) return markdown;
  // Words holding an anchor's own tag (`[x </a> y](…)`) would close it early: left inline.
  return rewriteLinks(markdown, new Map(), (link, text) => (link.kind === 'inline' && isWebAddress(link.url) && !/<\/?a[\s>]/i.test(text) ? `<a href="${htmlAttribute(encodeLinkDestination(link.url))}">${text}</a>` : undefined));
}

function isWebAddress(url: string): boolean {
  return /^(?:https?:|mailto:)/i.test(url.trim());
}

/**
 * Markdown with each inline link (`[text](url)`) written as a reference, `[text][label]`, by the
 * label `labelFor` gives its address (none: left inline); images, autolinks and bare addresses as
 * written.
 */
export function asReferenceLinks(markdown: string, labelFor: (url: string, text: string) => string | undefined): string {
  if (!markdown.includes('](')) return markdown;
  return rewriteLinks(markdown, new Map(), (link, text) => {
    const label = link.kind === 'inline' ? labelFor(link.url, link.text) : undefined;
    return label === undefined ? undefined : `[${text}][${label}]`;
  });
}

function rewriteLinks(markdown: string, definitions: LinkDefinitions, rewrite: (link: FoundLink, text: string) => string | undefined): string {
  let out = '';
  let at = 0;
  for (const link of extractLinks(markdown, definitions)) {
    const written = markdown.slice(link.start, link.end);
    const replaced = rewrite(link, writtenLinkText(written, link.text));
    if (replaced === undefined) continue;
    out += markdown.slice(at, link.start) + replaced;
    at = link.end;
  }
  return at === 0 ? markdown : out + markdown.slice(at);
}

