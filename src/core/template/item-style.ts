import { mostCountOn } from '../issue/entry-numbers.ts';
import type { ParsedIssue } from '../issue/issue-parser.ts';
import { ENTRY_MARKER } from '../issue/item-text.ts';
import { HEADED_MARKER } from '../issue/headed-marker.ts';
import { QUOTED_ENTRY } from '../issue/item-grammar.ts';
import { creditPattern } from '../issue/credit-line.ts';
import { unquoteLines } from '../markdown/quote-lines.ts';
import { isGenericLinkText, isTitleText } from '../issue/generic-link-text.ts';
import { changeLogStyle } from './change-log-style.ts';
import { endingLink, extractLinks, LINK_TEXT, parseLinkLine, type FoundLink } from '../markdown/markdown-links.ts';
import { groupKeyOf } from '../model/item.ts';
import { defaultMarker, type ItemGrammar, type ItemStyle, type LinkForm } from '../model/template.ts';
import { mostCommon, mostCommonOfMost } from './most-common.ts';
import { formOf } from '../issue/entry-form.ts';
import { htmlParagraphInner, htmlParagraphTag } from '../markdown/html-paragraph-entry.ts';
import { bylineOf, entryOpenings, mostCommonSeparator, separatorOf, wordsMarkerOf } from './entry-opening.ts';
import { THEMATIC_BREAK } from '../markdown/thematic-break.ts';
import { stripHeadingText } from '../issue/issue-head.ts';
import { siteFormOf } from './site-note-form.ts';
import { ownerNamedAt, siteLineForm } from './site-line.ts';
import { leadTitleStyle } from './lead-title.ts';
import { isTaskBox, kindTokenOf } from '../model/entry-kind.ts';
import { addressAfterStyle } from './address-after.ts';
import { readingTimeForm, readingTimeInTitleForm } from './reading-time-form.ts';
import { titleEndOf } from './title-end.ts';
import { titleLinkOf } from '../issue/title-link.ts';
import { majority } from './majority.ts';
import { hasLink } from '../issue/has-link.ts';
import { LIST_ITEM_LINE } from '../markdown/list-item-line.ts';
import { embedTagOf, type EmbedTag } from '../markdown/embed-tag.ts';

