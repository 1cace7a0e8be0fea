import { isoDateAt, type IsoDate } from '../dates/calendar-date.ts';
import { inlineReferences } from '../markdown/inline-references.ts';
import { collectLinkDefinitions, endingLink, extractLinks, parseLinkDefinition, parseLinkLine, type LinkDefinitions } from '../markdown/markdown-links.ts';
import {
  encodeAutolinkUrl,
  encodeLinkDestination,
  escapeLinkText,
  escapeMarkdownText,
  oneLine,
  safeComment,
  escapeItemStart,
} from '../markdown/markdown-escape.ts';
import type { Issue, Segment } from '../model/issue.ts';
import { groupKeyOf, type GroupKey, type Item } from '../model/item.ts';
import type { Link } from '../model/link.ts';
import { defaultMarker, isKnownAs, type ItemGrammar, type ItemStyle, type TableShape, type Template } from '../model/template.ts';
import { mostCommon } from '../template/most-common.ts';
import { isListBullet } from '../template/heading-markers.ts';
import { siteOf } from '../url/site-of.ts';
import { SYMBOL_MARKER } from '../markdown/symbol-marker.ts';
import { asCell, isPipedRow, isRowLine, tableCells, tableHeadCells, tableRow } from '../markdown/table-rows.ts';
import { sameLink } from '../url/url-canonical.ts';
import { renderHead } from './render-head.ts';
import { placedBody, type PlacedSegment } from './placed-body.ts';
import { isNumberedHeading, numberedLike, withHeadingCount, withHeadingNumber } from './heading-name.ts';
import { formatPattern } from './pattern.ts';
import { ENTRY_MARKER, HEADED_MARKER, HEADING_START } from './item-text.ts';
import { LEAD_TITLE, NUMBERED_ENTRY, QUOTED_ENTRY } from './item-grammar.ts';
import { asLabel, labelShape } from './label-heading.ts';

type TextSegment = Extract<Segment, { kind: 'text' }>;

/**
 * Writes an issue as the blog's Markdown. A published issue is written back piece for piece: its
 * entries as imported exactly, edited ones as the entries beside them are, re-filed ones under
 * their new headings (see placedBody). The next issue, whose body is text alone, is that text and
 * then its items grouped in the template's order under the digest's headings.
 */
export function renderIssue(issue: Issue, items: readonly Item[], template: Template): string {
  const head = renderHead(issue.head);
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const byOrder = new Map(sorted.map((i) => [i.order, i]));
  const definitions = definitionsOf(issue.body, byOrder);
  const made = issue.body.some((s) => s.kind === 'items');
  if ((sorted.length > 0 || made) && issue.body.every((s) => s.kind === 'text' || s.kind === 'items')) {
    // An issue made from the queue: its opening text, its entries, its closing text.
    const at = made ? issue.body.findIndex((s) => s.kind === 'items') : issue.body.length;
    const texts = (segments: readonly Segment[]): TextSegment[] => segments.filter((s): s is TextSegment => s.kind === 'text');
    const body = groupedBody(texts(issue.body.slice(0, at)), sorted, template, definitions, texts(issue.body.slice(at + 1)));
    const separator = head === '' || body === '' ? '' : '\n\n';
    return head + separator + body + '\n';
  }
  const placed = placedBody(issue.body, sorted, template.sections.map((s) => s.name));
  return head + placedText(placed, byOrder, template, definitions) + issue.end;
}

