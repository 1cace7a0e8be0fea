import { underlineOf } from '../markdown/underline.ts';
import { HTML_ITEM_START } from '../markdown/html-list-lines.ts';
import { DATE_KEYS } from '../issue/metadata-keys.ts';
import { noEntryRead } from '../issue/no-entry-read.ts';
import { compareIssueKeys, issueIdOf } from '../model/issue-key.ts';
import { mostCommonLeadInPattern } from '../issue/date-lead-in.ts';
import { withEnglishNumberTokens } from '../issue/english-numbers.ts';
import { fieldValue, isBlankField, mappingMembers, withMembers, type MappingMember } from '../issue/front-matter.ts';
import type { ParsedIssue } from '../issue/issue-parser.ts';
import { fileNamePatternOfIssues, subtitleOf, titleFromFileName, titlePatternOf, titlePatternOfFileName, withMonthSubtitle } from '../issue/issue-title.ts';
import { slug } from '../issue/pattern.ts';
import { TOKEN_SOURCE } from '../issue/pattern-token.ts';
import { dateFieldPattern } from '../issue/publication-date.ts';
import { writtenNumbers } from '../issue/issue-number.ts';
import type { FrontMatterField, Issue, Segment } from '../model/issue.ts';
import { isKeptPlace } from '../issue/never-item.ts';
import { groupKeyOf, type Item } from '../model/item.ts';
import { DEFAULT_TEMPLATE, findProject, isKnownAs, type FrontMatterTemplateField, type HeadingForm, type ProjectDef, type SectionDef, type TableShape, type Template } from '../model/template.ts';
import { knownProjectByKey } from '../suggestion/openstack-projects.ts';
import { mostCommon } from './most-common.ts';
import { OPENSTACK_PRESET } from './presets.ts';
import { tableShapes } from './table-shapes.ts';
import { withAddressDays } from './address-days.ts';
import { standingPattern } from './standing-pattern.ts';
import { htmlFormOf } from './html-entry-form.ts';
import { addressFormOf } from './address-form.ts';
import { countsOnFromIssue, entryNumbersOf } from '../issue/entry-numbers.ts';
import { headingMarkers } from './heading-markers.ts';
import { headingLists } from './heading-lists.ts';
import { entryGaps } from './entry-gaps.ts';
import { entryShapes } from './entry-shapes.ts';
import { headingWords, type HeadingWords } from './heading-words.ts';
import { standingClosing, standingOpening } from './standing-text.ts';
import { standingParts } from './standing-parts.ts';
import { withSectionClosing } from './section-closing.ts';
import { dayHeadingsOf } from './day-headings.ts';
import { itemStyleOf } from './item-style.ts';
import { linkLabelsOf, withEntryLinksInline } from './link-labels.ts';
import { writesHtmlLinks } from './html-links.ts';
import { entryPictures } from './entry-pictures.ts';
import { contentsOf } from './contents-list.ts';
import { entryKindsOf } from './entry-kinds.ts';
import { majority } from './majority.ts';
import { isSponsorHeading } from '../issue/item-grammar.ts';
import { headingKey } from './heading-key.ts';
import { everyIssueHeadings, everyIssueKey, markEveryIssue } from './every-issue-headings.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/**
 * What imported issues teach. The format (metadata, title and file-name patterns, heading
 * levels, blank lines, the item grammar, date lead-ins, link style) comes from the newest issue,
 * and only when it is newer than any learned before, so importing an old issue never undoes the
 * editor's changes. The sections and projects are the headings items are filed under; one that
 * is an issue's own (the heading of its essay, the subheadings in it) is not. The first time,
 * the issues' own taxonomy replaces whatever was there, and issues that are OpenStack's bring
 * the OpenStack preset along.
 */
