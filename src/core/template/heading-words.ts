import type { ParsedIssue } from '../issue/issue-parser.ts';
import { tableHeadCells } from '../markdown/table-rows.ts';
import type { Segment } from '../model/issue.ts';
import type { ProjectDef } from '../model/template.ts';
import { sharedBlocks, type Written } from './standing-text.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/** What a heading opens with before its entries and closes with after them, where it does in every issue. */
export type HeadingWords = Pick<ProjectDef, 'intro' | 'outro'>;

/**
 * The words a heading opens with before its entries (`intro`) and closes with after them
 * (`outro`), where the issue that wrote the heading last and the one before that to write it
 * (`newestFirst`) did so with the same words, block by block (what changes is left out): a
 * standing line (HelloGitHub's `> 以下为本期内容…` and `🔙 返回目录` under each group, R Weekly's
 * R-universe search line, This Week in GNOME's line saying what a project is, under a project's
 * heading that not every issue writes). A table's header is no such line: the table writes its
 * own; nor is what closes an issue's last heading, the issue's own ending. Keyed by the heading
 * as the newest issue to write it has it.
 */
export function headingWords(newestFirst: readonly ParsedIssue[]): Map<HeadingSegment, HeadingWords> {
  const out = new Map<HeadingSegment, HeadingWords>();
  // Each heading's two newest writings (a heading written twice in one issue: its first).
  const writings = new Map<string, [HeadingSegment, Blocks][]>();
  for (const parsed of newestFirst) {
    const own = new Set<string>();
    for (const [heading, blocks] of blocksOf(parsed)) {
      if (own.has(heading.raw)) continue;
      own.add(heading.raw);
      const written = writings.get(heading.raw);
      if (!written) writings.set(heading.raw, [[heading, blocks]]);
      else if (written.length < 2) written.push([heading, blocks]);
    }
  }
  for (const [[heading, blocks] = [], [, match] = []] of writings.values()) {
    if (!heading || !blocks || !match) continue;
    const intro = sharedBlocks(blocks.intro, match.intro);
    const outro = sharedBlocks(blocks.outro, match.outro);
    if (intro !== undefined || outro !== undefined) out.set(heading, { ...(intro === undefined ? {} : { intro }), ...(outro === undefined ? {} : { outro }) });
  }
  return out;
}

/** A heading's opening and closing text blocks. */
interface Blocks {
  intro: Written[];
  outro: Written[];
}

/**
 * Each heading's opening text blocks, up to its first entry or heading, and its closing ones
 * after its last entry, up to the next heading (none for the issue's last heading: what follows
 * it is the issue's own ending).
 */
function blocksOf(parsed: ParsedIssue): Map<HeadingSegment, Blocks> {
  const out = new Map<HeadingSegment, Blocks>();
  const body = parsed.issue.body;
  const texts = (from: number, to: number): Written[] => body.slice(from, to).filter((s): s is Written => s.kind === 'text');
  body.forEach((segment, i) => {
    if (segment.kind !== 'heading') return;
    let end = body.findIndex((s, k) => k > i && s.kind === 'heading');
    const last = end === -1;
    if (last) end = body.length;
    let open = i + 1;
    while (open < end && body[open]?.kind === 'text' && !tableHeadCells((body[open] as { raw: string }).raw)) open++;
    const lastEntry = body.slice(0, end).findLastIndex((s, k) => k > i && s.kind === 'item');
    out.set(segment, { intro: texts(i + 1, open), outro: !last && lastEntry !== -1 ? texts(lastEntry + 1, end) : [] });
  });
  return out;
}
