import { BOLD_TITLE } from './entry-headings.ts';
import { mdxMarksOutsideCode } from '../markdown/mdx-marks-outside-code.ts';
import { inlineReferences } from '../markdown/inline-references.ts';
import { endingLink, extractLinks, parseLinkDefinition, type FoundLink, type LinkDefinitions } from '../markdown/markdown-links.ts';
import { encodeLinkDestination, escapeBlockStart, escapeMarkdownText, escapeOutsideCode, oneLine, safeComment, escapeHeadingText } from '../markdown/markdown-escape.ts';
import { codeHostAuthor, codeHostReference, codeHostSubject } from '../page/code-host-page.ts';
import type { Item } from '../model/item.ts';
import type { Link } from '../model/link.ts';
import { defaultMarker, type ItemStyle, type TableShape, type Template } from '../model/template.ts';
import { HEADED_MARKER } from './headed-marker.ts';
import { readingTimeAfter, withReadingTimeInTitle } from '../template/reading-time-form.ts';
import { siteOf } from '../url/site-of.ts';
import { SYMBOL_MARKER } from '../markdown/symbol-marker.ts';
import { isHtmlParagraphMarker } from '../markdown/html-paragraph-entry.ts';
import { inlineHtml } from '../markdown/inline-html.ts';
import { quoteLines } from '../markdown/quote-lines.ts';
import { asCell, isPipedRow, isRowLine, tableCells, tableHeadCells, tableRow } from '../markdown/table-rows.ts';
import { sameLink } from '../url/url-canonical.ts';
import { isCreditLine } from './credit-line.ts';
import { formatPattern } from './pattern.ts';
import { renderLinkLine, renderStrongLink } from './link-line.ts';
import { isSiteLine, siteLine } from '../template/site-line.ts';
import { renderLeadTitle } from '../template/lead-title.ts';
import { renderAddressAfter } from '../template/address-after.ts';
import { wordsAfter } from './words-after.ts';
import { withPicture } from './entry-picture.ts';
import { embedLine, embedTagOf } from '../markdown/embed-tag.ts';
import { isWebAddress } from '../url/capturable-url.ts';
import { isCardForm, renderHtmlEntry } from '../template/html-entry-form.ts';
import { isLeadByline } from '../template/entry-opening.ts';
import { withTitleEnd } from '../template/title-end.ts';
import { withAddressForm } from '../template/address-form.ts';

/**
 * One item as Markdown. An imported item whose words and links are as imported is written as it
 * was (a numbered entry with its number at `position`); a new or edited one in the digest's own
 * grammar, or as a row of `table` where its heading's entries are one.
 * `position` counts the item within its group, for digests that number their entries.
 */
export function renderItem(item: Item, template: Template, definitions: LinkDefinitions = new Map(), position?: number, table?: TableShape): string {
  // In an MDX page a brace opens JavaScript and a tag JSX: a page's title is written with its
  // braces escaped, and the editor's words with those outside code and the tags they do not close
  // (see mdxMarksOutsideCode). They stand there as characters no text holds until the entry is
  // written, then become `\{`, `\}` and `\<` (escaped on the way, the backslash would be escaped
  // too). An imported entry's words as imported are the page's already.
  const mdx = template.fileNamePattern.endsWith('.mdx');
  const shield = (mark: '{' | '}' | '<'): string => (mark === '{' ? BRACE_OPEN : mark === '}' ? BRACE_CLOSE : TAG_OPEN);
  // Nor does MDX read an address in angle brackets as a link (`<https://…>` is a tag to it): a
  // new or edited entry's page with no title is linked by its address as its words.
  const titled = (l: Link): Link => (item.source === undefined && l.title.trim() === '' ? { ...l, title: l.url } : l);
  const own = mdx
    ? {
        ...item,
        comment: item.source === undefined ? mdxMarksOutsideCode(item.comment, shield) : item.comment,
        links: item.links.map((l) => titled(l)).map((l) => ({ ...l, title: l.title.replace(/[{}]/g, (brace) => shield(brace as '{' | '}')) })),
      }
    : item;
  // References to addresses the issue being written does not define (an item imported from an
  // issue that listed them at its end) are written inline, from the item's own links.
  const addressOf = (text: string): string | undefined => own.links.find((l) => l.title === text)?.url;
  const written = inlineReferences(table ? writtenRow(own, table, template, definitions) : writtenItem(own, template, definitions, position), definitions, addressOf);
  return mdx ? written.replace(MARKS_SHIELDED, (mark) => (mark === BRACE_OPEN ? '\\{' : mark === BRACE_CLOSE ? '\\}' : '\\<')) : written;
}

