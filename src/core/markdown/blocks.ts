import { componentCardEnd } from './component-card.ts';
import MarkdownIt from 'markdown-it';
import { htmlHeading } from './html-heading.ts';
import { summaryHeadingText } from './summary-heading.ts';
import { HTML_ENTRY_PARAGRAPH } from './html-paragraph-entry.ts';
import { symbolMarkerOf } from './symbol-marker.ts';
import { opensTable } from './table-rows.ts';
import { isAttributeList } from './attribute-list.ts';

/**
 * A list item, by its lines. `sublist`: where the item is one line over a list of its own and
 * nothing more (`- Org Mode:` over its links), that list's items.
 */
export interface ListItem {
  start: number;
  end: number;
  sublist?: { start: number; end: number }[];
}

/** A top-level block of a Markdown body, by its lines (`start` inclusive, `end` exclusive). */
export type Block =
  /** `summary`: a collapsible part's opening (see `summaryHeadingText`). */
  | { kind: 'heading'; start: number; end: number; level: number; text: string; summary?: true }
  | { kind: 'paragraph'; start: number; end: number }
  | { kind: 'list'; start: number; end: number; ordered: boolean; items: ListItem[] }
  /** A table: its header and delimiter rows, then `rows`, one line each. */
  | { kind: 'table'; start: number; end: number; rows: { start: number; end: number }[] }
  | { kind: 'quote' | 'code' | 'html' | 'rule'; start: number; end: number }
  /** Lines no block claims (link reference definitions), or that a reader takes as no block. */
  | { kind: 'other'; start: number; end: number };

// CommonMark, block rules only: where blocks start and end is all the importer needs from the
// parser, and skipping inline parsing keeps a megabyte to tens of milliseconds. HTML blocks are
// on (comments, `<img>`, JSX stand as blocks of their own). markdown-it's table rule is the
// slowest on long inputs: a table is read as the paragraph it is without it, then told by its
// first two lines (`tables`). Nesting
// stops at markdown-it's limit of 100 levels, so no input can exhaust the stack.
const md = new MarkdownIt('default', { html: true });
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
md.block.ruler.disable(['table']);

type Token = ReturnType<typeof md.parse>[number];
type Nesting = Token['nesting'];
/**
 * markdown-it's `Token` sets each of its thirteen fields through a class-field helper (its
 * published build's), a tenth of a digest's import time; nothing here renders, so a block token
 * is a plain object of the same fields (block rules only read and write fields, never call
 * Token's attribute methods).
 */
