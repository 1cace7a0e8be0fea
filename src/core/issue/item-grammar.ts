import type { Block } from '../markdown/blocks.ts';
import { blockText } from '../markdown/block-text.ts';
import { endsInColon } from '../markdown/ends-in-colon.ts';
import { extractLinks, LINK_TEXT, parseLinkLine, type LinkDefinitions } from '../markdown/markdown-links.ts';
import type { ItemGrammar } from '../model/template.ts';
import { hasLink } from './has-link.ts';
import { introducesNext } from './introduces-next.ts';
import { isNeverItem } from './never-item.ts';
import type { GrammarContext } from './grammar-context.ts';
import { BOLD_TITLE, entryHeadings } from './entry-headings.ts';

/** A piece of an issue's body by lines (`end` exclusive): a heading, an item, or text kept as it is. */
export type Piece =
  | { kind: 'heading'; start: number; end: number; level: number; text: string }
  /** `row`: a table's row, whatever the digest's grammar; `quote`: an entry set as a block quote. */
  | { kind: 'item'; start: number; end: number; row?: true; quote?: true }
  | { kind: 'text'; start: number; end: number };

/** A numbered entry's first line: `1、`, `12、`. (`1.` and `1)` are ordered lists to the parser.) */
export const NUMBERED_ENTRY = /^ {0,3}\d{1,4}、/;
/**
 * A block quote that opens with a link, `> [title](url)`, `> **[title](url)**` or `> <url>`, its
 * label before it where it has one (`> BP: [title](url)`): an entry set as a quote.
 */
export const QUOTED_ENTRY = new RegExp(String.raw`^ {0,3}>[ \t]*(?:[^\s[\]<>][^[\]<>\n]{0,38}[:：][ \t]*)?(?:(?:\*\*|__)?${LINK_TEXT}\(|<https?:\/\/)`, 'i');
const LINK_FIRST = new RegExp(String.raw`^ {0,3}${LINK_TEXT}(?:\([^)]*\)|\[[^\]\n]*\])`);
const SPONSOR = /sponsor|advertis|promoted|赞助|广告|推广/i;
/**
 * A paragraph that opens with a link in bold, `**[title](url)**` or `[**title**](url)`: the title
 * of a lead story among bullets (This Week in React's top story, a weekly's "Featured" pieces).
 */
export const LEAD_TITLE = /^ {0,3}(?:(\*\*|__)\[(?:[^\]\\]|\\.)+\](?:\([^)]*\)|\[[^\]\n]*\])\1|\[(\*\*|__)(?:[^\]\\]|\\.)+\2\](?:\([^)]*\)|\[[^\]\n]*\]))/;

/** A list that is a table of contents: every item only links within the page. */
function isContents(block: Extract<Block, { kind: 'list' }>, lines: readonly string[], definitions: LinkDefinitions | undefined): boolean {
  return block.items.every((item) => linksWithinPage(blockText(lines, item), definitions));
}

/** Whether Markdown links somewhere, and only to places in the page itself (`#目录`, `#top`). */
function linksWithinPage(markdown: string, definitions: LinkDefinitions | undefined): boolean {
  if (!markdown.includes('#')) return false;
  const links = extractLinks(markdown, definitions);
  return links.length > 0 && links.every((l) => l.url.startsWith('#'));
}

/** What an entry that runs over blocks takes after its title: its words, points, quotes and code. */
function isProse(block: Block): boolean {
  return block.kind === 'paragraph' || block.kind === 'list' || block.kind === 'quote' || block.kind === 'code' || block.kind === 'table';
}

/** What an entry under its own heading may hold besides its words: pictures. */
const PICTURE_HTML = /^\s*<(?:img|picture|video|figure)\b/i;

/** How often each grammar's entries appear in a document, to learn which one the digest writes. */
export interface GrammarEvidence {
  numbered: number;
  /** Numbered entries that count on from the one before, or start again at 1: a real sequence. */
  inSequence: number;
  /** List items and table rows that link somewhere. */
  bullets: number;
  paragraphs: number;
  /** Entries under headings of their own; what is under them is counted as theirs, not above. */
  headed: number;
}

