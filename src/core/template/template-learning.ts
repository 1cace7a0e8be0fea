import { compareIssueKeys } from '../model/issue-key.ts';
import { mostCommonLeadInPattern } from '../issue/date-lead-in.ts';
import { fieldValue } from '../issue/front-matter.ts';
import type { ParsedIssue } from '../issue/issue-parser.ts';
import { fileNamePatternOfIssues, titleFromFileName, titlePatternOf, titlePatternOfFileName } from '../issue/issue-title.ts';
import { ENTRY_MARKER, HEADED_MARKER } from '../issue/item-text.ts';
import { QUOTED_ENTRY } from '../issue/item-grammar.ts';
import { isGenericLinkText, isTitleText } from '../issue/generic-link-text.ts';
import { endingLink, extractLinks, LINK_TEXT, parseLinkLine, type FoundLink } from '../markdown/markdown-links.ts';
import { dateFieldPattern } from '../issue/publication-date.ts';
import type { FrontMatterField, Issue, Segment } from '../model/issue.ts';
import { groupKeyOf } from '../model/item.ts';
import { defaultMarker, findProject, isKnownAs, type FrontMatterTemplateField, type ItemGrammar, type ItemStyle, type LinkForm, type ProjectDef, type SectionDef, type TableShape, type Template } from '../model/template.ts';
import { knownProjectByKey } from '../suggestion/openstack-projects.ts';
import { mostCommon } from './most-common.ts';
import { OPENSTACK_PRESET } from './presets.ts';
import { tableShapes } from './table-shapes.ts';
import { headingMarkers } from './heading-markers.ts';
import { headingWords, type HeadingWords } from './heading-words.ts';
import { standingClosing, standingOpening } from './standing-text.ts';
import { THEMATIC_BREAK } from '../markdown/thematic-break.ts';
import { stripHeadingText } from '../issue/issue-head.ts';
import { dayHeadingsOf } from './day-headings.ts';
import { siteOf } from '../url/site-of.ts';

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
  const newestFirst = [...parsed].sort((a, b) => compareIssueKeys(b.issue.key, a.issue.key));
  const latest = newestFirst[0] as ParsedIssue;
  const firstTime = base.learnedFrom === undefined;
  const start = firstTime && !base.preset && looksLikeOpenStack(parsed) ? OPENSTACK_PRESET : base;
  let out: Template = { ...start };
  const newer = firstTime || compareIssueKeys(latest.issue.key, base.learnedFrom as string) > 0;
  if (newer) {
    out = { ...out, ...formatOf(latest, newestFirst, start), learnedFrom: latest.issue.key };
  }
  const known = new Set(start.sections.flatMap((s) => (s.name === null ? [] : [headingKey(s.name), ...(s.aliases ?? []).map(headingKey)])));
  const recurring = recurringSections([...held.filter((h) => !parsed.some((p) => p.issue.key === h.key)), ...parsed.map((p) => p.issue)], known);
  const tables = new Map(newestFirst.flatMap((p) => [...tableShapes(p)]));
  const markers = new Map(newestFirst.flatMap((p) => [...headingMarkers(p)]));
  const words = newestFirst[0] ? headingWords(newestFirst[0], newestFirst[1]) : new Map<HeadingSegment, HeadingWords>();
  const learned = mergeOutlines(
    newestFirst.map((p) => taxonomyHeadings(p).filter((h) => h.section === null || recurring(h.section))),
    tables,
    markers,
    words,
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
    out = { ...out, ...(preamble === undefined ? {} : { preamble }), ...(closing === undefined ? {} : { closing }) };
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

/**
 * What a heading is known by when headings are compared: without the emoji or symbols in front
 * (`⚛️ React` is `React`), in any case.
 */
export function headingKey(name: string): string {
  return name.replace(/^[^\p{L}\p{N}]+/u, '').trim().toLowerCase();
}

/** OpenStack社区动态: its titles say so, or its headings name OpenStack projects. */
function looksLikeOpenStack(parsed: readonly ParsedIssue[]): boolean {
  if (parsed.some((p) => /openstack/i.test(p.issue.title))) return true;
  const names = new Set(parsed.flatMap((p) => p.issue.body.flatMap((s) => (s.kind === 'heading' && knownProjectByKey(s.text) ? [s.text.toLowerCase()] : []))));
  return names.size >= 3;
}

function formatOf(latest: ParsedIssue, newestFirst: readonly ParsedIssue[], base: Template): Partial<Template> {
  const { issue, items } = latest;
  const taxonomy = taxonomyHeadings(latest);
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
  const fileNamePattern = fileNamePatternOfIssues(newestFirst.map((p) => p.issue)) ?? base.fileNamePattern;
  const titledByFileName = issue.fileName !== null && issue.title === titleFromFileName(issue.fileName) && /\{number/.test(fileNamePattern);
  return {
    head: issue.head.kind,
    // Lines with no key (a TOML table's `[extra]`, a comment) stand where they stood; blank ones
    // say nothing.
    frontMatter: issue.head.fields.filter((f) => f.key !== '' || f.raw.trim() !== '').map((f) => (f.key === '' ? { key: '', raw: f.raw } : fieldPattern(f, issue))),
    // A digest with no title in its files is titled by their names: the name's pattern is the title's.
    titlePattern: titledByFileName ? titlePatternOfFileName(fileNamePattern) : (titlePatternOf(newestFirst.map((p) => p.issue.title)) ?? base.titlePattern),
    fileNamePattern,
    sectionLevel: mostCommon(sectionHeadings.map((h) => h.level)) ?? base.sectionLevel,
    projectLevel: mostCommon(projectHeadings.map((h) => h.level)) ?? base.projectLevel,
    blankAfterHeading: blankAfterHeading ?? base.blankAfterHeading,
    blankBetweenHeadings: blankBetweenHeadings ?? base.blankBetweenHeadings,
    dateLeadIn: mostCommonLeadInPattern(latestLeadIns) ?? mostCommonLeadInPattern(leadIns) ?? base.dateLeadIn,
    linkStyle: mostUsedLinkStyle({ titled, angle, bare }) ?? base.linkStyle,
    items: itemStyleOf(latest, base.items),
    dayHeading: dayHeadingsOf(issue)?.pattern,
  };
}

/**
 * A metadata field as a pattern: what changes from issue to issue (the title, the number, the
 * publication day) becomes a token inside the text as written, so quotes, tags (`! '…'`) and
 * lists (`[a, b]`) come back as they were and the per-issue parts advance.
 */
function fieldPattern(field: FrontMatterField, issue: ParsedIssue['issue']): FrontMatterTemplateField {
  const sep = field.sep && field.sep !== ':' ? { sep: field.sep } : {};
  const value = fieldValue(field).trim();
  const key = field.key.toLowerCase();
  let raw = field.raw;
  if (value === issue.title || raw.includes(issue.title)) {
    raw = raw.includes(issue.title) ? raw.replace(issue.title, '{title}') : ' {title}';
  } else if (issue.published && (key === 'date' || key === 'pubdate' || key === 'published')) {
    const pattern = dateFieldPattern(value, issue.published);
    if (pattern) raw = raw.replace(value, pattern);
  } else {
    // The issue's days where a field spells them out: `slug: 2020-05-10-update`.
    for (const [name, date] of [['published', issue.published], ['end', issue.period?.end], ['start', issue.period?.start]] as const) {
      if (date) raw = raw.replaceAll(date, `{${name}:YYYY-MM-DD}`);
    }
    // The number where it stands alone: `Number: 665`, `slug: /294`, `permalink: /issue/17/`.
    if (issue.year === null) raw = raw.replace(new RegExp(`(^|[^\\d.])${issue.number}(?!\\d)`, 'g'), '$1{number}');
  }
  return { key: field.key, raw, ...sep };
}

/** How the digest writes an entry: its grammar, marker, separator, spacing. */
function itemStyleOf(latest: ParsedIssue, base: ItemStyle): ItemStyle {
  const grammar: ItemGrammar = latest.grammar;
  const sources = latest.items.map((i) => i.source ?? '');
  // A headed entry's marker is its heading's: `### `.
  const markerOf = grammar === 'heading' ? HEADED_MARKER : ENTRY_MARKER;
  // A bullet's indentation is kept: entries nested under list labels (`- Org Mode:`) are written
  // nested again. Numbers count from 1.
  const markers = sources
    .map((s) => markerOf.exec(s)?.[0].replace(/^\s+/, (indent) => (grammar === 'bullet' ? indent : '')).replace(/\d+/, '1') ?? '')
    .filter((m) => m !== '');
  // What stands between an entry's link and its words: ` — `, `: `, `<br>`, or a line break (the
  // words on the lines under a link in bold); after the page's site or author where the digest
  // names them there (`[title](url) (lwn.net) — words`, `[title](url) by Jane Doe: words`).
  const opened = sources.flatMap((s) => {
    const m = ENTRY_OPENING.exec(s);
    return m ? [m] : [];
  });
  const separators = opened.map((m) => ((m.groups?.separator as string).includes('\n') ? '\n' : (m.groups?.separator as string)));
  // Where most entries name their page's site after the link, new ones name theirs.
  const sited = opened.flatMap((m) => {
    const form = m.groups?.note === undefined ? undefined : siteNoteForm(m.groups.note, m.groups.url as string);
    return form ? [form] : [];
  });
  const site = grammar === 'bullet' && sited.length * 2 > sources.length ? mostCommon(sited) : undefined;
  // Where entries name their page's author after the link (`[title](url) by Jane Doe`), new ones
  // name theirs: a third is enough, as entries with no author (a job ad, an issue) name none.
  const bylined = grammar === 'bullet' ? sources.filter((s) => BYLINE.test(s)).length : 0;
  const byline = bylined >= 2 && bylined * 3 >= sources.length ? 'by {author}' : undefined;
  // A list whose entries open with their link in bold, `- **[title](url)**: words`.
  // A list's entries, or paragraphs most of which, open with their link (`**[title](url)**` and
  // the words under it: newsletters exported from their HTML).
  const opening = grammar === 'bullet' ? BULLET_OPENING : grammar === 'paragraph' ? PARAGRAPH_OPENING : null;
  const openings = sources.flatMap((s) => {
    const m = opening?.exec(s);
    return m ? [m[1] ?? ''] : [];
  });
  const linkFirst = grammar === 'paragraph' && openings.length * 2 > sources.length;
  // Paragraphs that open with a title in bold on its own line and the page's address on the next.
  const titleLines = grammar === 'paragraph'
    ? sources.flatMap((s) => {
        const m = TITLE_LINE.exec(s);
        return m ? [m] : [];
      })
    : [];
  const titleLine =
    !linkFirst && titleLines.length * 2 > sources.length
      ? {
          strong: mostCommon(titleLines.map((m) => m[1] as '**' | '__')) as '**' | '__',
          link: mostCommon(titleLines.map((m) => ((m[2] as string).startsWith('<') ? 'angle' : (m[2] as string).startsWith('[') ? 'titled' : 'bare'))) as 'angle' | 'bare' | 'titled',
        }
      : undefined;
  // A list digest whose entries are mostly set as block quotes.
  const quoted = grammar === 'bullet' && sources.filter((s) => QUOTED_ENTRY.test(s)).length * 2 > sources.length;
  const strong = grammar === 'bullet' || linkFirst ? mostCommon(openings) : undefined;
  // A list whose entries, most of those with words under their link, hold them in a list nested
  // there (`- [title](url)` / `  - words`) or a quote (`  > words`): its marker. A nested item
  // that is only a link is one of the entry's further links, not its words.
  // Numbered entries hold their words in paragraphs under the link (科技爱好者周刊), unless most run
  // them on after it (HelloGitHub's `1、[name](url)：words`).
  const separator = grammar === 'numbered' && separators.length * 2 <= sources.length ? '\n' : (mostCommon(separators) ?? base.separator);
  // (Entries set as block quotes whole are `quoted`: their words' `>` is the entry's own.)
  const under = grammar === 'bullet' && separator === '\n' ? opened.filter((m) => (m.groups?.separator as string).includes('\n') && !QUOTED_ENTRY.test(m.input)) : [];
  const nestedWords = under.flatMap((m) => {
    const line = (m.input.slice(m.index + m[0].length - 1).split('\n')[0] as string).trimEnd();
    if (/^>(?:[ \t]|$)/.test(line)) return ['> ' as const];
    const listed = /^([*+-])[ \t]+(\S.*)$/.exec(line);
    return listed && !LINK_ALONE.test(listed[2] as string) ? [`${listed[1] as '*' | '-' | '+'} ` as const] : [];
  });
  const wordsMarker = nestedWords.length * 2 > under.length ? mostCommon(nestedWords) : undefined;
  // Whether a list's entries stand apart, from entries that follow one another; where some are
  // list items both, from those alone (entries under headings stand apart whatever the lists do).
  const body = latest.issue.body;
  const sourceAt = (i: number): string => {
    const slot = body[i];
    return slot?.kind === 'item' ? (latest.items[slot.order]?.source ?? '') : '';
  };
  const slots = body.flatMap((s, i) => (s.kind === 'item' && body[i - 1]?.kind === 'item' ? [{ before: s.before, listed: LIST_ITEM.test(sourceAt(i)) && LIST_ITEM.test(sourceAt(i - 1)) }] : []));
  const listed = slots.filter((s) => s.listed);
  const loose = majority((listed.length > 0 ? listed : slots).map((s) => /\n[ \t]*\n/.test(s.before)));
  const worded = latest.items.filter((i) => i.comment.replace(/\[[^\]]*\]\([^)]*\)|<[^>]*>|https?:\/\/\S+/g, '').replace(/[\s\p{P}\p{S}]/gu, '').length > 0);
  return {
    grammar,
    marker: mostCommon(markers) ?? (grammar === 'bullet' ? base.marker || defaultMarker(grammar) : defaultMarker(grammar)),
    separator,
    loose: loose ?? (grammar !== 'bullet'),
    comments: latest.items.length === 0 ? base.comments : worded.length * 2 >= latest.items.length,
    ...(countsAcross(latest, markerOf) ? { countsAcross: true } : {}),
    ...(strong === '**' || strong === '__' ? { strongLink: strong } : {}),
    ...(linkFirst ? { linkFirst: true } : {}),
    ...(titleLine ? { titleLine } : {}),
    ...(quoted ? { quoted: true, loose: true } : {}),
    ...(wordsMarker ? { wordsMarker } : {}),
    ...(site ? { site } : {}),
    ...(byline ? { byline } : {}),
    ...ruleBetween(latest),
    ...(grammar === 'heading' ? pageLinkOf(sources) : {}),
  };
}