/** How the digest writes an entry: its grammar, marker, separator, spacing. */
export function itemStyleOf(latest: ParsedIssue, base: ItemStyle): ItemStyle {
  const grammar: ItemGrammar = latest.grammar;
  const sources = latest.items.map((i) => i.source ?? '');
  // Paragraphs most of which are a line crediting who wrote them over a quote of their words
  // (This Week in GNOME): how new ones credit theirs. Their form is then the quote's: the link
  // the credit opens with is its author's, not the entry's page.
  const credits = grammar === 'paragraph' ? sources.map((s) => creditPattern(s)) : [];
  const credited = credits.filter((c): c is string => c !== undefined);
  const credit = credited.length * 2 > sources.length ? mostCommon(credited) : undefined;
  // (An entry that is a paragraph of HTML, `<p>…</p>`, read inside its tags: its marker.)
  const entries = (credit === undefined ? sources : sources.map((s, i) => (credits[i] === undefined ? s : quoteOf(s)))).map(htmlParagraphInner);
  // A headed entry's marker is its heading's: `### `.
  const markerOf = grammar === 'heading' ? HEADED_MARKER : ENTRY_MARKER;
  // A bullet's indentation is kept: entries nested under list labels (`- Org Mode:`) are written
  // nested again. Numbers count from 1.
  // Paragraphs of HTML are marked by their opening tag (`<p>`), where most entries are such.
  const tags = grammar === 'paragraph' ? sources.flatMap((s) => htmlParagraphTag(s) ?? []) : [];
  const markers =
    tags.length * 2 > sources.length
      ? tags
      : sources
          .map((s) => markerOf.exec(s)?.[0].replace(/^\s+/, (indent) => (grammar === 'bullet' ? indent : '')).replace(/\d+/, '1') ?? '')
          .filter((m) => m !== '');
  // What stands between an entry's link and its words: ` — `, `: `, `<br>`, or a line break (the
  // words on the lines under a link in bold); after the page's site or author where the digest
  // names them there (`[title](url) (lwn.net) — words`, `[title](url) by Jane Doe: words`).
  // From a list digest's list entries (its paragraphs of news are written in theirs, see
  // headingLists), never from entries under headings of their own: their words stand under their
  // heading whatever the digest's separator.
  const ownGrammar = (s: string): boolean => {
    const form = formOf(s)?.grammar ?? grammar;
    return form !== 'heading' && (form === grammar || (grammar !== 'bullet' && grammar !== 'numbered'));
  };
  // Paragraphs opening with their number and link in bold (`**1. [title](url)**`) are read as
  // those opening with their link in bold are, the number's mark kept apart.
  const numbered = grammar === 'paragraph'
    ? entries.flatMap((s) => {
        const m = BOLD_NUMBERED_OPENING.exec(s);
        return m ? [m] : [];
      })
    : [];
  const unnumbered = numbered.length === 0 ? entries : entries.map((s) => s.replace(BOLD_NUMBER_BEFORE_LINK, '$1'));
  const opened = entryOpenings(unnumbered.filter(ownGrammar));
  const separators = opened.map(separatorOf);
  // Where most entries name their page's site after the link, new ones name theirs.
  const site = grammar === 'bullet' ? siteFormOf(opened, sources.length) : undefined;
  const byline = grammar === 'bullet' || grammar === 'paragraph' ? bylineOf(sources, opened) : undefined;
  // A list whose entries open with their link in bold, `- **[title](url)**: words`.
  // A list's entries, or paragraphs most of which, open with their link (`**[title](url)**` and
  // the words under it: newsletters exported from their HTML).
  const opening = grammar === 'bullet' ? BULLET_OPENING : grammar === 'paragraph' ? PARAGRAPH_OPENING : null;
  const openings = unnumbered.flatMap((s) => {
    const m = opening?.exec(s);
    return m ? [m[1] ?? ''] : [];
  });
  const linkFirst = grammar === 'paragraph' && openings.length * 2 > sources.length;
  const strongNumber = linkFirst ? mostCommonOfMost(numbered.map((m) => m[2] as string), sources.length) : undefined;
  // Of entries written link first, where most give their page's reading time after the link
  // (`[title](url) (5 min read) — words`) or set their words in italics whole (`— *words*`), new ones do.
  const opensWithLink = grammar === 'bullet' || grammar === 'numbered' || linkFirst;
  const timed = opened.flatMap((m) => (m.groups?.note === undefined ? [] : (readingTimeForm(m.groups.note) ?? [])));
  // (Or at the end of the link's words, in any grammar: TLDR's `[**Kites (4 minute read)**](…)`.)
  const titled = entries.flatMap((s) => {
    const text = extractLinks(s)[0]?.text;
    return text === undefined ? [] : (readingTimeInTitleForm(text) ?? []);
  });
  const inTitle = mostCommonOfMost(titled, sources.length);
  // Or an arrow ending their links' words (`[Faster builds →](…)`).
  const titleEnd = titleEndOf(entries);
  const readingTime = inTitle ?? (opensWithLink ? mostCommonOfMost(timed, sources.length) : undefined);
  const italics = opened.flatMap((m) => EMPHASIZED.exec((m.input.slice(m.index + m[0].length - 1).split('\n')[0] as string).trim())?.[1] ?? []);
  const wordsEmphasis = opensWithLink ? (mostCommonOfMost(italics, sources.length) as '*' | '_' | undefined) : undefined;
  // Paragraphs, or list items, that open with a title in bold on its own line and the page's address on the next.
  const titleLines = grammar === 'paragraph' || grammar === 'bullet' || grammar === 'numbered'
    ? entries.flatMap((s) => {
        const m = TITLE_LINE.exec(grammar === 'paragraph' ? s : s.replace(ENTRY_MARKER, ''));
        return m ? [m] : [];
      })
    : [];
  const titleLine =
    !linkFirst && titleLines.length * 2 > sources.length
      ? {
          strong: mostCommon(titleLines.map((m) => m[1] as '**' | '__')) as '**' | '__',
          link: mostCommon(titleLines.map((m) => ((m[2] as string).startsWith('<') ? 'angle' : (m[2] as string).startsWith('[') ? 'titled' : 'bare'))) as 'angle' | 'bare' | 'titled',
          // (A list item's lines as the digest breaks them: plainly, or hard as a paragraph's are written.)
          ...(grammar !== 'paragraph' && majority(titleLines.map((m) => !HARD_BREAK.test((m[0].split('\n')[0] as string)))) === true ? { softBreak: true as const } : {}),
        }
      : undefined;
  // A list digest whose entries are mostly set as block quotes.
  const quoted = grammar === 'bullet' && sources.filter((s) => QUOTED_ENTRY.test(s)).length * 2 > sources.length;
  const strong = grammar === 'bullet' || linkFirst ? mostCommon(openings) : undefined;
  // Or their link's words in bold inside its brackets (`[**title**](url)`, TLDR).
  const within = (grammar === 'bullet' || linkFirst) && strong === '' ? mostCommon(entries.flatMap((s) => (opening?.test(s) ? [STRONG_WITHIN.exec(s)?.[1] ?? ''] : []))) : undefined;
  // Numbered entries hold their words in paragraphs under the link (科技爱好者周刊), unless most run
  // them on after it (HelloGitHub's `1、[name](url)：words`).
  const separator = grammar === 'numbered' && separators.length * 2 <= sources.length ? '\n' : (mostCommonSeparator(separators) ?? base.separator);
  // A list whose entries hold their words under the link in a nested list or a quote.
  const wordsMarker = grammar === 'bullet' && separator.startsWith('\n') ? wordsMarkerOf(opened) : undefined;
  // Whether a list's entries stand apart, from entries that follow one another; where some are
  // list items both, from those alone (entries under headings stand apart whatever the lists do).
  const body = latest.issue.body;
  const sourceAt = (i: number): string => {
    const slot = body[i];
    return slot?.kind === 'item' ? (latest.items[slot.order]?.source ?? '') : '';
  };
  const slots = body.flatMap((s, i) => (s.kind === 'item' && body[i - 1]?.kind === 'item' ? [{ before: s.before, listed: LIST_ITEM_LINE.test(sourceAt(i)) && LIST_ITEM_LINE.test(sourceAt(i - 1)) }] : []));
  const listed = slots.filter((s) => s.listed);
  const loose = majority((listed.length > 0 ? listed : slots).map((s) => /\n[ \t]*\n/.test(s.before)));
  const changeLog = grammar === 'bullet' ? changeLogStyle(entries) : {};
  const endingLink = grammar === 'paragraph' && !linkFirst && !titleLine ? endingLinkOf(entries) : {};
  const leadTitle = grammar !== 'heading' && !titleLine && !linkFirst ? leadTitleStyle(entries) : {};
  const worded = latest.items.filter((i) => i.comment.replace(/\[[^[\]]*\]\([^)[\]]*\)|<[^<>]*>|https?:\/\/\S+/g, '').replace(/[\s\p{P}\p{S}]/gu, '').length > 0);
  return {
    grammar,
    marker: withBulletSymbol(mostCommon(markers) ?? (grammar === 'bullet' ? base.marker || defaultMarker(grammar) : defaultMarker(grammar)), grammar === 'bullet' ? bulletSymbol(sources) : undefined),
    separator,
    loose: loose ?? (grammar !== 'bullet'),
    comments: latest.items.length === 0 ? base.comments : worded.length * 2 >= latest.items.length,
    ...(countsAcross(latest, strongNumber !== undefined ? BOLD_NUMBER : markerOf) ? { countsAcross: true } : {}),
    ...(strongNumber !== undefined ? { strongNumber } : {}),
    ...(strong === '**' || strong === '__' ? { strongLink: strong } : within === '**' || within === '__' ? { strongLink: within, strongWithin: true } : {}),
    ...(linkFirst ? { linkFirst: true } : {}),
    ...(leavesItemsOpen(sources) ? { openItems: true } : {}),
    ...(titleLine ? { titleLine } : {}),
    ...(quoted ? { quoted: true, loose: true } : {}),
    ...(wordsMarker ? { wordsMarker } : {}),
    ...(site ? { site } : {}),
    ...(titleEnd !== undefined ? { titleEnd } : {}),
    ...(readingTime ? { readingTime, ...(inTitle !== undefined ? { readingTimeInTitle: true as const } : {}) } : {}),
    ...(wordsEmphasis ? { wordsEmphasis } : {}),
    ...(byline ? { byline } : {}),
    ...(credit ? { credit } : {}),
    ...ruleBetween(latest),
    ...(grammar === 'heading' ? pageLinkOf(sources) : {}),
    ...(grammar === 'heading' ? headingLinkOf(sources) : {}),
    ...(grammar === 'heading' ? tightUnderTitleOf(sources) : {}),
    ...(grammar === 'heading' ? siteLineOf(sources) : {}),
    ...endingLink,
    ...changeLog,
    ...leadTitle,
    // Entries giving their page after their words (`- words: https://…`, `Words. [title](…)`), where they do not by a
    // change's number, a title set apart, or (paragraphs) a link naming no page on its own.
    ...((grammar === 'bullet' || grammar === 'numbered' || (grammar === 'paragraph' && !linkFirst && !titleLine && credit === undefined && endingLink.pageLink === undefined)) && leadTitle.leadTitle === undefined && changeLog.referenceLink === undefined ? addressAfterStyle(entries) : {}),
    ...(grammar === 'paragraph' && !linkFirst && !titleLine && linksApart(entries) ? { linksApart: true } : {}),
  };
}

