import { closesFence, FENCE } from './code-fence.ts';
import { HTML_HEADING_OPEN, htmlHeading } from './html-heading.ts';
import { SUMMARY_OPEN, summaryHeadingText } from './summary-heading.ts';

/** An ATX heading's opening `#`s. */
const ATX_OPEN = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
/** The line under a Setext heading's text (`===`, `---`), and lines that start no paragraph. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const NOT_PARAGRAPH = /^(?:[ \t]*$| {4}|\t| {0,3}(?:[-*+>#|]|\d{1,9}[.)]))/;

/**
 * An ATX heading's level and text, without its closing `#`s (`## News ##`). Read by hand rather
 * than by one pattern: a pattern that looks for the closing `#`s after a lazy text tries every
 * end of a long line, and a line of many thousand spaces took seconds.
 */
export function atxHeading(line: string): { level: number; text: string } | undefined {
  const open = ATX_OPEN.exec(line);
  if (!open) return undefined;
  return { level: (open[1] as string).length, text: withoutClosingHashes(line.slice(open[0].length)) };
}

/** A heading's text without the `#`s that close it, where a space or tab sets them apart (or they are all of it). */
export function withoutClosingHashes(text: string): string {
  const trimmed = text.replace(TRAILING_BLANKS, '');
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end--;
  if (end === trimmed.length) return trimmed;
  if (end === 0) return '';
  const before = trimmed[end - 1];
  return before === ' ' || before === '\t' ? trimmed.slice(0, end).replace(TRAILING_BLANKS, '') : trimmed;
}

/** Spaces and tabs a text ends with; the lookbehind starts a match only where a run of them starts. */
const TRAILING_BLANKS = /(?<![ \t])[ \t]+$/;

/** A heading as its lines show it: where it starts, and its text. */
export interface HeadingLine {
  /** The heading's first line: its `#`s, or the first line of a Setext heading's text. */
  line: number;
  text: string;
}

/** The last line of the HTML block opening at `start`: the line before the next blank one. */
function htmlBlockEnd(lines: readonly string[], start: number): number {
  let end = start;
  while (end + 1 < lines.length && (lines[end + 1] as string).trim() !== '') end++;
  return end;
}

/**
 * A document's headings, ATX, Setext and HTML, outside fenced code, told by their lines alone: for
 * what must stay without the Markdown parser (the popup's export, every imported file's first look).
 */
export function headingLines(lines: readonly string[]): HeadingLine[] {
  const out: HeadingLine[] = [];
  let fence: string | undefined;
  // The paragraph the lines so far make (where it starts), which a Setext underline makes a heading.
  let paragraph: string[] = [];
  let paragraphStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    const marks = FENCE.exec(line)?.[1];
    if (marks !== undefined) {
      fence = marks;
      paragraph = [];
      continue;
    }
    if (paragraph.length > 0 && SETEXT_UNDERLINE.test(line)) {
      out.push({ line: paragraphStart, text: paragraph.join(' ') });
      paragraph = [];
      continue;
    }
    // An HTML block opened by a heading's tag runs to a blank line (and may interrupt a
    // paragraph), as the parser reads it: a heading where it is one alone, on its line or over the
    // lines up to its closing tag, or where its line is one whole (`<h2>News</h2>` over `<ul>`;
    // see htmlParts); else HTML, none of its lines a heading.
    if (HTML_HEADING_OPEN.test(line)) {
      const last = htmlBlockEnd(lines, i);
      const html = htmlHeading(lines.slice(i, last + 1).join('\n')) ?? htmlHeading(line);
      if (html) out.push({ line: i, text: html.text });
      paragraph = [];
      for (let next = i + 1; next <= last; next++) {
        const inner = htmlHeading(lines[next] as string);
        if (inner && last > i) out.push({ line: next, text: inner.text });
      }
      i = last;
      continue;
    }
    // A collapsible part's opening (`<details>`, `<summary>Articles</summary>`), alone in its block.
    const summaryEnd = SUMMARY_OPEN.test(line) ? htmlBlockEnd(lines, i) : undefined;
    const summary = summaryEnd === undefined ? undefined : summaryHeadingText(lines.slice(i, summaryEnd + 1).join('\n'));
    if (summary !== undefined && summaryEnd !== undefined) {
      out.push({ line: i, text: summary });
      paragraph = [];
      i = summaryEnd;
      continue;
    }
    const atx = atxHeading(line);
    if (atx) out.push({ line: i, text: atx.text });
    if (atx || (paragraph.length === 0 && NOT_PARAGRAPH.test(line)) || line.trim() === '') paragraph = [];
    else {
      if (paragraph.length === 0) paragraphStart = i;
      paragraph.push(line.trim());
    }
  }
  return out;
}