/** Unicode noncharacters: never in interchanged text, so they can stand for MDX's marks while an entry is written. */
const BRACE_OPEN = '\uFDD0';
const BRACE_CLOSE = '\uFDD1';
const TAG_OPEN = '\uFDD2';
const MARKS_SHIELDED = /[\uFDD0-\uFDD2]/g;

/** Text with the marks shielded for MDX as they were typed. */
function unshielded(text: string): string {
  return text.replace(MARKS_SHIELDED, (mark) => (mark === BRACE_OPEN ? '{' : mark === BRACE_CLOSE ? '}' : '<'));
}

/**
 * An entry as a table's row: as imported where it was a row; else words that hold its link as the
 * cells they are (an imported row, edited), or its link and words put in the table's columns.
 */
function writtenRow(item: Item, table: TableShape, template: Template, definitions: LinkDefinitions): string {
  if (item.source !== undefined && isRowLine(item.source)) return item.source;
  // A row holds no definition: one its words ran on into (a list item's lazy line) goes, and
  // the references it served are written inline, from the item's own links.
  const lines = (leadIn(item, template) + item.comment).split('\n').filter((line) => !parseLinkDefinition(line));
  const addressOf = (text: string): string | undefined => item.links.find((l) => l.title === text)?.url;
  const words = inlineReferences(oneLine(lines.join('\n')).trim(), new Map(), addressOf);
  const [first, ...more] = lineLinksOf(item, words, definitions);
  if (!first && /(?<!\\)\|/.test(words)) return `| ${words} |`;
  const columns = tableHeadCells(table.head)?.length ?? 1;
  const cells: string[] = new Array<string>(columns).fill('');
  const link = (l: Link): string => asCell(renderLinkLine(l, { linkStyle: l.title.trim() === '' ? 'angle' : 'titled' }, definitions));
  const at = (column: number): number => Math.min(Math.max(0, column), columns - 1);
  if (first) cells[at(table.link)] = link(first);
  const said = [asCell(words), ...more.map(link)].filter((s) => s !== '').join(' ');
  const w = at(table.words);
  // A cell is one line: a separator that breaks the line (words under the link) is a space there.
  const between = template.items.separator.includes('\n') ? ' ' : template.items.separator;
  if (said !== '') cells[w] = cells[w] ? cells[w] + between + said : said;
  return tableRow(cells);
}

