import { mostCommon } from '../template/most-common.ts';
import { endsInColon } from '../markdown/ends-in-colon.ts';
import { wordCount } from './word-count.ts';
import type { Block } from '../markdown/blocks.ts';
import { blockText } from '../markdown/block-text.ts';
import { endingLink, extractLinks, normalizeLabel, parseLinkLine, type LinkDefinitions } from '../markdown/markdown-links.ts';
import { isGenericLinkText, isTitleText } from './generic-link-text.ts';
import { headingName } from './heading-name.ts';
import { HEADING_NUMBER } from './headed-marker.ts';
import { hasLink } from './has-link.ts';
import { isNeverItem } from './never-item.ts';
import { isSpeakerHeading } from './speaker-heading.ts';
import { titleLinkOf } from './title-link.ts';
import type { GrammarContext } from './grammar-context.ts';

/** A heading that opens with an entry's number (`2. `, `3、`). */
const NUMBERED_HEADING = new RegExp(String.raw`^${HEADING_NUMBER}`);

/** An emoji or mark or two after a heading's link (The Ember Times' `## [Faster builds](…) ⚡`): no words of its own. */
const TRAILING_MARK = String.raw`(?:[ \t]+[^\p{L}\p{N}\s[\]()]{1,8})?`;

/**
 * A heading that is a link and nothing more (an emoji, mark or entry number before it, an `{#anchor}` after it):
 * an entry's title, where a digest gives each entry a heading of its own. A link to a place in the
 * page (`## [New plugins](#new-plugins)`) is the heading's own anchor, no entry's page.
 */
const LINK_HEADING = new RegExp(String.raw`^(?:${HEADING_NUMBER}|[^\p{L}\p{N}[]{0,8})\[(?:[^\]\\]|\\.)+\](?:\((?!\s*#)[^)]*\)|\[[^\]\n]*\])${TRAILING_MARK}\s*(?:\{#[^}]*\})?$`, 'u');

/** A heading that is a link by its label alone (`### [miniquad]`), where the issue defines the label. */
const SHORTCUT_HEADING = new RegExp(String.raw`^(?:${HEADING_NUMBER}|[^\p{L}\p{N}[]{0,8})\[((?:[^\]\\]|\\.)+)\]${TRAILING_MARK}\s*(?:\{#[^}]*\})?$`, 'u');

/** Whether a heading's words are a link and nothing more (see `LINK_HEADING`, `SHORTCUT_HEADING`). */
export function isLinkHeading(text: string, definitions: LinkDefinitions | undefined): boolean {
  if (LINK_HEADING.test(text) || titleLinkOf(text, definitions) !== undefined) return true;
  const label = SHORTCUT_HEADING.exec(text)?.[1];
  return label !== undefined && definitions?.has(normalizeLabel(label)) === true;
}

/** How many paragraphs that link an entry under a title no other issue writes may hold. */
const ONE_OFF_PARAGRAPHS = 3;

/**
 * The headings that are entries: a link alone, with at most one more linked paragraph or list
 * item under it before the next heading, and no heading under it; or a title with no link over
 * its words (one paragraph of them may link elsewhere) ending with the link to the title's page
 * (`… [Read more](…)`, or the title again on a line of its own), and no title in bold under it
 * (TLDR's entries under a section's heading). A heading over several linked
 * entries, or over headings, is a section (This Week in Rust's `### [Approved RFCs](…)`),
 * however it is written; so is one that names a heading the digest knows (`### [Nova](…)`).
 * Where other issues show which headings come back (`recurring`), a title no other issue writes
 * is an entry's too when what is under it is a few paragraphs of words that link (This Week in
 * Guix: `### GnuPG Source Switched Back To url-fetch`, then a paragraph with its links inline);
 * a list of links under it makes it a section over them.
 */
