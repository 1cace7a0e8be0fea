import { HTML_HEADING_OPEN } from '../markdown/html-heading.ts';
import { htmlParagraphTag } from '../markdown/html-paragraph-entry.ts';
import { extractLinks, type LinkDefinitions } from '../markdown/markdown-links.ts';
import type { GroupKey, Item } from '../model/item.ts';
import { defaultMarker, isKnownAs, type ItemGrammar, type HeadingForm, type TableShape, type Template } from '../model/template.ts';
import { mostCommon } from '../template/most-common.ts';
import { isListBullet } from '../template/heading-markers.ts';
import { isPipedRow } from '../markdown/table-rows.ts';
import { sameLink } from '../url/url-canonical.ts';
import { renderLinkLine } from './link-line.ts';
import { ENTRY_MARKER, HEADING_START } from './item-text.ts';
import { HEADED_MARKER } from './headed-marker.ts';
import { LEAD_TITLE, NUMBERED_ENTRY, QUOTED_ENTRY } from './item-grammar.ts';

/**
 * The template as most entries beside an edited one are written, where that is not the digest's
 * way (a list of links closing a digest of numbered entries): the edited one is written so too,
 * or it would take its neighbours in or break their list. So is an entry under a heading of its
 * own among entries headed at another level (PyCoder's Weekly's `## [title](…)` lead stories over
 * its sections' `### [title](…)`): at the digest's level it would fall under the one before it.
 */
export function asWrittenBeside(template: Template, beside: readonly string[]): Template {
  const forms = beside.flatMap((source) => formOf(source) ?? []);
  const others = forms.filter((f) => f.grammar !== template.items.grammar);
  if (others.length * 2 <= forms.length) {
    const levels = template.items.grammar === 'heading' ? forms.filter((f) => f.grammar === 'heading').map((f) => f.marker) : [];
    const level = mostCommon(levels);
    const most = level !== undefined && levels.filter((m) => m === level).length * 2 > forms.length;
    return most && level.trim() !== template.items.marker.trim() ? { ...template, items: { ...template.items, marker: level } } : template;
  }
  const grammar = mostCommon(others.map((f) => f.grammar)) as ItemGrammar;
  const marker = mostCommon(others.filter((f) => f.grammar === grammar).map((f) => f.marker)) as string;
  return inForm(template, grammar, marker);
}

/** What of a template says how its entries are written, heading by heading. */
type EntryWriting = Pick<Template, 'sections' | 'items'>;

/** The template writing entries in another form than the digest's, without what only the digest's form has. */
function inForm<T extends EntryWriting>(template: T, grammar: ItemGrammar, marker: string): T {
  const { grammar: _grammar, marker: _marker, pageLink: _pageLink, linkFirst: _linkFirst, quoted: _quoted, wordsMarker: _wordsMarker, rule: _rule, ...rest } = template.items;
  return { ...template, items: { ...rest, grammar, marker } };
}

/**
 * The form an entry was written in: its grammar and marker. Quotes, rows and lead stories (a
 * paragraph among bullets by design) have none: they say nothing of the list they stand in.
 */
export function formOf(source: string): { grammar: ItemGrammar; marker: string } | undefined {
  if (QUOTED_ENTRY.test(source) || isPipedRow(source) || LEAD_TITLE.test(source)) return undefined;
  // An HTML heading of its own (`<h3 id="…">`) heads the entry as `###` would.
  const html = HTML_HEADING_OPEN.exec(source);
  if (html) return { grammar: 'heading', marker: `${'#'.repeat(Number(html[1]))} ` };
  const grammar: ItemGrammar = HEADING_START.test(source) ? 'heading' : NUMBERED_ENTRY.test(source) ? 'numbered' : ENTRY_MARKER.test(source) ? 'bullet' : 'paragraph';
  // A paragraph of HTML is marked by its opening tag (`<p>`), as an HTML list item by `<li>`.
  const marker = grammar === 'paragraph' ? (htmlParagraphTag(source) ?? '') : ((grammar === 'heading' ? HEADED_MARKER : ENTRY_MARKER).exec(source)?.[0].replace(/^\s+/, '') ?? defaultMarker(grammar));
  return { grammar, marker };
}

