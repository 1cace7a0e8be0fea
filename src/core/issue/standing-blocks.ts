import { scanBlocks } from '../markdown/blocks.ts';
import { blockText } from '../markdown/block-text.ts';
import type { Template } from '../model/template.ts';
import { hasLink } from './has-link.ts';
import { LIST_ITEM_LINE } from '../markdown/list-item-line.ts';
import { extractLinks } from '../markdown/markdown-links.ts';
import { introducesNext } from './introduces-next.ts';
import { unixNewlines } from '../markdown/unix-newlines.ts';

/** How many issues must write a list or a paragraph that links alike (or a heading) for it to be the digest's own. */
export const LINKS_STANDING_IN = 3;
/** How many issues must write a paragraph of words alone alike for it to be the digest's own. */
const WORDS_STANDING_IN = 2;
/** A line that goes on with the list item above it. */
const INDENTED = /^[ \t]+\S/;

/**
 * The blocks a digest writes word for word in issue after issue: its own text, not entries, as
 * no digest publishes the same entries week after week. Lists of links and paragraphs that link
 * which three issues or more write alike (This Week in Rust's list of its editors, This Week in
 * React's "recommend it, sponsor it" list, This Week in GNOME's sign-off; two issues in a row may
 * well announce the same upcoming event, word for word, and such entries change sooner than
 * that), and paragraphs of words alone that two issues write alike (This Week in GNOME's line
 * under a project's heading saying what the project is), but for a line crediting who wrote
 * the quote under it (`[Alain](…) announces`: the quote is new); quotes alike (a sign-off set as
 * one) as paragraphs.
 * `documents` are issues' Markdown, the same issue twice counting once; `own`, what the digest
 * writes in every issue (its standing opening and ending, its headings' standing words), whose
 * lists and paragraphs are its own outright.
 * Lists of one item are left alone.
 */
export function standingBlocks(documents: readonly string[], own = ''): Set<string> {
  const lists = new Map<string, number>();
  const paragraphs = new Map<string, number>();
  // Blocks that link, by the pages they link: their texts, and in how many issues.
  const linking = new Map<string, Tally>();
  for (const document of new Set(documents.map(unixNewlines))) {
    // The document's runs of lines between blank ones, each read once by both.
    const runs = runsOf(document);
    const blocks = [...new Set(tightLists(runs))];
    for (const list of blocks) lists.set(list, (lists.get(list) ?? 0) + 1);
    // (A quote is counted as a paragraph is: the sign-off some digests set as one, `> OK，以上就是本次分享…`.)
    for (const paragraph of new Set([...plainParagraphs(runs), ...quotes(runs)])) {
      paragraphs.set(paragraph, (paragraphs.get(paragraph) ?? 0) + 1);
      blocks.push(paragraph);
    }
    tally(linking, blocks, addressesOf);
  }
  const standing = [
    ...[...lists].flatMap(([list, count]) => (count >= LINKS_STANDING_IN && hasLink(list) ? [list] : [])),
    ...[...paragraphs].flatMap(([paragraph, count]) => (count >= LINKS_STANDING_IN || (count >= WORDS_STANDING_IN && !hasLink(paragraph)) ? [paragraph] : [])),
    // A list or paragraph that links the same pages in issue after issue, its words updated
    // (This Week in KDE's bug counts, `* 3 very high priority bugs (down from 4 last week).
    // [Current list of bugs](…)`): no digest's entries link the same pages week after week.
    ...[...linking.values()].flatMap(({ texts, count }) => (count >= LINKS_STANDING_IN ? [...texts] : [])),
  ];
  return new Set([...ownBlocks(own), ...standing]);
}

/**
 * Paragraphs of words and addresses written out which three issues or more write in the same
 * words but for those addresses (GitHub's `**Full Changelog**: https://…/compare/v0.42.0...v0.43.0`
 * closing each issue): the issue's own, not news told in a paragraph. Not the digest's standing
 * text: a new issue has an address of its own to give. A link with words of its own (`[Full report
 * here](…)` under This Week in Rust's performance triage) is news the words name: not one of these.
 */
export function alikeButLinks(documents: readonly string[]): Set<string> {
  const byWords = new Map<string, Tally>();
  for (const document of new Set(documents.map(unixNewlines))) tally(byWords, plainParagraphs(runsOf(document)), wordsOf);
  return new Set([...byWords.values()].flatMap(({ texts, count }) => (count >= LINKS_STANDING_IN && texts.size > 1 ? [...texts] : [])));
}

/** Blocks alike by some key: their texts, and in how many issues they stand. */
interface Tally {
  texts: Set<string>;
  count: number;
}

