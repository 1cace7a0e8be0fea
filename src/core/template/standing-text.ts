import { closesHtmlList } from '../markdown/html-list-lines.ts';
import { closesOpened } from '../markdown/unopened-tags.ts';
import { THEMATIC_BREAK } from '../markdown/thematic-break.ts';
import type { ParsedIssue } from '../issue/issue-parser.ts';
import type { Segment } from '../model/issue.ts';
import { addressesOf } from '../issue/standing-blocks.ts';
import { LIST_ITEM_LINE } from '../markdown/list-item-line.ts';
import { issueFigures, standingPattern, standingValues, type IssueFigures, type IssueOwnFigures } from './standing-pattern.ts';
import { unpaddedPattern } from './unpadded-pattern.ts';
import { formatPattern } from '../issue/pattern.ts';
import { daysBetween } from '../dates/calendar-date.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;
/** A piece of an issue written as it stands: its text and its headings. */
export type Written = Exclude<Segment, { kind: 'item' | 'items' }>;

/**
 * What the newest issue ends with that the issue before it ends with too, in the newest one's
 * order and spacing: the digest's standing ending (a license, a sign-off, a subscription section,
 * the heading of a section written by hand each week), to be written again after the next
 * issue's entries. The ending starts after the last entry and after the last heading entries are
 * filed under (`isGroup`): the next issue writes those itself. What changes from issue to issue
 * (this week's quote, the link to its discussion) is not kept. Undefined without two issues to
 * compare or nothing shared.
 */
export function standingClosing(newest: ParsedIssue, previous: ParsedIssue | undefined, isGroup: (heading: HeadingSegment) => boolean): string | undefined {
  if (!previous) return undefined;
  const before = endingOf(previous, isGroup);
  // A sign-off naming whoever wrote the issue (`From 日报小组 风筝` beside `… 长尾`, `Edited by
  // Ann.` beside `… Bo.`): the newest one's, for the editor to change where someone else writes.
  const signOffs = new Set(before.flatMap((s) => (s.kind === 'text' ? [signOffKey(s.raw)] : [])).filter((k) => k !== undefined));
  const signOff = (s: Written): boolean => s.kind === 'text' && signOffs.has(signOffKey(s.raw) as string);
  return sharedBlocks(endingOf(newest, isGroup), before, signOff, issuePatterns(newest.issue, previous.issue));
}

/**
 * A line of a few words ending in a name, as one reads with the name left out; undefined for any
 * other text: a quote, a list, a heading, or a line ending in a figure (`See you in 3.`).
 */