export function learnTemplate(base: Template, parsed: readonly ParsedIssue[], held: readonly Issue[] = []): Template {
  if (parsed.length === 0) return base;
  // Entries are learned as if linked inline: a digest that labels its addresses (`[title][1]`)
  // writes its entries otherwise alike. How it labels them is learned from the issue as written.
  const asWritten = [...parsed].sort((a, b) => compareIssueKeys(b.issue.key, a.issue.key));
  const newestFirst = asWritten.map(withEntryLinksInline);
  const latest = newestFirst[0] as ParsedIssue;
  const firstTime = base.learnedFrom === undefined;
  const pictures = entryPictures(newestFirst);
  const start = firstTime && !base.preset && looksLikeOpenStack(parsed) ? OPENSTACK_PRESET : base;
  let out: Template = { ...start };
  const newer = firstTime || compareIssueKeys(latest.issue.key, base.learnedFrom as string) > 0;
  const unread = unreadHeadings(newestFirst);
  if (newer) {
    const format = formatOf(latest, newestFirst, start, unread);
    const picture = pictures.style ? { picture: pictures.style } : {};
    out = { ...out, ...format, ...(format.items ? { items: { ...format.items, ...linkMarkupStyle(asWritten[0] as ParsedIssue), ...htmlFormOf(asWritten[0] as ParsedIssue), ...addressFormOf(asWritten[0] as ParsedIssue), ...picture } } : {}), learnedFrom: latest.issue.key };
  }
  const known = new Set(start.sections.flatMap((s) => (s.name === null ? [] : [headingKey(s.name), ...(s.aliases ?? []).map(headingKey)])));
  const recurring = recurringSections([...held.filter((h) => !parsed.some((p) => p.issue.key === h.key)), ...parsed.map((p) => p.issue)], known);
  const every = everyIssueHeadings(newestFirst.map((p) => p.issue));
  const outlines = newestFirst.map((p) => taxonomyHeadings(p, every, unread).filter((h) => h.section === null || recurring(h.section)));
  // Where the newest issue to file under a heading made its entries a table's rows, and how it
  // listed them where unlike the digest's others (its own symbol, or its own bullet and
  // spacing). By the heading's line: a heading read at another level is a copy of it.
  const tables = new Map<string, TableShape>();
  const forms = new Map<string, HeadingForm>();
  const seen = new Set<string>();
  const shapesByHeading = entryShapes(newestFirst);
  newestFirst.forEach((p, i) => {
    // An issue whose headings a newer one wrote already has nothing to tell: not read.
    if ((outlines[i] ?? []).every((heading) => seen.has(heading.raw))) return;
    const shapes = byLine(tableShapes(p));
    const lists = byLine(headingLists(p, out.items, (heading) => !seen.has(heading.raw)));
    const markers = byLine(headingMarkers(p));
    const gaps = byLine(entryGaps(p, out.blankAfterHeading));
    for (const heading of outlines[i] ?? []) {
      const { raw } = heading;
      if (seen.has(raw)) continue;
      seen.add(raw);
      const table = shapes.get(raw);
      if (table) tables.set(raw, table);
      const marker = markers.get(raw);
      const listed = lists.get(raw);
      // A heading's marks for its entries' own headings are their marker; a symbol is not.
      const gap = gaps.get(raw);
      const picture = pictures.byHeading.get(everyIssueKey(heading));
      const form = { ...listed, ...(marker === undefined || listed?.grammar === 'heading' ? {} : { marker }), ...(gap === undefined ? {} : { entriesBlank: gap }), ...shapesByHeading.get(everyIssueKey(heading)), ...(picture === undefined ? {} : { picture }) };
      if (Object.keys(form).length > 0) forms.set(raw, form);
    }
  });
  const words = headingWords(newestFirst);
  const learned = markEveryIssue(
    mergeOutlines(outlines, tables, forms, words.byHeading, words.closingEach),
    newestFirst.map((p) => p.issue),
    every,
  );
  out.sections = firstTime ? appendMissing(learned, start.sections) : appendMissing(start.sections, learned);
  if (newer) {
    // The issue's standing opening and ending, before and after the headings entries are filed
    // under in the template (those the next issue writes itself).
    const template = out;
    // By its name, at either level: a digest may head a section at the level of its others' projects.
    const isGroup = (h: HeadingSegment): boolean => {
      const name = h.project ?? h.section;
      return name !== null && (findProject(template, name) !== undefined || template.sections.some((s) => s.name !== null && headingKey(s.name) === headingKey(name)));
    };
    const preamble = standingOpening(latest, newestFirst[1], isGroup);
    const closing = standingClosing(latest, newestFirst[1], isGroup);
    const parts = standingParts(latest, newestFirst[1], isGroup);
    const sections = out.sections.map(({ after: _after, ...s }) => (parts.has(s.name) ? { ...s, after: parts.get(s.name) as string } : s));
    out = { ...out, sections, ...(preamble === undefined ? {} : { preamble }), ...(closing === undefined ? {} : { closing }) };
  }
  return out;
}

/**
 * Which first-level headings recur: with three issues or more to compare, a heading only one of
 * them has is that issue's own (an essay, a one-off announcement), unless the digest already
 * files items under it. Second-level headings are not judged so: an OpenStack project covered
 * once is still a project.
 */