md.block.State = class extends md.block.State {
  override push(type: string, tag: string, nesting: Nesting): Token {
    const token = { type, tag, attrs: null, map: null, nesting, level: 0, children: null, content: '', markup: '', info: '', meta: null, block: true, hidden: false } as unknown as Token;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
};

const KIND: Record<string, Block['kind']> = {
  paragraph_open: 'paragraph',
  blockquote_open: 'quote',
  fence: 'code',
  code_block: 'code',
  html_block: 'html',
  hr: 'rule',
};

/**
 * The top-level blocks of `lines[from..]`, in order, line numbers counted in `lines`. Blank
 * lines belong to no block; lines that hold something but no block claims come as `other`.
 */
export function scanBlocks(lines: readonly string[], from: number, symbols: readonly string[] = []): Block[] {
  const tokens = md.parse(lines.slice(from).join('\n'), {});
  const blocks: Block[] = [];
  let list: Extract<Block, { kind: 'list' }> | undefined;
  // The open item's own blocks (level 2), to tell an item that is a line over a list.
  let children: string[] = [];
  let sublist: { start: number; end: number }[] = [];
  const closeItem = (): void => {
    const item = list?.items.at(-1);
    if (item && children.join(' ') === 'paragraph_open list' && sublist.length > 0) item.sublist = sublist;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as (typeof tokens)[number];
    const map = token.map;
    if (token.type === 'list_item_open' && token.level === 1 && list && map) {
      list.items.push({ start: map[0] + from, end: map[1] + from });
      children = [];
      sublist = [];
      continue;
    }
    if (token.type === 'list_item_close' && token.level === 1) {
      closeItem();
      children = [];
      sublist = [];
      continue;
    }
    if (token.level === 2 && map && list && inItem(list, map[0] + from)) {
      const nested = token.type === 'bullet_list_open' || token.type === 'ordered_list_open';
      if (nested || token.type.endsWith('_open') || KIND[token.type]) children.push(nested ? 'list' : token.type);
      if (token.type === 'paragraph_open' && map[1] - map[0] !== 1) children.push('long');
      continue;
    }
    if (token.type === 'list_item_open' && token.level === 3 && map && list && inItem(list, map[0] + from) && children.at(-1) === 'list') {
      sublist.push({ start: map[0] + from, end: map[1] + from });
      continue;
    }
    if (token.level !== 0 || !map) continue;
    const start = map[0] + from;
    const end = map[1] + from;
    if (token.type === 'heading_open') {
      const inline = tokens[i + 1];
      blocks.push({ kind: 'heading', start, end, level: Number(token.tag.slice(1)), text: inline?.type === 'inline' ? inline.content : '' });
      continue;
    }
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      list = { kind: 'list', start, end, ordered: token.type === 'ordered_list_open', items: [] };
      blocks.push(list);
      continue;
    }
    const kind = KIND[token.type];
    const summary = kind === 'html' ? summaryHeadingText(token.content) : undefined;
    const html = kind === 'html' ? (htmlHeading(token.content) ?? (summary === undefined ? undefined : { level: summaryLevel(blocks), text: summary, summary: true as const })) : undefined;
    if (html) blocks.push({ kind: 'heading', start, end, ...html });
    else if (kind === 'html') blocks.push(...htmlParts(lines, start, end));
    else if (kind) blocks.push({ kind, start, end } as Block);
  }
  return withUnclaimed(symbolLists(tables(listAttributes(trimmed(blocks, lines), lines), lines), lines, symbols), lines, from);
}