/**
 * An entry's opening: its marker, its link (`url`), what the digest writes after it about the
 * page (`note`: its site in brackets, or its author after `by`) and the `separator` before the
 * words.
 */
const ENTRY_OPENING = new RegExp(
  String.raw`^(?:\s*(?:[*+-]|\d+[.)、])\s*)?(?:\S+\s+)?(\*\*|__)?${LINK_TEXT}\((?<url>[^)]*)\)\1(?:` +
    String.raw`[ \t]+(?<note>[*_]?\([^()\n]{1,80}\)[*_]?|by[ \t][^\n—–:：]{1,60}?(?=[ \t]+[-–—][ \t]|[:：]|[ \t]*\n)))?(?<separator>[ \t]*(?:\\?[-–—]|[:：])[ \t]*|[ \t]*<br[ \t]*\/?>[ \t]*|[ \t]*\n[ \t]*)\S`,
);

/** A list entry, or a paragraph, that opens with its link (in bold or not): the bold's mark. */
const BULLET_OPENING = new RegExp(String.raw`^\s*(?:[*+-]|\d+[.)、])[ \t]+(\*\*|__)?${LINK_TEXT}\([^)]*\)\1`);
/** A paragraph's first two lines: its title in bold, then the page's address alone (`<https://…>`). */
const TITLE_LINE = new RegExp(String.raw`^[ \t]*(\*\*|__)(?!\[)[^\n]*?\S\1[ \t]*\\?\n[ \t]*(<https?:\/\/[^>\s]+>|https?:\/\/\S+|${LINK_TEXT}\([^)\s]+\))[ \t]*\\?(?:\n|$)`);

