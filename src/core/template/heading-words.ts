import { closesHtmlList } from '../markdown/html-list-lines.ts';
import { isKeptPlace } from '../issue/never-item.ts';
import { closesOpened, closesUnopened } from '../markdown/unopened-tags.ts';
import type { ParsedIssue } from '../issue/issue-parser.ts';
import { tableHeadCells } from '../markdown/table-rows.ts';
import type { Segment } from '../model/issue.ts';
import type { ProjectDef } from '../model/template.ts';
import { issuePatterns, sharedBlocks, writtenText, type BlockPatterns, type Written } from './standing-text.ts';
import type { IssueOwnFigures } from './standing-pattern.ts';
import { daysBetween, type IsoDate } from '../dates/calendar-date.ts';
import { moveDays, writesDays } from '../dates/moving-dates.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/** What a heading opens with before its entries and closes with after them, where it does in every issue. */
export type HeadingWords = Pick<ProjectDef, 'intro' | 'introBlank' | 'introTight' | 'outro' | 'daysWrittenFor'>;

/**
 * The words a heading opens with before its entries (`intro`) and closes with after them
 * (`outro`), where the issue that wrote the heading last and the one before that to write it
 * (`newestFirst`) did so with the same words, block by block (what changes is left out): a
 * standing line (HelloGitHub's `> 以下为本期内容…` and `🔙 返回目录` under each group, R Weekly's
 * R-universe search line, This Week in GNOME's line saying what a project is, under a project's
 * heading that not every issue writes). A table's header is no such line: the table writes its
 * own; nor is what closes an issue's last heading, the issue's own ending. Keyed by the heading's
 * line (a heading read at another level keeps its line, and its words).
 */
export function headingWords(newestFirst: readonly ParsedIssue[]): LearnedHeadingWords {
  const out = new Map<string, HeadingWords>();
  const closingEach = new Set<string>();
  // Each heading's two newest writings (a heading written twice in one issue: its first), with
  // their issues.
  const writings = new Map<string, [HeadingSegment, Blocks, IssueOwnFigures][]>();
  newestFirst.forEach((parsed, index) => {
    const own = new Set<string>();
    const byHeading = blocksOf(parsed);
    if (index < 2) for (const text of wordsClosingSeveral(byHeading.values())) closingEach.add(text);
    for (const [heading, blocks] of byHeading) {
      if (own.has(heading.raw)) continue;
      own.add(heading.raw);
      const written = writings.get(heading.raw);
      if (!written) writings.set(heading.raw, [[heading, blocks, parsed.issue]]);
      else if (written.length < 2) written.push([heading, blocks, parsed.issue]);
    }
  });
  // Most headings' two writings are in the same two issues: their patterns (each issue's number
  // and days in every form) are worked out once for each pair.
  const pairs = new Map<IssueOwnFigures, Map<IssueOwnFigures, BlockPatterns>>();
  const patternsOf = (issue: IssueOwnFigures, previous: IssueOwnFigures): BlockPatterns => {
    const byPrevious = pairs.get(issue) ?? new Map<IssueOwnFigures, BlockPatterns>();
    pairs.set(issue, byPrevious);
    let patterns = byPrevious.get(previous);
    if (!patterns) byPrevious.set(previous, (patterns = issuePatterns(issue, previous)));
    return patterns;
  };
  for (const [[heading, blocks, issue] = [], [, match, matchIssue] = []] of writings.values()) {
    if (!heading || !blocks || !issue || !match || !matchIssue) continue;
    const words = standingWords(blocks, match, issue, matchIssue, patternsOf(issue, matchIssue));
    if (words.intro !== undefined || words.outro !== undefined) out.set(heading.raw, words);
  }
  return { byHeading: out, closingEach };
}

/**
 * What headings open and close their entries with (see headingWords), and the words one of the
 * two newest issues closes two headings or more with after their entries (HelloGitHub's
 * `🔙 返回目录` after each group's entries): each heading's own, where words closing whichever
 * heading came last are its section's (see withSectionClosing).
 */
export interface LearnedHeadingWords {
  byHeading: Map<string, HeadingWords>;
  closingEach: Set<string>;
}

/** The words an issue closes two of its headings or more with (`blocks`: its headings' blocks). */
function wordsClosingSeveral(blocks: Iterable<Blocks>): string[] {
  const seen = new Set<string>();
  const several = new Set<string>();
  for (const { outro } of blocks) {
    if (outro.length === 0) continue;
    const text = writtenText(outro);
    if (seen.has(text)) several.add(text);
    seen.add(text);
  }
  return [...several];
}

/**
 * The words both writings share, block by block; a block that writes days is shared too where
 * each of its days moved as far as the issues' days did (This Week in Rust's `Rusty Events
 * between 2026-08-19 - 2026-09-16` a week after `2026-08-12 - 2026-09-09`): its days then move
 * with the next issue's (`daysWrittenFor`). Not where a kept block writes a day that stayed put:
 * which days move could not be told apart. A block that reads alike but for each issue's own
 * number and days (HelloGitHub's `> 获得更好的阅读体验 [点这里](…/volume/101)`) is kept as their
 * pattern (see standingPattern), for the next issue's own.
 */
