import { htmlListGap } from '../markdown/html-list-lines.ts';
import { htmlOutdented } from '../markdown/html-outdent.ts';
import { THEMATIC_BREAK } from '../markdown/thematic-break.ts';
import { gapOverClosingWords } from '../markdown/attribute-list.ts';
import { daysBetween, isoDateAt, type IsoDate } from '../dates/calendar-date.ts';
import { moveDays } from '../dates/moving-dates.ts';
import { collectLinkDefinitions, type LinkDefinitions } from '../markdown/markdown-links.ts';
import { escapeItemStart, escapeHeadingText } from '../markdown/markdown-escape.ts';
import type { Issue, Segment } from '../model/issue.ts';
import { anchoredHeading, withinAnchor } from '../markdown/heading-anchor.ts';
import { groupKeyOf, UNFILED_KEY, type GroupKey, type Item } from '../model/item.ts';
import { everyIssueGroups } from '../model/every-issue-groups.ts';
import { isKnownAs, type ContentsList, type HeadingForm, type SectionDef, type TableShape, type Template } from '../model/template.ts';
import { tableHeadCells } from '../markdown/table-rows.ts';
import { underlined, underlineOf, type Underline } from '../markdown/underline.ts';
import { asSummary, SUMMARY_CLOSING } from '../markdown/summary-heading.ts';
import { renderHead } from './render-head.ts';
import { placedBody, type PlacedSegment } from './placed-body.ts';
import { isNumberedHeading, numberedLike, withHeadingCount, withHeadingNumber } from './heading-name.ts';
import { formatPattern } from './pattern.ts';
import { standingValues, type IssueOwnFigures } from '../template/standing-pattern.ts';
import { ENTRY_MARKER } from './item-text.ts';
import { QUOTED_ENTRY } from './item-grammar.ts';
import { asLabel, labelShape } from './label-heading.ts';
import { countsItems, renderItem } from './item-renderer.ts';
import { entriesUnder, entryHeadingLevel } from './entry-heading-level.ts';
import { isAttributionLine } from './news-lines.ts';
import { asHtmlLinks, asReferenceLinks } from '../markdown/reference-links.ts';
import { labelMaker, type LabelMaker } from '../template/link-labels.ts';
import { contentsLines } from '../template/contents-list.ts';
import { asWrittenBeside, headingForm, headingFormOf, refiled, tableOf } from './entry-form.ts';

type TextSegment = Extract<Segment, { kind: 'text' }>;

/**
 * Writes an issue as the blog's Markdown. A published issue is written back piece for piece: its
 * entries as imported exactly, edited ones as the entries beside them are, re-filed ones under
 * their new headings (see placedBody). The next issue, whose body is text alone, is that text and
 * then its items grouped in the template's order under the digest's headings.
 */
export function renderIssue(issue: Issue, items: readonly Item[], template: Template): string {
  const written = renderedIssue(issue, items, template);
  return issue.lineBreak === '\r\n' ? written.replace(/\r?\n/g, '\r\n') : written;
}

function renderedIssue(issue: Issue, items: readonly Item[], template: Template): string {
  const head = renderHead(issue.head);
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const byOrder = new Map(sorted.map((i) => [i.order, i]));
  const definitions = definitionsOf(issue.body, byOrder);
  const made = issue.body.some((s) => s.kind === 'items');
  if ((sorted.length > 0 || made) && issue.body.every((s) => s.kind === 'text' || s.kind === 'items')) {
    // An issue made from the queue: its opening text, its entries, its closing text.
    const at = made ? issue.body.findIndex((s) => s.kind === 'items') : issue.body.length;
    const texts = (segments: readonly Segment[]): TextSegment[] => segments.filter((s): s is TextSegment => s.kind === 'text');
    const body = groupedBody(texts(issue.body.slice(0, at)), sorted, template, definitions, issue, texts(issue.body.slice(at + 1)));
    const separator = head === '' || body === '' ? '' : template.headTight ? '\n' : '\n\n';
    return head + separator + body + '\n';
  }
  const placed = placedBody(issue.body, sorted, template.sections.map((s) => s.name));
  return head + placedText(placed, byOrder, template, definitions, issue) + issue.end;
}