function signOffKey(raw: string): string | undefined {
  const words = raw.trim().split(/[ \t]+/);
  // Set in italics or bold (`*Edited by Ann.*`) or not.
  const last = (words.at(-1) ?? '').replace(/[*_]+$/, '');
  const plain = !raw.includes('\n') && raw.length <= 80 && !/^\s*(?:[>#|<]|[*+-]\s|\d+[.)]\s)/.test(raw);
  return !plain || words.length < 3 || words.length > SIGN_OFF_WORDS || !/^\p{L}[\p{L}\p{M}'’-]*[.!]?$/u.test(last) ? undefined : words.slice(0, -1).join(' ');
}

/** The most words a sign-off has, its name the last. */
const SIGN_OFF_WORDS = 6;

/**
 * What the newest issue opens with, before its first entry and its first heading entries are
 * filed under, that the issue before it opens with too: the digest's standing opening (a motto,
 * an introduction section, the heading of its contents); not this issue's cover or words.
 */
export function standingOpening(newest: ParsedIssue, previous: ParsedIssue | undefined, isGroup: (heading: HeadingSegment) => boolean): string | undefined {
  return previous ? sharedBlocks(openingOf(newest, isGroup), openingOf(previous, isGroup), undefined, issuePatterns(newest.issue, previous.issue)) : undefined;
}

/** Each issue's text as a pattern of its own number and days (see standingPattern). */
export function issuePatterns(newest: IssueOwnFigures, previous: IssueOwnFigures): BlockPatterns {
  // (Each names the next issue's day by the days between the two: a weekly's `See you on the 29th`.)
  const gap = newest.published && previous.published ? daysBetween(previous.published, newest.published) : undefined;
  const [ours, theirs] = [issueFigures(newest, gap, true), issueFigures(previous, gap, true)];
  // A block is often read more than once (the issue's opening, its headings' words): each once.
  const read = (figures: IssueFigures): ((raw: string) => string) => {
    const seen = new Map<string, string>();
    return (raw) => {
      let pattern = seen.get(raw);
      if (pattern === undefined) seen.set(raw, (pattern = standingPattern(raw, figures)));
      return pattern;
    };
  };
  const writes = (issue: IssueOwnFigures) => (pattern: string, raw: string): boolean => formatPattern(pattern, standingValues(issue)) === raw;
  return { newest: read(ours), previous: read(theirs), writesNewest: writes(newest), writesPrevious: writes(previous) };
}

/** How the newest issue's blocks and the previous one's read with their own number and days as tokens. */
export interface BlockPatterns {
  newest: (raw: string) => string;
  previous: (raw: string) => string;
  /** Whether a pattern, filled with the newest issue's own number and days, writes `raw`. */
  writesNewest: (pattern: string, raw: string) => boolean;
  writesPrevious: (pattern: string, raw: string) => boolean;
}

/**
 * The blocks of `newest` that `previous` has too (or that are `alike` one of its, or are a list
 * that links the same pages: counts updated each week, see standingBlocks, kept as the newest
 * wrote them for the editor to update), in the newest one's order and spacing; undefined for none.
 * (Not a paragraph so: one that names the issue's number would name last week's.) With
 * `patterns`, a block that reads as one of the previous issue's once each names its own issue's
 * number and days as tokens (`Welcome to Kite Weekly 12` beside `… 11`) is kept as that pattern.
 */
export function sharedBlocks(newest: readonly Written[], previous: readonly Written[], alike?: (segment: Written) => boolean, patterns?: BlockPatterns): string | undefined {
  const kept = new Set(previous.map((s) => s.raw));
  const listing = (s: Written): string | undefined => (s.kind === 'text' && LIST_ITEM_LINE.test(s.raw) ? addressesOf(s.raw) : undefined);
  const lists = new Set(previous.map(listing).filter((key) => key !== undefined));
  // The previous blocks' patterns are worked out only once a block is not kept as written (most
  // are, or there are none): a pattern reads the text for every form of the issue's days.
  let before: Map<string, { pattern: string; raw: string }[]> | undefined;
  const patternBefore = (pattern: string, raw: string): string | undefined => {
    if (!patterns) return undefined;
    before ??= byUnpadded(previous.flatMap((s) => (s.kind === 'text' ? [{ pattern: patterns.previous(s.raw), raw: s.raw }] : [])));
    const theirs = before.get(unpaddedPattern(pattern)) ?? [];
    if (theirs.some((t) => t.pattern === pattern)) return pattern;
    // Alike but for a day's padding: the writing that tells is kept. This issue's day may read the
    // same padded or not (the 14th), where the previous one's does not (the 7th), or the other way.
    for (const t of theirs) {
      if (patterns.writesNewest(t.pattern, raw)) return t.pattern;
      if (patterns.writesPrevious(pattern, t.raw)) return pattern;
    }
    return undefined;
  };
  const shared = newest.flatMap((segment): Written[] => {
    const key = listing(segment);
    if (kept.has(segment.raw) || alike?.(segment) || (key !== undefined && lists.has(key))) return [segment];
    const pattern = segment.kind === 'text' ? patterns?.newest(segment.raw) : undefined;
    const standing = pattern !== undefined && pattern !== segment.raw ? patternBefore(pattern, segment.raw) : undefined;
    return standing === undefined ? [] : [{ ...segment, raw: standing }];
  });
  // Rules that framed the issue's own words (a quote of the week, a photo, between `---` lines)
  // frame nothing once those go: one stays where several would stand together.
  const isRule = (s: Written | undefined): boolean => s !== undefined && THEMATIC_BREAK.test(s.raw);
  const out = writtenText(shared.filter((segment, i) => !(isRule(segment) && isRule(shared[i - 1]))));
  return out.trim() === '' ? undefined : out;
}

/** Blocks' patterns by their unpadded form (see unpaddedPattern). */
function byUnpadded(blocks: readonly { pattern: string; raw: string }[]): Map<string, { pattern: string; raw: string }[]> {
  const out = new Map<string, { pattern: string; raw: string }[]>();
  for (const block of blocks) {
    const key = unpaddedPattern(block.pattern);
    out.set(key, [...(out.get(key) ?? []), block]);
  }
  return out;
}

/** Pieces written one after another as the issue spaced them: a blank line where it had one, else a line break. */
export function writtenText(segments: readonly Written[]): string {
  return segments.map((s, i) => (i === 0 ? '' : /\n[ \t]*\n/.test(s.before) ? '\n\n' : '\n') + s.raw).join('');
}

const opensGroup = (isGroup: (heading: HeadingSegment) => boolean) => (s: Segment): boolean => s.kind === 'item' || s.kind === 'items' || (s.kind === 'heading' && isGroup(s));

function endingOf(parsed: ParsedIssue, isGroup: (heading: HeadingSegment) => boolean): Written[] {
  const body = parsed.issue.body;
  // An issue of no entries and no headings is all opening.
  const last = body.findLastIndex(opensGroup(isGroup));
  if (last === -1) return [];
  // Words after the last entries, up to a heading, close the last heading's group (its own
  // closing words, see headingWords: This Week in Rust's line under its events); the issue's
  // ending is from that heading on, or the words alone where no heading follows (a sign-off).
  const all = body.slice(last + 1).filter(isWritten);
  // (The tag closing the last heading's HTML list is that heading's, see headingWords, and so are
  // those closing what it opened: a collapsible part's `</details>`. In an issue of no headings,
  // the list's `</ul>` is the ending's.)
  const heading = body.findLast((s, k): s is HeadingSegment => k <= last && s.kind === 'heading');
  const closes = all.findIndex((s) => !(s.kind === 'text' && heading !== undefined && (closesHtmlList(s.raw) || closesOpened(s.raw, heading.raw))));
  const tail = all.slice(closes === -1 ? all.length : closes);
  const next = tail.findIndex((s) => s.kind === 'heading');
  if (next === -1) return tail;
  // A rule alone before that heading sets the ending apart (The Ember Times' `---` between its
  // entries and its standing parts): the ending's own.
  const before = tail.slice(0, next);
  return before.length > 0 && before.every((s) => THEMATIC_BREAK.test(s.raw)) ? tail : tail.slice(next);
}

function openingOf(parsed: ParsedIssue, isGroup: (heading: HeadingSegment) => boolean): Written[] {
  const body = parsed.issue.body;
  const end = body.findIndex(opensGroup(isGroup));
  return body.slice(0, end === -1 ? body.length : end).filter(isWritten);
}

function isWritten(s: Segment): s is Written {
  return s.kind === 'text' || s.kind === 'heading';
}