function writtenItem(item: Item, template: Template, definitions: LinkDefinitions, position: number | undefined): string {
  if (item.source !== undefined && isPipedRow(item.source)) {
    // A row brought out of its table: the cell with its link first, then the others, run on as the
    // digest runs words on after a link.
    const cells = tableCells(item.source).filter((cell) => cell !== '');
    const linked = cells.findIndex((cell) => extractLinks(cell, definitions).length > 0);
    const comment = (linked > 0 ? [cells[linked] as string, ...cells.filter((_, i) => i !== linked)] : cells).join(template.items.separator);
    return writtenItem({ ...item, comment, source: undefined }, template, definitions, position);
  }
  if (item.source !== undefined) {
    if (position === undefined || !countsItems(template)) return item.source;
    return item.source.replace(/^( {0,3}(?:#{1,6}[ \t]+)?)\d{1,9}(?=、|[.)]|[ \t])/, `$1${position}`);
  }
  // The page linked through the digest's redirect, where it links its pages so.
  const page = item.links[0];
  if (page !== undefined && template.items.addressForm !== undefined) {
    const url = withAddressForm(page.url, template.items.addressForm);
    // (Written through it, the address is a redirect's: it is not wrapped again.)
    if (url !== page.url) return writtenItem({ ...item, links: [{ ...page, url }, ...item.links.slice(1)] }, template, definitions, position);
  }
  // A digest laying its entries out in HTML only an entry of its own shows (a table's rows): in
  // that form, where the page is not linked in the words already.
  const { htmlForm } = template.items;
  if (htmlForm !== undefined) {
    const [own, ...more] = lineLinksOf(item, item.comment, definitions);
    // A card's attributes hold text as it is (MDX reads no brace or tag inside their quotes), and
    // one page: the entry's other pages follow right under it, a link a line.
    if (own !== undefined && isCardForm(htmlForm)) return [renderHtmlEntry(htmlForm, { ...own, title: unshielded(own.title) }, unshielded(item.comment), [], item.project ?? item.section ?? ''), ...more.map((l) => renderLinkLine(l.title.trim() === '' ? { ...l, title: l.url } : l, { linkStyle: 'titled' }, definitions))].join('\n');
    if (own !== undefined) return renderHtmlEntry(htmlForm, own, item.comment, more.map((l) => renderLinkLine(l, { linkStyle: 'titled' }, definitions)), item.project ?? item.section ?? '');
  }
  // (Where the digest gives reading times in the link's words, the page's title holds it.)
  const timed = withTitleEnd(withReadingTimeInTitle(item, template.items), template.items);
  const written = template.items.grammar === 'paragraph' ? htmlParagraphed(renderParagraphItem(timed, template, definitions, position), template.items.marker) : underTitle(renderEntry(timed, template, definitions, position ?? 1), template.items);
  // A picture is a web address, whatever a team's file or a backup holds.
  const image = page?.image;
  return page !== undefined && image !== undefined && isWebAddress(image) && template.items.picture !== undefined ? withPicture(written, { ...page, image }, template.items.picture) : written;
}

/** A headed entry with what follows its heading right under it, no blank line, where the digest's entries are set so. */
function underTitle(entry: string, style: ItemStyle): string {
  if (style.grammar !== 'heading' || style.tightUnderTitle !== true || !HEADED_MARKER.test(entry)) return entry;
  return entry.replace(/^([^\n]*)\n[ \t]*\n(?=[^\n])/, '$1\n');
}

function leadIn(item: Item, template: Template): string {
  return oneLine(item.dateText ?? (item.eventDate ? formatPattern(template.dateLeadIn, { date: item.eventDate }) : ''));
}

/**
 * Its links not already shown in the commentary. A link read from the words (`inline`) that edited
 * words no longer hold is one of these too: the item still holds it, and the editor still sees it.
 */
function lineLinksOf(item: Item, comment: string, definitions: LinkDefinitions, inComment: readonly FoundLink[] = extractLinks(comment, definitions)): Link[] {
  // The entry's own page (a heading's title over words that end with where to go, `- [Forum](…)`)
  // is not shown by an item of that list naming the place: it still leads.
  const listed = (found: { start: number }): boolean => PLACE_ITEM.test(comment.slice(comment.lastIndexOf('\n', found.start - 1) + 1, found.start));
  const page = item.links[0];
  return item.links.filter((l) => !inComment.some((c) => sameLink(c.url, l.url) && !(l === page && !l.inline && listed(c))));
}

/** What stands before a link that opens a list item of its own (`- [Forum](…)`). */
const PLACE_ITEM = /^[ \t]*[-*+][ \t]+$/;

/** Whether the digest numbers its entries (`1、`, an ordered list's `1. `, a heading's `### 1. `). */
export function countsItems(template: Template): boolean {
  const { grammar, marker } = template.items;
  return grammar === 'numbered' || (grammar === 'bullet' && /^\s*\d+[.)]/.test(marker)) || (grammar === 'heading' && /\d/.test(marker));
}

/**
 * A paragraph item: its text (see paragraphText), under the line crediting its author where the
 * digest writes its entries so.
 */
function renderParagraphItem(item: Item, template: Template, definitions: LinkDefinitions, position: number | undefined): string {
  const words = paragraphText(item, template, definitions, position);
  const text = item.kind === undefined ? words : `${item.kind} ${words}`;
  const credit = creditOf(item.links[0]?.author, template.items.credit);
  return credit === undefined ? text : `${credit}\n\n${quoteLines(text)}`;
}

/**
 * Where the digest credits who wrote each entry over it as a quote (`{author} reports`), the
 * credit line of an item whose page names its author; none where it would not be read back as
 * one (a name too long).
 */
function creditOf(author: string | undefined, credit: string | undefined): string | undefined {
  const name = escapeMarkdownText(oneLine(author ?? '').trim());
  if (credit === undefined || name === '') return undefined;
  const line = credit.replace('{author}', () => name);
  return isCreditLine(line) ? line : undefined;
}

/**
 * A paragraph item's own text: its date lead-in and commentary, then each link not already in
 * the commentary on a line of its own after a hard line break.
 */
function paragraphText(item: Item, template: Template, definitions: LinkDefinitions, position: number | undefined): string {
  const lead = leadIn(item, template);
  let words = item.comment;
  if (words.trim() === '' && extractLinks(words, definitions).length === 0) {
    const titled = item.links.find((l) => l.title.trim() !== '' && l.source === undefined);
    if (titled && template.linkStyle !== 'titled') words = escapeMarkdownText(titled.title);
  }
  // Made safe as it will stand, lead-in included: the lead-in moves the first line, and so which
  // fence lines pair up. Code an editor closed stays code: a fence interrupts a paragraph, and
  // what follows it without a blank line joins the item again.
  const head = safeComment(lead + words.replace(/^\s*\n/, ''), { fences: true, lists: template.items.amongLists === true });
  const headLinks = extractLinks(head, definitions);
  const lineLinks = lineLinksOf(item, head, definitions, headLinks);
  const [first, ...more] = lineLinks;
  const { linkFirst, strongLink, strongWithin, separator, titleLine, entryPhrase, quoteCredit, amongLists } = template.items;
  // The words as they stand where they open a line (under the link, or the entry's first line):
  // among a digest's lists, a quote or list marker there would start a block of its own.
  const atLineStart = amongLists ? escapeBlockStart(head) : head;
  const holdsLink = headLinks.length > 0;
  // Under a heading whose entries are quotes credited under them (`> words`, then `– [Jane](…)`),
  // words that hold no link of their own: quoted (unless they are a quote already) and credited.
  // (A page with no title is linked by its address.)
  const shapedLink = (link: Link): string => renderLinkLine(link, { linkStyle: link.title.trim() === '' ? 'angle' : 'titled' }, definitions);
  if (quoteCredit !== undefined && first && !holdsLink) {
    const credit = quoteCredit + shapedLink(first);
    const quote = head.trim() === '' ? [] : [head.trimStart().startsWith('>') ? head.trim() : quoteLines(head.trim()), ''];
    return [...quote, [credit, ...more.map((link) => renderLinkLine(link, template, definitions))].join('  \n')].join('\n');
  }
  // Under a heading whose entries open with a set phrase (`This week's crate is [x](…), a crate
  // that…`), one whose words neither hold its link already nor say the phrase themselves.
  const saysPhrase = entryPhrase !== undefined && head.trimStart().toLowerCase().startsWith(entryPhrase.trim().toLowerCase());
  if (entryPhrase !== undefined && !saysPhrase && first && !holdsLink) {
    const opened = entryPhrase + shapedLink(first);
    // Words of one plain line run on after the separator; others (a fence, a list, several
    // lines) start on the line under the link, as the paragraph's own lines.
    const runOn = !head.includes('\n') && !BLOCK_START.test(head);
    const text = head.trim() === '' ? opened : opened + (runOn ? wordsAfter(separator, head) : '\n' + atLineStart);
    return [text, ...more.map((link) => renderLinkLine(link, template, definitions))].join('  \n');
  }
  if (titleLine && first && first.title.trim() !== '') {
    // The title in bold on a line of its own, the page's address under it, then the words.
    return [renderTitleLines(titleLine, first, head, definitions), ...more.map((link) => renderLinkLine(link, template, definitions))].join('  \n');
  }
  if (linkFirst && first) {
    // The entry opens with its link, as the digest's do (`**[title](url)**`, its words under it);
    // a page with no title by its address (`<https://…>`), which opens it all the same: under
    // the words it would read as the next entry's link where links stand above their words.
    // (Numbered inside the bold where the digest's are: `**1. [title](url)**`.)
    const { strongNumber } = template.items;
    const numberedStrong = strongLink && strongNumber !== undefined && position !== undefined && !strongWithin ? `${strongLink}${position}${strongNumber}${renderLinkLine(first, { linkStyle: 'titled' }, definitions)}${strongLink}` : undefined;
    const opened =
      writtenLead(first, template.items.byline) +
      (numberedStrong ?? (strongLink ? renderStrongLink(first, strongLink, strongWithin === true, definitions) : renderLinkLine(first, { linkStyle: first.title.trim() === '' ? 'angle' : 'titled' }, definitions))) +
      readingTimeAfter(first, template.items) +
      writtenByline(first, template.items.byline);
    // Words run on after a separator on the link's line where they are one line; words of several
    // lines start on the line under it: a fence they open on the link's line would be none, and
    // its closing line would open one that runs to the end of the issue.
    const under = (separator || '\n').includes('\n') || head.includes('\n');
    const text = head.trim() === '' ? opened : opened + (under ? (separator.includes('\n') ? separator : '\n') + atLineStart : wordsAfter(separator, emphasized(head, template.items.wordsEmphasis)));
    return [text, ...more.map((link) => renderLinkLine(link, template, definitions))].join('  \n');
  }
  const { pageLink, leadTitle } = template.items;
  // The page's title set apart, the words, the page after them (`【Rust 1.80 发布】words链接：https://…`).
  const led = leadTitle && first ? renderLeadTitle(leadTitle, first, head) : undefined;
  if (led !== undefined) return [led, ...more.map((l) => renderLinkLine(l, template, definitions))].join('  \n');
  // The words, then the page after them on their line (`Words. [title](…)`, `words: https://…`).
  const addressed = template.items.addressAfter && first && !holdsLink ? renderAddressAfter(template.items.addressAfter, first, head) : undefined;
  if (addressed !== undefined) return [addressed, ...more.map((l) => renderLinkLine(l, template, definitions))].join('  \n');
  // The words' last paragraph is prose a link can end (no fence anywhere: it might close on the link's line).
  const lastParagraph = head.slice(head.lastIndexOf('\n\n') + 1).replace(/^\n/, '');
  const endsInProse = !/```|~~~/.test(head) && !lastParagraph.split('\n').some((line) => BLOCK_START.test(line));
  if (pageLink && first && !holdsLink && head.trim() !== '' && endsInProse) {
    // The words, then the link to their page as the digest's entries end (`… [Link](…)`, `→ [title](…)`).
    const { labelled } = pageLink;
    const link = renderLinkLine({ url: first.url, title: pageLink.text || first.title, ...(labelled ? { label: labelled.label } : {}) }, { linkStyle: labelled?.form ?? 'titled' }, definitions);
    const gap = pageLink.line ? (pageLink.softBreak ? '\n' : '  \n') : ' ';
    return [atLineStart + gap + link, ...more.map((l) => renderLinkLine(l, template, definitions))].join('  \n');
  }
  const lines = lineLinks.map((link) => renderLinkLine(link, template, definitions));
  // The links a paragraph of their own under the words, where the digest's entries set them so
  // (DevOps Weekly); not under words that link already (the links would read as the next entry)
  // nor words with a block of their own (a quote, a list, code): only a paragraph takes them so.
  if (template.items.linksApart && head.trim() !== '' && lines.length > 0 && !holdsLink && !head.includes('\n\n') && !head.split('\n').some((line) => BLOCK_START.test(line) || /^ {0,3}(?:```|~~~|[=-]+[ \t]*$)/.test(line))) return `${atLineStart}\n\n${lines.join('  \n')}`;
  if (head.trim() !== '') lines.unshift(atLineStart);
  return lines.join('  \n');
}

