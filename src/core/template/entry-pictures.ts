import type { ParsedIssue } from '../issue/issue-parser.ts';
import { extractLinks } from '../markdown/markdown-links.ts';
import type { Segment } from '../model/issue.ts';
import type { PictureStyle } from '../model/template.ts';
import { everyIssueKey } from './every-issue-headings.ts';
import { mostCommon } from './most-common.ts';

/** A picture: `![words](src)`, or one that links, `[![words](src)](href)`. */
const PICTURE = /(\[)?!\[((?:[^[\]\\\n]|\\.)*)\]\(([^()\s]+)(?:[ \t]+"[^"\n]*")?\)(?:\]\(([^()\s]+)(?:[ \t]+"[^"\n]*")?\))?/g;
/** A line that is a picture and nothing else, maybe indented under a list item. */
const PICTURE_LINE = new RegExp(String.raw`^[ \t]*${PICTURE.source}[ \t]*$`);

const OPENING = new RegExp(String.raw`^${PICTURE.source}`);

/** How many of the newest issues are read, at most. */
const SPAN = 5;

/**
 * How an entry shows its page's picture: in a paragraph of its own right under the line linking
 * the page, or opening that line; undefined where it shows none so (a picture further down is the
 * words' own illustration).
 */
export function pictureOf(source: string): PictureStyle | undefined {
  if (!source.includes('![')) return undefined;
  const lines = source.split('\n');
  const at = lines.findIndex((line) => extractLinks(line.replace(PICTURE, '')).length > 0);
  if (at === -1) return undefined;
  // After the entry's marker, a picture and then the page's link: `- ![](…) [title](…)`.
  const line = (lines[at] as string).replace(/^[ \t]*(?:(?:[*+-]|\d+[.)、])[ \t]*)?/, '');
  const opening = OPENING.exec(line);
  if (opening && extractLinks(line.slice(opening[0].length)).length > 0) return styleOf(opening, 'opening');
  const under = lines.slice(at + 1).find((line) => line.trim() !== '');
  const picture = under === undefined ? null : PICTURE_LINE.exec(under);
  return picture ? styleOf(picture, 'under') : undefined;
}

/** The picture a paragraph of its own shows right over an entry (`![words](…)`, a blank line, the entry). */
function pictureOver(before: Segment | undefined): PictureStyle | undefined {
  if (before?.kind !== 'text' || before.raw.includes('\n')) return undefined;
  const picture = PICTURE_LINE.exec(before.raw);
  return picture ? styleOf(picture, 'over') : undefined;
}

function styleOf(m: RegExpExecArray, at: PictureStyle['at']): PictureStyle {
  return { at, linked: m[1] === '[' && m[4] !== undefined, titled: (m[2] ?? '').trim() !== '' };
}

/** The pictures a digest shows: its entries' way, and each heading's where unlike it (see HeadingForm.picture). */
export interface EntryPictures {
  style?: PictureStyle;
  byHeading: Map<string, PictureStyle | 'none'>;
}

/**
 * How the newest issues' entries show their pages' pictures, in their own lines or in a
 * paragraph right over them (the issue's text, see pictureOver) (`issues` with their entries'
 * links written inline): the digest's way where most of its entries show one; a heading's own
 * where most of its entries, two at least, do otherwise (科技爱好者周刊's news show one, its
 * articles none). Keyed by `everyIssueKey`.
 */
export function entryPictures(newestFirst: readonly ParsedIssue[]): EntryPictures {
  const all: (PictureStyle | undefined)[] = [];
  const headings = new Map<string, (PictureStyle | undefined)[]>();
  for (const parsed of newestFirst.slice(0, SPAN)) {
    let key: string | undefined;
    for (const [index, segment] of parsed.issue.body.entries()) {
      if (segment.kind === 'heading') key = everyIssueKey(segment);
      if (segment.kind !== 'item') continue;
      const source = parsed.items[segment.order]?.source;
      if (source === undefined) continue;
      const picture = pictureOf(source) ?? pictureOver(parsed.issue.body[index - 1]);
      all.push(picture);
      if (key === undefined) continue;
      const list = headings.get(key) ?? [];
      list.push(picture);
      headings.set(key, list);
    }
  }
  const style = mostPictured(all);
  const byHeading = new Map<string, PictureStyle | 'none'>();
  for (const [key, pictures] of headings) {
    if (pictures.length < 2) continue;
    const own = mostPictured(pictures);
    if (style === undefined && own !== undefined) byHeading.set(key, own);
    if (style !== undefined && pictures.filter((p) => p === undefined).length * 2 > pictures.length) byHeading.set(key, 'none');
  }
  return { ...(style ? { style } : {}), byHeading };
}

/** The way most of these entries show a picture, where most show one. */
function mostPictured(pictures: readonly (PictureStyle | undefined)[]): PictureStyle | undefined {
  const shown = pictures.filter((p): p is PictureStyle => p !== undefined);
  if (shown.length * 2 <= pictures.length) return undefined;
  return JSON.parse(mostCommon(shown.map((p) => JSON.stringify(p))) as string) as PictureStyle;
}