export function grammarEvidence(blocks: readonly Block[], lines: readonly string[], context: GrammarContext = {}): GrammarEvidence {
  const evidence: GrammarEvidence = { numbered: 0, inSequence: 0, bullets: 0, paragraphs: 0, headed: 0 };
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  const headings = context.headings ?? entryHeadings(blocks, lines, context);
  let previous = 0;
  let underEntry = false;
  for (const block of blocks.slice(firstHeading === -1 ? 0 : firstHeading)) {
    if (block.kind === 'heading') {
      underEntry = headings.has(block);
      if (underEntry) evidence.headed++;
      continue;
    }
    if (underEntry) continue;
    if (block.kind === 'paragraph' && NUMBERED_ENTRY.test(lines[block.start] as string)) {
      const n = Number(/\d+/.exec(lines[block.start] as string)?.[0]);
      evidence.numbered++;
      if (n === 1 || n === previous + 1) evidence.inSequence++;
      previous = n;
    }
    else if (block.kind === 'list' && !isContents(block, lines, context.definitions)) {
      for (const item of block.items) if (hasLink(blockText(lines, item), context.definitions)) evidence.bullets++;
    } else if (block.kind === 'table') {
      for (const row of block.rows) if (hasLink(blockText(lines, row), context.definitions)) evidence.bullets++;
    } else if (block.kind === 'quote' && QUOTED_ENTRY.test(lines[block.start] as string)) {
      evidence.bullets++;
    } else if (block.kind === 'paragraph' && !isNeverItem(block, lines)) evidence.paragraphs++;
  }
  return evidence;
}

/**
 * The grammar a digest's entries follow: numbered entries where there are some and they count
 * 1, 2, 3 (starting again in each section), else entries under headings of their own where they
 * are most of what there is, else linked list items where they are not far fewer than the
 * paragraphs, else paragraphs.
 */
export function chooseGrammar(evidence: GrammarEvidence): ItemGrammar {
  if (evidence.numbered >= 3 && evidence.inSequence * 5 >= evidence.numbered * 4 && evidence.numbered * 2 >= evidence.bullets) return 'numbered';
  // Entries under headings read the linked list items elsewhere too (a section of quick links):
  // the headings need not outnumber them, only the paragraphs that would be left as text.
  if (evidence.headed >= 3 && evidence.headed * 2 >= evidence.paragraphs) return 'heading';
  if (evidence.bullets > 0 && evidence.bullets * 5 >= evidence.paragraphs * 3) return 'bullet';
  return 'paragraph';
}

/**
 * The body split into headings, items and text, so that an item is what the digest's editor
 * meant by one entry. Everything before the first heading is text (intro, disclaimers, the
 * editor's note), unless there is no heading at all; so is every block that is never an item.
 */