/** A collapsible part's level: one under the headings before it that are not such parts (the title's, where none is). */
function summaryLevel(before: readonly Block[]): number {
  const over = before.findLast((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.summary !== true);
  return Math.min(6, (over?.level ?? 1) + 1);
}

/** A line that is one HTML list item, whole: `<li><a href="…">Deno 2.1</a> — words</li>`. */
const HTML_ITEM_LINE = /^[ \t]*<li(?:[ \t][^>]*)?>[^\n]*<\/li>[ \t]*$/i;
/** A line that opens an HTML list item closed on a later line (`<li>`, the link and words under it, `</li>`). */
const HTML_ITEM_OPEN = /^[ \t]*<li(?:[ \t][^>]*)?>/i;

/** A line that opens a table's row (`<tr>`), the row's cells on the lines under it. */
const HTML_ROW_OPEN = /^[ \t]*<tr(?:[ \t][^>]*)?>/i;
const HTML_ROW_TAG = /<(\/?)tr(?=[\s>])[^>]*>/gi;

/**
 * The line after a table's row that opens on `line` and holds a link (a newsletter's entry laid
 * out as a row: its title, words and site in cells), the line its `</tr>` closes it on included;
 * undefined where it holds no link or does not close before `end`. Rows nested in it are its own.
 */
function htmlRowEnd(lines: readonly string[], line: number, end: number): number | undefined {
  let depth = 0;
  let linked = false;
  for (let at = line; at < end; at++) {
    const text = lines[at] as string;
    linked ||= /<a\s[^>]*href\s*=/i.test(text);
    for (const tag of text.matchAll(HTML_ROW_TAG)) {
      depth += tag[1] === '/' ? -1 : 1;
      if (depth === 0) return linked ? at + 1 : undefined;
    }
  }
  return undefined;
}

/** The tags that open and close HTML lists and their items, in the order a line holds them. */
const HTML_LIST_TAG = /<(\/?)(li|ul|ol)(?=[\s>/])[^>]*>/gi;

/**
 * The line after an HTML list item that opens on `line` and ends on a later one, before `end`;
 * undefined where none ends it there. It ends with its `</li>`, or, where it leaves that out as
 * HTML allows (`<li>words` a line), before the line opening the next item of its list or closing
 * the list, or with its block. Items of lists nested in it end inside it, closed or not.
 */
function htmlItemEnd(lines: readonly string[], line: number, end: number): number | undefined {
  // What is open, innermost last: the item itself, lists nested in it and their items.
  const open: ('li' | 'list')[] = [];
  for (let at = line; at < end; at++) {
    const text = lines[at] as string;
    for (const tag of text.matchAll(HTML_LIST_TAG)) {
      const closing = tag[1] === '/';
      const name = (tag[2] as string).toLowerCase() === 'li' ? 'li' : 'list';
      // A next item of the item's own list, or that list's end, as the line's first tag: the
      // item ended on the line before.
      const ownList = open.length === 1 && (name === 'list' ? closing : !closing);
      if (ownList && at > line) return tag.index === text.length - text.trimStart().length ? at : undefined;
      if (name === 'li' && !closing) {
        // An item left open ends where the next one of its list opens.
        if (open.at(-1) === 'li' && open.length > 1) open.pop();
        open.push('li');
      } else if (name === 'li') {
        if (open.at(-1) !== 'li') return undefined;
        open.pop();
        if (open.length === 0) return at > line && /<\/li\s*>[ \t]*$/i.test(text) ? at + 1 : undefined;
      } else if (!closing) open.push('list');
      else {
        // A nested list's end closes its items left open.
        while (open.at(-1) === 'li' && open.length > 1) open.pop();
        if (open.at(-1) !== 'list') return undefined;
        open.pop();
      }
    }
  }
  // Left open to the block's end (a blank line after it, no list around it: an entry under a
  // heading the digest's lists never held), it ends there, unless a list it nests is still open.
  return open.length === 1 ? end : undefined;
}

/**
 * An HTML block, as a digest written in HTML lays out what Markdown would (`<h2>News</h2>`, then
 * `<ul>` and one `<li>` a line): its headings on lines of their own are headings, its runs of
 * whole list items lists, each line an item (or the lines from an item's `<li>` to its `</li>`),
 * and the rest HTML. A block with neither stays one
 * HTML block (a picture, a comment, a `<details>` of its own).
 */
function htmlParts(lines: readonly string[], start: number, end: number): Block[] {
  const parts: Block[] = [];
  for (let line = start; line < end; line++) {
    const text = lines[line] as string;
    const heading = htmlHeading(text);
    const previous = parts.at(-1);
    // An item on one line, or over several to the line that closes it.
    // A card of MDX's linking its page (`<LinkCard href="…" title="…" />`): an entry, as a paragraph.
    const cardEnd = heading ? undefined : componentCardEnd(lines, line, end);
    if (cardEnd !== undefined) {
      parts.push({ kind: 'paragraph', start: line, end: cardEnd });
      line = cardEnd - 1;
      continue;
    }
    const itemEnd = heading ? undefined : HTML_ITEM_LINE.test(text) ? line + 1 : HTML_ITEM_OPEN.test(text) ? htmlItemEnd(lines, line, end) : HTML_ROW_OPEN.test(text) ? htmlRowEnd(lines, line, end) : undefined;
    if (heading) parts.push({ kind: 'heading', start: line, end: line + 1, ...heading });
    else if (HTML_ENTRY_PARAGRAPH.test(text)) parts.push({ kind: 'paragraph', start: line, end: line + 1 });
    else if (itemEnd !== undefined) {
      if (previous?.kind === 'list' && previous.end === line) {
        previous.end = itemEnd;
        previous.items.push({ start: line, end: itemEnd });
      } else parts.push({ kind: 'list', start: line, end: itemEnd, ordered: false, items: [{ start: line, end: itemEnd }] });
      line = itemEnd - 1;
    } else if (previous?.kind === 'html' && previous.end === line) previous.end = line + 1;
    else parts.push({ kind: 'html', start: line, end: line + 1 });
  }
  return parts.some((p) => p.kind !== 'html') ? parts : [{ kind: 'html', start, end }];
}

/** Paragraphs that open with a header and a delimiter row are tables, each later line a row. */
function tables(blocks: Block[], lines: readonly string[]): Block[] {
  return blocks.map((block) => {
    if (block.kind !== 'paragraph' || block.end - block.start < 2 || !opensTable(lines[block.start] as string, lines[block.start + 1] as string)) return block;
    const rows: { start: number; end: number }[] = [];
    for (let line = block.start + 2; line < block.end; line++) rows.push({ start: line, end: line + 1 });
    return { kind: 'table', start: block.start, end: block.end, rows };
  });
}

/**
 * Paragraphs whose every line, two at least, starts with the same symbol (`🔗 [title](url)`,
 * `• …`) are lists, each line an item: Markdown reads them as one paragraph, their editor meant
 * one entry a line. A paragraph of one line is one too where the same document lists so (a
 * section holding one entry, marked with its own symbol), or where the digest is known to list
 * by that symbol (`symbols`: an issue of one entry a section); alone, a symbol opening a line
 * says too little (a sponsor's `💡 [How to advertise](…)`).
 */
function symbolLists(blocks: Block[], lines: readonly string[], symbols: readonly string[]): Block[] {
  const markerOf = (block: Block): string | undefined => {
    if (block.kind !== 'paragraph') return undefined;
    const marker = symbolMarkerOf(lines[block.start] as string)?.trim();
    if (marker === undefined) return undefined;
    for (let line = block.start + 1; line < block.end; line++) if (symbolMarkerOf(lines[line] as string)?.trim() !== marker) return undefined;
    return marker;
  };
  const listed = new Set(blocks.flatMap((b) => (b.end - b.start >= 2 ? (markerOf(b) ?? []) : [])));
  const known = new Set(symbols);
  return blocks.map((block) => {
    const marker = markerOf(block);
    if (marker === undefined || (block.end - block.start < 2 && listed.size === 0 && !known.has(marker))) return block;
    const items: ListItem[] = [];
    for (let line = block.start; line < block.end; line++) items.push({ start: line, end: line + 1 });
    return { kind: 'list', start: block.start, end: block.end, ordered: false, items };
  });
}

/** Whether a line falls within the list's last item (a token of its own, not of a later block). */
function inItem(list: Extract<Block, { kind: 'list' }>, line: number): boolean {
  const item = list.items.at(-1);
  return item !== undefined && line >= item.start && line < item.end;
}

/**
 * A kramdown attribute list right under a list (`{: .links}`) is the list's, not words of its
 * last item (Markdown reads it into that item's paragraph): it is left to stand on its own line
 * after the list, as the digest's own text.
 */
function listAttributes(blocks: Block[], lines: readonly string[]): Block[] {
  for (const block of blocks) {
    if (block.kind !== 'list') continue;
    const last = block.items.at(-1);
    if (!last || last.end - last.start < 2 || last.end !== block.end || !isAttributeList(lines[last.end - 1] as string)) continue;
    for (const sub of last.sublist ?? []) if (sub.end === last.end) sub.end--;
    last.end--;
    block.end--;
  }
  return blocks;
}

/** Blocks end at their last line that holds something: blank lines between blocks belong to none. */
function trimmed(blocks: Block[], lines: readonly string[]): Block[] {
  const lastFilled = (start: number, end: number): number => {
    let e = end;
    while (e > start + 1 && (lines[e - 1] as string).trim() === '') e--;
    return e;
  };
  for (const block of blocks) {
    block.end = lastFilled(block.start, block.end);
    if (block.kind === 'list') {
      for (const item of block.items) {
        item.end = lastFilled(item.start, item.end);
        for (const sub of item.sublist ?? []) sub.end = lastFilled(sub.start, sub.end);
      }
    }
  }
  return blocks;
}

function withUnclaimed(blocks: Block[], lines: readonly string[], from: number): Block[] {
  const out: Block[] = [];
  let at = from;
  const claim = (until: number): void => {
    for (let i = at; i < until; i++) {
      if ((lines[i] as string).trim() === '') continue;
      const previous = out.at(-1);
      if (previous?.kind === 'other' && previous.end === i) previous.end = i + 1;
      else out.push({ kind: 'other', start: i, end: i + 1 });
    }
  };
  for (const block of blocks) {
    claim(block.start);
    out.push(block);
    at = Math.max(at, block.end);
  }
  claim(lines.length);
  return out;
}