export function entryHeadings(blocks: readonly Block[], lines: readonly string[], context: GrammarContext = {}): Set<Block> {
  const { known = () => false, definitions, recurring, standing, standingHeadings } = context;
  const out = new Set<Block>();
  let open: Extract<Block, { kind: 'heading' }> | undefined;
  let linked = 0;
  // Under a title with no link: whether the last linked block ends with the link to the title's page.
  let titled = false;
  let pointsBack = false;
  // How many blocks under it end with such a link (each would be an entry of its own), and
  // whether one is a title in bold (the entry's own title: the heading is a section's).
  let backs = 0;
  let titledWithin = false;
  // Under a title no other issue writes: its paragraphs that link, and whether a list links.
  let oneOff = false;
  let linkedParagraphs = 0;
  let linkedList = false;
  // With no other issue to compare, headings shaped as such entries are, where they look like
  // titles rather than names (see looksLikeTitles).
  const shaped: Extract<Block, { kind: 'heading' }>[] = [];
  const close = (): void => {
    const titledEntry = pointsBack && backs === 1 && !titledWithin && linked <= 2;
    const entryShaped = linkedParagraphs >= 1 && linkedParagraphs <= ONE_OFF_PARAGRAPHS && !linkedList && !titledWithin;
    if (open && titled && entryShaped && recurring === undefined) shaped.push(open);
    // A linked title no other issue writes, over a few paragraphs of words that link (a game's
    // month in This Month in Rust GameDev, with its devlogs and a list of what changed), is an
    // entry too.
    const oneOffLink = !titled && oneOff && linkedParagraphs >= 1 && linkedParagraphs <= ONE_OFF_PARAGRAPHS && !linkedList && !titledWithin;
    // A heading three issues or more write is the digest's own part, linked (The Ember Times'
    // `## [Contributors' Corner](…)`) or not (This Week in Servo's `### Planning and Status` over
    // its roadmap and a status line ending `[here](…)`): no digest gives the same entry issue
    // after issue. One the digest numbers as its entries (`### 2. [CSS 锚点定位](…)`) is an entry still.
    const comesBack = open !== undefined && standingHeadings?.has(headingName(open.text).toLowerCase()) === true && !NUMBERED_HEADING.test(open.text.trim());
    if (open && (titled ? (titledEntry && !comesBack) || (oneOff && entryShaped) : (linked <= 1 && !comesBack) || oneOffLink)) out.add(open);
    open = undefined;
  };
  // The block before this one under the open heading.
  let previous: Block | undefined;
  // Whether the digest's own words (see standingBlocks) came under the last heading, after
  // its first block: what follows them is the issue's ending, no entry's (Rust日报's `--` and
  // subscription list after its last entry).
  const lastHeading = blocks.findLast((b) => b.kind === 'heading');
  let ownText = false;
  for (const block of blocks) {
    const prior = previous;
    previous = block;
    if (lastHeading && block.start > lastHeading.start && prior?.kind !== 'heading' && standing?.has(blockText(lines, block).trimEnd())) ownText = true;
    // Who speaks next in the entry's thread (`### Kate announced`) heads no part of its own.
    if (open && block.kind === 'heading' && block.level > open.level && isSpeakerHeading(block.text)) continue;
    if (block.kind === 'heading') {
      // A heading with headings under it is a section, whatever it links to.
      if (open && block.level > open.level) open = undefined;
      close();
      if (known(block.text)) continue;
      const linkOnly = isLinkHeading(block.text.trim(), definitions);
      if (linkOnly || /[\p{L}\p{N}]/u.test(block.text)) {
        open = block;
        linked = 0;
        titled = !linkOnly;
        pointsBack = false;
        backs = 0;
        titledWithin = false;
        oneOff = recurring !== undefined && !recurring.has(headingName(block.text).toLowerCase());
        linkedParagraphs = 0;
        linkedList = false;
      }
      continue;
    }
    if (!open || ownText) continue;
    const before = linked;
    // Under a title's words, a short list of where to go, each item a link named by its site alone
    // (`- [Reddit](…)`, `- [GitHub](…)`: This Week in Neovim's plugins), is the entry's own links;
    // not a list the words introduce (`Edited by:`, its editors).
    if (titled && block.kind === 'list' && prior?.kind === 'paragraph' && !endsInColon(lines[prior.end - 1] as string) && isLinkRoster(block, lines, definitions)) {
      linked++;
      linkedParagraphs++;
      pointsBack = true;
      backs++;
      continue;
    }
    if (block.kind === 'list') linked += block.items.filter((item) => hasLink(blockText(lines, item), definitions)).length;
    else if (block.kind === 'table') linked += block.rows.filter((row) => hasLink(blockText(lines, row), definitions)).length;
    else if (block.kind === 'paragraph' && hasLink(blockText(lines, block), definitions) && !isNeverItem(block, lines)) linked++;
    if (block.kind === 'paragraph' && linked > before) linkedParagraphs++;
    // A list of links the entry's words introduce (`Some of this month's updates:`) is the
    // entry's own; one under the heading itself lists entries.
    else if (linked > before && !(prior?.kind === 'paragraph' && linkedParagraphs > 0 && endsInColon(lines[prior.end - 1] as string))) linkedList = true;
    if (titled && block.kind === 'paragraph' && block.end - block.start === 1 && BOLD_TITLE.test(lines[block.start] as string)) titledWithin = true;
    // A title over more than two linked blocks is a section's: nothing more to look at under it.
    if (!titled || linked > 2) continue;
    if (linked > before) {
      pointsBack = block.kind === 'paragraph' && endsWithTitleLink(lines[block.end - 1] as string, open.text, definitions);
      if (pointsBack) backs++;
    }
  }
  close();
  // Entries' titles stand at one level: one shaped so at another (a standing part's own heading,
  // `# Want to contribute?` over its words and link, beside `###` titles) is not among them.
  const level = mostCommon(shaped.map((h) => h.level));
  const alike = shaped.filter((h) => h.level === level);
  if (looksLikeTitles(alike)) for (const heading of alike) out.add(heading);
  return out;
}