const PARAGRAPH_OPENING = new RegExp(String.raw`^[ \t]*(\*\*|__)?${LINK_TEXT}\([^)]*\)\1`);

/**
 * How a note names the site of the address before it, `{site}` where the site stands:
 * `(lwn.net)` → `({site})`, `*(blog.rust-lang.org)*` → `*({site})*`; nothing where it names
 * no site (`(PDF)`).
 */
function siteNoteForm(note: string, url: string): string | undefined {
  const named = /^([*_]?\([*_`]?)(?:www\.)?([^()*_`\s]+)([*_`]?\)[*_]?)$/.exec(note.trim());
  if (!named) return undefined;
  const [, open = '', text = '', close = ''] = named;
  const site = text.toLowerCase();
  const host = siteOf(url.trim().replace(/^<|>$/g, '').split(/\s/)[0] as string);
  const names = host !== undefined && site.includes('.') && (host === site || host.endsWith('.' + site));
  return names ? `${open}{site}${close}` : undefined;
}

/** A list's item, bulleted or ordered. */
const LIST_ITEM = /^ {0,3}(?:[*+-]|\d{1,9}[.)])[ \t]/;

/** A list entry that names its page's author after its link: `- [title](url) by Jane Doe`. */
const BYLINE = new RegExp(String.raw`^\s*(?:[*+-]|\d+[.)])[ \t]+(\*\*|__)?${LINK_TEXT}\([^)]*\)\1[ \t]+by[ \t]+\S[^\n]{0,60}?(?=[ \t]*(?:\n|$|[-–—][ \t]|[:：]))`);

/** A line that is only a link: an entry's further link, not its words. */
const LINK_ALONE = new RegExp(String.raw`^(?:${LINK_TEXT}\([^)]*\)|<[^>\s]+>|https?:\/\/\S+)[ \t]*$`);

/**
 * Where most headed entries are titles with no link, the link to the page they end with: its
 * text (empty where it is the title again) and whether it has a line of its own. Where their
 * words hold their links inline (This Week in Guix), a new entry's page is the title again, on a
 * line of its own after its words: the way such an entry is read back on its own.
 */
function pageLinkOf(sources: readonly string[]): Pick<ItemStyle, 'pageLink'> {
  const titled = sources.flatMap((source) => {
    const [heading = '', ...rest] = source.split('\n');
    if (extractLinks(heading).length > 0) return [];
    const words = rest.join('\n').trimEnd();
    const link = endingLink(words);
    const lastLine = words.split('\n').at(-1) ?? '';
    const own = parseLinkLine(lastLine);
    // A last link that neither names no page (`Read more`), nor repeats the title, nor is labelled
    // so is one more of the words' own links.
    const page = link && (isGenericLinkText(link.text) || isTitleText(link.text, stripHeadingText(heading.replace(HEADED_MARKER, ''))) || (own !== undefined && own.label.trim() !== ''));
    if (!link || !page) return extractLinks(words).length > 0 ? [{ text: '', line: true, label: undefined, inline: true }] : [];
    const label = own?.label.trim() ? { label: own.label, form: LINK_FORM[link.kind] } : undefined;
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
  return { pageLink: { text, line: true, labelled: { label, form } } };
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
 * next) rather than starting again at 1: where most changes of heading between numbered entries
 * count on.
 */
function countsAcross(issue: ParsedIssue, markerOf: RegExp): boolean {
  const numberOf = (item: (typeof issue.items)[number]): number | undefined => {
    const digits = /\d+/.exec(markerOf.exec(item.source ?? '')?.[0] ?? '')?.[0];
    return digits === undefined ? undefined : Number(digits);
  };
  let on = 0;
  let again = 0;
  issue.items.forEach((item, i) => {
    const before = issue.items[i - 1];
    if (!before || groupKeyOf(before) === groupKeyOf(item)) return;
    const [a, b] = [numberOf(before), numberOf(item)];
    if (a === undefined || b === undefined) return;
    if (b === a + 1 && b !== 1) on++;
    else if (b === 1) again++;
  });
  return on > again;
}

function majority(values: readonly boolean[]): boolean | undefined {
  if (values.length === 0) return undefined;
  const yes = values.filter(Boolean).length;
  return yes * 2 === values.length ? undefined : yes * 2 > values.length;
}

/**
 * The headings an issue files items under, in order: those that hold items (or hold headings
 * that do), and not the issue's own — the heading of its essay, which is its subtitle, and the
 * headings under that.
 */
export function taxonomyHeadings(parsed: ParsedIssue): HeadingSegment[] {
  const { issue, items } = parsed;
  const filled = new Set(items.map(groupKeyOf));
  const sectionsFilled = new Set(items.map((i) => i.section));
  const out: HeadingSegment[] = [];
  const days = dayHeadingsOf(issue)?.sections;
  let ownLevel = Infinity;
  for (const segment of issue.body) {
    if (segment.kind !== 'heading') continue;
    if (segment.level > ownLevel) continue;
    ownLevel = Infinity;
    if (isOwnHeading(segment.text, issue.title)) {
      ownLevel = segment.level;
      continue;
    }
    // A day's heading (`## Monday, May 6`) is no section: the next issue heads its own days.
    if (days?.has(segment.section ?? '')) continue;
    const holds = filled.has(groupKeyOf(segment)) || (segment.project === null && segment.section !== null && sectionsFilled.has(segment.section));
    if (holds) out.push(segment);
  }
  return out;
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
 * mostly put before it. Each keeps the line the newest issue wrote it as, and the table its
 * entries were rows of there (`tables`), if they were.
 */
function mergeOutlines(
  outlines: readonly (readonly HeadingSegment[])[],
  tables: ReadonlyMap<HeadingSegment, TableShape>,
  markers: ReadonlyMap<HeadingSegment, string>,
  words: ReadonlyMap<HeadingSegment, HeadingWords>,
): SectionDef[] {
  const sections: SectionDef[] = [];
  const sectionRuns: (string | null)[][] = [];
  const projectRuns = new Map<string | null, string[][]>();
  for (const outline of outlines) {
    const sectionRun: (string | null)[] = [];
    const projectRun = new Map<string | null, string[]>();
    for (const heading of outline) {
      let section = sections.find((s) => sameSection(s, heading.section));
      const table = tables.get(heading);
      const marker = markers.get(heading);
      const written = { heading: heading.raw, ...(table ? { table } : {}), ...(marker ? { marker } : {}), ...words.get(heading) };
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
        project = { name: heading.project, aliases: [], hidden: false, ...written };
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
    return { ...section, projects: order.map((p) => section.projects.find((d) => d.name === p) as ProjectDef) };
  });
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