/**
 * A re-filed entry as it goes among its new neighbours: as imported where it is in their form (or
 * in none, as a quote), else its words and links written afresh in theirs.
 */
export function refiled(item: Item, template: Template, definitions: LinkDefinitions, table: TableShape | undefined): Item {
  if (item.source === undefined || isPipedRow(item.source)) return item;
  const form = formOf(item.source);
  if (!form) return item;
  const { grammar, marker } = template.items;
  const same = table ? false : form.grammar === grammar && (grammar === 'paragraph' || form.marker.trim().replace(/\d+/, '1') === marker.trim().replace(/\d+/, '1'));
  if (same) return item;
  // The entry's link and its words, as a captured entry's are, each to go where the new form puts
  // it (a heading, a table's column): words that open with the link (`[title](url) — words`) are
  // the words after the separator; words that hold it further on keep its text where it stood.
  const first = extractLinks(item.comment, definitions)[0];
  const page = first ? item.links.find((l) => l.inline && sameLink(l.url, first.url)) : undefined;
  // Words that do not open with the entry's own page (an entry under a heading of its own, whose
  // page is the heading's link): written afresh, the page first. Among paragraphs, where words
  // that link elsewhere are read before the link under them, the words open with it
  // (`[KEP 4444: …](…) This KEP aims …`), as a paragraph entry whose words hold its link does.
  const own = item.links[0];
  if (grammar === 'paragraph' && first && own && !sameLink(first.url, own.url) && !item.comment.includes(own.url)) {
    const separator = /\S/.test(template.items.separator) && !template.items.separator.includes('\n') ? template.items.separator : ' ';
    return { ...item, source: undefined, comment: renderLinkLine(own, { linkStyle: 'titled' }, definitions) + separator + item.comment.trimStart() };
  }
  if (!first || !page || page !== item.links[0]) return { ...item, source: undefined };
  const comment =
    first.start === 0
      ? item.comment.slice(first.end).replace(/^[ \t]*(?:[-—–:：,，][ \t]*)?/, '')
      : item.comment.slice(0, first.start) + (first.kind === 'inline' || first.kind === 'reference' ? first.text : item.comment.slice(first.start, first.end)) + item.comment.slice(first.end);
  const { inline: _inline, source: _source, ...link } = page;
  return { ...item, source: undefined, comment, links: [link, ...item.links.filter((l) => l !== page)] };
}

/** The template as a heading writes its entries (see headingForm). */
export function headingFormOf<T extends EntryWriting>(template: T, group: GroupKey): T {
  return headingForm(template, headingDefOf(template, group));
}

/** The template's own entry for a group's heading: its section, or its project within it. */
function headingDefOf(template: Pick<Template, 'sections'>, group: GroupKey): (HeadingForm & { table?: TableShape }) | undefined {
  const section = template.sections.find((s) => s.name === group.section);
  if (group.project === null) return section;
  return section?.projects.find((p) => isKnownAs(p, group.project as string));
}

/**
 * The template as a heading writes its entries: after its own symbol, or as a list's items by its
 * bullet where the digest's other entries are not list items (a section of quick links) or are by
 * another; a blank line apart or not, where its list is unlike the digest's others.
 */
export function headingForm<T extends EntryWriting>(template: T, form: HeadingForm | undefined): T {
  return withHeadingPicture(dressedForm(template, form), form?.picture);
}

/** Where a heading's entries show their page's picture otherwise than the digest's others. */
function withHeadingPicture<T extends EntryWriting>(template: T, picture: HeadingForm['picture']): T {
  if (picture === undefined) return template;
  const { picture: _digests, ...items } = template.items;
  return { ...template, items: picture === 'none' ? items : { ...items, picture } };
}

