import { leadingCard } from '../markdown/component-card.ts';
import { hasWordsBesideLinks } from './news-lines.ts';
import { withoutClosingHashes } from '../markdown/heading-lines.ts';
import { htmlParagraphInner, htmlParagraphTag } from '../markdown/html-paragraph-entry.ts';
import type { IsoDate } from '../dates/calendar-date.ts';
import { extractLinks, parseLinkLine, type FoundLink, type LinkDefinitions } from '../markdown/markdown-links.ts';
import { siteNoteForm } from '../template/site-note-form.ts';
import { creditPattern } from './credit-line.ts';
import { unquoteLines } from '../markdown/quote-lines.ts';
import type { Item } from '../model/item.ts';
import type { Link } from '../model/link.ts';
import type { ItemGrammar } from '../model/template.ts';
import { isUnsafeAddress } from '../url/capturable-url.ts';
import { canonicalUrl } from '../url/url-canonical.ts';
import { footnotedWords, isFootnote } from '../markdown/footnote-links.ts';
import { SYMBOL_MARKER } from '../markdown/symbol-marker.ts';
import { tableCells } from '../markdown/table-rows.ts';
import { parseDateLeadIn } from './date-lead-in.ts';
import { isGenericLinkText, isReferenceText, isTitleText, leadWords } from './generic-link-text.ts';
import { stripHeadingText } from './issue-head.ts';
import { HTML_HEADING_OPEN, htmlHeading } from '../markdown/html-heading.ts';
import { titleLinkOf } from './title-link.ts';

export type ItemText = Pick<Item, 'comment' | 'links'> & Partial<Pick<Item, 'eventDate' | 'dateText'>>;

/** A list item's marker (`* `, `- `, `+ `, `1. `, `1) `), a numbered entry's (`1、`) or a symbol's (`🔗 `). */
export const ENTRY_MARKER = new RegExp(String.raw`^( {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]+|$)| {0,3}\d{1,4}、[ \t]*|[ \t]*<(?:li|tr)(?:[ \t][^>]*)?>[ \t]*|${SYMBOL_MARKER.source.slice(1)})`, 'iu');

/**
 * An entry credited over a quote (`[Alain](…) announces`, then `> …`) links its author first: the
 * entry's page is what the quote links, where it links anything, and the author's link comes last.
 */
function creditLast(comment: string, links: Link[]): Link[] {
  const [first, ...rest] = links;
  if (!first || rest.length === 0 || creditPattern(comment) === undefined || !(comment.split('\n')[0] as string).includes(first.url)) return links;
  return [...rest, first];
}

/** A card's page and words, as its attributes give them, and the pages linked under it; undefined for any other entry. */
function cardText(lines: readonly string[], definitions: LinkDefinitions): ItemText | undefined {
  const lead = leadingCard(lines.join('\n'));
  if (!lead) return undefined;
  const more = extractLinks(lead.rest, definitions);
  // Words under it beside its further pages are its words too.
  const words = more.length > 0 && !hasWordsBesideLinks(lead.rest, definitions) ? '' : lead.rest.trim();
  return { comment: [lead.card.words, words].filter((w) => w !== '').join('\n'), links: [{ url: lead.card.url, title: lead.card.title }, ...more.map((l) => ({ url: l.url, title: l.text }))] };
}

/**
 * What an imported item says, read the way its digest writes items (`row`: a table's row, in any
 * digest). An address that would run code or open a local file (`javascript:`, `data:`, `file:`)
 * stays in the words as written and is never one of the item's links; each is added to `refused`.
 */
export function readItemText(lines: readonly string[], grammar: ItemGrammar | 'row' | 'quote', definitions: LinkDefinitions, anchor: IsoDate | null, refused: string[] = []): ItemText {
  const read =
    grammar === 'row'
      ? readRow(lines[0] ?? '', definitions)
      : grammar === 'quote'
      ? readEntry(unquoteLines(lines), definitions)
      : grammar === 'paragraph'
      ? // A paragraph of HTML (`<p>…</p>`) is read inside its tags, as a list item inside `<li>`;
        // a card (`<LinkCard … />`) as the link and words its attributes give.
        (cardText(lines, definitions) ?? readParagraphItem(lines.length === 1 && htmlParagraphTag(lines[0] as string) !== undefined ? [htmlParagraphInner(lines[0] as string)] : lines, definitions, anchor))
      : (grammar === 'heading' ? headedLines(lines) : undefined)?.(definitions) ?? readEntry(lines, definitions, anchor);
  const links = read.links.filter((l) => {
    if (!isUnsafeAddress(l.url)) return true;
    refused.push(l.url);
    return false;
  });
  return links.length === read.links.length ? read : { ...read, links };
}