/**
 * The symbol most of a list's entries open with after their bullet (`- 🔗 [title](…)`), where it
 * is the only one they do: part of the marker new entries open with. Several are the digest's
 * kinds of entry (see entryKindsOf), each entry its own.
 */
function bulletSymbol(sources: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const source of sources) {
    const marker = ENTRY_MARKER.exec(source)?.[0] ?? '';
    const symbol = BULLET_MARKER.test(marker) ? kindTokenOf(source.slice(marker.length)) : undefined;
    if (symbol !== undefined && !isTaskBox(symbol)) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
  }
  const repeated = [...counts].filter(([, n]) => n >= 2);
  const [symbol, n] = repeated[0] ?? ['', 0];
  return repeated.length === 1 && n * 2 > sources.length ? symbol : undefined;
}

/** A list item's marker that is its bullet alone (`- `), no number. */
const BULLET_MARKER = /^ {0,3}[*+-][ \t]+$/;

/** A list's marker with the symbol its entries open with after the bullet, where they do (`- 🔗 `). */
function withBulletSymbol(marker: string, symbol: string | undefined): string {
  return symbol === undefined || !BULLET_MARKER.test(marker) ? marker : `${marker}${symbol} `;
}

/** Whether most of the entries that are HTML list items (`<li>`) leave out their `</li>`. */
function leavesItemsOpen(sources: readonly string[]): boolean {
  const items = sources.filter((s) => HTML_LIST_ITEM.test(s));
  return majority(items.map((s) => !/<\/li\s*>\s*$/i.test(s))) === true;
}