function dressedForm<T extends EntryWriting>(template: T, form: HeadingForm | undefined): T {
  // Entries written in a grammar of their own (paragraphs of news among a digest's lists): a
  // paragraph opens with its link, the words after the digest's separator, as its list entries do.
  if (form?.grammar !== undefined && form.grammar !== template.items.grammar) {
    const written = inForm(template, form.grammar, form.marker ?? defaultMarker(form.grammar));
    // (Or, where they give their page after their words, with the link last.)
    const after = typeof form.addressAfter === 'object' ? { linkFirst: false, addressAfter: form.addressAfter } : { linkFirst: true };
    return shaped(form.grammar === 'paragraph' ? { ...written, items: { ...written.items, ...after, amongLists: true, ...(form.separator === undefined ? {} : { separator: form.separator }) } } : written, form);
  }
  const marked = withMarker(template, form?.marker);
  if (form === undefined || marked.items.grammar !== 'bullet') return shaped(marked, form);
  // How its list entries dress their link, where the heading has a way of its own.
  const { loose, separator, wordsMarker, byline, site, referenceLink, referenceAuthor, referenceAddress } = form;
  const own = { ...(loose === undefined ? {} : { loose }), ...(separator === undefined ? {} : { separator }), ...(wordsMarker === undefined ? {} : { wordsMarker }), ...(byline === undefined ? {} : { byline }), ...(site === undefined || site === 'none' ? {} : { site }), ...(referenceLink === true ? { referenceLink, ...(referenceAuthor === undefined ? {} : { referenceAuthor }), ...(referenceAddress === undefined ? {} : { referenceAddress }) } : {}) };
  // A heading whose entries are not a change log's in a digest whose are: written as links.
  const { referenceLink: _link, referenceAuthor: _author, referenceAddress: _address, ...unlogged } = marked.items;
  const logged = referenceLink === false ? unlogged : marked.items;
  // Entries giving their page's address after their words where the digest's others do not (a
  // title set apart is then not theirs), or the other way.
  const { addressAfter } = form;
  const { leadTitle: _lead, addressAfter: _after, ...plain } = logged;
  const placed = addressAfter === undefined ? logged : addressAfter === 'none' ? { ...plain, ...(logged.leadTitle ? { leadTitle: logged.leadTitle } : {}) } : { ...plain, addressAfter };
  // (Its entries naming no site where the digest's others do.)
  const { site: _site, ...unsited } = placed;
  const items = site === 'none' ? unsited : placed;
  return Object.keys(own).length === 0 && items === marked.items ? marked : { ...marked, items: { ...items, ...own } };
}

/**
 * A paragraph entry under a heading whose entries are all shaped alike is shaped so: opening with
 * their phrase (the heading's separator after its link), or a quote credited under it.
 */
function shaped<T extends EntryWriting>(template: T, form: HeadingForm | undefined): T {
  if (template.items.grammar !== 'paragraph') return template;
  if (form?.quoteCredit !== undefined) return { ...template, items: { ...template.items, quoteCredit: form.quoteCredit } };
  if (form?.entryPhrase === undefined) return template;
  return { ...template, items: { ...template.items, entryPhrase: form.entryPhrase, separator: form.separator ?? ' ' } };
}

/** The template writing entries after a heading's own symbol or bullet, where it has one. */
function withMarker<T extends EntryWriting>(template: T, marker: string | undefined): T {
  if (marker === undefined) return template;
  if (isListBullet(marker)) return template.items.grammar === 'bullet' ? { ...template, items: { ...template.items, marker } } : inForm(template, 'bullet', marker);
  return template.items.grammar !== 'bullet' ? template : { ...template, items: { ...template.items, marker } };
}

/** Where a heading's entries are a table's rows, that table's shape. */
export function tableOf(template: Template, group: GroupKey): TableShape | undefined {
  return headingDefOf(template, group)?.table;
}