/**
 * A list item or numbered entry: its text after the marker is the commentary (continuation lines
 * given back their place under the first), and every link in it is one of its links. A date it
 * opens with (`2026-08-27 | Melbourne | [Rust Melbourne](…)`, an events list) is its day, as a
 * paragraph's is.
 */
function readEntry(lines: readonly string[], definitions: LinkDefinitions, anchor: IsoDate | null = null): ItemText {
  const first = lines[0] ?? '';
  const marker = ENTRY_MARKER.exec(first)?.[0] ?? '';
  const width = marker.length;
  const indent = new RegExp(`^ {0,${width}}`);
  const rest = lines.slice(1).map((l) => l.replace(indent, ''));
  const written = [first.slice(width), ...rest].join('\n').trimEnd();
  // An HTML list item's words end where it closes (`<li>…</li>`); over several lines, they are
  // its lines between `<li>` and `</li>` (HTML's spaces and breaks around them say nothing).
  // (A table's row as the entry: its cells, to its `</tr>`, whatever closes after it on that line.)
  const text = marker.includes('<') ? written.replace(/\s*<\/li>$/i, '').replace(/\s*<\/tr>(?:\s*<\/\w+>)*$/i, '').trim() : written;
  // Only a date with its year: a list's `6.1 | longterm` is a version, not the first of June.
  const found = anchor ? parseDateLeadIn(text, anchor) : undefined;
  const leadIn = found && /^\d{4}/.test(found.text) ? found : undefined;
  const comment = leadIn ? text.slice(leadIn.text.length) : text;
  const read = { comment, links: namedByLead(comment, inlineLinks(comment, definitions), true) };
  return leadIn ? { ...read, eventDate: leadIn.date, dateText: leadIn.text } : read;
}

/**
 * An entry's links, the one whose text names no page (`Read more`) named instead by the title in
 * bold its words open with (`**Rust 1.80 is out**: …`, TLDR's `**Zig 0.12 released**`), else,
 * for the entry's own page (its first link), by the words it opens with. So is, in a list or
 * numbered `entry`, a first link with no text of its own: an address written bare, or text that
 * is only its address or site.
 */