/** The placed body as Markdown, each piece after its gap (where it has none, the gap that fits). */
function placedText(placed: readonly PlacedSegment[], byOrder: ReadonlyMap<number, Item>, template: Template, definitions: LinkDefinitions): string {
  let out = '';
  // The table the next line is a row of, if any: an edited row is written as a row again.
  let table: TableShape | undefined;
  let group: GroupKey = { section: null, project: null };
  let last: { kind: PlacedSegment['kind']; text: string } | undefined;
  // Entries written under the current heading, for a re-filed one's number among them.
  let counted = 0;
  let renumbering = false;
  // Where the current heading's run starts, and the form each run's entries are written in.
  let runStart = -1;
  const forms = new Map<number, Template>();
  const listGaps = listGapsOf(placed, byOrder);
  placed.forEach((segment, at) => {
    let before = segment.before;
    if (before === undefined && table && (last?.kind === 'item' || last?.kind === 'text')) before = '\n';
    if (before !== undefined && before !== '\n') table = undefined;
    let text: string;
    if (segment.kind === 'item') {
      // An entry as imported is written back as it was, whatever stands around it (a list item
      // run on after a table is no row of it); an edited or re-filed one as the entries beside it are.
      const item = byOrder.get(segment.order) as Item;
      // Looked at only where the entry is not written as imported, once for its heading's run.
      const written = (): Template => {
        const found = forms.get(runStart);
        if (found) return found;
        const form = asWrittenBeside(withMarkerOf(template, group), runSources(placed, runStart, byOrder));
        forms.set(runStart, form);
        return form;
      };
      counted++;
      if (segment.moved) {
        const form = written();
        text = renderItem(refiled(item, form, definitions, table), form, definitions, counted, table);
      } else if (segment.renumbered || renumbering) {
        // Where the digest counts across the issue, every entry after a change is counted again.
        renumbering = template.items.countsAcross === true;
        text = item.source !== undefined && !countsItems(template) ? item.source : renderItem(item, written(), definitions, counted, table);
      } else text = item.source ?? renderItem(item, written(), definitions, undefined, table);
    } else if (segment.kind === 'group') text = joinChunks(groupedItems(segment.items, template, definitions, segment.standing));
    else text = segment.raw;
    out += (before ?? gapBetween(last, text, listGaps.get(at), template)) + text;
    if (segment.kind === 'text') table = headShape(segment.raw, tableOf(template, group)) ?? table;
    if (segment.kind === 'heading') {
      group = segment;
      table = undefined;
      runStart = at;
      if (!template.items.countsAcross) counted = 0;
    }
    last = { kind: segment.kind, text };
  });
  return out;
}

/**
 * For each piece, the gap between two list entries under its heading as the issue has them (the
 * first pair of imported ones that stand together), for an entry put among them.
 */
function listGapsOf(placed: readonly PlacedSegment[], byOrder: ReadonlyMap<number, Item>): Map<number, string> {
  const out = new Map<number, string>();
  const listed = (segment: PlacedSegment | undefined): boolean => {
    const source = segment?.kind === 'item' && !segment.moved ? byOrder.get(segment.order)?.source : undefined;
    return source !== undefined && isListEntry(source);
  };
  let start = 0;
  for (let i = 0; i <= placed.length; i++) {
    if (i < placed.length && placed[i]?.kind !== 'heading') continue;
    let gap: string | undefined;
    for (let j = start + 1; j < i && gap === undefined; j++) if (listed(placed[j]) && listed(placed[j - 1])) gap = placed[j]?.before;
    if (gap !== undefined) for (let j = start; j < i; j++) out.set(j, gap);
    start = i;
  }
  return out;
}

function isListEntry(text: string): boolean {
  return ENTRY_MARKER.test(text) && !QUOTED_ENTRY.test(text);
}

/**
 * The gap before a piece put after `last`: under a heading as the digest sets entries under one;
 * between list entries as the list's others are (`listGap`) or the digest's are; else a blank
 * line, which keeps any two blocks apart.
 */
function gapBetween(last: { kind: PlacedSegment['kind']; text: string } | undefined, text: string, listGap: string | undefined, template: Template): string {
  if (last === undefined) return '';
  if (last.kind === 'heading') return template.blankAfterHeading ? '\n\n' : '\n';
  if (last.kind === 'item' && isListEntry(last.text) && isListEntry(text)) return listGap ?? (template.items.loose ? '\n\n' : '\n');
  return '\n\n';
}

/**
 * The reference definitions the issue holds, as its reader finds them: in its text, and in the
 * entries written as they were imported (a definition line run on into a list item, lazily, is
 * that item's, and travels with it).
 */
function definitionsOf(body: readonly Segment[], byOrder: ReadonlyMap<number, Item>): LinkDefinitions {
  const lines = body.flatMap((segment) => {
    if (segment.kind === 'text') return segment.raw.split('\n');
    if (segment.kind === 'item') return byOrder.get(segment.order)?.source?.split('\n') ?? [];
    return [];
  });
  return collectLinkDefinitions(lines);
}

/**
 * The next issue's opening text, then its items grouped under the digest's headings, then its
 * closing text. A standing line the last group closes with (`🔙 返回目录`) is not written again
 * where the closing opens with it.
 */
