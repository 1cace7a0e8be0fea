import { extractLinks, type LinkDefinitions } from '../markdown/markdown-links.ts';
import { hasLink } from './has-link.ts';

/*
 * How the lines of a part that tells its news in paragraphs read (see splitItems): which are an
 * entry's (words that link, a title over its words, a quote and its credit) and which are the
 * digest's own (words in small print).
 */

/** Whether Markdown says something in words of its own besides its links' (`Thanks to [Jane](…)!`, not `💡 [Advertise](…)`). */
export function hasWordsBesideLinks(markdown: string, definitions: LinkDefinitions | undefined): boolean {
  let rest = '';
  let at = 0;
  for (const link of extractLinks(markdown, definitions)) {
    rest += markdown.slice(at, link.start);
    at = Math.max(at, link.end);
  }
  return /\p{L}{2}/u.test(rest + markdown.slice(at));
}

/** One line that is a link and at most a symbol or number beside it (`#125029 [title](…)`, `🧑‍💼 [**title**](…)`). */
export function isLinkTitle(paragraph: string): boolean {
  return !paragraph.trim().includes('\n') && hasLink(paragraph) && !hasWordsBesideLinks(paragraph, undefined);
}

/** A line crediting the quote above it: a dash, then who said it (`— [Jane on the forum](…)`, `-- Jane`). */
export const ATTRIBUTION = /^ {0,3}(?:[—–―~]|--)/;

/** A quote whose last line credits it with a link (`> words`, then `> — [Jane](…)` or `— [Jane](…)` run on). */
export function isCreditedQuote(quote: readonly string[], definitions: LinkDefinitions | undefined): boolean {
  const last = quote.findLastIndex((line) => line.trim() !== '' && line.trim() !== '>');
  const line = (quote[last] ?? '').replace(/^ {0,3}>?[ \t]?/, '');
  return last > 0 && ATTRIBUTION.test(line) && hasLink(line, definitions);
}

/** Words set in italics or small print, whole: `*…*`, `_…_`, `<small>…</small>`, `<i>…</i>`. */
export function isAside(paragraph: string): boolean {
  const text = paragraph.trim();
  return /^(\*|_)(?![*_\s])[\s\S]*[^*_\s]\1$/.test(text) || /^<(small|i|em|sub|sup)>[\s\S]*<\/\1>$/i.test(text);
}