function namedByLead(comment: string, links: Link[], entry: boolean): Link[] {
  // A title the words open with, in bold or in the lenticular brackets Chinese digests set
  // titles in (`【Deno 2 发布】兼容 npm 包。链接：https://…`).
  const lead = LEAD_TITLE_MARKS.exec(comment);
  const marked = lead?.[2] ?? lead?.[3];
  // (Its escapes taken off: `**Rust \*nightly\***` names `Rust *nightly*`.)
  const named = marked !== undefined && extractLinks(marked).length === 0 ? marked.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/[:：]\s*$/, '').trim() : undefined;
  const generic = links.findIndex((l) => isGenericLinkText(l.title) || isReferenceText(l.title));
  // A paragraph's first words are commentary, no title, unless they are set as one.
  // A first link in brackets right after the title names where the page is (`**CSS nesting is
  // here** ([smashing](…)): …`), not the page: the title does.
  const sourced = named !== undefined && /^\s*\(\s*\[/.test(comment.slice((lead as RegExpExecArray)[0].length));
  const at = generic !== -1 ? generic : links[0] && (sourced || ((entry || named !== undefined) && namesOnlyItsAddress(links[0]))) ? 0 : -1;
  if (at === -1) return links;
  // No title in bold: the entry's page, its first link, is named by the words it opens with
  // (up to the link, where the words hold it).
  const title = named ?? (at === 0 ? leadWords(comment, extractLinks(comment)[0]?.start ?? comment.length) : '');
  if (title === '') return links;
  return links.map((l, i) => (i === at ? { ...l, title } : l));
}

/** A title in bold, or in lenticular brackets, that words open with: the bold's words, or the brackets'. */
// (After a symbol the entry opens with, `🚀 **Deno 2.6 ships** — …`: the entry's kind, no part of the title.)
const LEAD_TITLE_MARKS = /^\s*(?:[^\p{L}\p{N}\s*_\\[\]()<>#`~|]{1,4}[ \t]+)?(?:(\*\*|__)(?=\S)((?:\\[!-/:-@[-`{-~]|[^\\\n])+?)\1|【([^【】\n]+)】)/u;

/** A link whose text is nothing, or its own address or site (`example.com`, `https://example.com/a`). */
function namesOnlyItsAddress(link: Link): boolean {
  const text = link.title.trim().toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/\/$/, '');
  if (text === '') return true;
  // Most link text is no part of its address at all: told without taking the address apart.
  if (!link.url.toLowerCase().includes(text)) return false;
  const address = link.url.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/\/$/, '');
  return address === text || address.split(/[/?#]/)[0] === text;
}

/**
 * A table's row: its cells are the commentary, as the row has them between its outer pipes
 * (`[zod](https://zod.dev) | Schema validation`), and every link in them one of its links.
 */
function readRow(line: string, definitions: LinkDefinitions): ItemText {
  const comment = tableCells(line).join(' | ');
  return { comment, links: inlineLinks(comment, definitions) };
}

/** An ATX heading's marker, `### `. */
export const HEADING_START = /^ {0,3}#{1,6}(?:[ \t]+|$)/;


/**
 * The entry's number opening a heading's words, as a title never starts: `3. `, `3) `, `3、`
 * (stricter than HEADING_NUMBER: `2024 in review` and `1.5 ships` are titles).
 */
const TITLE_NUMBER = /^\d{1,4}(?:[.)][ \t]+|、[ \t]*)(?=\S)/;


/**
 * An entry under a heading of its own: the heading's link is its first link, what is under the
 * heading its commentary, and every link in that one of its links too. Under a title with no
 * link, the link that names no page (`Read more`) takes the title.
 */
function readHeadedEntry(heading: string, under: readonly string[], definitions: LinkDefinitions): ItemText {
  const comment = under.join('\n').replace(/^\s*\n/, '').trimEnd();
  const [first] = extractLinks(heading, definitions);
  const own = inlineLinks(comment, definitions);
  if (!first) {
    // The title's page comes first, named by the title.
    // The number a numbered digest heads its entries with is the heading's, not the title's.
    const title = stripHeadingText(withoutClosingHashes(heading)).replace(TITLE_NUMBER, '');
    const lastLine = parseLinkLine(comment.slice(comment.lastIndexOf('\n') + 1), definitions);
    const labelled = lastLine && lastLine.label !== '' && isGenericLinkText(lastLine.label) ? lastLine.url : undefined;
    const named = own.findLast((l) => isGenericLinkText(l.title) || isTitleText(l.title, title) || l.url === labelled);
    // Under words that end with a list of where to go (`- [GitHub](…)`), the first place listed
    // is the title's page, as a heading's link would be: named by the title, its own link.
    const listed = named ? undefined : /(?:^|\n)[ \t]*\n((?:[ \t]*[-*+][ \t]+\[[^\n]*(?:\n|$))+)$/.exec(comment)?.[1];
    const place = listed === undefined ? undefined : own.find((l) => l.url === extractLinks(listed, definitions)[0]?.url);
    if (place) return { comment, links: [{ url: place.url, title }, ...own.filter((l) => l !== place)] };
    // Where no link names it so (This Week in Guix's words link inline), the first link is the
    // page the title is about: named by the title, which is then kept with the entry.
    const page = named ?? own[0];
    return { comment, links: page ? [{ ...page, title }, ...own.filter((l) => l !== page)] : own };
  }
  const key = canonicalUrl(first.url);
  // A title and a link naming no page after it (`Kites in space ([link](…))`): the title names it.
  const title = titleLinkOf(heading, definitions)?.title ?? first.text;
  return { comment, links: [{ url: first.url, title }, ...own.filter((l) => canonicalUrl(l.url) !== key)] };
}

/**
 * An entry under a heading of its own, read as such: an ATX heading's line, or an HTML heading
 * on its lines (`<h3 id="…">`, its link to its own anchor and its icon's spans, `</h3>`: This Week
 * in Neovim), its words then the lines under it. Undefined where the entry opens with neither.
 */
function headedLines(lines: readonly string[]): ((definitions: LinkDefinitions) => ItemText) | undefined {
  const first = lines[0] ?? '';
  if (HEADING_START.test(first)) return (definitions) => readHeadedEntry(first.replace(HEADING_START, ''), lines.slice(1), definitions);
  if (!HTML_HEADING_OPEN.test(first)) return undefined;
  const end = lines.findIndex((line) => /<\/h[1-6]>\s*$/i.test(line));
  const heading = end === -1 ? undefined : htmlHeading(lines.slice(0, end + 1).join('\n'));
  return heading ? (definitions) => readHeadedEntry(heading.text, lines.slice(end + 1), definitions) : undefined;
}

/** Link text that is only a picture, `![alt](src)`: a thumbnail linking to the page. */
const IMAGE_TEXT = /^\s*!\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])\s*$/;

const WHOLLY_STRONG = /^(\*\*|__)(?=\S)((?:(?!\1)[^\n])*\S)\1$/;

/**
 * Whether a link found is only the note naming the site of the link right before it, written bare
 * (The Weekly Thing's `[title](https://blog.example.com/…) www.example.com`): the entry's page
 * named again, no page of its own.
 */
function namesSiteOf(text: string, found: FoundLink, before: FoundLink | undefined): boolean {
  return found.kind === 'bare' && before !== undefined && before.kind !== 'bare' && text.slice(before.end, found.start).trim() === '' && siteNoteForm(text.slice(found.start, found.end), before.url) !== undefined;
}

function inlineLinks(text: string, definitions: LinkDefinitions): Link[] {
  const links: Link[] = [];
  const seen = new Map<string, Link>();
  // A picture linking to the page (`[![alt](…)](url)`) names it by the text of a link to the
  // same page after it, else by the picture's description.
  const pictured = new Set<Link>();
  const extracted = extractLinks(text, definitions);
  const all = extracted.filter((link, i) => !namesSiteOf(text, link, extracted[i - 1]));
  for (const found of all) {
    // Only a second link can repeat one: an entry of one link is not parsed as a URL at all.
    const key = all.length > 1 ? canonicalUrl(found.url) : found.url;
    const image = IMAGE_TEXT.exec(found.text);
    // Words set wholly in bold inside the link (`[**Go 1.24 released**](…)`) name the page without the marks.
    const title = isFootnote(found) ? footnotedWords(text.slice(0, found.start)) : image ? (image[1] as string).trim() : found.text.replace(WHOLLY_STRONG, '$2');
    const known = seen.get(key);
    if (known) {
      if (pictured.has(known) && !image && title.trim() !== '') {
        known.title = title;
        pictured.delete(known);
      }
      continue;
    }
    const link: Link = { url: found.url, title, inline: true };
    if (image) pictured.add(link);
    seen.set(key, link);
    links.push(link);
  }
  return links;
}

/**
 * A paragraph item: the trailing lines that hold only a link become its links, the rest is the
 * commentary, and a date at its start becomes the event date. Linear in the item's length: each
 * line's links are read once, and a link line is compared with the links above it through a
 * count of their canonical forms.
 */
function readParagraphItem(lines: readonly string[], definitions: LinkDefinitions, anchor: IsoDate | null): ItemText {
  const lineKeys = lines.map((line) => extractLinks(line, definitions).map((l) => canonicalUrl(l.url)));
  const above = new Map<string, number>();
  for (const keys of lineKeys) for (const key of keys) above.set(key, (above.get(key) ?? 0) + 1);
  const lineLinks: Link[] = [];
  let end = lines.length;
  while (end > 0) {
    const line = lines[end - 1] as string;
    const parsed = parseLinkLine(line, definitions);
    // A labelled link opening an item is a sentence that ends in a link, not a link line; an
    // unsafe address stays in the words.
    if (!parsed || (end === 1 && parsed.label !== '') || isUnsafeAddress(parsed.url)) break;
    for (const key of lineKeys[end - 1] ?? []) above.set(key, (above.get(key) ?? 0) - 1);
    // A link the commentary already shows stays where it is; export never repeats such links.
    if ((above.get(canonicalUrl(parsed.url)) ?? 0) > 0) break;
    lineLinks.push({ url: parsed.url, title: parsed.text, ...(parsed.label ? { label: parsed.label } : {}), source: line.trimEnd() });
    end--;
  }
  lineLinks.reverse();
  const commentLines = lines.slice(0, end);
  // The blank line between the words and a paragraph of links is not the words'.
  while (commentLines.length > 1 && (commentLines.at(-1) as string).trim() === '') commentLines.pop();
  if (commentLines.length > 0) commentLines[commentLines.length - 1] = (commentLines.at(-1) as string).trimEnd();
  let comment = commentLines.join('\n');
  const leadIn = anchor ? parseDateLeadIn(comment, anchor) : undefined;
  if (leadIn) comment = comment.slice(leadIn.text.length);
  return {
    comment,
    // A paragraph's words are commentary, no title: an address written bare stays unnamed (but
    // by a title its words open with, see namedByLead).
    links: creditLast(comment, namedByLead(comment, [...inlineLinks(comment, definitions), ...lineLinks], false)),
    ...(leadIn ? { eventDate: leadIn.date, dateText: leadIn.text } : {}),
  };
}