function groupedBody(opening: readonly TextSegment[], items: readonly Item[], template: Template, definitions: LinkDefinitions, closing: readonly TextSegment[] = []): string {
  const chunks: { text: string; gap: string }[] = opening.map((s, i) => ({ text: s.raw, gap: i === 0 ? '' : s.before }));
  // One push per chunk: an argument spread of a long queue would exhaust the stack.
  for (const chunk of groupedItems(items, template, definitions)) chunks.push(chunk);
  for (const s of closing) {
    const last = chunks.at(-1)?.text;
    const raw = last !== undefined && s.raw.startsWith(last + '\n') ? s.raw.slice(last.length).replace(/^\s*\n/, '') : s.raw;
    if (raw.trim() !== '' && raw !== last) chunks.push({ text: raw, gap: chunks.length === 0 ? '' : s.before || '\n\n' });
  }
  return joinChunks(chunks);
}

function joinChunks(chunks: readonly { text: string; gap: string }[]): string {
  return chunks.map((c, i) => (i === 0 ? '' : c.gap || '\n\n') + c.text).join('');
}

/**
 * Items under the template's headings, in the template's order, each group's items in order. The
 * headings of `standing` sections are not written again: the issue has them.
 */
function groupedItems(items: readonly Item[], template: Template, definitions: LinkDefinitions, standing: ReadonlySet<string> = new Set()): { text: string; gap: string }[] {
  const chunks: { text: string; gap: string }[] = [];
  const byGroup = new Map<string, Item[]>();
  for (const item of items) {
    const key = groupKeyOf(item);
    const list = byGroup.get(key);
    if (list) list.push(item);
    else byGroup.set(key, [item]);
  }
  const style = template.items;
  const itemGap = style.grammar === 'bullet' && !style.loose ? '\n' : '\n\n';
  let afterHeading = false;
  let afterItem = false;
  const pushHeading = (line: string): void => {
    // A label that is a list item (`- Org Mode:`) goes on with the list of labels, tight if it is.
    const listed = afterItem && itemGap === '\n' && ENTRY_MARKER.test(line);
    chunks.push({ text: line, gap: afterHeading ? (template.blankBetweenHeadings ? '\n\n' : '\n') : listed ? '\n' : '\n\n' });
    afterHeading = true;
    afterItem = false;
  };
  // The words a heading opens or closes with in every issue (`> 以下为本期内容`, `🔙 返回目录`), again.
  const pushStanding = (intro: string | undefined): void => {
    if (intro === undefined) return;
    chunks.push({ text: intro, gap: afterHeading ? (template.blankAfterHeading ? '\n\n' : '\n') : '\n\n' });
    afterHeading = false;
    afterItem = false;
  };
  // Numbers count from 1 in each group, or on across the issue where the digest counts so.
  let counted = 0;
  const pushItems = (list: readonly Item[], table: TableShape | undefined, marker?: string): void => {
    // A heading whose entries open with a symbol of their own (`👉 ` where the digest's is `🔗 `).
    const written = withMarker(template, marker);
    // Entries a heading lists as a list's items (`* `) among the digest's others are a tight list where the digest's lists are.
    const listGap = written.items.grammar === 'bullet' && !written.items.loose ? '\n' : '\n\n';
    if (table && list.length > 0) {
      // The table's header, then a row for each entry, line after line.
      chunks.push({ text: table.head, gap: afterHeading ? (template.blankAfterHeading ? '\n\n' : '\n') : '\n\n' });
      for (const item of list) chunks.push({ text: renderItem(item, template, definitions, undefined, table), gap: '\n' });
      afterHeading = false;
      afterItem = false;
      return;
    }
    let before: string | undefined;
    if (!style.countsAcross) counted = 0;
    list.forEach((item, i) => {
      let text = renderItem(item, written, definitions, ++counted);
      if (style.grammar === 'paragraph' && item.source === undefined && before !== undefined) text = escapeItemStart(text, before);
      // A lead story among bullets is a paragraph: a blank line on each side, or a bullet before
      // it would take it in and one after it would run on from it.
      const tight = before !== undefined && ENTRY_MARKER.test(before) && ENTRY_MARKER.test(text);
      // A digest that sets its entries apart with a rule (`---`) has one between new ones too.
      const rule = written.items.rule;
      if (i > 0 && rule !== undefined) chunks.push({ text: rule, gap: '\n\n' });
      chunks.push({ text, gap: i > 0 ? (tight && rule === undefined ? listGap : '\n\n') : afterHeading ? (template.blankAfterHeading ? '\n\n' : '\n') : '\n\n' });
      before = text;
      afterHeading = false;
      afterItem = true;
    });
  };
  // Items with no heading at all stand first, as they would in a file.
  const unfiled = byGroup.get(groupKeyOf({ section: null, project: null })) ?? [];
  if (template.dayHeading === undefined) pushItems(unfiled, undefined);
  else {
    // A digest that heads its entries by the day: each under the day it was found, oldest first.
    for (const [day, list] of byCaptureDay(unfiled)) {
      pushHeading(formatPattern(template.dayHeading, { day }));
      pushItems(list, undefined);
    }
  }
  // A number a heading starts with (`2. Tools`) is its place among the headings this issue writes.
  let sectionPlace = 0;
  for (const section of orderedSections(items, template)) {
    const def = template.sections.find((s) => s.name === section.name);
    let projectPlace = 0;
    if (section.name !== null && !standing.has(section.name)) {
      // A count the heading ends with (`News (4)`) counts this issue's entries under it.
      const count = items.filter((i) => i.section === section.name).length;
      const line = def?.heading ?? numberedLike(headingLine(siblingLabel(template.sections, section.name), template.sectionLevel, section.name), numberedSibling(template.sections));
      pushHeading(withHeadingNumber(withHeadingCount(line, count), ++sectionPlace));
      pushStanding(def?.intro);
      const own = byGroup.get(groupKeyOf({ section: section.name, project: null })) ?? [];
      pushItems(own, tableOf(template, { section: section.name, project: null }), def?.marker);
      if (own.length > 0) pushStanding(def?.outro);
    }
    for (const project of section.projects) {
      const list = byGroup.get(groupKeyOf({ section: section.name, project }));
      if (!list) continue;
      const projectDef = def?.projects.find((p) => isKnownAs(p, project));
      const written = projectDef?.name === project ? projectDef.heading : siblingLabel(def?.projects ?? [], project);
      const siblings = section.name === null ? template.sections : (def?.projects ?? []);
      const line = projectDef?.name === project && written !== undefined ? written : numberedLike(headingLine(written, section.name === null ? template.sectionLevel : template.projectLevel, project), numberedSibling(siblings));
      pushHeading(withHeadingNumber(withHeadingCount(line, list.length), section.name === null ? ++sectionPlace : ++projectPlace));
      pushStanding(projectDef?.intro);
      pushItems(list, tableOf(template, { section: section.name, project }), projectDef?.marker);
      pushStanding(projectDef?.outro);
    }
  }
  return chunks;
}