const HTML_LIST_ITEM = /^[ \t]*<li(?:[ \t][^>]*)?>/i;

/**
 * Where most paragraph entries end with a link that names no page (`… (Ana, Kite 6.1.
 * [Link](…))`, `[Read more](…)` on the line under the words: This Week in KDE, TLDR-style
 * newsletters), or with a line that labels their page's link (`→ [title](…)`, `Link: https://…`
 * under the words): that link's text (empty: the page's title), whether it has a line of its own,
 * after a plain line break or a hard one, and its label: a new entry's page is linked so after
 * its words.
 */
function endingLinkOf(entries: readonly string[]): Pick<ItemStyle, 'pageLink'> {
  const ending = entries.flatMap((source) => {
    const link = endingLink(source);
    if (!link) return [];
    const lines = source.trimEnd().split('\n');
    const own = lines.length > 1 ? parseLinkLine(lines.at(-1) as string) : undefined;
    const generic = link.kind === 'inline' && isGenericLinkText(link.text);
    const labelled = own !== undefined && own.label.trim() !== '' && lines.slice(0, -1).join('').trim() !== '';
    if (!generic && !labelled) return [];
    return [{ text: generic ? link.text : '', line: own !== undefined, soft: own !== undefined && !HARD_BREAK.test(lines.at(-2) as string), label: labelled ? { label: own.label, form: LINK_FORM[link.kind] } : undefined }];
  });
  if (ending.length * 2 <= entries.length) return {};
  const line = majority(ending.map((e) => e.line)) ?? false;
  const soft = line && majority(ending.filter((e) => e.line).map((e) => e.soft)) === true;
  const labels = ending.flatMap((e) => (e.label ? [e.label] : []));
  const label = labels.length * 2 > ending.length ? (mostCommon(labels.map((l) => l.label)) as string) : undefined;
  const labelled = label === undefined ? undefined : { label, form: mostCommon(labels.filter((l) => l.label === label).map((l) => l.form)) as LinkForm };
  const text = mostCommon((labelled ? ending.filter((e) => e.label?.label === label) : ending).map((e) => e.text)) as string;
  return { pageLink: { text, line: line || labelled !== undefined, ...(labelled ? { labelled } : {}), ...(soft ? { softBreak: true } : {}) } };
}

