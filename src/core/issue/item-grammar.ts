import { leadingCard } from '../markdown/component-card.ts';
import { BYLINE_LINE } from './byline-line.ts';
import type { Block } from '../markdown/blocks.ts';
import { blockText } from '../markdown/block-text.ts';
import { endsInColon } from '../markdown/ends-in-colon.ts';
import { extractLinks, LINK_TEXT, parseLinkLine, type LinkDefinitions } from '../markdown/markdown-links.ts';
import type { ItemGrammar } from '../model/template.ts';
import { hasLink } from './has-link.ts';
import { isCreditLine } from './credit-line.ts';
import { introducesNext } from './introduces-next.ts';
import { isEmptyListItem, isNeverItem } from './never-item.ts';
import { isSpeakerHeading } from './speaker-heading.ts';
import type { GrammarContext } from './grammar-context.ts';
import { BOLD_TITLE, entryHeadings, isLinkHeading } from './entry-headings.ts';
import { hasWordsBesideLinks, isAside, isAttributionLine, isCreditedQuote, isLinkTitle, isThanks } from './news-lines.ts';
import { headingName } from './heading-name.ts';
import { sameLink } from '../url/url-canonical.ts';

/** A piece of an issue's body by lines (`end` exclusive): a heading, an item, or text kept as it is. */
export type Piece =
  | { kind: 'heading'; start: number; end: number; level: number; text: string }
  /**
   * `row`: a table's row, whatever the digest's grammar; `quote`: an entry set as a block quote;
   * `form`: an entry written in another grammar than the digest's (a paragraph of news, or an
   * entry under a heading of its own, in a digest of lists; a list item of quick links in a digest
   * of paragraphs).
   */
  | { kind: 'item'; start: number; end: number; row?: true; quote?: true; form?: 'paragraph' | 'heading' | 'bullet' }
  | { kind: 'text'; start: number; end: number };

/** A numbered entry's first line: `1、`, `12、`. (`1.` and `1)` are ordered lists to the parser.) */
export const NUMBERED_ENTRY = /^ {0,3}\d{1,4}、/;
/**
 * A block quote that opens with a link, `> [title](url)`, `> **[title](url)**` or `> <url>`, its
 * label before it where it has one (`> BP: [title](url)`): an entry set as a quote.
 */
export const QUOTED_ENTRY = new RegExp(String.raw`^ {0,3}>[ \t]*(?:[^\s[\]<>][^[\]<>\n]{0,38}[:：][ \t]*)?(?:(?:\*\*|__)?${LINK_TEXT}\(|<https?:\/\/)`, 'i');
const LINK_FIRST = new RegExp(String.raw`^ {0,3}${LINK_TEXT}(?:\([^)]*\)|\[[^\]\n]*\])`);
/** A line that opens with an address written out (`<https://…>`, `https://…`): an untitled page's entry. */
const ADDRESS_FIRST = /^ {0,3}(?:<https?:\/\/|https?:\/\/|www\.)/i;
const SPONSOR = /sponsor|advertis|promoted|赞助|广告|推广/i;

/** A sponsor's heading (`## 💸 Sponsor`): everything under it is the sponsor's text, no entry. */
export function isSponsorHeading(text: string): boolean {
  return SPONSOR.test(text);
}
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

/**
 * The headings whose part (what is under them, their own headings' parts too) holds an entry,
 * each block `isEntry` tells; null where the blocks before any heading do. A heading that is an
 * entry's own is no part.
 */
function partsWithEntries(blocks: readonly Block[], isEntry: (block: Block) => boolean): Set<Block | null> {
  const out = new Set<Block | null>();
  const open: Extract<Block, { kind: 'heading' }>[] = [];
  for (const block of blocks) {
    const entry = isEntry(block);
    if (block.kind === 'heading' && !entry) {
      while (open.length > 0 && (open.at(-1) as { level: number }).level >= block.level) open.pop();
      open.push(block);
    } else if (entry) {
      if (open.length === 0) out.add(null);
      for (const heading of open) out.add(heading);
    }
  }
  return out;
}

/**
 * Whether a block lists entries the way a digest of lists does: a list or table that links
 * somewhere (not a table of contents), a quoted entry, or a lead story's title.
 */