/**
 * A list item, numbered entry or entry under a heading of its own: the marker, the first link as
 * `[title](url)` and the editor's words after the digest's separator (a numbered or headed entry's
 * words go in paragraphs under it), further links as items nested under it (as paragraphs after
 * a numbered or headed entry's words).
 */
function renderEntry(item: Item, template: Template, definitions: LinkDefinitions, position: number): string {
  const style = template.items;
  const numbered = style.grammar === 'numbered';
  const headed = style.grammar === 'heading';
  // The entry's date opens it, before its link, as an events list's do (`* 2026-08-27 | [Rust
  // Melbourne](…)`); with no link to open, it opens the words. Made safe as they will stand, a
  // lead-in with them (see renderParagraphItem).
  const lead = leadIn(item, template);
  const comment = item.comment.replace(/^\s*\n/, '');
  const safe = (text: string): string => safeComment(text, { blankLines: true, fences: true, numbered });
  const bare = safe(comment);
  const [first, ...others] = lineLinksOf(item, bare, definitions);
  const opensWithDate = lead !== '' && first !== undefined && !headed;
  const words = opensWithDate ? bare : safe(lead + comment);
  const dated = opensWithDate ? safe(lead) : '';
  // The entry's own page again, under another name, is not one more link.
  const more = others.filter((l) => !first || !sameLink(l.url, first.url));
  const opening = numbered
    ? `${position}${/^\d+(.*)$/.exec(style.marker.trim())?.[1] ?? '、'}${/[.)]$/.test(style.marker.trim()) ? ' ' : ''}`
    : countsItems(template)
      ? style.marker.replace(/\d+/, String(position))
      : style.marker || defaultMarker(style.grammar);
  // A headed entry's kind opens its heading, after its marks (`### 🐕 [title](…)`).
  const marker = headed && item.kind !== undefined ? `${opening}${item.kind} ` : opening;
  const link = (l: Link): string => renderLinkLine(l, { linkStyle: l.title.trim() === '' ? 'angle' : 'titled' }, definitions);
  // Words that hold the entry's page (a title with no link over them, `[Read more](…)` last) go
  // under that title again, as the heading had it (so not escaped again); words with no link to
  // head them stand as a paragraph.
  if (headed && !first) {
    const page = item.links[0];
    if (!page || page.title.trim() === '') return words;
    if (endingLink(words, definitions)?.url === page.url) return `${marker}${escapeHeadingText(page.title)}\n\n${words}`;
    const linksPage = extractLinks(words, definitions).some((l) => sameLink(l.url, page.url));
    // Where entries hold their page's link anywhere in their words, words that do are whole.
    if (style.pageLink?.inline && linksPage) return `${marker}${escapeHeadingText(page.title)}\n\n${words}`;
    // Words that hold the page's link but go on after it (an edit), or no longer hold it at all:
    // the title, the words, and the link to the page last, where a reader looks for it. (Words
    // alone would lose the entry's title and its page.)
    if (style.pageLink || !linksPage) return marker + titledEntry(page, words, style.pageLink ?? { text: '', line: true }, definitions);
    // Where the heading is the page's link (`### [Skyfin][skyfin]`), words that link the page
    // too (`[Skyfin][skyfin] is a box kite…`) go under it: they do not head the entry.
    return `${marker}${headingLink(page, definitions)}\n\n${words}`;
  }
  if (headed && first) {
    // Under a heading of its own, the entry's further links go with its words (see underHeading);
    // under a title with no link, before the link to its page, which a reader looks for last.
    const under = underHeading(words, more.map(link), definitions);
    // Where the digest's entries end with a line naming their page's site, a new one names its
    // own (an imported entry's words end with theirs already).
    const named = style.siteLine === undefined || isSiteLine(under.trimEnd().split('\n').at(-1) ?? '', style.siteLine) ? undefined : siteLine(first.url, style.siteLine, style.siteLineOwners);
    const body = named === undefined ? under : under.trim() === '' ? named : `${under}\n\n${named}`;
    // A title with no letter or digit (`---`, `…`) heads no entry a reader would know: the heading links instead.
    if (style.pageLink && /[\p{L}\p{N}]/u.test(first.title)) return marker + titledEntry(first, body, style.pageLink, definitions);
    return marker + headingLink(first, definitions, style.headingLink) + (body.trim() === '' ? '' : `\n\n${body}`);
  }
  let text: string;
  // (Words of several lines are written as the digest's other entries are: a reference after a
  // block they end with would be read into it.)
  const reference = style.referenceLink && first && !words.includes('\n') ? codeHostReference(first.url) : undefined;
  const led = style.leadTitle && first ? renderLeadTitle(style.leadTitle, first, words) : undefined;
  // The title in bold on the item's first line, the page's address on the next, the words under them (`1. **title**`, `   https://…`).
  const titled = style.titleLine && first && first.title.trim() !== '' && !opensWithDate ? renderTitleLines(style.titleLine, first, words, definitions) : undefined;
  const addressed = style.addressAfter && first && !led ? renderAddressAfter(style.addressAfter, first, words) : undefined;
  if (!first) text = words;
  else if (titled !== undefined) text = titled;
  else if (reference !== undefined) {
    // A change log's entry: the change in words (the page's title where the editor wrote none),
    // its page linked by its number after them (`- Fix the needle ([#4103](…))`).
    const change = words.trim() !== '' ? words.trim() : escapeOutsideCode(codeHostSubject(first.title));
    // Who made it, where the digest credits them and the page's title names them (`… by cy · Pull Request #…`).
    const author = style.referenceAuthor ? codeHostAuthor(first.title) : undefined;
    // GitHub's release notes give the address itself, after who made the change (`… by @cy in https://…`).
    if (style.referenceAddress) text = dated + `${change === '' ? reference : change}${author === undefined ? '' : ` by @${author}`} in ${renderLinkLine({ url: first.url, title: '' }, { linkStyle: 'bare' })}`;
    else text = dated + (change === '' ? '' : `${change} `) + `([${reference}](${encodeLinkDestination(first.url)})${author === undefined ? '' : `, @${author}`})`;
  }
  // The page's title set apart, the words, the page after them, as the digest's entries go
  // (`1. **Zig 0.13 is out** — words [Read more](…)`).
  else if (led !== undefined) text = dated + led;
  // The words, then the page's address after them (`kitefmt 2.0, now faster: https://…`).
  else if (addressed !== undefined) text = dated + addressed;
  // A numbered entry's words in paragraphs under its link, or run on after it where the digest's
  // are (`1、[name](url)：words`), unless they open with a block (a fence, a list) that needs a line.
  else if (numbered) text = dated + link(first) + readingTimeAfter(first, style) + (words.trim() === '' ? '' : style.separator.trim() !== '' && !BLOCK_START.test(words) ? wordsAfter(style.separator, emphasized(words, style.wordsEmphasis)) : `\n\n${words}`);
  else {
    const opening = style.strongLink ? renderStrongLink(first, style.strongLink, style.strongWithin === true, definitions) : link(first);
    const site = style.site === undefined ? undefined : siteOf(first.url);
    text =
      dated +
      writtenLead(first, style.byline) +
      opening +
      (site ? ` ${style.site?.replace('{site}', site)}` : '') +
      readingTimeAfter(first, style) +
      writtenByline(first, style.byline) +
      (words.trim() === '' ? '' : wordsAfter(style.separator, listedWords(emphasized(words, style.wordsEmphasis), style)));
  }
  // The kind's symbol opens the entry, before its date and link (`- 📜 [title](url)`).
  if (item.kind !== undefined && !headed) text = `${item.kind} ${text}`;
  if (numbered || headed) {
    const rest = more.map(link).join('\n\n');
    // Lines under a title line stay in the list's item: indented under its text where the marker is a list's (`1. `).
    const under = titled !== undefined && /^\d{1,9}[.)][ \t]+$/.test(marker) ? indentUnder(text, marker.length) : text;
    return marker + under + (rest ? `\n\n${rest}` : '');
  }
  // An entry set as a block quote, as the digest sets its own: every line quoted, further links too.
  if (style.quoted) return quoteLines([text, ...more.map(link)].join('\n'));
  // Entries after a symbol Markdown does not list by (`🔗 `) are one a line: all of one on its own.
  if (SYMBOL_MARKER.test(`${marker}x`)) return marker + [oneLine(text), ...more.map(link)].filter((s) => s.trim() !== '').join(' ');
  // An HTML list's item (`  <li>`) is one line of HTML, closed after it unless the digest leaves
  // its items open: Markdown inside a block of HTML would stand as typed.
  // (So is a table's row, `<tr>`, closed with its `</tr>`.)
  const htmlItem = HTML_ITEM_MARKER.exec(marker)?.[1]?.toLowerCase();
  if (htmlItem !== undefined) return marker + inlineHtml([oneLine(text), ...more.map(link)].filter((s) => s.trim() !== '').join(' ')) + (style.openItems && htmlItem === 'li' ? '' : `</${htmlItem}>`);
  // (Under the bullet's text: a symbol after the bullet, `- 🔗 `, is the item's own text.)
  const width = (/^ {0,3}[*+-][ \t]+/.exec(marker)?.[0] ?? marker).length;
  // (Further links nested by the bullet alone: a symbol after it, `- 🔗 `, opens the entry's own line.)
  const nested = more.map((l) => `\n${' '.repeat(width)}${/^[*+-]/.exec(style.marker.trim())?.[0] ?? (style.marker.trim() || '*')} ${link(l)}`).join('');
  return marker + indentUnder(text, width) + nested;
}