/** A line that ends in a hard break: two spaces, a backslash or `<br>`. */
const HARD_BREAK = /(?: {2}|\\|<br[ \t]*\/?>)[ \t]*$/i;

/**
 * Where most headed entries end with a line of its own naming their page's site (`*[ LWN.NET ]*`,
 * set apart from the words above it): that line's most common form.
 */
function siteLineOf(sources: readonly string[]): Pick<ItemStyle, 'siteLine' | 'siteLineOwners'> {
  const sited = sources.flatMap((source) => {
    const lines = source.trimEnd().split('\n');
    const url = extractLinks(lines[0] ?? '')[0]?.url;
    const last = lines.at(-1) ?? '';
    const form = lines.length > 1 && url !== undefined ? siteLineForm(last, url) : undefined;
    return form && url !== undefined ? [{ form, owner: ownerNamedAt(last, url) }] : [];
  });
  if (sited.length * 2 <= sources.length) return {};
  // The hosts whose pages the digest names with their owner (`GITHUB.COM/ASTRAL-SH`).
  const owners = [...new Set(sited.flatMap((s) => (s.owner === undefined ? [] : [s.owner])))].sort();
  return { siteLine: mostCommon(sited.map((s) => s.form)) as string, ...(owners.length > 0 ? { siteLineOwners: owners } : {}) };
}

/**
 * Whether most paragraph entries end with a paragraph of links alone, a blank line under their
 * words (`words`, then `https://…` on its own): new entries give theirs so.
 */
function linksApart(entries: readonly string[]): boolean {
  const apart = entries.filter((source) => {
    const parts = source.trimEnd().split(/\n[ \t]*\n/);
    const last = parts.at(-1) ?? '';
    return parts.length > 1 && !hasLink(parts.slice(0, -1).join('\n')) && last.split('\n').every((line) => parseLinkLine(line.replace(/[ \t]+$|\\$/, '')) !== undefined);
  });
  return apart.length * 2 > entries.length;
}

/** What a credited entry quotes: the quote under its credit line, its marks taken off. */
function quoteOf(source: string): string {
  return unquoteLines(source.slice(source.search(/\n[ \t]*\n/) + 1).trim().split('\n')).join('\n');
}

/** A list entry (or one set as a quote, `> **[title](…)**`) that opens with its link, in bold or not: the bold's mark. */
const BULLET_OPENING = new RegExp(String.raw`^\s*(?:[*+-]|\d+[.)、]|>)[ \t]+(\*\*|__)?${LINK_TEXT}\([^)]*\)\1`);
/** A paragraph's first two lines: its title in bold, then the page's address alone (`<https://…>`). */
const TITLE_LINE = new RegExp(String.raw`^[ \t]*(\*\*|__)(?!\[)[^\n]*?\S\1[ \t]*\\?\n[ \t]*(<https?:\/\/[^>\s]+>|https?:\/\/\S+|${LINK_TEXT}\([^)\s]+\))[ \t]*\\?(?:\n|$)`);

/** Words in italics whole, one mark each side and none inside (`*Lift and a good string.*`): the mark. */
const EMPHASIZED = /^([*_])(?![\s*_])[^*_\n]*[^\s*_]\1$/;