export function splitItems(blocks: readonly Block[], lines: readonly string[], grammar: ItemGrammar, context: GrammarContext = {}): Piece[] {
  const linked = (b: { start: number; end: number }): boolean => hasLink(blockText(lines, b), context.definitions);
  const linkOnly = (b: { start: number; end: number }): boolean => lines.slice(b.start, b.end).every((line) => parseLinkLine(line, context.definitions) !== undefined);
  const pieces: Piece[] = [];
  const push = (piece: Piece): void => void pieces.push(piece);
  const lastItem = (): Extract<Piece, { kind: 'item' }> | undefined => {
    const last = pieces.at(-1);
    return last?.kind === 'item' ? last : undefined;
  };
  // A digest with no headings at all files its entries straight under the title: its body is
  // items, and text where nothing links (its intro, its sign-off).
  const headless = !blocks.some((b) => b.kind === 'heading');
  let seenHeading = headless;
  // Under a sponsor's heading everything is the sponsor's text, until a heading as high.
  let sponsorLevel = Infinity;
  // Numbered grammar: the entry that takes what follows, until the next entry or heading.
  let entry: Extract<Piece, { kind: 'item' }> | undefined;
  // Bullet grammar: a lead story, which takes the prose after its title.
  let lead: Extract<Piece, { kind: 'item' }> | undefined;
  // A table's rows that link somewhere are entries, whatever the grammar; its header is text.
  const pushRows = (block: Extract<Block, { kind: 'table' }>): void => {
    push({ kind: 'text', start: block.start, end: block.start + 2 });
    for (const row of block.rows) push(linked(row) ? { kind: 'item', start: row.start, end: row.end, row: true } : { kind: 'text', start: row.start, end: row.end });
  };
  // A list's items that link somewhere are entries (one without a link is prose: a sponsor's
  // points), and so are a table's rows; any other block is the digest's own text.
  const pushBulletsOrText = (block: Block): void => {
    if (block.kind === 'table') return pushRows(block);
    // An entry set as a block quote: its link first, its words under it.
    if (block.kind === 'quote' && QUOTED_ENTRY.test(lines[block.start] as string)) return push({ kind: 'item', start: block.start, end: block.end, quote: true });
    if (block.kind !== 'list' || isContents(block, lines, context.definitions) || context.standing?.has(blockText(lines, block).trimEnd())) return push({ kind: 'text', start: block.start, end: block.end });
    for (const item of block.items) push({ kind: linked(item) ? 'item' : 'text', start: item.start, end: item.end });
  };
  // Heading grammar: the headings that are entries.
  const headings = grammar !== 'heading' ? new Set<Block>() : (context.headings ?? entryHeadings(blocks, lines, context));
  // Paragraph grammar: what the item so far is made of, for the joining rules.
  let itemBlocks: Block[] = [];
  // A line that closes a group (see closingBlocks) ends an entry running over blocks, and what
  // follows it up to the next entry or heading is text.
  const opensEntry = (block: Block): boolean => {
    if (grammar === 'heading') return headings.has(block);
    if (grammar === 'numbered') return (block.kind === 'list' && block.ordered) || (block.kind === 'paragraph' && NUMBERED_ENTRY.test(lines[block.start] as string));
    if (grammar === 'bullet') return block.kind === 'paragraph' && LEAD_TITLE.test(lines[block.start] as string);
    // No paragraph entry runs over blocks the way these do: none is closed.
    return true;
  };
  const closing = closingBlocks(blocks, lines, opensEntry, context.definitions);

  for (const block of blocks) {
    if (block.kind === 'heading' && block.level <= sponsorLevel) sponsorLevel = SPONSOR.test(block.text) ? block.level : Infinity;
    if (headings.has(block) && sponsorLevel === Infinity) {
      // The entry is its heading and everything under it, up to the next heading.
      seenHeading = true;
      entry = { kind: 'item', start: block.start, end: block.end };
      push(entry);
      continue;
    }
    if (block.kind === 'heading') {
      push({ kind: 'heading', start: block.start, end: block.end, level: block.level, text: block.text });
      seenHeading = true;
      entry = undefined;
      lead = undefined;
      itemBlocks = [];
      continue;
    }
    if (!seenHeading || sponsorLevel !== Infinity) {
      push({ kind: 'text', start: block.start, end: block.end });
      continue;
    }
    if (grammar === 'bullet') {
      const linkedItems =
        (block.kind === 'list' && !isContents(block, lines, context.definitions) && block.items.some(linked)) ||
        (block.kind === 'table' && block.rows.some(linked)) ||
        (block.kind === 'quote' && QUOTED_ENTRY.test(lines[block.start] as string));
      if (block.kind === 'paragraph' && LEAD_TITLE.test(lines[block.start] as string)) {
        lead = { kind: 'item', start: block.start, end: block.end };
        push(lead);
        continue;
      }
      if (lead && !linkedItems && isProse(block) && !isNeverItem(block, lines) && !closing(block)) {
        // The story's words, its points and quotes, up to the next entries, rule or heading.
        lead.end = block.end;
        continue;
      }
      lead = undefined;
      pushBulletsOrText(block);
      continue;
    }
    if (grammar === 'heading') {
      const picture = block.kind === 'html' && PICTURE_HTML.test(lines[block.start] as string);
      if (entry && (isProse(block) || picture) && !closing(block)) {
        entry.end = block.end;
        continue;
      }
      // A rule or a comment closes the entry; what follows until the next heading is the digest's
      // own text, but for linked bullets (a section of links that get no heading each).
      entry = undefined;
      pushBulletsOrText(block);
      continue;
    }
    if (grammar === 'numbered') {
      if (block.kind === 'list' && block.ordered) {
        for (const item of block.items) {
          entry = { kind: 'item', start: item.start, end: item.end };
          push(entry);
        }
        continue;
      }
      if (block.kind === 'paragraph' && NUMBERED_ENTRY.test(lines[block.start] as string)) {
        entry = { kind: 'item', start: block.start, end: block.end };
        push(entry);
        continue;
      }
      if (closing(block)) entry = undefined;
      if (entry) {
        // The entry runs over its paragraphs, images, quotes and lists, to the next entry or heading.
        entry.end = block.end;
        continue;
      }
      if (!entry && block.kind === 'paragraph' && LINK_FIRST.test(lines[block.start] as string) && !isNeverItem(block, lines)) {
        push({ kind: 'item', start: block.start, end: block.end });
        continue;
      }
      if (block.kind === 'table') {
        pushRows(block);
        continue;
      }
      push({ kind: 'text', start: block.start, end: block.end });
      continue;
    }
    // Paragraph grammar.
    if (block.kind === 'table') {
      pushRows(block);
      itemBlocks = [];
      continue;
    }
    // What the digest writes in issue after issue (a project's line saying what it is, a
    // sign-off) is its own text.
    if (isNeverItem(block, lines) || (block.kind === 'paragraph' && context.standing?.has(blockText(lines, block).trimEnd()))) {
      push({ kind: 'text', start: block.start, end: block.end });
      itemBlocks = [];
      continue;
    }
    const open = lastItem();
    if (open && joins(itemBlocks, block, lines, linked, linkOnly)) {
      open.end = block.end;
      itemBlocks.push(block);
      continue;
    }
    if (headless && !linked(block)) {
      push({ kind: 'text', start: block.start, end: block.end });
      itemBlocks = [];
      continue;
    }
    push({ kind: 'item', start: block.start, end: block.end });
    itemBlocks = [block];
  }
  return pieces;
}