/** The placed body as Markdown, each piece after its gap (where it has none, the gap that fits). */
function placedText(placed: readonly PlacedSegment[], byOrder: ReadonlyMap<number, Item>, template: Template, definitions: LinkDefinitions, issue: IssueOwnFigures): string {
  let out = '';
  // The table the next line is a row of, if any: an edited row is written as a row again.
  let table: TableShape | undefined;
  let group: GroupKey = { section: null, project: null };
  // The level of the heading the entries at hand stand under (0: none).
  let level = 0;
  let last: { kind: PlacedSegment['kind']; text: string } | undefined;
  // Entries written under the current heading, for a re-filed one's number among them (on from
  // the number the issue's first entry has, where the digest numbers on from issue to issue).
  const from = (issue.entryNumbers?.first ?? 1) - 1;
  let counted = from;
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
        const form = asWrittenBeside(headingFormOf(template, group), runSources(placed, runStart, byOrder));
        forms.set(runStart, form);
        return form;
      };
      // An entry that closes the headings at its level (see entryHeadingLevel) stands under the one above them.
      if (segment.closes !== undefined) level = Math.min(level, segment.closes - 1);
      const under = (): Template => entriesUnder(written(), level);
      counted++;
      if (segment.moved) {
        const form = under();
        text = renderItem(refiled(item, form, definitions, table), form, definitions, counted, table);
      } else if (segment.renumbered || renumbering) {
        // Where the digest counts across the issue, every entry after a change is counted again.
        renumbering = template.items.countsAcross === true;
        text = item.source !== undefined && !countsItems(template) ? item.source : renderItem(item, under(), definitions, counted, table);
      } else text = item.source ?? renderItem(item, under(), definitions, undefined, table);
    } else if (segment.kind === 'group') text = joinChunks(groupedItems(segment.items, template, definitions, issue, segment.standing), template);
    else text = segment.raw;
    // (What the issue wrote stands as written; what is new here sits tight in an HTML list.)
    const isNew = segment.kind === 'group' || (segment.kind === 'item' && segment.moved);
    const gap = before ?? gapBetween(last, text, listGaps.get(at), template);
    out += (isNew || before === undefined ? htmlListGap(out, text, gap, template.htmlListsInline) : gap) + text;
    if (segment.kind === 'text') table = headShape(segment.raw, tableOf(template, group)) ?? table;
    if (segment.kind === 'heading') {
      group = segment;
      level = segment.level;
      table = undefined;
      runStart = at;
      if (!template.items.countsAcross && template.items.countsOn !== true) counted = from;
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
  if (last.kind === 'heading') return gapAfterLine(last.text, template.blankAfterHeading);
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
function groupedBody(opening: readonly TextSegment[], items: readonly Item[], template: Template, definitions: LinkDefinitions, issue: IssueOwnFigures, closing: readonly TextSegment[] = []): string {
  const chunks: { text: string; gap: string }[] = opening.map((s, i) => ({ text: s.raw, gap: i === 0 ? '' : s.before }));
  // A digest that links its pages by labels (`[title][1]`) defines the new ones where it defines
  // its own: under each entry (see groupedItems), or at the issue's end.
  // Never a label the entries' words write in brackets: their `[docs][1]` would link the new page.
  const labels = template.items.linkLabels === undefined ? undefined : labelMaker(template.items.linkLabels.by, [...definitions.keys(), ...items.flatMap(bracketedWords)]);
  // One push per chunk: an argument spread of a long queue would exhaust the stack.
  for (const chunk of groupedItems(items, template, definitions, issue, new Set(), true, labels)) chunks.push(chunk);
  for (const s of closing) {
    const last = chunks.at(-1)?.text;
    const raw = last !== undefined && s.raw.startsWith(last + '\n') ? s.raw.slice(last.length).replace(/^\s*\n/, '') : s.raw;
    if (raw.trim() !== '' && raw !== last) chunks.push({ text: raw, gap: chunks.length === 0 ? '' : s.before || '\n\n' });
  }
  // A list of the issue's own headings, where the digest lists them, under its line or after the opening.
  const contents = template.contents === undefined ? undefined : contentsChunk(template.contents, chunks, opening.length);
  if (contents !== undefined) chunks.splice(contents.at, 0, { text: contents.text, gap: contents.at === 0 ? '' : '\n\n' });
  const defined = labels?.takeDefinitions() ?? [];
  if (defined.length > 0) chunks.push({ text: defined.join('\n'), gap: chunks.length === 0 ? '' : '\n\n' });
  return joinChunks(chunks, template);
}

/** The list of contents and where it goes among the chunks: after the one ending with the line it stands under, else after the opening's. */
function contentsChunk(contents: ContentsList, chunks: readonly { text: string }[], openingCount: number): { text: string; at: number } | undefined {
  const under = contents.under === undefined ? -1 : chunks.findIndex((c) => c.text.split('\n').at(-1) === contents.under);
  const at = under === -1 ? openingCount : under + 1;
  const text = contentsLines(contents, chunks.slice(at).map((c) => c.text));
  return text === '' ? undefined : { text, at };
}

/**
 * What an item's words and titles set in brackets (`[docs]`, `[1]`), each of which could be read
 * as a label; not an inline link's words, nor a link's own title (an imported entry's `[Tokio]`
 * is its link, written anew).
 */
function bracketedWords(item: Item): string[] {
  const titles = new Set(item.links.map((l) => l.title));
  return [item.comment, ...titles].flatMap((text) => [...text.matchAll(/\[([^[\]\n]*)\](?!\()/g)].map((m) => m[1] as string).filter((words) => !titles.has(words)));
}

function joinChunks(chunks: readonly { text: string; gap: string }[], template: Template): string {
  return chunks.map((c, i) => (i === 0 ? '' : htmlListGap((chunks[i - 1] as { text: string }).text, c.text, c.gap || '\n\n', template.htmlListsInline)) + c.text).join('');
}

/**
 * The gap after a heading's line, a blank line where the digest sets one (`blank`) and always
 * after an HTML line (`<h2 id="news">News</h2>`): CommonMark runs an HTML block on to the next
 * blank line, so what follows with none would be read as part of it; HTML after it (`<ul>`) may be.
 */
function gapAfterLine(line: string, blank: boolean, next = ''): string {
  return blank || (/^ {0,3}</.test(line.slice(line.lastIndexOf('\n') + 1)) && !/^[ \t]*<\/?[a-z][a-z0-9-]*[\s/>]/i.test(next)) ? '\n\n' : '\n';
}

/**
 * Items under the template's headings, in the template's order, each group's items in order. The
 * headings of `standing` sections are not written again: the issue has them. A new issue
 * (`whole`) also writes the headings the digest writes in every issue (`everyIssue`), with their
 * standing words, where nothing is queued under them.
 */
function groupedItems(items: readonly Item[], template: Template, definitions: LinkDefinitions, issue: IssueOwnFigures, standing: ReadonlySet<string> = new Set(), whole = false, labels?: LabelMaker): { text: string; gap: string }[] {
  const labelled = (text: string): string => {
    if (template.items.htmlLinks) return asHtmlLinks(text);
    if (labels === undefined) return text;
    labels.reserve(collectLinkDefinitions(text.split('\n')).keys());
    return asReferenceLinks(text, labels.labelFor);
  };
  // Definitions written under each entry, where the digest writes them so; under a list, after it
  // (under an item of a tight list a definition would run on as its words).
  const definedUnder = labels !== undefined && template.items.linkLabels?.at === 'entry';
  const definitionsBelow = (): string | undefined => {
    const defined = definedUnder ? labels.takeDefinitions() : [];
    return defined.length > 0 ? defined.join('\n') : undefined;
  };
  const day = issue.published;
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
  // The heading line just written, if the last chunk is one; the level of the last heading written.
  let afterHeading: string | undefined;
  let headingLevel = 0;
  let afterItem = false;
  // Whether the words just written open their heading and its first entry goes right under them.
  let entriesTight = false;
  // What goes under a heading: after the digest's gap for it, or a blank line after an HTML line.
  const gapUnder = (heading: string | undefined, blank: boolean, next?: string): string => (heading === undefined ? '\n\n' : gapAfterLine(heading, blank, next));
  // `under`: the heading is the first under the one just written (a project under its section's);
  // after a heading written empty (see `whole`), the next stands a blank line apart, as after entries.
  const pushHeading = (line: string, under = false): void => {
    // A label that is a list item (`- Org Mode:`) goes on with the list of labels, tight if it is,
    // after entries or after a label written empty: a blank line there would loosen the list.
    const listed = (afterItem || (afterHeading !== undefined && ENTRY_MARKER.test(afterHeading))) && itemGap === '\n' && ENTRY_MARKER.test(line);
    const gap = afterHeading !== undefined && under ? gapAfterLine(afterHeading, template.blankBetweenHeadings) : listed ? '\n' : '\n\n';
    chunks.push({ text: line, gap });
    headingLevel = entryHeadingLevel(anchoredHeading(line).heading) ?? headingLevel;
    afterHeading = line;
    afterItem = false;
    entriesTight = false;
  };
  // The words a heading opens or closes with in every issue (`> 以下为本期内容`, `🔙 返回目录`), again.
  // `under`: the words open the heading just written (its intro). Words that close a heading's
  // entries or a section (`outro`, `closing`) had entries before them in every issue, a blank line
  // apart: written under a heading with none, they stand a blank line apart from it too.
  const pushStanding = (words: string | undefined, def: Pick<SectionDef, 'daysWrittenFor' | 'introBlank' | 'introTight'> | undefined, under = true): void => {
    if (words === undefined) return;
    entriesTight = under && def?.introTight === true;
    // Days that move with the issue's (`Rusty Events between …`) are written for this one's.
    const moved = def?.daysWrittenFor !== undefined && day !== null ? moveDays(words, daysBetween(def.daysWrittenFor, day)) : words;
    // Words naming the issue's number and days were learned as their pattern (see standingPattern).
    const text = formatPattern(moved, standingValues(issue));
    chunks.push({ text, gap: under ? gapUnder(afterHeading, def?.introBlank ?? template.blankAfterHeading, text) : afterItem ? gapOverClosingWords(text) : '\n\n' });
    afterHeading = undefined;
    afterItem = false;
  };
  // Numbers count from 1 in each group, or on across the issue where the digest counts so, from
  // where the issue before left off where the digest counts on from issue to issue.
  const from = (issue.entryNumbers?.first ?? 1) - 1;
  let counted = from;
  // `empty`: the heading is written with nothing under it (see `whole`): a table's header still
  // stands there, for the editor's rows.
  const pushItems = (list: readonly Item[], table: TableShape | undefined, form?: HeadingForm, empty = false): void => {
    // A heading whose entries open with a symbol of their own (`👉 ` where the digest's is `🔗 `),
    // or are listed otherwise than the digest's others.
    const written = entriesUnder(headingForm(template, form), headingLevel);
    // Entries a heading lists as a list's items (`* `) among the digest's others are a tight list where the digest's lists are.
    const listGap = written.items.grammar === 'bullet' && !written.items.loose ? '\n' : '\n\n';
    if (table && (list.length > 0 || empty)) {
      // The table's header, then a row for each entry, line after line.
      chunks.push({ text: table.head, gap: gapUnder(afterHeading, form?.entriesBlank ?? template.blankAfterHeading) });
      for (const item of list) chunks.push({ text: labelled(renderItem(item, template, definitions, undefined, table)), gap: '\n' });
      const below = definitionsBelow();
      if (below !== undefined) chunks.push({ text: below, gap: '\n\n' });
      afterHeading = undefined;
      afterItem = false;
      return;
    }
    let before: string | undefined;
    if (!style.countsAcross && style.countsOn !== true) counted = from;
    list.forEach((item, i) => {
      let text = labelled(renderItem(item, written, definitions, ++counted));
      const listed = written.items.grammar === 'bullet' || written.items.grammar === 'numbered';
      const below = listed ? undefined : definitionsBelow();
      if (below !== undefined) text += '\n\n' + below;
      // (Not a quote after the line crediting the quote before: the credit closed that entry.)
      const credited = written.items.quoteCredit !== undefined && before !== undefined && isAttributionLine(before.slice(before.lastIndexOf('\n') + 1), definitions);
      if (written.items.grammar === 'paragraph' && item.source === undefined && before !== undefined && !credited) text = escapeItemStart(text, before);
      // A lead story among bullets is a paragraph: a blank line on each side, or a bullet before
      // it would take it in and one after it would run on from it.
      const tight = before !== undefined && ENTRY_MARKER.test(before) && ENTRY_MARKER.test(text);
      // A digest that sets its entries apart with a rule (`---`) has one between new ones too.
      const rule = written.items.rule;
      if (i > 0 && rule !== undefined) chunks.push({ text: rule, gap: '\n\n' });
      const gap = i > 0 ? (tight && rule === undefined ? listGap : '\n\n') : entriesTight ? '\n' : gapUnder(afterHeading, form?.entriesBlank ?? template.blankAfterHeading, text);
      // (An entry in HTML set apart from its heading by a blank line starts a block of its own:
      // never indented as code.)
      if (i === 0 && afterHeading !== undefined && /\n[ \t]*\n/.test(gap)) text = htmlOutdented(text);
      chunks.push({ text, gap });
      before = text;
      afterHeading = undefined;
      entriesTight = false;
      afterItem = true;
    });
    const below = definitionsBelow();
    if (below !== undefined) {
      chunks.push({ text: below, gap: '\n\n' });
      afterItem = false;
    }
  };
  // Items with no heading at all stand first, as they would in a file.
  const unfiled = byGroup.get(UNFILED_KEY) ?? [];
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
  // The parts the digest writes after a section's place in every issue (`after`), entries or
  // not: each once, when the writing has passed that place.
  let passed = 0;
  const pushPartsBefore = (place: number): void => {
    for (; passed < place; passed++) {
      const after = template.sections[passed]?.after;
      if (after !== undefined) {
        chunks.push({ text: after, gap: '\n\n' });
        afterHeading = undefined;
        afterItem = false;
      }
    }
  };
  for (const section of orderedSections(items, template, whole)) {
    const def = template.sections.find((s) => s.name === section.name);
    const place = def === undefined ? -1 : template.sections.indexOf(def);
    if (place !== -1) pushPartsBefore(place);
    let projectPlace = 0;
    // The headings written in the section so far that others stand under (a project's own line too: it may hold others).
    const writtenOver = new Set<string>();
    let wrote = false;
    if (section.name !== null && !standing.has(section.name)) {
      // A count the heading ends with (`News (4)`) counts this issue's entries under it.
      const count = items.filter((i) => i.section === section.name).length;
      // (A new collapsible part, among the digest's, is opened as they are and closed after its entries.)
      const folded = def === undefined ? siblingSummary(template.sections, section.name) : undefined;
      const line = def?.heading ?? numberedLike(headingLine(siblingLabel(template.sections, section.name) ?? folded, template.sectionLevel, section.name, siblingUnderline(template.sections)), numberedSibling(template.sections));
      const sectionNumber = ++sectionPlace;
      pushHeading(withinAnchor(line, (heading) => withHeadingNumber(withHeadingCount(heading, count), sectionNumber)));
      pushStanding(def?.intro, def);
      const own = byGroup.get(groupKeyOf({ section: section.name, project: null })) ?? [];
      // Written empty, the section stands for its own entries where no heading under it is written.
      const standsEmpty = whole && def?.everyIssue === true && section.projects.length === 0;
      pushItems(own, tableOf(template, { section: section.name, project: null }), def, standsEmpty);
      if (own.length > 0 || standsEmpty) pushStanding(closingWords(def?.outro, own.length, template.items.rule) ?? (folded === undefined ? undefined : SUMMARY_CLOSING), def, false);
      wrote = own.length > 0 || (whole && def?.everyIssue === true);
    }
    for (const project of section.projects) {
      const projectDef = def?.projects.find((p) => isKnownAs(p, project));
      const list = byGroup.get(groupKeyOf({ section: section.name, project })) ?? (whole && projectDef?.everyIssue && projectDef.name === project ? [] : undefined);
      if (!list) continue;
      wrote = true;
      // A project where the digest's sections are labels and none has projects yet is a label too,
      // as its sections are (a heading there would end their list, and the entries after it).
      const labelledAs = def?.projects.some((p) => p.heading !== undefined) ? def.projects : template.sections;
      const siblings = section.name === null ? template.sections : (def?.projects ?? []);
      const folded = projectDef?.name === project ? undefined : siblingSummary(siblings, project);
      const written = (projectDef?.name === project ? projectDef.heading : undefined) ?? siblingLabel(labelledAs, project) ?? folded;
      const line = projectDef?.name === project && written !== undefined ? written : numberedLike(headingLine(written, section.name === null ? template.sectionLevel : template.projectLevel, project, siblingUnderline(siblings)), numberedSibling(siblings));
      let first = section.name !== null && projectPlace === 0;
      // The heading the digest sets this one under (`### Libraries` over `#### Parsing`), once over those it holds.
      const under = projectDef?.name === project ? projectDef.under : undefined;
      if (under !== undefined && !writtenOver.has(under)) {
        pushHeading(under, first);
        writtenOver.add(under);
        first = true;
      }
      const headingNumber = section.name === null ? ++sectionPlace : ++projectPlace;
      pushHeading(withinAnchor(line, (heading) => withHeadingNumber(withHeadingCount(heading, list.length), headingNumber)), first);
      writtenOver.add(line);
      pushStanding(projectDef?.intro, projectDef);
      pushItems(list, tableOf(template, { section: section.name, project }), projectDef, list.length === 0);
      pushStanding(closingWords(projectDef?.outro, list.length, template.items.rule) ?? (folded === undefined ? undefined : SUMMARY_CLOSING), projectDef, false);
    }
    // After the last of the section's headings this issue writes, whichever.
    if (wrote && section.name !== null && !standing.has(section.name)) pushStanding(def?.closing, def, false);
    if (place !== -1) pushPartsBefore(place + 1);
  }
  pushPartsBefore(template.sections.length);
  return chunks;
}

/**
 * The words a heading closes its entries with, where it has entries to close: where the digest
 * sets its entries apart with a rule (`rule`), one alone after them is not written under a
 * heading left empty. (A digest that sets only its parts apart so, This Week in React's `---`
 * before each section, keeps it there.)
 */
function closingWords(outro: string | undefined, entries: number, rule: string | undefined): string | undefined {
  return rule !== undefined && entries === 0 && outro !== undefined && outro.split('\n').every((line) => THEMATIC_BREAK.test(line) || line.trim() === '') ? undefined : outro;
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
 * Sections and, within each, projects that hold items (and, with `everyIssue`, the shown
 * headings the digest writes in every issue): the template's order first, then any others in the
 * order their items come.
 */
function orderedSections(items: readonly Item[], template: Template, everyIssue: boolean): { name: string | null; projects: string[] }[] {
  const used = items.filter((i) => i.section !== null || i.project !== null);
  const usedKeys = used.map(groupKeyOf);
  const wanted = new Set(usedKeys);
  if (everyIssue) for (const group of everyIssueGroups(template)) wanted.add(groupKeyOf(group));
  const sections: { name: string | null; projects: string[] }[] = [];
  const sectionOf = (name: string | null): { name: string | null; projects: string[] } => {
    let found = sections.find((s) => s.name === name);
    if (!found) {
      found = { name, projects: [] };
      sections.push(found);
    }
    return found;
  };
  // Each heading once: the first item under it places it.
  const added = new Set<string>();
  const add = (key: GroupKey, id = groupKeyOf(key)): void => {
    if (!wanted.has(id) || added.has(id)) return;
    added.add(id);
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
  used.forEach((item, i) => add(item, usedKeys[i]));
  return sections;
}

/** A heading among `siblings` that starts with its number, for a new one to be numbered alike. */
function numberedSibling(siblings: readonly { heading?: string | undefined }[]): string | undefined {
  return siblings.map((s) => (s.heading === undefined ? undefined : anchoredHeading(s.heading).heading)).find((h) => h !== undefined && isNumberedHeading(h));
}

/** A new heading among labels (`**CRAN**`) is written as a label too, where it can be one. */
function siblingLabel(siblings: readonly { heading?: string | undefined }[], name: string): string | undefined {
  const shape = siblings.map((s) => (s.heading === undefined ? undefined : labelShape(anchoredHeading(s.heading).heading))).find((m) => m !== undefined);
  return shape === undefined ? undefined : asLabel(name, shape);
}

/** A new heading among collapsible parts (`<details>`, `<summary>Tools</summary>`) opens one too. */
function siblingSummary(siblings: readonly { heading?: string | undefined }[], name: string): string | undefined {
  return siblings.map((s) => (s.heading === undefined ? undefined : asSummary(s.heading, name))).find((line) => line !== undefined);
}

/** How the digest underlines the headings beside a new one, where it does (`Articles` over `--------`). */
function siblingUnderline(siblings: readonly { heading?: string | undefined }[]): Underline | undefined {
  return siblings.map((s) => (s.heading === undefined ? undefined : underlineOf(anchoredHeading(s.heading).heading))).find((u) => u !== undefined);
}

/**
 * A heading line: as the digest last wrote it, else `#`s and the name on one line, or the name
 * underlined where the headings beside it are underlined at its level.
 */
function headingLine(written: string | undefined, level: number, name: string, underline?: Underline): string {
  if (written !== undefined) return written;
  if (underline !== undefined && level === (underline.mark === '=' ? 1 : 2)) return underlined(escapeHeadingText(name), underline);
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${escapeHeadingText(name)}`;
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