/** An entry whose link's words are set in bold inside its brackets (`- [**title**](url)`): the bold's mark. */
const STRONG_WITHIN = /^\s*(?:(?:[*+-]|\d+[.)、])[ \t]+)?\[(\*\*|__)(?=\S)(?:[^\]\\\n]|\\.)*?\S\1\]\(/;

/** A paragraph opening with its number and link in bold (`**1. [title](url)**`): the bold's mark, and the number's after it (`. `). */
const BOLD_NUMBERED_OPENING = new RegExp(String.raw`^[ \t]*(\*\*|__)\d{1,3}([.)、][ \t]*)${LINK_TEXT}\([^)]*\)\1`);
/** Its number; and with its mark, before the link, kept apart from the bold's mark. */
const BOLD_NUMBER = /^[ \t]*(?:\*\*|__)\d{1,3}(?=[.)、])/;
const BOLD_NUMBER_BEFORE_LINK = /^([ \t]*(?:\*\*|__))\d{1,3}[.)、][ \t]*(?=\[)/;
const PARAGRAPH_OPENING = new RegExp(String.raw`^[ \t]*(\*\*|__)?(?:${LINK_TEXT}\([^)]*\)|<a\s[^>]*href=[^>]*>[^<]*<\/a>)\1`);



/**
 * Where most headed entries are titles with no link, the link to the page they end with: its
 * text (empty where it is the title again) and whether it has a line of its own. Where their
 * words hold their links inline (This Week in Guix), a new entry's page is the title again, on a
 * line of its own after its words: the way such an entry is read back on its own.
 */
function pageLinkOf(sources: readonly string[]): Pick<ItemStyle, 'pageLink'> {
  // Where most headed entries embed their page by a tag right under the heading (dev.to's
  // `## title`, `{% embed https://… %}`, the words), new ones do.
  const embeds = sources.flatMap((source) => {
    const [heading = '', ...rest] = source.split('\n');
    const under = rest.find((line) => line.trim() !== '');
    const embed = extractLinks(heading).length === 0 && under !== undefined ? embedTagOf(under) : undefined;
    return embed ? [embed.tag] : [];
  });
  if (embeds.length * 2 > sources.length) return { pageLink: { text: '', line: true, embed: mostCommon(embeds) as EmbedTag } };
  const titled = sources.flatMap((source) => {
    const [heading = '', ...rest] = source.split('\n');
    if (extractLinks(heading).length > 0) return [];
    const words = rest.join('\n').trimEnd();
    const link = endingLink(words);
    const lastLine = words.split('\n').at(-1) ?? '';
    const own = parseLinkLine(lastLine);
    // A last link that neither names no page (`Read more`), nor repeats the title, nor is labelled
    // so, nor is an address alone on its line (Rust日报's `https://…` under the words), is one
    // more of the words' own links. An address alone is the page's link labelled by nothing.
    const alone = own !== undefined && (link?.kind === 'bare' || link?.kind === 'autolink');
    const page = link && (isGenericLinkText(link.text) || isTitleText(link.text, stripHeadingText(heading.replace(HEADED_MARKER, ''))) || (own !== undefined && own.label.trim() !== '') || alone);
    if (!link || !page) {
      // The page's address labelled on the first line under the title (`Archive: <https://…>`,
      // `Source: https://…`), the words after it.
      const firstLine = rest.find((l) => l.trim() !== '') ?? '';
      const top = parseLinkLine(firstLine);
      const topLink = top === undefined ? undefined : extractLinks(firstLine)[0];
      // (Or by no label, the address alone there: `https://…` right under the title.)
      const labelled = top !== undefined && (top.label.trim() !== '' || topLink?.kind === 'bare' || topLink?.kind === 'autolink');
      if (labelled && topLink !== undefined && rest.some((l) => l.trim() !== '' && parseLinkLine(l) === undefined)) {
        return [{ text: '', line: true, label: { label: top.label, form: LINK_FORM[topLink.kind] }, above: true as const }];
      }
      return extractLinks(words).length > 0 ? [{ text: '', line: true, label: undefined, inline: true }] : [];
    }
    const label = own !== undefined && (own.label.trim() !== '' || alone) ? { label: own.label, form: LINK_FORM[link.kind] } : undefined;
    return [{ text: isGenericLinkText(link.text) ? link.text : '', line: own !== undefined, label }];
  });
  if (titled.length * 2 <= sources.length) return {};
  if (titled.filter((t) => 'inline' in t).length * 2 > titled.length) return { pageLink: { text: '', line: true, inline: true } };
  const text = mostCommon(titled.map((t) => t.text)) ?? '';
  const line = majority(titled.map((t) => t.line)) ?? true;
  // Labelled where most are (`Link: https://…`): the label and the form most of those take.
  const labels = titled.flatMap((t) => (t.label ? [t.label] : []));
  if (labels.length * 2 <= titled.length) return { pageLink: { text, line } };
  const label = mostCommon(labels.map((l) => l.label)) as string;
  const form = mostCommon(labels.filter((l) => l.label === label).map((l) => l.form)) as LinkForm;
  // Above the words where most labelled ones are.
  const above = titled.filter((t) => t.label?.label === label && 'above' in t).length * 2 > labels.filter((l) => l.label === label).length;
  return { pageLink: { text, line: true, labelled: { label, form }, ...(above ? { above: true } : {}) } };
}

/**
 * Whether most headed entries set what follows their heading right under it, no blank line
 * between (`### [title](…)`, `words`): of those headed by a Markdown heading of one line (an HTML
 * heading's next line is its own).
 */
function tightUnderTitleOf(sources: readonly string[]): Pick<ItemStyle, 'tightUnderTitle'> {
  const tight = sources.flatMap((s) => (ATX_HEADING_LINE.test(s) && s.includes('\n') ? [!/^[^\n]*\n[ \t]*(?:\n|$)/.test(s)] : []));
  return majority(tight) === true ? { tightUnderTitle: true } : {};
}

const ATX_HEADING_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/**
 * Where most headed entries' headings are their title and a link naming no page after it (`###
 * Kites in space ([link](…))`, `### Strings [→](…)`): how that link is set, as most set it.
 */
function headingLinkOf(sources: readonly string[]): Pick<ItemStyle, 'headingLink'> {
  const forms = sources.flatMap((source) => {
    const heading = (source.split('\n')[0] ?? '').replace(HEADED_MARKER, '');
    const parts = titleLinkOf(heading.trim());
    return parts ? [JSON.stringify({ before: parts.before, text: parts.text, after: parts.after })] : [];
  });
  if (forms.length * 2 <= sources.length) return {};
  return { headingLink: JSON.parse(mostCommon(forms) as string) as NonNullable<ItemStyle['headingLink']> };
}

/** How a link found in the text is written again. */
const LINK_FORM: Record<FoundLink['kind'], LinkForm> = { bare: 'bare', autolink: 'angle', inline: 'titled', reference: 'titled', html: 'titled' };

/**
 * Where most entries that follow one another are set apart by a rule (`---`): that rule, written
 * between new ones too.
 */
function ruleBetween(issue: ParsedIssue): Pick<ItemStyle, 'rule'> {
  const body = issue.issue.body;
  const rules: string[] = [];
  let pairs = 0;
  body.forEach((segment, i) => {
    if (segment.kind !== 'item') return;
    const next = body[i + 1];
    if (next?.kind === 'item') pairs++;
    else if (next?.kind === 'text' && THEMATIC_BREAK.test(next.raw) && body[i + 2]?.kind === 'item') {
      pairs++;
      rules.push(next.raw);
    }
  });
  return pairs > 0 && rules.length * 2 > pairs ? { rule: mostCommon(rules) as string } : {};
}

/**
 * Whether an issue's entry numbers run on across its headings (`2.` under one, `3.` under the
 * next) rather than starting again at 1, where headings change between numbered entries (`mostCountOn`).
 */
function countsAcross(issue: ParsedIssue, markerOf: RegExp): boolean {
  const numberOf = (item: (typeof issue.items)[number]): number | undefined => {
    const digits = /\d+/.exec(markerOf.exec(item.source ?? '')?.[0] ?? '')?.[0];
    return digits === undefined ? undefined : Number(digits);
  };
  const meetings: [number, number][] = [];
  issue.items.forEach((item, i) => {
    const before = issue.items[i - 1];
    if (!before || groupKeyOf(before) === groupKeyOf(item)) return;
    const [last, next] = [numberOf(before), numberOf(item)];
    if (last !== undefined && next !== undefined) meetings.push([last, next]);
  });
  return mostCountOn(meetings);
}
