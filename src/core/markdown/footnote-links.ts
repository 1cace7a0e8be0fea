import { extractLinks, type FoundLink } from './markdown-links.ts';
import { withoutMarks } from './without-marks.ts';

/** A footnote's mark, `[^1]`, read as a reference link where its note is an address (`[^1]: https://…`). */
export function isFootnote(link: Pick<FoundLink, 'kind' | 'text'>): boolean {
  return link.kind === 'reference' && /^\^[^\s\]]+$/.test(link.text);
}

/**
 * What a footnote names: the words it is set after, back to the start of their line, the link
 * or the sentence before them (`Why SQLite is everywhere[^1] — an essay`), with no marks.
 */
export function footnotedWords(before: string): string {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const last = extractLinks(line).at(-1);
  const tail = line.slice(last?.end ?? 0);
  const sentence = tail.split(/(?<=[.!?])\s+|(?<=[。！？；])|\s[-–—]\s/u).at(-1) ?? '';
  return withoutMarks(sentence.replace(/^\s*(?:[*+-]|\d+[.)、])\s+/, ''))
    .replace(/^[\s\p{P}]+|(?<![\s:：,，])[\s:：,，]+$/gu, '')
    .trim();
}