function listsEntries(block: Block, lines: readonly string[], definitions: LinkDefinitions | undefined): boolean {
  const linked = (b: { start: number; end: number }): boolean => hasLink(blockText(lines, b), definitions);
  if (block.kind === 'list') return !isContents(block, lines, definitions) && block.items.some(linked);
  if (block.kind === 'table') return block.rows.some(linked);
  if (block.kind === 'quote') return QUOTED_ENTRY.test(lines[block.start] as string);
  return block.kind === 'paragraph' && LEAD_TITLE.test(lines[block.start] as string);
}

/** What an entry that runs over blocks takes after its title: its words, points, quotes and code. */
function isProse(block: Block): boolean {
  return block.kind === 'paragraph' || block.kind === 'list' || block.kind === 'quote' || block.kind === 'code' || block.kind === 'table';
}

/** What an entry under its own heading may hold besides its words: pictures. */
const PICTURE_HTML = /^\s*<(?:img|picture|video|figure)\b/i;

/**
 * An HTML paragraph of inline markup (JSer.info's `<p class="jser-tags">` of the entry's tags,
 * between its link and its words): no list, table, heading or rule inside.
 */
const HTML_PARAGRAPH = /^\s*<(?:p|div|span|small)\b[^<>]*>(?![\s\S]*<(?:ul|ol|li|table|h[1-6]|hr|details|section|article)\b)/i;

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
  const addresses = (b: { start: number; end: number }): string[] => extractLinks(blockText(lines, b), context.definitions).map((l) => l.url);
  // A line crediting the quote before it (`— [Jane on the forum](…)`).
  const isCredit = (block: Block): boolean => block.kind === 'paragraph' && isAttributionLine(blockText(lines, block), context.definitions);
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
  // The level of the heading the entry at hand opens with, where it opens with one.
  let entryLevel = 0;
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
  // A digest of lists may give the entries of a part of its own a heading each (`### [#89912:
  // Move the scheduler's types](…)` under "Featured PRs"): where other issues show the title is
  // written once, and no list of entries is under it, such a heading is an entry's there too.
  // A list the digest writes in every issue (its editors, its links for readers) lists none.
  const listsIn = (block: Block): boolean => listsEntries(block, lines, context.definitions) && !context.standing?.has(blockText(lines, block).trimEnd());
  const { recurring } = context;
  // So may a digest of paragraphs, where the heading is a link and nothing more (Last Week in
  // Kubernetes Development's `### [KEP 4444: …](…)` under "KEP of the Week", in issues whose
  // lists are mostly left empty); a title with a link beside it is a part of its own there (This
  // Week in GNOME's `### Tuba [↗](…)` over the app's news).
  const oneOffHeadings = (grammar === 'bullet' || grammar === 'paragraph') && recurring !== undefined;
  const listed = oneOffHeadings ? partsWithEntries(blocks, listsIn) : new Set<Block | null>();
  const headings =
    grammar === 'heading'
      ? (context.headings ?? entryHeadings(blocks, lines, context))
      : oneOffHeadings
        ? new Set([...(context.headings ?? entryHeadings(blocks, lines, context))].filter((h) => !listed.has(h) && h.kind === 'heading' && !recurring.has(headingName(h.text).toLowerCase()) && (grammar === 'bullet' || isLinkHeading(h.text.trim(), context.definitions))))
        : new Set<Block>();
  // The parts of a digest of lists or of headed entries that hold entries of the digest's kind;
  // the others tell their news in paragraphs (see pushNews).
  const withEntries = grammar === 'bullet' || grammar === 'heading' ? partsWithEntries(blocks, (block) => headings.has(block) || listsIn(block)) : new Set<Block | null>();
  // Paragraph grammar: what the item so far is made of, for the joining rules.
  let itemBlocks: Block[] = [];
  // A line that closes a group (see closingBlocks) ends an entry running over blocks, and what
  // follows it up to the next entry or heading is text.
  const opensEntry = (block: Block): boolean => {
    if (headings.has(block)) return true;
    if (grammar === 'heading') return false;
    if (grammar === 'numbered') return (block.kind === 'list' && block.ordered) || (block.kind === 'paragraph' && NUMBERED_ENTRY.test(lines[block.start] as string));
    if (grammar === 'bullet') return block.kind === 'paragraph' && LEAD_TITLE.test(lines[block.start] as string);
    // No paragraph entry runs over blocks the way these do: none is closed.
    return true;
  };
  const closing = closingBlocks(blocks, lines, opensEntry, context);
  // Paragraph grammar: whether the digest gives each entry's link alone on its line above its
  // words (Android Weekly) rather than under them (DevOps Weekly): known from its learned way of
  // writing entries where there is one, else told by the issue.
  const above = grammar === 'paragraph' && (context.linksAbove ?? linksAbove(blocks, lines, linkOnly));

  // The heading whose part a block is in (null before any).
  let part: Block | null = null;
  // Paragraph grammar: each paragraph that is not joined to the entry before it opens one (in a
  // digest with no headings, only where it links: the rest is its intro and sign-off).
  // What the paragraph rules share: a block kept as the digest's own text, a block joined to the
  // entry before it, a paragraph entry opened.
  const pushOwn = (block: Block): void => {
    push({ kind: 'text', start: block.start, end: block.end });
    itemBlocks = [];
  };
  const joinsOpen = (block: Block): boolean => {
    const open = lastItem();
    // A card (`<LinkCard … />`) is an entry whole, whatever stands right over it.
    if (!open || leadingCard(blockText(lines, block)) !== undefined || !joins(itemBlocks, block, lines, { linked, linkOnly, addresses, isCredit, above }, next)) return false;
    open.end = block.end;
    itemBlocks.push(block);
    return true;
  };
  const openEntry = (block: Block, form: Pick<Extract<Piece, { kind: 'item' }>, 'form'> = {}): void => {
    push({ kind: 'item', start: block.start, end: block.end, ...form });
    itemBlocks = [block];
  };
  const pushParagraph = (block: Block, linkedOnly: boolean): void => {
    if (block.kind === 'table') {
      pushRows(block);
      itemBlocks = [];
      return;
    }
    // What the digest writes in issue after issue (a project's line saying what it is, a
    // sign-off) is its own text.
    if (isNeverItem(block, lines) || ((block.kind === 'paragraph' || block.kind === 'quote') && context.standing?.has(blockText(lines, block).trimEnd()))) return pushOwn(block);
    if (joinsOpen(block)) return;
    if (block.kind === 'list' && block.items.every(linked) && !isContents(block, lines, context.definitions)) {
      // A list of links no paragraph introduces, in a digest of paragraphs: a part of quick
      // links (`## 本周链接`), each item an entry, a list of one too (`## Deprecated` over one
      // `* [flag deprecated](…)`: not an entry whose words open with its marker); one the digest
      // writes in every issue is its own.
      if (context.standing?.has(blockText(lines, block).trimEnd())) return pushOwn(block);
      for (const item of block.items) push({ kind: 'item', start: item.start, end: item.end, form: 'bullet' });
      itemBlocks = [];
      return;
    }
    if (linkedOnly && !linked(block)) return pushOwn(block);
    openEntry(block);
  };
  // A part of a digest of lists that lists no entries tells its news in paragraphs (Last Week in
  // Kubernetes Development's "Developer News"): a paragraph that links opens an entry (a link
  // alone on its line too: an entry the editor gave no words), and what joins a paragraph entry
  // joins it; so do a title that links alone on its line and the words under it (`#125029
  // [kubeadm: enable the v1beta4 API](…)`, then what it does), and a quote and the line
  // crediting it (`— [Jane on the forum](…)`). The rest is the digest's own: a call to sponsor or
  // advertise, words set in italics or small print (`*This Week in Rust is edited by …*`), words
  // other issues write alike but for what they link (`**Full Changelog**: https://…`), other
  // quotes, and words that link nowhere.
  const pushNews = (block: Block): void => {
    // A quote credited in its last line (the two written as one block), or by the paragraph after
    // it: an entry of its own, never the words of the entry before it.
    if (block.kind === 'quote' && (isCreditedQuote(lines.slice(block.start, block.end), context.definitions) || (next !== undefined && isCredit(next)))) return openEntry(block, { form: 'paragraph' });
    if (isNeverItem(block, lines) || (block.kind !== 'paragraph' && lastItem() === undefined)) return pushOwn(block);
    const text = blockText(lines, block);
    if (block.kind === 'paragraph' && (context.standing?.has(text.trimEnd()) || isAside(text) || SPONSOR.test(text))) return pushOwn(block);
    const last = pieces.at(-1);
    if (previous?.kind === 'quote' && last?.kind === 'item' && last.start === previous.start && isCredit(block)) {
      last.end = block.end;
      itemBlocks.push(block);
      return;
    }
    // Words other issues write alike but for the address they give (`**Full Changelog**: https://…`).
    if (block.kind === 'paragraph' && context.alikeButLinks?.has(text.trimEnd())) return pushOwn(block);
    if (block.kind === 'paragraph' && previous?.kind === 'paragraph' && last !== undefined && last.kind !== 'heading' && last.start === previous.start && isLinkTitle(blockText(lines, previous)) && hasWordsBesideLinks(text, context.definitions)) {
      pieces[pieces.length - 1] = { kind: 'item', start: last.start, end: block.end, form: 'paragraph' };
      itemBlocks = [previous, block];
      return;
    }
    if (joinsOpen(block)) return;
    if (block.kind !== 'paragraph' || !linked(block)) return pushOwn(block);
    openEntry(block, { form: 'paragraph' });
  };

  // The blocks before and after the one at hand.
  let previous: Block | undefined;
  let next: Block | undefined;
  for (const [index, block] of blocks.entries()) {
    previous = blocks[index - 1];
    next = blocks[index + 1];
    if (block.kind === 'heading' && block.level <= sponsorLevel) sponsorLevel = isSponsorHeading(block.text) ? block.level : Infinity;
    if (headings.has(block) && sponsorLevel === Infinity) {
      // The entry is its heading and everything under it, up to the next heading.
      seenHeading = true;
      entry = { kind: 'item', start: block.start, end: block.end, ...(grammar === 'heading' ? {} : { form: 'heading' as const }) };
      entryLevel = block.kind === 'heading' ? block.level : 0;
      push(entry);
      itemBlocks = [];
      continue;
    }
    // Who speaks next in an entry's thread (`### Kate announced`, under the thread's `##`): the entry's still.
    if (entry && block.kind === 'heading' && block.level > entryLevel && isSpeakerHeading(block.text)) {
      entry.end = block.end;
      continue;
    }
    if (block.kind === 'heading') {
      push({ kind: 'heading', start: block.start, end: block.end, level: block.level, text: block.text });
      seenHeading = true;
      part = block;
      entry = undefined;
      lead = undefined;
      itemBlocks = [];
      continue;
    }
    if (!seenHeading || sponsorLevel !== Infinity) {
      push({ kind: 'text', start: block.start, end: block.end });
      continue;
    }
    if (grammar === 'bullet' || grammar === 'heading') {
      // An entry under a heading of its own takes the prose under it; a rule or a comment closes
      // it, and what follows until the next heading is the digest's own text, but for linked
      // bullets (a section of links that get no heading each) and the news of a part with no entries.
      const picture = block.kind === 'html' && PICTURE_HTML.test(lines[block.start] as string);
      // An HTML paragraph inside the entry, more of its words after it; or right under its
      // heading (a digest written in HTML: `<h3><a …>title</a></h3>`, then `<p>words</p>`).
      const htmlParagraph = block.kind === 'html' && HTML_PARAGRAPH.test(blockText(lines, block));
      const within = htmlParagraph && ((next !== undefined && isProse(next) && !closing(next)) || (previous?.kind === 'heading' && entry?.start === previous.start));
      if (entry && (isProse(block) || picture || within) && !closing(block)) {
        entry.end = block.end;
        continue;
      }
      entry = undefined;
      // A part of a digest of headed entries that lists its news instead (This Week in Neovim's
      // core updates, `- [#19862](…) changed …`): each linked item an entry, as in a digest of lists.
      if (grammar === 'heading' && !withEntries.has(part) && listsIn(block) && !closing(block)) {
        pushBulletsOrText(block);
        continue;
      }
      if (!withEntries.has(part) && !closing(block)) {
        pushNews(block);
        continue;
      }
    }
    if (grammar === 'bullet') {
      if (block.kind === 'paragraph' && LEAD_TITLE.test(lines[block.start] as string)) {
        lead = { kind: 'item', start: block.start, end: block.end };
        push(lead);
        continue;
      }
      if (lead && !listsIn(block) && isProse(block) && !isNeverItem(block, lines) && !closing(block)) {
        // The story's words, its points and quotes, up to the next entries, rule or heading.
        lead.end = block.end;
        continue;
      }
      lead = undefined;
      pushBulletsOrText(block);
      continue;
    }
    if (grammar === 'heading') {
      pushBulletsOrText(block);
      continue;
    }
    if (grammar === 'numbered') {
      if (block.kind === 'list' && block.ordered) {
        for (const item of block.items) {
          // (A number with nothing after it is a place not yet filled: no entry.)
          if (isEmptyListItem(item, lines)) {
            push({ kind: 'text', start: item.start, end: item.end });
            entry = undefined;
            continue;
          }
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
    // Paragraph grammar: an entry under a heading of its own takes the prose under it.
    if (entry && isProse(block) && !isNeverItem(block, lines)) {
      entry.end = block.end;
      continue;
    }
    entry = undefined;
    pushParagraph(block, headless);
  }
  return pieces;
}

/**
 * Whether a block closes a group of entries rather than its last entry: no entry opens after it
 * before the next heading that is not an entry's, and it links only within the page
 * (HelloGitHub's `🔙 返回目录` after each group, `[Back to top](#top)`) or other issues write it
 * word for word (Rust日报's `--` and the subscription list after its last entry): the digest's
 * own text, never an entry's words.
 */
function closingBlocks(blocks: readonly Block[], lines: readonly string[], opensEntry: (block: Block) => boolean, { definitions, standing }: GrammarContext): (block: Block) => boolean {
  const trailing = new Set<Block>();
  let ahead = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i] as Block;
    if (opensEntry(block)) ahead = true;
    else if (block.kind === 'heading') ahead = false;
    else if (!ahead) trailing.add(block);
  }
  const around = new Map(blocks.map((block, i) => [block, { before: blocks[i - 1], after: blocks[i + 1], at: i }]));
  // How the entries before the last one under the same heading end (the block before the next
  // entry opens), for a line set off as each of them ends (`*Open source, Rust.*`).
  const earlierEndings = (at: number): Block[] => {
    const openers: number[] = [];
    for (let i = at - 1; i >= 0; i--) {
      const block = blocks[i] as Block;
      if (opensEntry(block)) openers.unshift(i);
      else if (block.kind === 'heading') break;
    }
    return openers.slice(1).map((opener) => blocks[opener - 1] as Block);
  };
  return (block) => {
    if (!trailing.has(block)) return false;
    const text = blockText(lines, block);
    if (linksWithinPage(text, definitions)) return true;
    // A line set in emphasis as every other entry under the heading ends (Console's
    // `*Proprietary, Rust.*` after each tool's review) is the last entry's, however often it recurs.
    const mark = emphasisOf(block, lines);
    const endings = mark === undefined ? [] : earlierEndings(around.get(block)?.at ?? 0);
    if (endings.length > 0 && endings.every((ending) => emphasisOf(ending, lines) === mark)) return false;
    // Words other issues write too that are an entry's own: the first under its heading, or
    // words introducing what follows (`Some of this month's updates:` over a list), where
    // something follows before the next heading (`🔙 [返回目录](…)` reads as a credit, but
    // credits nothing there).
    const { before, after } = around.get(block) ?? {};
    const own = before?.kind === 'heading' || (block.kind === 'paragraph' && after !== undefined && after.kind !== 'heading' && introducesNext(lines.slice(block.start, block.end)));
    return !own && standing?.has(text.trimEnd()) === true;
  };
}

