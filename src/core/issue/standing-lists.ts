import { scanBlocks } from '../markdown/blocks.ts';
import { blockText } from '../markdown/block-text.ts';
import type { Template } from '../model/template.ts';
import { hasLink } from './has-link.ts';

/** How many issues must write a list alike for it to be the digest's own. */
const STANDING_IN = 3;
/** A line that opens a list item, and one that goes on with the item above it. */
const ITEM_LINE = /^ {0,3}(?:[*+-]|\d{1,9}[.)])[ \t]/;
const INDENTED = /^[ \t]+\S/;

/**
 * The lists of links that three issues or more write word for word (This Week in Rust's list of
 * its editors, This Week in React's "recommend it, sponsor it" list): the digest's own text, not
 * entries, as no digest publishes the same entries week after week. (Two issues in a row may
 * well list the same upcoming events; the lists they stand in change sooner than that.)
 * `documents` are issues' Markdown, the same issue twice counting once; `own`, what the digest
 * writes in every issue (its standing opening and ending), whose lists are its own outright.
 * Lists of one item are left alone.
 */
export function standingLists(documents: readonly string[], own = ''): Set<string> {
  const issuesWith = new Map<string, number>();
  for (const document of new Set(documents.map((d) => d.replace(/\r\n?/g, '\n')))) {
    for (const list of new Set(tightLists(document))) issuesWith.set(list, (issuesWith.get(list) ?? 0) + 1);
  }
  const standing = [...issuesWith].flatMap(([list, count]) => (count >= STANDING_IN && hasLink(list) ? [list] : []));
  return new Set([...listsOf(own), ...standing]);
}

/**
 * A document's tight lists, told by their lines alone (no Markdown parse: every imported file
 * passes here): from an item's line to the end of its run of lines, every line an item's or
 * indented under one, two items or more. A list the parser reads otherwise matches none of them.
 */
function tightLists(document: string): string[] {
  const out: string[] = [];
  for (const chunk of document.split(/\n[ \t]*\n/)) {
    const lines = chunk.trimEnd().split('\n');
    const start = lines.findIndex((line) => ITEM_LINE.test(line));
    if (start === -1) continue;
    const rest = lines.slice(start);
    if (rest.every((line) => ITEM_LINE.test(line) || INDENTED.test(line)) && rest.filter((line) => ITEM_LINE.test(line)).length > 1) out.push(rest.join('\n').trimEnd());
  }
  return out;
}

/** A document's lists of links of more than one item, each as written (trailing blanks aside). */
function listsOf(document: string): string[] {
  if (document.trim() === '') return [];
  const lines = document.replace(/\r\n?/g, '\n').split('\n');
  const text = (b: { start: number; end: number }): string => blockText(lines, b).trimEnd();
  return scanBlocks(lines, 0).flatMap((b) => (b.kind === 'list' && b.items.length > 1 && hasLink(text(b)) ? [text(b)] : []));
}

/** What the digest writes in every new issue, its standing opening and ending: its lists are its own. */
export function standingText(template: Pick<Template, 'preamble' | 'closing'>): string {
  return [template.preamble, template.closing ?? ''].join('\n\n');
}
