import type { ParsedIssue } from '../issue/issue-parser.ts';
import type { Segment } from '../model/issue.ts';
import { formOf } from '../issue/entry-form.ts';
import type { HeadingForm, ItemGrammar, ItemStyle } from '../model/template.ts';
import { mostCommon } from './most-common.ts';
import { siteFormOf } from './site-note-form.ts';
import { htmlParagraphInner } from '../markdown/html-paragraph-entry.ts';
import { changeLogStyle } from './change-log-style.ts';
import { addressAfterStyle } from './address-after.ts';
import { leadTitleStyle } from './lead-title.ts';
import { bylineOf, entryOpenings, mostCommonSeparator, separatorOf, wordsMarkerOf } from './entry-opening.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/**
 * A list item's bullet as an entry's line opens with it, the spaces after it too (`-   `); not
 * indented: an entry nested under a list item of its heading's (`- Org Mode:`) is listed as the
 * digest lists all its own.
 */
const BULLET = /^([*+-] {1,4})(?=\S)/;

/**
 * The headings of a list digest's issue whose entries are listed otherwise than the digest's
 * others (`style`): by another bullet or with more spaces after it (Haskell Weekly's `-   ` under
 * "Call for participation", where its others are `- `), or with no blank line between them where
 * the others have one, or the other way. Told where most of a heading's entries, two at least,
 * agree; what agrees with the digest's way is left out. In a digest of lists or of headed
 * entries, a heading whose entries are mostly paragraphs, or entries under headings of their own
 * where the digest's are not, writes them so (`grammar`), one entry being enough: its news is
 * written as paragraphs (Last Week in Kubernetes Development's "Developer News"); so in a digest
 * of paragraphs, a heading whose entry has a heading of its own (its "KEP of the Week"). Only the
 * headings `wanted` are read (those a newer issue has not told already).
 */
export function headingLists(
  parsed: ParsedIssue,
  style: Pick<ItemStyle, 'grammar' | 'marker' | 'loose' | 'separator' | 'wordsMarker' | 'byline' | 'referenceLink' | 'addressAfter' | 'site'>,
  wanted: (heading: HeadingSegment) => boolean = () => true,
): Map<HeadingSegment, HeadingForm> {
  const out = new Map<HeadingSegment, HeadingForm>();
  const lists = parsed.grammar === 'bullet' && style.grammar === 'bullet';
  const paragraphs = parsed.grammar === 'paragraph' && style.grammar === 'paragraph';
  if (!lists && !paragraphs && (parsed.grammar !== 'heading' || style.grammar !== 'heading')) return out;
  const groups = new Map<HeadingSegment, { markers: string[]; gaps: boolean[]; forms: { grammar: ItemGrammar; marker: string }[]; sources: string[] }>();
  let heading: HeadingSegment | undefined;
  let previous: Segment | undefined;
  for (const segment of parsed.issue.body) {
    if (segment.kind === 'heading') heading = segment;
    if (segment.kind === 'item' && heading && wanted(heading)) {
      const source = parsed.items[segment.order]?.source ?? '';
      const bullet = BULLET.exec(source)?.[1];
      const group = groups.get(heading) ?? { markers: [], gaps: [], forms: [], sources: [] };
      group.sources.push(source);
      groups.set(heading, group);
      const form = formOf(source);
      if (form) group.forms.push(form);
      if (bullet !== undefined) {
        group.markers.push(bullet);
        if (previous?.kind === 'item') group.gaps.push(/\n[ \t]*\n/.test(segment.before));
      }
    }
    previous = segment;
  }
  for (const [segment, { markers, gaps, forms, sources }] of groups) {
    const others = forms.filter((f) => (f.grammar === 'paragraph' || f.grammar === 'heading') && f.grammar !== style.grammar);
    if (others.length * 2 > forms.length) {
      const grammar = mostCommon(others.map((f) => f.grammar)) as ItemGrammar;
      const marker = mostCommon(others.filter((f) => f.grammar === grammar).map((f) => f.marker)) as string;
      // Paragraphs open with their link, as the digest's entries do, and say what follows it
      // their own way (`<p><a href="…">Tool</a>: words</p>` among lists run on after a dash).
      const separator = grammar === 'paragraph' ? mostCommonSeparator(entryOpenings(sources.map(htmlParagraphInner)).map(separatorOf)) : undefined;
      // Or give their page after their words (`Words. [title](…)`), the link last.
      const addressAfter = grammar === 'paragraph' && sources.length >= 2 ? addressAfterStyle(sources).addressAfter : undefined;
      out.set(segment, { grammar, ...(grammar === 'heading' || marker !== '' ? { marker } : {}), ...(separator !== undefined && separator !== style.separator ? { separator } : {}), ...(addressAfter ? { addressAfter } : {}) });
      continue;
    }
    // (A digest of paragraphs lists a heading's entries by its marker: see heading-markers.)
    if (paragraphs) continue;
    // In a digest of headed entries, a heading of list entries (their bullet its marker, see
    // heading-markers) dresses them as its list writes them (This Week in Neovim's core updates,
    // `- [#19862](…) changed …`).
    if (!lists && forms.filter((f) => f.grammar === 'bullet').length * 2 > forms.length) {
      const dressed = dressing(sources, style);
      if (Object.keys(dressed).length > 0) out.set(segment, dressed);
      continue;
    }
    if (!lists || markers.length < 2) continue;
    const form: HeadingForm = {};
    const marker = mostCommon(markers) as string;
    // (Against the digest's bullet: a symbol its entries open with after it, `- 🔗 `, is not the heading's to tell.)
    if (marker !== (BULLET.exec(style.marker)?.[1] ?? style.marker) && markers.filter((m) => m === marker).length * 2 > markers.length) form.marker = marker;
    const loose = gaps.filter(Boolean).length * 2 > gaps.length;
    if (gaps.length > 0 && loose !== style.loose && gaps.filter((g) => g === loose).length * 2 > gaps.length) form.loose = loose;
    Object.assign(form, dressing(sources, style));
    if (Object.keys(form).length > 0) out.set(segment, form);
  }
  return out;
}