/** How a one-line paragraph set wholly in emphasis is marked (`*`, `**`, `_`); undefined for any other block. */
function emphasisOf(block: Block, lines: readonly string[]): string | undefined {
  if (block.kind !== 'paragraph' || block.end - block.start !== 1) return undefined;
  return /^ {0,3}(\*\*|__|\*|_)(?=\S)[^\n]*\S\1[ \t]*$/.exec(lines[block.start] as string)?.[1];
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
  { linked, linkOnly, addresses, isCredit, above = false }: {
    linked: (b: { start: number; end: number }) => boolean;
    linkOnly: (b: { start: number; end: number }) => boolean;
    addresses: (b: { start: number; end: number }) => string[];
    isCredit: (b: Block) => boolean;
    /** Whether the digest gives an entry's link alone above its words (see linksAbove). */
    above?: boolean;
  },
  next?: Block,
): boolean {
  const last = item.at(-1);
  if (!last) return false;
  // Written together, with no blank line between: one item (code and the sentence after it).
  if (block.start === last.end && block.kind !== 'paragraph') return true;
  if (block.start === last.end && last.kind !== 'paragraph') return true;
  // A linked title in bold alone on its line (`[**Zig 0.12 released (5 minute read)**](…)`, TLDR)
  // heads what stands under it, words, a list, code or a quote, unless that opens with a link:
  // the next entry's title (`**<https://…>**` too, a page with no title).
  // So does one with its byline under it (`— Jane Doe`, `by Jane Doe`: Pointer's).
  const byline = last.end - last.start === 2 && BYLINE_LINE.test(lines[last.start + 1] as string) && !linked({ start: last.start + 1, end: last.end });
  if (item.length === 1 && last.kind === 'paragraph' && (last.end - last.start === 1 || byline) && isBoldLinkTitle(lines[last.start] as string)) {
    const line = lines[block.start] as string;
    return !LINK_FIRST.test(line) && !LEAD_TITLE.test(line) && !isBoldLinkTitle(line);
  }
  // Where the digest gives an entry's link alone on its line above its words, that link heads
  // what stands under it (words, links among them, a list, code, a quote), up to the next block
  // that opens with a link, or words that end with an address alone on its line (an entry of a
  // page with no title: its words, then its address).
  const opening = item[0] as Block;
  if (above && opening.kind === 'paragraph' && linkOnly(opening)) {
    const line = lines[block.start] as string;
    return !LINK_FIRST.test(line) && !ADDRESS_FIRST.test(line) && !LEAD_TITLE.test(line) && !isBoldLinkTitle(line) && !(block.kind === 'paragraph' && (linkOnly(block) || endsWithAddress(block, lines, linkOnly)));
  }
  // A list or quote ending in a colon introduces what follows too; only a paragraph credits.
  const introduces = last.kind === 'paragraph' ? introducesNext(lines.slice(last.start, last.end)) : endsInColon(lines[last.end - 1] as string);
  if (block.kind === 'list') return last.kind !== 'list' && (introduces || block.start === last.end);
  // A quote after a line crediting what stood before it (`– [Jane](…)`) is the next entry's: the
  // credit closed the one before.
  if (block.kind === 'quote' && !introduces && isCredit(last)) return false;
  // A quote with a link of its own is an item of its own (a quoted announcement and its link),
  // unless the paragraph before introduces it ("Devon announces:"), or it links only the pages
  // the entry does: an excerpt of the entry's page, closed by `[Continue reading…](…)` to it.
  if (block.kind === 'quote') return introduces || !linked(block) || quotesOwnPage(item, block, addresses);
  if (block.kind === 'code') return introduces;
  if (block.kind === 'paragraph' && last.kind === 'list') {
    const body = blockText(lines, block);
    return !item.some(linked) && block.end - block.start <= 3 && linked({ start: block.end - 1, end: block.end }) && body.length < 300;
  }
  // A line crediting the quote before it (`– [Jane on the forum](…)`) is that quote's.
  if (block.kind === 'paragraph' && last.kind === 'quote' && isCredit(block)) return true;
  // Words that link nowhere after what an entry quotes of its page are the editor's comment on it
  // (Swift Weekly Brief: a proposal's link and words, a quote of it, `Another exciting proposal
  // …`, or `It's also important to note that:` over another quote). Not after a quote that is
  // the entry (introduced by a line crediting its speaker), nor a line crediting the next one
  // (`Danielle says:`).
  if (block.kind === 'paragraph' && last.kind === 'quote' && !linked(block)) {
    // Words a list interrupts, with no blank line, whose link is in that list: a new entry's
    // words, its address after them (`2014-07-25: words  \n+ more  \n<https://…>`).
    if (next?.kind === 'list' && next.start === block.end && linked(next)) return false;
    const opening = item[0] as Block;
    const credits = block.end - block.start === 1 && isCreditLine((lines[block.start] as string).replace(/[:：]\s*$/, ''));
    return opening.kind === 'paragraph' && linked(opening) && !introducesNext(lines.slice(opening.start, opening.end)) && !credits;
  }
  // A line thanking whoever brought the entry (`Thanks to [Jane](…) for the suggestion!`).
  if (block.kind === 'paragraph' && item.some(linked) && isThanks(blockText(lines, block))) return true;
  if (block.kind === 'paragraph' && last.kind === 'paragraph') {
    // A title in bold alone on its line heads the words under it (`**Zig 0.12 released (5 minute
    // read)**`, then what it is about).
    const titled = item[0]?.kind === 'paragraph' && item[0].end - item[0].start === 1 && BOLD_TITLE.test(lines[item[0].start] as string) && !linked(item[0]);
    if (titled && item.length === 1) return true;
    // The address of words that gave none, or of a titled entry, alone on its lines after them
    // (`[Read more](…)`); one address: a second alone after it is the next entry's, one with no words.
    return (!item.some(linked) || (titled && !item.slice(1).some(linkOnly))) && linkOnly(block);
  }
  return false;
}

