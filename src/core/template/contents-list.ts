import { anchoredHeading } from '../markdown/heading-anchor.ts';
import type { ParsedIssue } from '../issue/issue-parser.ts';
import { stripHeadingText } from '../issue/issue-head.ts';
import { slug } from '../issue/pattern.ts';
import { CONTENTS_LINE } from '../markdown/contents-line.ts';
import { escapeLinkText } from '../markdown/markdown-escape.ts';
import type { ContentsList } from '../model/template.ts';

/** A heading's line: its marks, its words, an id it sets itself (`{#tools}`). */
const HEADING_LINE = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const OWN_ID = /\{#([^{}\s]+)\}\s*$/;

/**
 * The anchor a blog gives a heading, by one of the two rules digests' blogs follow: GitHub's
 * (lower case, marks and punctuation dropped, each space a hyphen: `C/C++ 项目` → `cc-项目`) or a
 * slug's (each run of what is not a letter or digit one hyphen: `c-c-项目`). A heading that sets
 * its own id (`{#tools}`) is anchored by it.
 */
export function headingAnchor(heading: string, rule: ContentsList['anchors']): string {
  const own = OWN_ID.exec(heading)?.[1];
  if (own !== undefined) return own;
  const words = stripHeadingText(heading);
  if (rule === 'slug') return slug(words);
  // GitHub drops what is not a word character after trimming, so a leading emoji leaves its hyphen.
  return words
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * The issue's list of its own contents, where it has one: a list of links to its headings'
 * anchors (two at least), how it is written (its marker, the heading levels it lists, the rule
 * its anchors follow) and the heading it stands under. Undefined where no list links most of its
 * lines to headings of the issue.
 */
export function contentsOf(parsed: ParsedIssue): ContentsList | undefined {
  const body = parsed.issue.body;
  // The issue's headings, an entry's own among them (`## [title](…)` over its words): a list of
  // contents may name the stories as well as the sections.
  const headings = body.flatMap((s) => {
    if (s.kind === 'heading') {
      const { id, heading } = anchoredHeading(s.raw);
      return [{ raw: heading, level: s.level, ...(id === undefined ? {} : { id }) }];
    }
    const line = s.kind === 'item' ? parsed.items[s.order]?.source?.split('\n')[0] : undefined;
    const level = line === undefined ? undefined : HEADING_LINE.exec(line)?.[1]?.length;
    return line !== undefined && level !== undefined ? [{ raw: line, level }] : [];
  });
  for (let i = 0; i < body.length; i++) {
    const segment = body[i];
    if (segment?.kind !== 'text') continue;
    const lines = segment.raw.split('\n').filter((line) => line.trim() !== '');
    const listed = lines.map((line) => CONTENTS_LINE.exec(line));
    if (listed.length < 2 || listed.some((m) => m === null)) continue;
    // By the rule that anchors the most of the list's lines (GitHub's where both do alike):
    // `Dune 3.17` is `#dune-317` by one and `#dune-3-17` by the other.
    const tried = (['github', 'slug'] as const).map((anchors) => {
      const levels = new Set<number>();
      const found = (listed as RegExpExecArray[]).filter((m) => {
        const heading = headings.find((h) => ('id' in h && h.id === m[3]) || headingAnchor(h.raw.replace(HEADING_LINE, '$2'), anchors) === m[3]);
        if (heading) levels.add(heading.level);
        return heading !== undefined;
      });
      return { anchors, levels, found };
    });
    const { anchors, levels, found } = tried.reduce((a, b) => (b.found.length > a.found.length ? b : a));
    if (found.length * 2 <= listed.length) continue;
    const before = body[i - 1];
    const under = before?.kind === 'heading' ? before.raw : before?.kind === 'text' ? before.raw.split('\n').at(-1) : undefined;
    return {
      marker: ((listed[0] as RegExpExecArray)[1] as string).replace(/\d+/, '1'),
      levels: [...levels].sort(),
      anchors,
      ...(under !== undefined && under.trim() !== '' ? { under } : {}),
    };
  }
  return undefined;
}

/**
 * The list of contents for an issue's headings, as the digest writes its own (`headings`: the
 * parts written, in order, each a heading's line or an entry whose first line may be its heading;
 * those of the levels it lists are listed). Empty for none.
 */
export function contentsLines(contents: ContentsList, headings: readonly string[]): string {
  let count = 0;
  return headings
    .flatMap((part) => {
      // Under an anchor of its own (`<a id="news"></a>`), linked to it.
      const { id, heading } = anchoredHeading(part);
      const m = HEADING_LINE.exec(heading.split('\n')[0] as string);
      if (!m || !contents.levels.includes((m[1] as string).length)) return [];
      const words = stripHeadingText(m[2] as string);
      if (words === '') return [];
      const marker = contents.marker.replace(/\d+/, () => String(++count));
      return [`${marker}[${escapeLinkText(words)}](#${id ?? headingAnchor(m[2] as string, contents.anchors)})`];
    })
    .join('\n');
}
