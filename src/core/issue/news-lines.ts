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

/**
 * One line that is a link and at most a symbol or number beside it (`#125029 [title](…)`, `🧑‍💼
 * [**title**](…)`); not two links (`[A](…), <https://b.example>`: links listed, no title), nor a
 * dash and a link (`– [Jane](…)`: it credits what stands before it, it heads nothing).
 */
export function isLinkTitle(paragraph: string): boolean {
  return !paragraph.trim().includes('\n') && !ATTRIBUTION.test(paragraph) && extractLinks(paragraph).length === 1 && !hasWordsBesideLinks(paragraph, undefined);
}

/**
 * One line thanking whoever brought the entry above it (`Thanks to [Jane](…) for the suggestion!`,
 * `h/t [Jane](…)`, `感谢 [Jane](…) 推荐`, `谢谢 [Jane](…) 的提议。`): that entry's, not an entry of its own.
 */
export function isThanks(paragraph: string): boolean {
  const text = paragraph.trim();
  return !text.includes('\n') && /^(?:(?:thanks|thank you|h\/t|hat tip|props)\b|感谢|鸣谢|致谢|谢谢|多谢)/i.test(text) && hasLink(text);
}

/** A line crediting the quote above it: a dash, then who said it (`— [Jane on the forum](…)`, `-- Jane`); the dash and its spaces captured. */
export const ATTRIBUTION = /^ {0,3}((?:[—–―~]|--)[ \t]*)/;

/** How a line crediting what stands before it opens: its dash and the spaces after it (`– `), its indentation left out. */
export function attributionDash(line: string): string | undefined {
  return ATTRIBUTION.exec(line)?.[1];
}

/** A line crediting what stands before it with a link: a dash, then who (`– [Jane on rust-users](…)`). */
export function isAttributionLine(line: string, definitions: LinkDefinitions | undefined): boolean {
  return ATTRIBUTION.test(line) && hasLink(line, definitions);
}

/**
 * A quote whose last line credits it with a link (`> words`, then `> — [Jane](…)` or `— [Jane](…)`
 * run on), a line thanking whoever brought it aside (an edited entry written as one block).
 */
export function isCreditedQuote(quote: readonly string[], definitions: LinkDefinitions | undefined): boolean {
  const last = quote.findLastIndex((line) => line.trim() !== '' && line.trim() !== '>' && !isThanks(line.replace(/^ {0,3}>?[ \t]?/, '')));
  const line = (quote[last] ?? '').replace(/^ {0,3}>?[ \t]?/, '');
  return last > 0 && isAttributionLine(line, definitions);
}

/** Words set in italics or small print, whole: `*…*`, `_…_`, `<small>…</small>`, `<i>…</i>`. */
export function isAside(paragraph: string): boolean {
  const text = paragraph.trim();
  return /^(\*|_)(?![*_\s])[\s\S]*[^*_\s]\1$/.test(text) || /^<(small|i|em|sub|sup)>[\s\S]*<\/\1>$/i.test(text);
}