/** Items by the day (in the browser's zone) they were captured, oldest day first, each day's in order. */
function byCaptureDay(items: readonly Item[]): [IsoDate, Item[]][] {
  const days = new Map<IsoDate, Item[]>();
  for (const item of items) {
    const captured = new Date(item.capturedAt);
    const day = Number.isNaN(captured.getTime()) ? '1970-01-01' : isoDateAt(captured);
    const list = days.get(day);
    if (list) list.push(item);
    else days.set(day, [item]);
  }
  return [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Sections and, within each, projects that hold items: the template's order first, then any
 * others in the order their items come.
 */
function orderedSections(items: readonly Item[], template: Template): { name: string | null; projects: string[] }[] {
  const used = items.filter((i) => i.section !== null || i.project !== null);
  const wanted = new Set(used.map(groupKeyOf));
  const sections: { name: string | null; projects: string[] }[] = [];
  const sectionOf = (name: string | null): { name: string | null; projects: string[] } => {
    let found = sections.find((s) => s.name === name);
    if (!found) {
      found = { name, projects: [] };
      sections.push(found);
    }
    return found;
  };
  const add = (key: GroupKey): void => {
    if (!wanted.has(groupKeyOf(key))) return;
    const section = sectionOf(key.section);
    if (key.project !== null && !section.projects.includes(key.project)) section.projects.push(key.project);
  };
  for (const section of template.sections) {
    add({ section: section.name, project: null });
    for (const project of section.projects) {
      add({ section: section.name, project: project.name });
      for (const alias of project.aliases) add({ section: section.name, project: alias });
    }
  }
  for (const item of used) add(item);
  return sections;
}

/** A heading among `siblings` that starts with its number, for a new one to be numbered alike. */
function numberedSibling(siblings: readonly { heading?: string | undefined }[]): string | undefined {
  return siblings.map((s) => s.heading).find((h) => h !== undefined && isNumberedHeading(h));
}

/** A new heading among labels (`**CRAN**`) is written as a label too, where it can be one. */
function siblingLabel(siblings: readonly { heading?: string | undefined }[], name: string): string | undefined {
  const shape = siblings.map((s) => (s.heading === undefined ? undefined : labelShape(s.heading))).find((m) => m !== undefined);
  return shape === undefined ? undefined : asLabel(name, shape);
}

/** A heading line: as the digest last wrote it, else `#`s and the name, on one line. */
function headingLine(written: string | undefined, level: number, name: string): string {
  return written ?? `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${escapeHeadingText(name)}`;
}

function escapeHeadingText(name: string): string {
  // One line, and no closing `#` run that would be read as the heading's end.
  return oneLine(name).trim().replace(/(\s)(#+)$/, '$1\\$2') || '\\#';
}

/**
 * One item as Markdown. An imported item whose words and links are as imported is written as it
 * was (a numbered entry with its number at `position`); a new or edited one in the digest's own
 * grammar, or as a row of `table` where its heading's entries are one.
 * `position` counts the item within its group, for digests that number their entries.
 */
export function renderItem(item: Item, template: Template, definitions: LinkDefinitions = new Map(), position?: number, table?: TableShape): string {
  // References to addresses the issue being written does not define (an item imported from an
  // issue that listed them at its end) are written inline, from the item's own links.
  const addressOf = (text: string): string | undefined => item.links.find((l) => l.title === text)?.url;
  const written = table ? writtenRow(item, table, template, definitions) : writtenItem(item, template, definitions, position);
  return inlineReferences(written, definitions, addressOf);
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
  if (said !== '') cells[w] = cells[w] ? cells[w] + template.items.separator + said : said;
  return tableRow(cells);
}

/**
 * The shape of the table whose header `text` is, where it is one: the heading's own as learned
 * where that has this header, else the link first and the words in the next column.
 */
function headShape(text: string, learned: TableShape | undefined): TableShape | undefined {
  const cells = tableHeadCells(text);
  if (!cells) return undefined;
  return learned?.head === text ? learned : { head: text, link: 0, words: Math.min(1, cells.length - 1) };
}

/**
 * The texts, as imported, of the entries that stand where they were under the heading whose run
 * starts after `start` (the heading's place; -1 before the first): what an edited or re-filed one
 * among them is written beside.
 */
function runSources(body: readonly PlacedSegment[], start: number, byOrder: ReadonlyMap<number, Item>): string[] {
  const out: string[] = [];
  for (let i = start + 1; i < body.length; i++) {
    const segment = body[i] as PlacedSegment;
    if (segment.kind === 'heading') break;
    const source = segment.kind === 'item' && !segment.moved ? byOrder.get(segment.order)?.source : undefined;
    if (source !== undefined) out.push(source);
  }
  return out;
}

/**
 * The template as most entries beside an edited one are written, where that is not the digest's
 * way (a list of links closing a digest of numbered entries): the edited one is written so too,
 * or it would take its neighbours in or break their list.
 */
function asWrittenBeside(template: Template, beside: readonly string[]): Template {
  const forms = beside.flatMap((source) => formOf(source) ?? []);
  const others = forms.filter((f) => f.grammar !== template.items.grammar);
  if (others.length * 2 <= forms.length) return template;
  const grammar = mostCommon(others.map((f) => f.grammar)) as ItemGrammar;
  const marker = mostCommon(others.filter((f) => f.grammar === grammar).map((f) => f.marker)) as string;
  return inForm(template, grammar, marker);
}

/** The template writing entries in another form than the digest's, without what only the digest's form has. */
function inForm(template: Template, grammar: ItemGrammar, marker: string): Template {
  const { grammar: _grammar, marker: _marker, pageLink: _pageLink, linkFirst: _linkFirst, quoted: _quoted, wordsMarker: _wordsMarker, rule: _rule, ...rest } = template.items;
  return { ...template, items: { ...rest, grammar, marker } };
}

/**
 * The form an entry was written in: its grammar and marker. Quotes, rows and lead stories (a
 * paragraph among bullets by design) have none: they say nothing of the list they stand in.
 */
function formOf(source: string): { grammar: ItemGrammar; marker: string } | undefined {
  if (QUOTED_ENTRY.test(source) || isPipedRow(source) || LEAD_TITLE.test(source)) return undefined;
  const grammar: ItemGrammar = HEADING_START.test(source) ? 'heading' : NUMBERED_ENTRY.test(source) ? 'numbered' : ENTRY_MARKER.test(source) ? 'bullet' : 'paragraph';
  const marker = grammar === 'paragraph' ? '' : ((grammar === 'heading' ? HEADED_MARKER : ENTRY_MARKER).exec(source)?.[0].replace(/^\s+/, '') ?? defaultMarker(grammar));
  return { grammar, marker };
}

/**
 * A re-filed entry as it goes among its new neighbours: as imported where it is in their form (or
 * in none, as a quote), else its words and links written afresh in theirs.
 */
function refiled(item: Item, template: Template, definitions: LinkDefinitions, table: TableShape | undefined): Item {
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
  if (!first || !page) return { ...item, source: undefined };
  const comment =
    first.start === 0
      ? item.comment.slice(first.end).replace(/^[ \t]*(?:[-—–:：,，][ \t]*)?/, '')
      : item.comment.slice(0, first.start) + (first.kind === 'inline' || first.kind === 'reference' ? first.text : item.comment.slice(first.start, first.end)) + item.comment.slice(first.end);
  const { inline: _inline, source: _source, ...link } = page;
  return { ...item, source: undefined, comment, links: [link, ...item.links.filter((l) => l !== page)] };
}

/** The template as a heading writes its entries: with its own symbol where it has one (`👉 `). */
function withMarkerOf(template: Template, group: GroupKey): Template {
  return withMarker(template, headingDefOf(template, group)?.marker);
}

/** The template's own entry for a group's heading: its section, or its project within it. */
function headingDefOf(template: Template, group: GroupKey): { marker?: string; table?: TableShape } | undefined {
  const section = template.sections.find((s) => s.name === group.section);
  if (group.project === null) return section;
  return section?.projects.find((p) => isKnownAs(p, group.project as string));
}

/**
 * The template as a heading writes its entries: after its own symbol, or as a list's items by its
 * bullet where the digest's other entries are not list items (a section of quick links).
 */
function withMarker(template: Template, marker: string | undefined): Template {
  if (marker === undefined) return template;
  if (isListBullet(marker)) return template.items.grammar === 'bullet' ? template : inForm(template, 'bullet', marker);
  return template.items.grammar !== 'bullet' ? template : { ...template, items: { ...template.items, marker } };
}

/** Where a heading's entries are a table's rows, that table's shape. */
function tableOf(template: Template, group: GroupKey): TableShape | undefined {
  return headingDefOf(template, group)?.table;
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
  if (template.items.grammar === 'paragraph') return renderParagraphItem(item, template, definitions);
  return renderEntry(item, template, definitions, position ?? 1);
}

function leadIn(item: Item, template: Template): string {
  return oneLine(item.dateText ?? (item.eventDate ? formatPattern(template.dateLeadIn, { date: item.eventDate }) : ''));
}

/**
 * Its links not already shown in the commentary. A link read from the words (`inline`) that edited
 * words no longer hold is one of these too: the item still holds it, and the editor still sees it.
 */
function lineLinksOf(item: Item, comment: string, definitions: LinkDefinitions): Link[] {
  const inComment = extractLinks(comment, definitions).map((l) => l.url);
  return item.links.filter((l) => !inComment.some((url) => sameLink(url, l.url)));
}

/** Whether the digest numbers its entries (`1、`, an ordered list's `1. `, a heading's `### 1. `). */
function countsItems(template: Template): boolean {
  const { grammar, marker } = template.items;
  return grammar === 'numbered' || (grammar === 'bullet' && /^\s*\d+[.)]/.test(marker)) || (grammar === 'heading' && /\d/.test(marker));
}

/**
 * A paragraph item: its date lead-in and commentary, then each link not already in the
 * commentary on a line of its own after a hard line break.
 */
function renderParagraphItem(item: Item, template: Template, definitions: LinkDefinitions): string {
  const lead = leadIn(item, template);
  let words = item.comment;
  if (words.trim() === '' && extractLinks(words, definitions).length === 0) {
    const titled = item.links.find((l) => l.title.trim() !== '' && l.source === undefined);
    if (titled && template.linkStyle !== 'titled') words = escapeMarkdownText(titled.title);
  }
  // Made safe as it will stand, lead-in included: the lead-in moves the first line, and so which
  // fence lines pair up. Code an editor closed stays code: a fence interrupts a paragraph, and
  // what follows it without a blank line joins the item again.
  const head = safeComment(lead + words.replace(/^\s*\n/, ''), { fences: true });
  const lineLinks = lineLinksOf(item, head, definitions);
  const [first, ...more] = lineLinks;
  const { linkFirst, strongLink = '', separator, titleLine } = template.items;
  if (titleLine && first && first.title.trim() !== '') {
    // The title in bold on a line of its own, the page's address under it, then the words.
    const title = `${titleLine.strong}${escapeMarkdownText(oneLine(first.title).trim())}${titleLine.strong}`;
    const address = renderLinkLine(first, { linkStyle: titleLine.link }, definitions);
    return [title, address, ...(head.trim() === '' ? [] : [head]), ...more.map((link) => renderLinkLine(link, template, definitions))].join('  \n');
  }
  if (linkFirst && first && first.title.trim() !== '') {
    // The entry opens with its link, as the digest's do (`**[title](url)**`, its words under it).
    const opened = strongLink + renderLinkLine(first, { linkStyle: 'titled' }, definitions) + strongLink;
    const text = head.trim() === '' ? opened : opened + (separator || '\n') + head;
    return [text, ...more.map((link) => renderLinkLine(link, template, definitions))].join('  \n');
  }
  const lines = lineLinks.map((link) => renderLinkLine(link, template, definitions));
  if (head.trim() !== '') lines.unshift(head);
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
  // Made safe as it will stand, lead-in included (see renderParagraphItem).
  const words = safeComment(leadIn(item, template) + item.comment.replace(/^\s*\n/, ''), { blankLines: true, fences: true, numbered });
  const [first, ...others] = lineLinksOf(item, words, definitions);
  // The entry's own page again, under another name, is not one more link.
  const more = others.filter((l) => !first || !sameLink(l.url, first.url));
  const marker = numbered
    ? `${position}${/^\d+(.*)$/.exec(style.marker.trim())?.[1] ?? '、'}${/[.)]$/.test(style.marker.trim()) ? ' ' : ''}`
    : countsItems(template)
      ? style.marker.replace(/\d+/, String(position))
      : style.marker || defaultMarker(style.grammar);
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
    return words;
  }
  if (headed && first) {
    // Under a heading of its own, the entry's further links go with its words (see underHeading);
    // under a title with no link, before the link to its page, which a reader looks for last.
    const body = underHeading(words, more.map(link), definitions);
    // A title with no letter or digit (`---`, `…`) heads no entry a reader would know: the heading links instead.
    if (style.pageLink && /[\p{L}\p{N}]/u.test(first.title)) return marker + titledEntry(first, body, style.pageLink, definitions);
    return marker + headingLink(first, definitions) + (body.trim() === '' ? '' : `\n\n${body}`);
  }
  let text: string;
  if (!first) text = words;
  // A numbered entry's words in paragraphs under its link, or run on after it where the digest's
  // are (`1、[name](url)：words`), unless they open with a block (a fence, a list) that needs a line.
  else if (numbered) text = link(first) + (words.trim() === '' ? '' : style.separator.trim() !== '' && !BLOCK_START.test(words) ? style.separator + words : `\n\n${words}`);
  else {
    const opening = style.strongLink ? `${style.strongLink}${link(first)}${style.strongLink}` : link(first);
    const site = style.site === undefined ? undefined : siteOf(first.url);
    const author = style.byline === undefined ? '' : escapeMarkdownText(oneLine(first.author ?? '').trim());
    text =
      opening +
      (site ? ` ${style.site?.replace('{site}', site)}` : '') +
      (author ? ` ${style.byline?.replace('{author}', () => author)}` : '') +
      (words.trim() === '' ? '' : style.separator + listedWords(words, style));
  }
  if (numbered || headed) {
    const rest = more.map(link).join('\n\n');
    return marker + text + (rest ? `\n\n${rest}` : '');
  }
  // An entry set as a block quote, as the digest sets its own: every line quoted, further links too.
  if (style.quoted) return [text, ...more.map(link)].join('\n').split('\n').map((line) => (line.trim() === '' ? '>' : `> ${line}`)).join('\n');
  // Entries after a symbol Markdown does not list by (`🔗 `) are one a line: all of one on its own.
  if (SYMBOL_MARKER.test(`${marker}x`)) return marker + [oneLine(text), ...more.map(link)].filter((s) => s.trim() !== '').join(' ');
  const indent = ' '.repeat(marker.length);
  const nested = more.map((l) => `\n${indent}${style.marker.trim() || '*'} ${link(l)}`).join('');
  const body = text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : indent + line))
    .join('\n');
  return marker + body + nested;
}

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
 * The words under an entry's link where the digest lists them there (`  - words`): one nested
 * item holding them all, its lines under its first; or quoted (`  > words`). Words that are a
 * list or a quote already stay so.
 */