/** Whether a paragraph's last lines are links alone, one of them an address written out (`<https://…>`, an untitled page's). */
function endsWithAddress(block: Block, lines: readonly string[], linkOnly: (b: { start: number; end: number }) => boolean): boolean {
  for (let end = block.end; end > block.start && linkOnly({ start: end - 1, end }); end--) {
    if (extractLinks(lines[end - 1] as string).some((l) => l.kind === 'bare' || l.kind === 'autolink')) return true;
  }
  return false;
}

/**
 * Whether a digest of paragraphs gives each entry's link alone on its line above its words
 * (Android Weekly: `[title](url)`, a blank line, what it is) rather than under them (DevOps
 * Weekly: the words, a blank line, the address): told by its parts (the runs of paragraphs
 * between headings) that open with a link alone and close with words, against those that open
 * with words and close with a link alone, and the paragraphs of words whose address stands on
 * the line under them; two such entries at least, as one could be an entry given no words beside
 * one given no link.
 */
function linksAbove(blocks: readonly Block[], lines: readonly string[], linkOnly: (b: { start: number; end: number }) => boolean): boolean {
  let above = 0;
  let below = 0;
  const count = (part: readonly Block[]): void => {
    // Words may hold links of their own; a paragraph that opens with its link and goes on is an entry of another form.
    const shapes = part.filter((b) => b.kind === 'paragraph').map((b) => (linkOnly(b) ? 'link' : LINK_FIRST.test(lines[b.start] as string) ? 'opens' : endsWithAddress(b, lines, linkOnly) ? 'addressed' : 'words'));
    if (shapes.length < 2 || shapes.includes('opens')) return;
    // Words with their page's address on the line under them, in one paragraph (`words  \n<https://…>`),
    // give the link below the words: an entry each.
    below += shapes.filter((s) => s === 'addressed').length;
    // Each link alone is an entry's, with the words after it or before it.
    const links = shapes.filter((s) => s === 'link').length;
    if (shapes[0] === 'link' && shapes.at(-1) === 'words') above += links;
    if (shapes[0] !== 'link' && shapes.at(-1) === 'link') below += links;
  };
  let part: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'heading') part.push(block);
    else {
      count(part);
      part = [];
    }
  }
  count(part);
  return above >= 2 && above > below;
}

/**
 * A line in bold that is one link, a label before it or not (`**[title](url)**`,
 * `[**title**](url)`, `**BP: [title](url)**`, `**<url>**` for a page with no title): an entry's title.
 */
function isBoldLinkTitle(line: string): boolean {
  return BOLD_LINK_LINE.test(line) && extractLinks(line).length === 1;
}

// (A break it marks at its end, `<br>` or a backslash, still leaves it alone on its line.)
const BOLD_LINK_LINE = /^ {0,3}(?:(\*\*|__)[^\n]*\]\([^()\n]*\)\1|\[(\*\*|__)[^\n]*\2\]\([^()\n]*\)|(\*\*|__)<[^<>\s]+>\3)[ \t]*(?:<br[ \t]*\/?>|\\)?[ \t]*$/;

/** Whether every page a quote links is one the entry before it links already. */
function quotesOwnPage(item: readonly Block[], quote: Block, addresses: (b: { start: number; end: number }) => string[]): boolean {
  const own = item.flatMap(addresses);
  const quoted = addresses(quote);
  return own.length > 0 && quoted.length > 0 && quoted.every((url) => own.some((o) => sameLink(o, url)));
}