function recurringSections(issues: readonly Issue[], known: ReadonlySet<string>): (name: string) => boolean {
  const seen = new Map<string, number>();
  for (const issue of issues) {
    // A heading by its own name, at either level: a digest may head a section at the level of its
    // others' projects (This Week in Rust's `## Updates from Rust Community` beside `# Quote of the Week`).
    const names = new Set(issue.body.flatMap((s) => (s.kind === 'heading' && (s.project ?? s.section) !== null ? [headingKey((s.project ?? s.section) as string)] : [])));
    for (const name of names) seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  return (name) => issues.length < 3 || (seen.get(headingKey(name)) ?? 0) >= 2 || known.has(headingKey(name));
}

/** OpenStack社区动态: its titles say so, or its headings name OpenStack projects. */
function looksLikeOpenStack(parsed: readonly ParsedIssue[]): boolean {
  if (parsed.some((p) => /openstack/i.test(p.issue.title))) return true;
  const names = new Set(parsed.flatMap((p) => p.issue.body.flatMap((s) => (s.kind === 'heading' && knownProjectByKey(s.text) ? [s.text.toLowerCase()] : []))));
  return names.size >= 3;
}

function formatOf(latest: ParsedIssue, newestFirst: readonly ParsedIssue[], base: Template, unread: UnreadHeadings | undefined): Partial<Template> {
  const { issue, items } = latest;
  const taxonomy = taxonomyHeadings(latest, new Set(), unread);
  const sectionHeadings = taxonomy.filter((h) => h.project === null);
  const projectHeadings = taxonomy.filter((h) => h.project !== null);
  const after = (i: number): Segment | undefined => issue.body[i + 1];
  const blankAfterHeading = majority(issue.body.flatMap((s, i) => (s.kind === 'heading' && after(i)?.kind === 'item' ? [/\n[ \t]*\n/.test(after(i)?.before ?? '')] : [])));
  const blankBetweenHeadings = majority(
    issue.body.flatMap((s, i) => (s.kind === 'heading' && after(i)?.kind === 'heading' && (after(i) as HeadingSegment).level > s.level ? [/\n[ \t]*\n/.test(after(i)?.before ?? '')] : [])),
  );
  const leadIns = newestFirst.flatMap((p) => p.items.map((i) => i.dateText).filter((t): t is string => !!t));
  const latestLeadIns = items.map((i) => i.dateText).filter((t): t is string => !!t);
  const lineSources = items.flatMap((i) => i.links.filter((l) => !l.inline && l.source).map((l) => l.source as string));
  const titled = lineSources.filter((s) => /^\s*(?:[^<[]*[:：]\s*)?\[/.test(s)).length;
  const angle = lineSources.filter((s) => /^\s*(?:[^<[]*[:：]\s*)?</.test(s)).length;
  const bare = lineSources.filter((s) => /^\s*(?:[^<[]*?[:：]\s*)?(?:https?:\/\/|www\.)/i.test(s)).length;
  const namePattern = fileNamePatternOfIssues(newestFirst.map((p) => p.issue)) ?? base.fileNamePattern;
  const titledByFileName = issue.fileName !== null && issue.title === titleFromFileName(issue.fileName) && /\{number/.test(namePattern);
  // A digest with no title in its files is titled by their names: the name's pattern is the title's.
  const titlePattern = titledByFileName
    ? titlePatternOfFileName(namePattern)
    : withMonthSubtitle(titlePatternOf(newestFirst.map((p) => p.issue.title), newestFirst.map((p) => (p.issue.year === null ? p.issue.number : undefined)), newestFirst.map((p) => p.issue.published ?? undefined)) ?? untitledPattern(issue, base), newestFirst.map((p) => p.issue));
  // The newest issue's subtitle, where its file name or a metadata field writes it as an address
  // does (`weekly-thing-172-blockchain-bezos-privacy`): the next one's is written so there.
  const slugged = sluggedSubtitle(issue, titlePattern);
  const fileNamePattern = slugged !== undefined && namePattern.includes('{subtitle}') && issue.fileName?.includes(slugged) ? namePattern.replace('{subtitle}', '{subtitle:slug}') : namePattern;
  // A field no other issue writes as this one does, with nothing in it that advances from issue
  // to issue (its description, its word count, the sites it links), is each issue's own: the
  // next one's is left empty for the editor. One the others write alike (their authors), or
  // whose value they hold however they write it (a list on one line or over several), stays.
  const written = new Map<string, Set<string>>();
  const held = new Map<string, Set<string>>();
  // How far from the day each issue came out its fields' days are (`''`, `-7`), newest first.
  const shifts = new Map<string, string[]>();
  const noteShift = (key: string, raw: string): void => {
    const shift = PUBLISHED_SHIFT.exec(raw);
    if (shift) shifts.set(key, [...(shifts.get(key) ?? []), shift[1] ?? '']);
  };
  for (const { field: f, path } of withMembersApart(issue.head)) noteShift(path, fieldPattern(f, issue, slugged, titlePattern).raw);
  for (const { issue: other, values } of newestFirst.slice(1)) {
    const otherSlug = sluggedSubtitle(other, titlePattern);
    for (const { field: f, path } of withMembersApart(other.head)) {
      const pattern = fieldPattern(f, other, otherSlug, titlePattern).raw;
      noteShift(path, pattern);
      written.set(path, (written.get(path) ?? new Set()).add(pattern.trim()));
      held.set(path, (held.get(path) ?? new Set()).add(values.get(path.toLowerCase()) ?? ''));
    }
  }
  const values = latest.values;
  // What each issue's field holds beside its number, to tell a count kept with the number.
  const numbered = (key: string): { number: number; value: string }[] =>
    newestFirst.flatMap((p) => (p.issue.year === null && p.values.has(key) ? [{ number: p.issue.number, value: p.values.get(key) as string }] : []));
  const learnedField = (f: FrontMatterField, path = f.key): FrontMatterTemplateField => {
    // A mapping under the key: each member learned as a field of its own, known by its path.
    const members = membersApart(f, issue.head.kind);
    if (members) return { ...fieldPattern({ ...f, raw: '' }, issue, slugged, titlePattern), raw: withMembers(members.map((m) => ({ ...m, raw: learnedField({ key: m.key, raw: m.raw }, `${path}.${m.key}`).raw }))) };
    // A number counting down as the issues' count up (Hugo's `weight: 957` for issue 43, to list
    // the newest first), or up at a distance from theirs: the next issue's is counted on.
    const counted = countedField(f, numbered(path.toLowerCase()));
    if (counted !== undefined) return { ...fieldPattern(f, issue, slugged, titlePattern), raw: counted };
    const field = shiftedAsMost(fieldPattern(f, issue, slugged, titlePattern), shifts.get(path) ?? []);
    const others = written.get(path);
    // One naming what advances is the issue's own too where its words change from issue to issue
    // (`description: "Issue {number}: strings are hard"`): the next issue's would say the last's.
    const own = others !== undefined && !others.has(field.raw.trim()) && !held.get(path)?.has(values.get(path.toLowerCase()) ?? '') && (!new RegExp(TOKEN_SOURCE).test(field.raw) || differsInWords(field.raw.trim(), others));
    return own ? { ...field, raw: emptyValue(field.raw, issue.head.kind) } : field;
  };
  return {
    head: issue.head.kind,
    ...titleUnderlineOf(issue.head),
    lineBreak: issue.lineBreak,
    headTight: headTightOf(newestFirst) ? true : undefined,
    htmlListsInline: htmlListsInlineOf(issue, items) ? true : undefined,
    // Lines with no key (a TOML table's `[extra]`, a comment) stand where they stood, and so do
    // blank ones between fields (setting a table apart); those at either end say nothing.
    frontMatter: withoutEndBlanks(issue.head.fields).map((f) => (f.key === '' ? { key: '', raw: f.raw } : learnedField(f))),
    titlePattern,
    fileNamePattern,
    sectionLevel: mostCommon(sectionHeadings.map((h) => h.level)) ?? base.sectionLevel,
    projectLevel: mostCommon(projectHeadings.map((h) => h.level)) ?? base.projectLevel,
    blankAfterHeading: blankAfterHeading ?? base.blankAfterHeading,
    blankBetweenHeadings: blankBetweenHeadings ?? base.blankBetweenHeadings,
    dateLeadIn: mostCommonLeadInPattern(latestLeadIns) ?? mostCommonLeadInPattern(leadIns) ?? base.dateLeadIn,
    linkStyle: mostUsedLinkStyle({ titled, angle, bare }) ?? base.linkStyle,
    items: { ...itemStyleOf(latest, base.items), ...kindsOf(newestFirst), ...(countsOnFromIssue(newestFirst.map((p) => entryNumbersOf(p.items.map((i) => i.source ?? '')))) ? { countsOn: true as const } : {}) },
    dayHeading: dayHeadingsOf(issue)?.pattern,
    contents: contentsOf(latest),
  };
}

/**
 * A head's fields, each known by its key, and a YAML mapping's members in its place, each a field
 * of its own known by its path (`data.title`): what issues write there is compared member by member.
 */
function withMembersApart(head: ParsedIssue['issue']['head']): { field: FrontMatterField; path: string }[] {
  return head.fields.flatMap((field) => {
    const members = membersApart(field, head.kind);
    return members ? members.map((m) => ({ field: { key: m.key, raw: m.raw }, path: `${field.key}.${m.key}` })) : [{ field, path: field.key }];
  });
}

/**
 * The members of a YAML mapping under a field's key, learned apart; not under a day's key, whose
 * days (MkDocs' `created:` over `updated:`) are read as one day (see `fieldPattern`).
 */
function membersApart(field: FrontMatterField, kind: ParsedIssue['issue']['head']['kind']): MappingMember[] | undefined {
  return kind === 'yaml' && !DATE_KEYS.includes(field.key.toLowerCase()) ? mappingMembers(field.raw) : undefined;
}

/**
 * Whether the digest starts its body right under its head, no blank line between: as most of its
 * issues with a head and a body do, the newest's way where as many do each.
 */
function headTightOf(newestFirst: readonly ParsedIssue[]): boolean {
  const tight = newestFirst.flatMap(({ issue }) => (issue.head.kind === 'none' || issue.body[0] === undefined ? [] : [!/\n[ \t]*\n/.test(issue.body[0].before)]));
  return majority(tight) ?? tight[0] === true;
}

/**
 * Whether the issue writes its HTML lists on one line: most of its entries that are HTML list
 * items or table rows (`<li>…`, `<tr>…`) follow what stands before them on its line, not on a
 * line of their own.
 */
function htmlListsInlineOf(issue: ParsedIssue['issue'], items: readonly Item[]): boolean {
  const sources = new Map(items.map((i) => [i.order, i.source ?? '']));
  const inline = issue.body.flatMap((s) => (s.kind === 'item' && HTML_ITEM_START.test(sources.get(s.order) ?? '') ? [!s.before.includes('\n')] : []));
  return majority(inline) === true;
}

/** A token for one of the issue's days, or a span of them (`{published:D MMM YYYY}`, `{span-7: - |D MMM YYYY}`). */
const DAYS_TOKEN = /\{(?:published|start|end|span)[^{}]*\}/;

/** A day token written from the day an issue came out, and how many days from it (`{published-7:`). */
const PUBLISHED_SHIFT = /\{published([+-]\d{1,2})?:/;

/**
 * A field's day as far from the day the issue comes out as most issues write it, the newest's
 * where as many write each: one issue that dated its field a week before its file's day (a post
 * copied from the last and its date left) does not set every next issue's a week back.
 */
function shiftedAsMost(field: FrontMatterTemplateField, newestFirst: readonly string[]): FrontMatterTemplateField {
  const most = mostCommon(newestFirst);
  if (most === undefined || most === newestFirst[0] || !PUBLISHED_SHIFT.test(field.raw)) return field;
  return { ...field, raw: field.raw.replace(PUBLISHED_SHIFT, `{published${most}:`) };
}

/**
 * The title pattern where the issues' titles tell none (each its own words, `Why kites fly`): the
 * template's, unless it is the default's and the issues are known by their days, which have no
 * number to title them by (`Issue 347` was the day of the year): the day the issue comes out.
 */
function untitledPattern(newest: ParsedIssue['issue'], base: Template): string {
  return base.titlePattern === DEFAULT_TEMPLATE.titlePattern && issueIdOf(newest.key)?.dated === true ? '{published:YYYY-MM-DD}' : base.titlePattern;
}

/** Words, in scripts that space them or not (`strings are hard`, `字符串`). */
const WORDS = /\p{L}[ \t]+\p{L}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2}/u;

/**
 * Whether a field's pattern differs from every other issue's in words (`Issue {number}: strings
 * are hard` against `Issue {number}: zero copies`), not only in a path or a figure
 * (`/kite-weekly/{number}/` against `/weekly/{number}/`, a digest that moved its pages).
 */
function differsInWords(pattern: string, others: ReadonlySet<string>): boolean {
  for (const other of others) {
    let start = 0;
    while (start < pattern.length && start < other.length && pattern[start] === other[start]) start++;
    let end = 0;
    while (end < pattern.length - start && end < other.length - start && pattern[pattern.length - 1 - end] === other[other.length - 1 - end]) end++;
    if (!WORDS.test(pattern.slice(start, pattern.length - end))) return false;
  }
  return others.size > 0;
}

/** How the newest issue underlines its title, where its title is an underlined heading. */
function titleUnderlineOf(head: ParsedIssue['issue']['head']): Pick<Template, 'titleUnderline'> {
  const underline = head.kind === 'heading' ? underlineOf(head.open.split('\n').slice(-2).join('\n')) : undefined;
  return underline ? { titleUnderline: underline } : {};
}

/** How the digest's entries write their links where not inline: by labels (see `linkLabelsOf`), or in HTML. */
function linkMarkupStyle(latest: ParsedIssue): Pick<Template['items'], 'linkLabels' | 'htmlLinks'> {
  const labels = linkLabelsOf(latest);
  if (labels) return { linkLabels: labels };
  return writesHtmlLinks(latest) ? { htmlLinks: true } : {};
}

/** The kinds the digest marks its entries with, where it does (see `entryKindsOf`). */
function kindsOf(newestFirst: readonly ParsedIssue[]): Pick<Template['items'], 'kinds'> {
  const kinds = entryKindsOf(newestFirst);
  return kinds ? { kinds } : {};
}

/**
 * An issue's subtitle as an address writes it (`blockchain-bezos-privacy`), where its title has
 * one by the digest's title pattern and the address differs from the words.
 */
function sluggedSubtitle(issue: ParsedIssue['issue'], titlePattern: string): string | undefined {
  const subtitle = subtitleOf(issue.title, titlePattern, { number: issue.number, year: issue.year ?? undefined, published: issue.published ?? undefined, start: issue.period?.start, end: issue.period?.end });
  const slugged = subtitle === undefined ? '' : slug(subtitle);
  return slugged.length < 3 || slugged === subtitle ? undefined : slugged;
}

/**
 * A field holding a number that moves with the issue's number, as a pattern: `{number:1000-}`
 * where it counts down (957 for issue 43, 956 for 44), `{number:+100}` where it counts up a
 * distance from it (143 for issue 43); where two issues or more agree, and none differs.
 */
export function countedField(field: FrontMatterField, issues: readonly { number: number; value: string }[]): string | undefined {
  const written = /^(\s*)(\d{1,9})(\s*)$/.exec(field.raw);
  if (!written || issues.length < 2) return undefined;
  const figures = issues.map((i) => ({ number: i.number, value: /^\d{1,9}$/.test(i.value.trim()) ? Number(i.value.trim()) : NaN }));
  // (Two issues of one number tell no count; the same value each time is no count either.)
  if (figures.some((f) => Number.isNaN(f.value)) || new Set(figures.map((f) => f.number)).size < 2) return undefined;
  const [, before = '', , after = ''] = written;
  const sums = new Set(figures.map((f) => f.value + f.number));
  const [sum] = sums;
  if (sums.size === 1 && sum !== undefined) return `${before}{number:${sum}-}${after}`;
  const offsets = new Set(figures.map((f) => f.value - f.number));
  const [offset] = offsets;
  // (The number itself is the field's `{number}`, found as any field's is.)
  return offsets.size === 1 && offset !== undefined && offset > 0 ? `${before}{number:+${offset}}${after}` : undefined;
}

/** A field's value left empty, of its kind: an empty list where it listed (`[]`), else an empty string. */
function emptyValue(raw: string, head: ParsedIssue['issue']['head']['kind']): string {
  if (head === 'header' || head === 'properties') return '';
  const list = /^\s*\[/.test(raw) || /^[ \t]*\n[ \t]*- /.test(raw);
  // A number (Hugo's `weight`) is left out as its language can: YAML's null, JSON's; TOML has
  // none, and 0 is the number a site takes for none given. A string there would be no number.
  if (/^\s*-?\d+(?:\.\d+)?\s*$/.test(raw)) return head === 'toml' ? ' 0' : head === 'json' ? ' null' : '';
  if (head === 'toml' || head === 'json') return list ? ' []' : ' ""';
  return list ? ' []' : " ''";
}

/**
 * A metadata field as a pattern: what changes from issue to issue (the title, the number, the
 * publication day) becomes a token inside the text as written, so quotes, tags (`! '…'`) and
 * lists (`[a, b]`) come back as they were and the per-issue parts advance.
 */
function fieldPattern(field: FrontMatterField, issue: ParsedIssue['issue'], slugged: string | undefined, titlePattern: string): FrontMatterTemplateField {
  const sep = { ...(field.sep && field.sep !== ':' ? { sep: field.sep } : {}), ...(field.lead ? { lead: field.lead } : {}) };
  const value = fieldValue(field).trim();
  const key = field.key.toLowerCase();
  let raw = field.raw;
  if (value === issue.title || raw.includes(issue.title)) {
    raw = raw.includes(issue.title) ? raw.replace(issue.title, '{title}') : ' {title}';
    // What else the line says of the issue: its number in a YAML comment after an unquoted title
    // (`title: Golang Weekly #540`, read as `Golang Weekly`) is the next issue's there too.
    raw = withNumberToken(raw, issue);
  } else if (issue.published && DATE_KEYS.includes(key)) {
    // The day itself, or the first of those given under its key (MkDocs' `created:` over
    // `updated:`), as the issue's day is read.
    const published = issue.published;
    const members = [...raw.matchAll(/\n[ \t]+[\w-]+:[ \t]*["']?([^"'\n]*)["']?/g)];
    const day = [value, members[0]?.[1]?.trim()].find((d) => d && dateFieldPattern(d, published));
    if (day) raw = raw.replace(day, dateFieldPattern(day, published) as string);
    // The other days given there (`updated:`) are this issue's edits: a new issue has none.
    if (day !== value) for (const m of members.slice(1)) if (/^\d{4}-\d{1,2}-\d{1,2}/.test(m[1] as string)) raw = raw.replace(m[0], '');
  } else {
    // The issue's days where a field spells them out: `slug: 2020-05-10-update`, or a path does
    // (`path = "/blog/2024/11/22/…"`, `image: …/20210206.jpg`).
    for (const [name, date] of [['published', issue.published], ['end', issue.period?.end], ['start', issue.period?.start]] as const) {
      if (!date) continue;
      raw = raw
        .replaceAll(date, `{${name}:YYYY-MM-DD}`)
        .replaceAll(date.replaceAll('-', '/'), `{${name}:YYYY/MM/DD}`)
        // Run together, not inside a longer run of digits: `…/2021/20210206.jpg`.
        .replace(new RegExp(`(?<!\\d)${date.replaceAll('-', '')}(?!\\d)`, 'g'), `{${name}:YYYYMMDD}`);
    }
    // Or with the month's name, as an address writes it (`slug: weekly-thing-128-nov-30-2019`).
    raw = withAddressDays(raw, [['published', issue.published], ['end', issue.period?.end], ['start', issue.period?.start]], titlePattern);
    // The number where it stands alone: `Number: 665`, `slug: /294`, `permalink: /issue/17/`,
    // padded with zeros where the digest pads it (`aliases = ["posts/newsletter-006"]`).
    raw = withNumberToken(raw, issue);
    // The subtitle as an address writes it: `slug: weekly-thing-{number}-blockchain-bezos-privacy`.
    if (slugged !== undefined) raw = raw.replace(slugged, '{subtitle:slug}');
    // Days in words where nothing above was found (`summary: … for the week of 6 Feb 2017 -
    // 13 Feb 2017`, This Week in Servo's): as standing text writes them, so that issues that
    // say the same of their own days write the field alike, and the next one its own days.
    if (raw === field.raw && /\d/.test(raw)) {
      const patterned = standingPattern(raw, issue);
      if (DAYS_TOKEN.test(patterned)) raw = patterned;
    }
  }
  return { key: field.key, raw, ...sep };
}

/** A field's line with the issue's number, where it stands alone, as `{number}` (padded as written); not for a number within a year. */
function withNumberToken(raw: string, issue: ParsedIssue['issue']): string {
  if (issue.year !== null) return raw;
  let out = withEnglishNumberTokens(raw, issue.number);
  for (const { index, length, pad } of writtenNumbers(out, issue.number).reverse()) out = `${out.slice(0, index)}{number${pad > 0 ? `:${pad}` : ''}}${out.slice(index + length)}`;
  return out;
}

/** The headings whose part is a list left empty and nothing else (see isKeptPlace). */
function keptPlaces(body: readonly Segment[]): Set<HeadingSegment> {
  const out = new Set<HeadingSegment>();
  let heading: HeadingSegment | undefined;
  // Under the heading at hand: whether a list left empty stands there, and whether anything else does.
  let place = false;
  let other = false;
  const close = (): void => void (heading !== undefined && place && !other && out.add(heading));
  for (const segment of body) {
    if (segment.kind === 'heading') {
      close();
      heading = segment;
      place = other = false;
    } else if (segment.kind === 'text' && isKeptPlace(segment.raw)) place = true;
    else if (segment.kind !== 'text' || segment.raw.trim() !== '') other = true;
  }
  close();
  return out;
}

/**
 * The headings an issue files items under, in order: those that hold items (or hold headings
 * that do, or keep a place for them: a bare `*`), and not the issue's own — the heading of its
 * essay, which is its subtitle, and the headings under that.
 */
export function taxonomyHeadings(parsed: ParsedIssue, everyIssue: ReadonlySet<string> = new Set(), unread?: UnreadHeadings): TaxonomyHeading[] {
  const { issue, items } = parsed;
  const filled = new Set(items.map(groupKeyOf));
  // A heading over a list left empty (`## Promotions` over a bare `*`) keeps a place for entries: a part to file under.
  const kept = keptPlaces(issue.body);
  const sectionsFilled = new Set(items.map((i) => i.section));
  const out: TaxonomyHeading[] = [];
  const days = dayHeadingsOf(issue)?.sections;
  let ownLevel = Infinity;
  // The last heading within a section that holds nothing of its own, for the deeper headings after it.
  let over: HeadingSegment | undefined;
  for (const segment of issue.body) {
    if (segment.kind !== 'heading') continue;
    if (segment.level > ownLevel) continue;
    ownLevel = Infinity;
    if (over !== undefined && segment.level <= over.level) over = undefined;
    if (isOwnHeading(segment.text, issue.title)) {
      ownLevel = segment.level;
      continue;
    }
    // A day's heading (`## Monday, May 6`) is no section: the next issue heads its own days.
    if (days?.has(segment.section ?? '')) continue;
    const holds = filled.has(groupKeyOf(segment)) || kept.has(segment) || (segment.project === null && segment.section !== null && sectionsFilled.has(segment.section)) || unread?.(segment) === true;
    if (holds && segment.project !== null && over?.section === segment.section && segment.section !== null) out.push({ ...segment, under: over.raw });
    else if (holds) out.push(segment);
    // A heading read at the second level whose name is the section of the entries under deeper
    // headings after it (This Week in Rust's `## Updates from Rust Community` over `### Official`,
    // in an issue that also has a `#` heading) is that section's own line.
    else if (segment.section === null && segment.project !== null && sectionsFilled.has(segment.project)) out.push({ ...segment, section: segment.project, project: null });
    // A heading under a section that every issue writes, entries under it or not (This Week in
    // Rust's `### CFP - Events`, `### Final Comment Period`): written in its place in the next
    // issue. Not a section's own: a part every issue writes with nothing filed under it is the
    // digest's own text (its opening, a part between sections, its ending), where it is kept and
    // written again; nor a sponsor's heading, under which nothing is read as an entry.
    else if (segment.section !== null && segment.project !== null && everyIssue.has(everyIssueKey(segment)) && !isSponsorHeading(segment.text)) out.push(segment);
    // A heading in a section over deeper ones, nothing filed under it itself (`### Libraries` over `#### Parsing`).
    else if (segment.section !== null && segment.project !== null && !isSponsorHeading(segment.text)) over = segment;
  }
  return out;
}

/** A heading an issue files items under, with the heading it stands under within its section, where one (see ProjectDef.under). */
export type TaxonomyHeading = HeadingSegment & { under?: string };

/** Metadata lines without the blank ones before the first that says something and after the last. */
function withoutEndBlanks(fields: readonly FrontMatterField[]): FrontMatterField[] {
  const first = fields.findIndex((f) => !isBlankField(f));
  return first === -1 ? [] : fields.slice(first, fields.findLastIndex((f) => !isBlankField(f)) + 1);
}

/** Whether a heading is one new entries go under, where no entry of the digest could be read (see unreadHeadings). */
type UnreadHeadings = (heading: HeadingSegment) => boolean;

/**
 * Where not one entry of the issues could be read (they are written in a form not known here:
 * cards of a site's own components, say), the headings they write are still where the digest
 * files its entries: those two of the issues write (any, where the issue is alone) take the
 * editor's new ones, written in a plain form, rather than standing as the digest's own text with
 * new entries after it all. Undefined where some entry was read.
 */
function unreadHeadings(newestFirst: readonly ParsedIssue[]): UnreadHeadings | undefined {
  if (!noEntryRead(newestFirst)) return undefined;
  const issuesWriting = new Map<string, number>();
  for (const { issue } of newestFirst) {
    const names = new Set(issue.body.flatMap((s) => (s.kind === 'heading' ? [headingKey(s.text)] : [])));
    for (const name of names) issuesWriting.set(name, (issuesWriting.get(name) ?? 0) + 1);
  }
  const least = Math.min(2, newestFirst.length);
  return (heading) => (heading.project ?? heading.section) !== null && (issuesWriting.get(headingKey(heading.text)) ?? 0) >= least;
}

/** An issue's own heading: its title, or the words its title ends with after a separator (its subtitle). */
function isOwnHeading(text: string, title: string): boolean {
  const t = text.trim();
  if (t === title.trim()) return true;
  return t.length >= 2 && t.length < title.length && title.trimEnd().endsWith(t) && /[\s:：\-–—|]$/.test(title.trimEnd().slice(0, -t.length));
}

/**
 * Sections and projects from the headings of several issues, newest first. The newest issue's
 * order stands; a heading it lacks goes after the last of its headings that the other issues
 * mostly put before it. Each keeps the line the newest issue wrote it as, the table its entries
 * were rows of there (`tables`), if they were, how it listed them where unlike the digest's
 * others (`forms`) and its standing words (`words`; those an issue closed several headings with
 * stay each heading's, `closingEach`).
 */
function mergeOutlines(
  outlines: readonly (readonly TaxonomyHeading[])[],
  tables: ReadonlyMap<string, TableShape>,
  forms: ReadonlyMap<string, HeadingForm>,
  words: ReadonlyMap<string, HeadingWords>,
  closingEach: ReadonlySet<string>,
): SectionDef[] {
  const sections: SectionDef[] = [];
  const sectionRuns: (string | null)[][] = [];
  const projectRuns = new Map<string | null, string[][]>();
  for (const outline of outlines) {
    const sectionRun: (string | null)[] = [];
    const projectRun = new Map<string | null, string[]>();
    for (const heading of outline) {
      let section = sections.find((s) => sameSection(s, heading.section));
      const table = tables.get(heading.raw);
      const written = { heading: heading.raw, ...(table ? { table } : {}), ...forms.get(heading.raw), ...words.get(heading.raw) };
      if (!section) {
        section = { name: heading.section, hidden: false, projects: [], ...(heading.project === null ? written : {}) };
        sections.push(section);
      } else {
        if (heading.section !== null && heading.section !== section.name && !(section.aliases ?? []).includes(heading.section)) {
          section.aliases = [...(section.aliases ?? []), heading.section];
        }
        if (heading.project === null && section.heading === undefined) Object.assign(section, written);
      }
      if (!sectionRun.includes(section.name)) sectionRun.push(section.name);
      if (heading.project === null) continue;
      let project = matchProject(section.projects, heading.project);
      if (!project) {
        project = { name: heading.project, aliases: [], hidden: false, ...written, ...(heading.under === undefined ? {} : { under: heading.under }) };
        section.projects.push(project);
      } else if (project.name !== heading.project && !project.aliases.includes(heading.project)) {
        project.aliases.push(heading.project);
      }
      const run = projectRun.get(section.name) ?? [];
      if (!run.includes(project.name)) run.push(project.name);
      projectRun.set(section.name, run);
    }
    sectionRuns.push(sectionRun);
    for (const [name, run] of projectRun) projectRuns.set(name, [...(projectRuns.get(name) ?? []), run]);
  }
  const sectionOrder = mergeOrders(sectionRuns);
  return sectionOrder.map((name) => {
    const section = sections.find((s) => s.name === name) as SectionDef;
    const order = mergeOrders(projectRuns.get(name) ?? []);
    return withSectionClosing({ ...section, projects: order.map((p) => section.projects.find((d) => d.name === p) as ProjectDef) }, closingEach);
  });
}

/** A map by heading segment as one by the heading's line (the first segment of a line wins). */
function byLine<T>(bySegment: ReadonlyMap<HeadingSegment, T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const [heading, value] of bySegment) if (!out.has(heading.raw)) out.set(heading.raw, value);
  return out;
}

/** One order from several, the first of them (the newest issue's) kept as it is. */
function mergeOrders<T>(runs: readonly (readonly T[])[]): T[] {
  const all: T[] = [];
  for (const run of runs) for (const key of run) if (!all.includes(key)) all.push(key);
  const before = (a: T, b: T): number =>
    runs.filter((r) => r.includes(a) && r.includes(b) && r.indexOf(a) < r.indexOf(b)).length;
  const meanPosition = (key: T): number => {
    const seen = runs.filter((r) => r.includes(key));
    return seen.reduce((sum, r) => sum + r.indexOf(key) / Math.max(1, r.length - 1), 0) / seen.length;
  };
  const result: T[] = [...(runs[0] ?? [])];
  const others = all.filter((k) => !result.includes(k)).sort((a, b) => meanPosition(a) - meanPosition(b));
  for (const key of others) {
    let at = 0;
    result.forEach((placed, i) => {
      const mostlyBefore =
        before(placed, key) > before(key, placed) ||
        (before(placed, key) === before(key, placed) && meanPosition(placed) <= meanPosition(key));
      if (mostlyBefore) at = i + 1;
    });
    result.splice(at, 0, key);
  }
  return result;
}

/** Whether a section is the one a heading names: its name or an alias, emoji and case aside. */
function sameSection(section: SectionDef, name: string | null): boolean {
  if (section.name === null || name === null) return section.name === name;
  const key = headingKey(name);
  return headingKey(section.name) === key || (section.aliases ?? []).some((a) => headingKey(a) === key);
}

/** `primary`, with the sections and projects only `extra` has added after their neighbours. */
export function appendMissing(primary: readonly SectionDef[], extra: readonly SectionDef[]): SectionDef[] {
  const out = primary.map((s) => ({ ...s, projects: s.projects.map((p) => ({ ...p, aliases: [...p.aliases] })) }));
  let previousSection: SectionDef | undefined;
  for (const section of extra) {
    let target = out.find((s) => sameSection(s, section.name));
    if (!target) {
      target = { ...section, projects: [] };
      out.splice(previousSection ? out.indexOf(previousSection) + 1 : out.length, 0, target);
    }
    previousSection = target;
    let previousProject: ProjectDef | undefined;
    for (const project of section.projects) {
      const names = [project.name, ...project.aliases];
      let existing: ProjectDef | undefined;
      for (const name of names) existing ??= matchProject(target.projects, name);
      if (existing) {
        for (const name of names) {
          if (existing.name !== name && !existing.aliases.includes(name)) existing.aliases.push(name);
        }
        previousProject = existing;
        continue;
      }
      const copy = { ...project, aliases: [...project.aliases] };
      target.projects.splice(previousProject ? target.projects.indexOf(previousProject) + 1 : target.projects.length, 0, copy);
      previousProject = copy;
    }
  }
  return out;
}

/**
 * The project a heading names: the same name in any case, or a one-letter slip of a name five
 * letters or longer (the corpus has `### Tempst` once among seven `### Tempest`).
 */
function matchProject(projects: readonly ProjectDef[], name: string): ProjectDef | undefined {
  const exact = projects.find((p) => isKnownAs(p, name));
  if (exact) return exact;
  const key = name.toLowerCase();
  if (key.length < 5) return undefined;
  return projects.find((p) => p.name.length >= 5 && editDistanceAtMostOne(p.name.toLowerCase(), key));
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The way most link lines are written; undefined when none is ahead of the others. */
function mostUsedLinkStyle(counts: Record<Template['linkStyle'], number>): Template['linkStyle'] | undefined {
  const [first, second] = (Object.entries(counts) as [Template['linkStyle'], number][]).sort((a, b) => b[1] - a[1]);
  return first && first[1] > (second?.[1] ?? 0) ? first[0] : undefined;
}
