import { encodeAutolinkUrl, encodeLinkDestination } from './markdown-escape.ts';
import { footnotedWords, isFootnote } from './footnote-links.ts';
import { extractLinks, normalizeLabel, type LinkDefinitions } from './markdown-links.ts';
import { writtenLinkText } from './reference-links.ts';

/** Stands for an address a reference link's label would need, where the document defines none. */
const MISSING = '\u0000';

/**
 * Markdown with each reference link (`[text][label]`, `[text][]`, `[text]`) whose label
 * `definitions` lacks written inline, `[text](url)`, with the address `addressOf(text)` gives;
 * everything else as it is. An item imported from an issue that kept its addresses at the end
 * (`[1]: https://…`) still links when it is written into another issue, which does not.
 */
export function inlineReferences(markdown: string, definitions: LinkDefinitions, addressOf: (text: string) => string | undefined): string {
  // Inline links and images close every bracket with `](`: nothing to look at (most items).
  if (!/\](?!\()/.test(markdown)) return markdown;
  // Every bracketed text could be a label: each one not defined stands for a missing address,
  // so the link scan reads references exactly as it does when they resolve.
  const labels = new Map(definitions);
  for (const m of markdown.matchAll(/\[([^[\]\n]*)\]/g)) {
    const label = normalizeLabel(m[1] as string);
    if (label !== '' && !labels.has(label)) labels.set(label, MISSING);
  }
  let out = '';
  let at = 0;
  for (const link of extractLinks(markdown, labels)) {
    if (link.kind !== 'reference' || link.url !== MISSING) continue;
    if (isFootnote(link)) {
      // A footnote's page, named by the words before it: those words become its link, or where
      // marks wrap them (`**Tokio 1.38**[^2]`), the address follows them.
      const before = markdown.slice(at, link.start);
      const words = footnotedWords(markdown.slice(0, link.start));
      const url = addressOf(words);
      if (url === undefined) continue;
      const linked = words !== '' && !/[[\]]/.test(words) && before.endsWith(words);
      out += linked ? `${before.slice(0, -words.length)}[${words}](${encodeLinkDestination(url)})` : `${before} <${encodeAutolinkUrl(url)}>`;
      at = link.end;
      continue;
    }
    const url = addressOf(link.text);
    if (url === undefined) continue;
    // The link's own text as written (escapes and emphasis kept), then the address inline.
    const written = markdown.slice(link.start, link.end);
    const text = writtenLinkText(written, written.slice(1, -1));
    out += `${markdown.slice(at, link.start)}[${text}](${encodeLinkDestination(url)})`;
    at = link.end;
  }
  return at === 0 ? markdown : out + markdown.slice(at);
}