/**
 * Whether a block closes a group of entries rather than its last entry: no entry opens after it
 * before the next heading that is not an entry's, and it links only within the page
 * (HelloGitHub's `🔙 返回目录` after each group, `[Back to top](#top)`): the digest's own line,
 * never an entry's words.
 */
function closingBlocks(blocks: readonly Block[], lines: readonly string[], opensEntry: (block: Block) => boolean, definitions: LinkDefinitions | undefined): (block: Block) => boolean {
  const trailing = new Set<Block>();
  let ahead = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i] as Block;
    if (opensEntry(block)) ahead = true;
    else if (block.kind === 'heading') ahead = false;
    else if (!ahead) trailing.add(block);
  }
  return (block) => {
    if (!trailing.has(block)) return false;
    return linksWithinPage(blockText(lines, block), definitions);
  };
}

/**
 * Whether a block belongs to the paragraph item before it: what follows it without a blank line,
 * the list an intro introduces (it ends in a colon), a quote (one with links of its own only when
 * introduced), code an intro introduces, the line that gives the link of an intro and its
 * list that had none, the words under a title in bold, and a paragraph of link lines that gives
 * the link of words that had none.
 */
function joins(
  item: readonly Block[],
  block: Block,
  lines: readonly string[],
  linked: (b: { start: number; end: number }) => boolean,
  linkOnly: (b: { start: number; end: number }) => boolean,
): boolean {
  const last = item.at(-1);
  if (!last) return false;
  // Written together, with no blank line between: one item (code and the sentence after it).
  if (block.start === last.end && block.kind !== 'paragraph') return true;
  if (block.start === last.end && last.kind !== 'paragraph') return true;
  // A list or quote ending in a colon introduces what follows too; only a paragraph credits.
  const introduces = last.kind === 'paragraph' ? introducesNext(lines.slice(last.start, last.end)) : endsInColon(lines[last.end - 1] as string);
  if (block.kind === 'list') return last.kind !== 'list' && (introduces || block.start === last.end);
  // A quote with a link of its own is an item of its own (a quoted announcement and its link),
  // unless the paragraph before introduces it ("Devon announces:").
  if (block.kind === 'quote') return introduces || !linked(block);
  if (block.kind === 'code') return introduces;
  if (block.kind === 'paragraph' && last.kind === 'list') {
    const body = blockText(lines, block);
    return !item.some(linked) && block.end - block.start <= 3 && linked({ start: block.end - 1, end: block.end }) && body.length < 300;
  }
  if (block.kind === 'paragraph' && last.kind === 'paragraph') {
    // A title in bold alone on its line heads the words under it (`**Zig 0.12 released (5 minute
    // read)**`, then what it is about).
    const titled = item[0]?.kind === 'paragraph' && item[0].end - item[0].start === 1 && BOLD_TITLE.test(lines[item[0].start] as string) && !linked(item[0]);
    if (titled && item.length === 1) return true;
    // The address of words that gave none, or of a titled entry, alone on its lines after them
    // (`[Read more](…)`).
    return (titled || !item.some(linked)) && linkOnly(block);
  }
  return false;
}