/** One issue's blocks counted by their key (`keyOf`; undefined leaves a block out), each key once for the issue. */
function tally(into: Map<string, Tally>, blocks: readonly string[], keyOf: (block: string) => string | undefined): void {
  const seen = new Set<string>();
  for (const block of blocks) {
    const key = keyOf(block);
    if (key === undefined) continue;
    const entry = into.get(key) ?? { texts: new Set<string>(), count: 0 };
    entry.texts.add(block);
    if (!seen.has(key)) entry.count++;
    seen.add(key);
    into.set(key, entry);
  }
}

/** A paragraph's words, the addresses it gives left out; undefined for one that gives none, links by words, or says nothing else. */
function wordsOf(paragraph: string): string | undefined {
  const links = extractLinks(paragraph);
  if (links.length === 0 || links.some((link) => link.kind !== 'bare' && link.kind !== 'autolink')) return undefined;
  let words = '';
  let from = 0;
  for (const link of links) {
    words += paragraph.slice(from, link.start);
    from = link.end;
  }
  words += paragraph.slice(from);
  return (words.match(/[\p{L}\p{N}]/gu) ?? []).length >= 4 ? words : undefined;
}

/**
 * The pages a block links, in order, as one key (two blocks that link the same pages share it);
 * undefined for a block that links none.
 */
export function addressesOf(block: string): string | undefined {
  const urls = extractLinks(block).map((link) => link.url);
  return urls.length === 0 ? undefined : urls.join('\n');
}

/** A document's runs of lines between blank ones. */
function runsOf(document: string): string[][] {
  return document.split(/\n[ \t]*\n/).map((chunk) => chunk.replace(/^\n+/, '').trimEnd().split('\n'));
}

/** A document's paragraphs, told by their lines alone (see plainParagraphs), each as written. */
export function paragraphsOf(document: string): string[] {
  return plainParagraphs(runsOf(unixNewlines(document)));
}

/** A line no paragraph opens with: a list item, a quote, a heading, a fence, a table row, HTML or code. */
const NOT_PARAGRAPH = /^(?: {0,3}(?:[*+-][ \t]|\d{1,9}[.)][ \t]|>|#|```|~~~|\||<)| {4}|\t)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * A document's paragraphs, told by their lines alone (as tightLists): runs of lines between blank
 * ones that open as no other block does and hold no underlined heading. The one before a quote
 * it introduces is left out (see introducesNext).
 */
function plainParagraphs(runs: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  runs.forEach((lines, i) => {
    // A line of dashes under a paragraph's first line underlines a heading; alone it is words (`--`).
    if (lines[0] === '' || lines.some((line, j) => NOT_PARAGRAPH.test(line) || (j > 0 && SETEXT_UNDERLINE.test(line)))) return;
    if (/^ {0,3}>/.test(runs[i + 1]?.[0] ?? '') && introducesNext(lines)) return;
    out.push(lines.join('\n'));
  });
  return out;
}

/** A document's runs of lines that are a quote and nothing else, as a quote block's text is compared (its trailing spaces left out). */
function quotes(runs: readonly (readonly string[])[]): string[] {
  return runs.filter((lines) => lines.length > 0 && lines.every((line) => QUOTE_LINE.test(line))).map((lines) => lines.join('\n').trimEnd());
}

const QUOTE_LINE = /^ {0,3}>/;

/**
 * A document's tight lists, told by their lines alone (no Markdown parse: every imported file
 * passes here): from an item's line to the end of its run of lines, every line an item's or
 * indented under one, two items or more. A list the parser reads otherwise matches none of them.
 */
function tightLists(runs: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const lines of runs) {
    const start = lines.findIndex((line) => LIST_ITEM_LINE.test(line));
    if (start === -1) continue;
    const rest = lines.slice(start);
    if (rest.every((line) => LIST_ITEM_LINE.test(line) || INDENTED.test(line)) && rest.filter((line) => LIST_ITEM_LINE.test(line)).length > 1) out.push(rest.join('\n').trimEnd());
  }
  return out;
}

/** A document's paragraphs and lists of links of more than one item, each as written (trailing blanks aside). */
function ownBlocks(document: string): string[] {
  if (document.trim() === '') return [];
  const lines = unixNewlines(document).split('\n');
  const text = (b: { start: number; end: number }): string => blockText(lines, b).trimEnd();
  return scanBlocks(lines, 0).flatMap((b) => ((b.kind === 'list' && b.items.length > 1 && hasLink(text(b))) || b.kind === 'paragraph' || b.kind === 'quote' ? [text(b)] : []));
}

/**
 * What the digest writes in every new issue, its standing opening and ending and the words its
 * headings open and close with: its lists, paragraphs and quotes are its own.
 */
export function standingText(template: Pick<Template, 'preamble' | 'closing' | 'sections'>): string {
  const words = template.sections.flatMap((s) => [s.intro, s.outro, s.closing, s.after, ...s.projects.flatMap((p) => [p.intro, p.outro])]);
  return [template.preamble, template.closing ?? '', ...words.filter((w): w is string => w !== undefined)].join('\n\n');
}