function listedWords(words: string, style: ItemStyle): string {
  if (!style.wordsMarker || style.separator !== '\n' || /^(?:[*+-][ \t]|>)/.test(words)) return words;
  // Quoted, every line is (a blank one too, or the quote would end there).
  if (style.wordsMarker === '> ') return words.split('\n').map((line) => (line.trim() === '' ? '>' : `> ${line}`)).join('\n');
  const indent = ' '.repeat(style.wordsMarker.length);
  return style.wordsMarker + words.split('\n').map((line, i) => (i === 0 || line === '' ? line : indent + line)).join('\n');
}

/**
 * An entry as a digest of unlinked titles writes it: the title, its words, and the link to its
 * page after them as the digest writes that (`[Read more](…)`). A link that repeats the title has
 * a line of its own, as it must to be read back as the title's.
 */
function titledEntry(page: Link, words: string, style: NonNullable<ItemStyle['pageLink']>, definitions: LinkDefinitions): string {
  const { labelled } = style;
  const link = labelled
    ? renderLinkLine({ url: page.url, title: style.text || page.title, label: labelled.label }, { linkStyle: labelled.form }, definitions)
    : renderLinkLine({ url: page.url, title: style.text || page.title }, { linkStyle: 'titled' }, definitions);
  const body = words.trim() === '' ? link : style.line || style.text === '' || labelled ? `${words}\n\n${link}` : `${words} ${link}`;
  return `${escapeHeadingText(escapeMarkdownText(page.title))}\n\n${body}`;
}