/** The title in bold, the page's address on the next line, the words under them: lines broken as the digest breaks them. */
function renderTitleLines(form: NonNullable<ItemStyle['titleLine']>, page: Link, words: string, definitions: LinkDefinitions): string {
  const title = `${form.strong}${escapeMarkdownText(oneLine(page.title).trim())}${form.strong}`;
  const address = renderLinkLine(page, { linkStyle: form.link }, definitions);
  return [title, address, ...(words.trim() === '' ? [] : [words])].join(form.softBreak ? '\n' : '  \n');
}

/** Every line but the first, and but empty ones, indented by `width` spaces: still the list item's. */
function indentUnder(text: string, width: number): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(width) + line))
    .join('\n');
}

/**
 * A paragraph entry where the digest writes its entries as HTML paragraphs (`<p>…</p>`, the
 * marker its opening tag): one line of HTML, as Markdown inside a block of HTML stands as typed.
 */
function htmlParagraphed(written: string, marker: string): string {
  return isHtmlParagraphMarker(marker) ? `${marker}${inlineHtml(oneLine(written))}</p>` : written;
}

/** The marker of an entry that is an HTML list's item, or a table's row: `<li>`, `<tr>`, after its indentation. */
const HTML_ITEM_MARKER = /<(li|tr)(?:\s[^>]*)?>\s*$/i;