/** How many headings shaped as entries one issue alone must hold to be read so. */
const SHAPED_AT_LEAST = 3;

/** A title's length, in words (a CJK character counting half a word), most such headings reach. */
const TITLE_WORDS = 4;

/**
 * Whether headings over a few paragraphs that link are entries' titles, where one issue alone
 * cannot show which headings come back: three at least, and most of them as long as a sentence's
 * headline (`Guix Published One Year With Codeberg`), where a subsection's name is a word or two
 * (`Nova`, `Releases`).
 */
function looksLikeTitles(headings: readonly Extract<Block, { kind: 'heading' }>[]): boolean {
  if (headings.length < SHAPED_AT_LEAST) return false;
  const long = headings.filter((h) => wordCount(headingName(h.text)) >= TITLE_WORDS).length;
  return long * 3 >= headings.length * 2;
}

/**
 * Whether a block's last line ends with a link to the title's page: one that names no page of its
 * own (`… [Read more](…)`, `Link: https://…`), or the title's own words alone on the line (`[Title](…)`). The last
 * line is enough, and keeps a paragraph of thousands of links to one look at its end.
 */
function endsWithTitleLink(lastLine: string, title: string, definitions: LinkDefinitions | undefined): boolean {
  const last = endingLink(lastLine, definitions);
  if (!last) return false;
  if (isGenericLinkText(last.text)) return true;
  const line = parseLinkLine(lastLine, definitions);
  // A line labelled so (`Link: https://…`), or the title's words alone on it.
  return line !== undefined && ((line.label !== '' && isGenericLinkText(line.label)) || (line.label === '' && isTitleText(last.text, title)));
}

/** The most items, and words in each link's text, a list of an entry's own links holds. */
const ROSTER_ITEMS = 4;
const ROSTER_WORDS = 2;

/**
 * A list of a few items of a line each, each a link named in a word or two (`- [GitHub](…)`),
 * with a word or two after it at most (an editor's `(edited)`, `(video)`).
 */
function isLinkRoster(list: Extract<Block, { kind: 'list' }>, lines: readonly string[], definitions: LinkDefinitions | undefined): boolean {
  if (list.items.length > ROSTER_ITEMS || list.items.some((item) => item.end - item.start !== 1)) return false;
  return list.items.every((item) => {
    const text = (lines[item.start] as string).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    const [link] = extractLinks(text, definitions);
    return link !== undefined && link.start === 0 && wordCount(link.text) <= ROSTER_WORDS && wordCount(text.slice(link.end)) <= ROSTER_WORDS;
  });
}

/** A paragraph that is one line in bold and nothing else. */
export const BOLD_TITLE = /^ {0,3}(\*\*|__)(?=\S)[^\n]*\S\1[ \t]*$/;