/** A headed entry's link: always `[title](url)`, so the heading is read as the entry's again. */
function headingLink(link: Link, definitions: LinkDefinitions): string {
  // A title of nothing a reader sees (spaces, control characters) would leave `### [](…)`.
  const title = /[^\s\p{C}]/u.test(link.title) ? link.title : link.url;
  return renderLinkLine({ url: link.url, title }, { linkStyle: 'titled' }, definitions);
}

export function renderLinkLine(link: Link, template: Pick<Template, 'linkStyle'>, definitions: LinkDefinitions = new Map()): string {
  if (link.source !== undefined) {
    const parsed = parseLinkLine(link.source, definitions);
    if (parsed && parsed.url === link.url && parsed.label === (link.label ?? '')) return link.source;
  }
  const label = oneLine(link.label ?? '');
  if (template.linkStyle === 'titled' && link.title.trim() !== '') {
    return `${label}[${escapeLinkText(link.title)}](${encodeLinkDestination(link.url)})`;
  }
  // The address alone, where Markdown reads all of it back as the same link: not one that ends in
  // a full stop, holds a space or a mark that could start emphasis or code; else in angle brackets.
  if (template.linkStyle === 'bare') {
    const [only, more] = extractLinks(link.url);
    const plain = !/[<>\\*`~]|(?:^|[^\p{L}\p{N}])_|_(?:$|[^\p{L}\p{N}])/u.test(link.url);
    if (plain && only?.kind === 'bare' && more === undefined && only.url === link.url && only.end === link.url.length) return `${label}${link.url}`;
  }
  return `${label}<${encodeAutolinkUrl(link.url)}>`;
}

