import { extractLinks } from './markdown-links.ts';
import { writtenLinkText } from './reference-links.ts';
import { encodeLinkDestination } from './markdown-escape.ts';
import { htmlAttribute, htmlText, htmlWords } from './html-escape.ts';

/** An HTML tag as written (`<a href="…">`, `</em>`, `<br/>`): kept as it stands. */
const TAG = /^<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/;
/** A code span's opening run of backticks. */
const TICKS = /^`+/;

/**
 * One line of Markdown as HTML, for a digest written in HTML, where Markdown inside a block of
 * HTML would stand as typed: `[Deno](https://deno.com) — *fast*` → `<a href="https://deno.com">
 * Deno</a> — <em>fast</em>`. What an editor writes in a line of commentary is read (escapes,
 * code, emphasis, links, autolinks, tags as they stand); the rest is text, its `&`, `<`, `>`
 * made safe. Not markdown-it: the export's path stays without a Markdown parser
 * (markdown-parser-reach.test.ts).
 */
export function inlineHtml(markdown: string): string {
  // HTML already made (tags, code, links) waits behind a placeholder while emphasis is read
  // from the text around it.
  const made: string[] = [];
  const hold = (html: string): string => `\u0000${made.push(html) - 1}\u0000`;
  const links = new Map(extractLinks(markdown, new Map()).map((l) => [l.start, l]));
  let text = '';
  for (let at = 0; at < markdown.length; ) {
    const rest = markdown.slice(at);
    const link = links.get(at);
    if (link && link.kind !== 'bare') {
      const written = markdown.slice(link.start, link.end);
      const href = htmlAttribute(encodeLinkDestination(link.url));
      const words = link.kind === 'autolink' ? htmlText(link.url) : link.kind === 'html' ? undefined : inlineHtml(writtenLinkText(written, link.text));
      text += hold(words === undefined ? written : `<a href="${href}">${words}</a>`);
      at = link.end;
      continue;
    }
    const ch = markdown[at] as string;
    if (ch === '\\' && /^[!-/:-@[-`{-~]$/.test(markdown[at + 1] ?? '')) {
      text += hold(htmlText(markdown[at + 1] as string));
      at += 2;
      continue;
    }
    const ticks = TICKS.exec(rest)?.[0];
    if (ticks !== undefined) {
      const close = rest.indexOf(ticks, ticks.length);
      if (close !== -1 && rest[close + ticks.length] !== '`') {
        text += hold(`<code>${htmlText(rest.slice(ticks.length, close).replace(/^ (.*) $/, '$1'))}</code>`);
        at += close + ticks.length;
        continue;
      }
      text += ticks;
      at += ticks.length;
      continue;
    }
    const tag = ch === '<' ? TAG.exec(rest)?.[0] : undefined;
    if (tag !== undefined) {
      text += hold(tag);
      at += tag.length;
      continue;
    }
    text += ch;
    at++;
  }
  return emphasis(htmlWords(text)).replace(/\u0000(\d+)\u0000/g, (_, n: string) => made[Number(n)] as string);
}

/** `**strong**` and `*emphasis*` (or with `_`, not inside a word) as HTML. */
function emphasis(text: string): string {
  return text
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1(?!\1)/g, (whole, mark: string, words: string, at: number) => (mark === '__' && /\w/.test(text[at - 1] ?? '') ? whole : `<strong>${words}</strong>`))
    .replace(/(?<![*\w])\*(?=[^\s*])([^\n*]*?[^\s*])\*(?!\*)|(?<![_\w])_(?=[^\s_])([^\n_]*?[^\s_])_(?![_\w])/g, (_, star: string | undefined, under: string | undefined) => `<em>${star ?? under}</em>`);
}