function standingWords(newest: Blocks, previous: Blocks, issue: IssueOwnFigures, previousIssue: IssueOwnFigures, patterns: BlockPatterns): HeadingWords {
  const [day, previousDay] = [issue.published, previousIssue.published];
  const fields = ['intro', 'outro'] as const;
  const shift = day !== null && previousDay !== null ? daysBetween(previousDay, day) : 0;
  const stayed = fields.some((f) => newest[f].some((s) => writesDays(s.raw) && previous[f].some((p) => p.raw === s.raw)));
  let moved = false;
  const words: HeadingWords = {};
  for (const field of fields) {
    const alike = (s: Written): boolean => {
      const same = shift !== 0 && !stayed && writesDays(s.raw) && previous[field].some((p) => moveDays(p.raw, shift) === s.raw);
      moved ||= same;
      return same;
    };
    // Where one of the two writings is its issue's last heading, the words after its entries
    // (its issue's ending) are compared with the other's closing words: This Week in Servo's
    // `Interested in helping build a web browser? …` closes `### New Contributors` whether a
    // heading follows or the issue ends there.
    const [mine, theirs] = field === 'outro' && (newest.tail === undefined) !== (previous.tail === undefined) ? [newest.tail ?? newest.outro, previous.tail ?? previous.outro] : [newest[field], previous[field]];
    const text = sharedBlocks(mine, theirs, alike, patterns);
    if (text !== undefined) words[field] = text;
  }
  // Set off from the heading as the newest writing set it (its first block after a blank line or not).
  const first = words.intro === undefined ? undefined : newest.intro.find((s) => words.intro?.startsWith(s.raw) || words.intro?.startsWith(patterns.newest(s.raw)));
  if (first) words.introBlank = /\n[ \t]*\n/.test(first.before);
  // Its first entry right under those words, where the newest writing set it so under the last of them.
  const last = newest.intro.at(-1);
  if (words.intro !== undefined && newest.introTight && last !== undefined && (words.intro.endsWith(last.raw) || words.intro.endsWith(patterns.newest(last.raw)))) words.introTight = true;
  if (moved) words.daysWrittenFor = day as IsoDate;
  return words;
}

/** A heading's opening and closing text blocks. */
interface Blocks {
  intro: Written[];
  outro: Written[];
  /** The issue's last heading's: every text block after its last entry, the issue's ending with them. */
  tail?: Written[];
  /** Whether its first entry stands right under its opening blocks, no blank line between. */
  introTight: boolean;
}

/**
 * Each heading's opening text blocks, up to its first entry or heading, and its closing ones
 * after its last entry, up to the next heading (for the issue's last heading, only the tag closing
 * its HTML list: what follows it is the issue's own ending).
 */
function blocksOf(parsed: ParsedIssue): Map<HeadingSegment, Blocks> {
  const out = new Map<HeadingSegment, Blocks>();
  const body = parsed.issue.body;
  // (A list left empty, `*`, keeps the part's place for entries: no words of the heading's own.)
  const texts = (from: number, to: number): Written[] => body.slice(from, to).filter((s): s is Written => s.kind === 'text' && !isKeptPlace(s.raw));
  body.forEach((segment, i) => {
    if (segment.kind !== 'heading') return;
    let end = body.findIndex((s, k) => k > i && s.kind === 'heading');
    const last = end === -1;
    if (last) end = body.length;
    let open = i + 1;
    while (open < end && body[open]?.kind === 'text' && !tableHeadCells((body[open] as { raw: string }).raw)) open++;
    const lastEntry = body.slice(0, end).findLastIndex((s, k) => k > i && s.kind === 'item');
    // The last heading's closes only its HTML list (`</ul>`): what follows is the issue's ending.
    const after = lastEntry === -1 ? [] : texts(lastEntry + 1, end);
    const intro = texts(i + 1, open);
    // Not a tag closing what opened among the entries (`</details>`, its `<details>` between
    // two of them): written after new entries alone, it would close nothing.
    const opened = [segment, ...intro].map((s) => s.raw).join('\n');
    // (Nor, for the last, anything but the tags closing its HTML list or what its heading opened:
    // a collapsible part's `</details>`.)
    const closing = after.findIndex((s) => !closesHtmlList(s.raw) && !closesOpened(s.raw, opened));
    const unopened = (s: Written): boolean => !closesUnopened(s.raw, opened);
    const outro = (last ? after.slice(0, closing === -1 ? after.length : closing) : after).filter(unopened);
    const firstEntry = body[open];
    const introTight = intro.length > 0 && firstEntry?.kind === 'item' && !/\n[ \t]*\n/.test(firstEntry.before);
    out.set(segment, { intro, outro: lastEntry !== -1 ? outro : [], introTight, ...(last && lastEntry !== -1 ? { tail: after.filter(unopened) } : {}) });
  });
  return out;
}