/** Words that open with a block of their own, which cannot run on after a link on its line. */
const BLOCK_START = /^(?:\s|```|~~~|[-*+>#|<]|\d{1,9}[.)、])/;

/**
 * What stands under an entry's own heading: its words, then its further links as one paragraph,
 * a line each (hard breaks), run on from the words' last paragraph where that links too and is
 * plain prose. Under a heading, two paragraphs that link would make it a section over entries.
 * (A space before each break: a bare address a line ends with would take the backslash in.)
 */
function underHeading(words: string, links: readonly string[], definitions: LinkDefinitions): string {
  if (links.length === 0) return words;
  const lines = links.join(' \\\n');
  if (words.trim() === '') return lines;
  const lastLine = words.slice(words.lastIndexOf('\n') + 1);
  const lastParagraph = words.slice(words.lastIndexOf('\n\n') + 2);
  const runsOn = extractLinks(lastParagraph, definitions).length > 0 && !/^(?:\s|```|~~~|[-*+>|#]|\d+[.)])/.test(lastLine);
  return words + (runsOn ? ' \\\n' : '\n\n') + lines;
}

/**
 * Words set in italics whole, where the digest sets its entries' words so (`*words*`): only words
 * of one line with no emphasis marks of their own (they would pair with the digest's), else as typed.
 */
function emphasized(words: string, mark: ItemStyle['wordsEmphasis']): string {
  const line = words.trim();
  return mark === undefined || line === '' || /[\n*_]/.test(line) || BLOCK_START.test(line) ? words : `${mark}${line}${mark}`;
}

/**
 * The words under an entry's link where the digest lists them there (`  - words`): one nested
 * item holding them all, its lines under its first; or quoted (`  > words`). Words that are a
 * list or a quote already stay so.
 */
function listedWords(words: string, style: ItemStyle): string {
  if (!style.wordsMarker || !style.separator.startsWith('\n') || /^(?:[*+-][ \t]|>)/.test(words)) return words;
  if (style.wordsMarker === '> ') return quoteLines(words);
  return style.wordsMarker + indentUnder(words, style.wordsMarker.length);
}

/**
 * An entry as a digest of unlinked titles writes it: the title, its words, and the link to its
 * page after them as the digest writes that (`[Read more](…)`). A link that repeats the title has
 * a line of its own, as it must to be read back as the title's.
 */
function titledEntry(page: Link, words: string, style: NonNullable<ItemStyle['pageLink']>, definitions: LinkDefinitions): string {
  const title = escapeHeadingText(escapeMarkdownText(page.title));
  // The page embedded by its tag under the title, the words under it, where the digest's are; an
  // address the tag's line would not give back whole (a tag holds no escapes) is linked instead.
  const embedded = style.embed === undefined ? undefined : embedLine(style.embed, encodeLinkDestination(page.url));
  // (Words whose last paragraph is a line in bold alone would read as the next entry's title there.)
  const lastParagraph = words.trim().split(/\n[ \t]*\n/).at(-1) ?? '';
  if (embedded !== undefined && isWebAddress(page.url) && embedsWhole(embedded) && !BOLD_TITLE.test(lastParagraph)) return `${title}\n\n${embedded}${words.trim() === '' ? '' : `\n\n${keptWithNext(words)}`}`;
  const { labelled } = style;
  // A label the editor gave the page (`GitHub:` where the digest's is `原文链接: `) is written
  // in its place, spaced from the address as the digest's is.
  const own = page.label?.trim() ?? '';
  const label = labelled && own !== '' ? own + (/\s*$/.exec(labelled.label)?.[0] ?? '') : labelled?.label;
  const link = labelled
    ? renderLinkLine({ url: page.url, title: style.text || page.title, label }, { linkStyle: labelled.form }, definitions)
    : renderLinkLine({ url: page.url, title: style.text || page.title }, { linkStyle: 'titled' }, definitions);
  // The labelled address first, under the title, where the digest gives it there (`Archive: <…>`).
  if (labelled && style.above && !BOLD_TITLE.test(lastParagraph)) return `${title}\n\n${link}${words.trim() === '' ? '' : `\n\n${keptWithNext(words)}`}`;
  const body = words.trim() === '' ? link : style.line || style.text === '' || labelled ? `${words}\n\n${link}` : `${words} ${link}`;
  return `${title}\n\n${keptWithNext(body)}`;
}

/** Whether an embedding tag's line gives its address back whole, as both a tag and a bare address in the text. */
function embedsWhole(line: string): boolean {
  const url = embedTagOf(line)?.url;
  return url !== undefined && extractLinks(line).map((l) => l.url).join(' ') === url;
}

/**
 * Words whose first paragraph is one line in bold alone (`__Must read__`), which would read as a
 * title of its own under the heading and make it a section's: what follows joins that line after
 * a line break, one paragraph.
 */
function keptWithNext(body: string): string {
  const first = /^([^\n]*)\n[ \t]*\n/.exec(body);
  return first && BOLD_TITLE.test(first[1] as string) ? `${(first[1] as string).trimEnd()}  \n${body.slice(first[0].length)}` : body;
}

/** A headed entry's link: always `[title](url)`, so the heading is read as the entry's again. */
function headingLink(link: Link, definitions: LinkDefinitions, form?: ItemStyle['headingLink']): string {
  // A title of nothing a reader sees (spaces, control characters) would leave `### [](…)`.
  const seen = /[^\s\p{C}]/u.test(link.title);
  // The title, then a link naming no page, where the digest heads its entries so (`Kites ([link](…))`).
  if (form && seen) return `${escapeHeadingText(oneLine(link.title).trim())}${form.before}${renderLinkLine({ url: link.url, title: form.text }, { linkStyle: 'titled' })}${form.after}`;
  return renderLinkLine({ url: link.url, title: seen ? link.title : link.url }, { linkStyle: 'titled' }, definitions);
}

/** The author before the entry's link where the digest names authors so (`Jane Doe: `); nothing for a page with none. */
function writtenLead(link: Link, form: string | undefined): string {
  if (form === undefined || !isLeadByline(form)) return '';
  const author = escapeMarkdownText(oneLine(link.author ?? '').trim());
  return author === '' ? '' : form.replace('{author}', () => author);
}

/**
 * The byline a new entry writes after its link where the digest names authors and the page has
 * one: on the link's line after a space, or on the line under it where the form opens with a line
 * break (`\n— {author}`). Empty otherwise.
 */
function writtenByline(link: Link, form: string | undefined): string {
  const author = form === undefined || isLeadByline(form) ? '' : escapeMarkdownText(oneLine(link.author ?? '').trim());
  if (author === '') return '';
  const named = (form as string).replace('{author}', () => author);
  return named.startsWith('\n') ? named : ` ${named}`;
}