/**
 * How a heading's list entries dress their link where unlike the digest's others, as the digest's
 * own way is told (see itemStyleOf), two entries at least saying so: the separator before their
 * words, the marker of words held under the link, the author named after it. Only what the heading
 * adds is told: its entries with no author or no words say nothing against the digest's way.
 */
function dressing(sources: readonly string[], style: Pick<ItemStyle, 'separator' | 'wordsMarker' | 'byline' | 'referenceLink' | 'addressAfter' | 'site'>): Pick<HeadingForm, 'separator' | 'wordsMarker' | 'byline' | 'referenceLink' | 'referenceAuthor' | 'referenceAddress' | 'addressAfter' | 'site'> {
  const out: ReturnType<typeof dressing> = {};
  const openings = entryOpenings(sources);
  const byline = style.byline === undefined ? bylineOf(sources, openings) : undefined;
  if (byline !== undefined) out.byline = byline;
  // The page's site named after the link, where most of the heading's entries, two at least, do
  // and the digest's others do not (The Weekly Thing's older `- [title](…) www.example.com`); or
  // none, where the digest's do and the heading's do not (its quick links, `- [title](…) — words`).
  const site = sources.length >= 2 ? siteFormOf(openings, sources.length) : style.site;
  if (site !== style.site) out.site = site ?? 'none';
  // A change log's entries (`* Fix a race ([#134101](…))`), one being enough: its number in
  // brackets after the words says so as an author's name does. In a change log, a heading of two
  // entries or more that are not (the projects it links, `* [containerd v2.2.0](…) adds …`).
  const changeLog = changeLogStyle(sources);
  if (style.referenceLink === undefined) Object.assign(out, changeLog);
  else if (sources.length >= 2 && changeLog.referenceLink === undefined) out.referenceLink = false;
  // Entries giving their page's address after their words (`- kitefmt 2.0: https://…`), where the
  // digest's others do not, or otherwise; or none where the digest's do.
  // (Entries with their title set apart, `**Title** — words [Read more →](…)`, end with their
  // page's link as that form does: no address after their words, as the digest's own are read.)
  const led = leadTitleStyle(sources).leadTitle !== undefined;
  if (!led && style.referenceLink === undefined && changeLog.referenceLink === undefined && sources.length >= 2) {
    const own = addressAfterStyle(sources).addressAfter;
    if (own !== undefined && JSON.stringify(own) !== JSON.stringify(style.addressAfter)) out.addressAfter = own;
    else if (own === undefined && style.addressAfter !== undefined) out.addressAfter = 'none';
  }
  if (openings.length < 2) return out;
  const separator = mostCommonSeparator(openings.map(separatorOf)) as string;
  if (separator !== style.separator) out.separator = separator;
  const wordsMarker = separator.startsWith('\n') ? wordsMarkerOf(openings) : undefined;
  if (wordsMarker !== undefined && wordsMarker !== style.wordsMarker) out.wordsMarker = wordsMarker;
  return out;
}
