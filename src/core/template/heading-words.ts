import type { ParsedIssue } from '../issue/issue-parser.ts';
import { tableHeadCells } from '../markdown/table-rows.ts';
import type { Segment } from '../model/issue.ts';
import type { ProjectDef } from '../model/template.ts';
import { sharedBlocks, type Written } from './standing-text.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/** What a heading opens with before its entries and closes with after them, where it does in every issue. */
export type HeadingWords = Pick<ProjectDef, 'intro' | 'outro'>;

/**
 * The words a heading of the newest issue opens with before its entries (`intro`) and closes
 * with after them (`outro`), where the issue before it opened or closed the same heading with the
 * same words, block by block (what changes is left out): a standing line (HelloGitHub's
 * `> 以下为本期内容…` and `🔙 返回目录` under each group, R Weekly's R-universe search line). A table's header is no such line: the table writes its own;
 * nor is what closes the issue's last heading, the issue's own ending.
 */
export function headingWords(newest: ParsedIssue, previous: ParsedIssue | undefined): Map<HeadingSegment, HeadingWords> {
  const out = new Map<HeadingSegment, HeadingWords>();
  if (!previous) return out;
  const before = blocksOf(previous);
  for (const [heading, blocks] of blocksOf(newest)) {
    const match = [...before].find(([h]) => h.raw === heading.raw)?.[1];
    if (!match) continue;
    const intro = sharedBlocks(blocks.intro, match.intro);
    const outro = sharedBlocks(blocks.outro, match.outro);
    if (intro !== undefined || outro !== undefined) out.set(heading, { ...(intro === undefined ? {} : { intro }), ...(outro === undefined ? {} : { outro }) });
  }
  return out;
}

/**
 * Each heading's opening text blocks, up to its first entry or heading, and its closing ones
 * after its last entry, up to the next heading (none for the issue's last heading: what follows
 * it is the issue's own ending).
 */
function blocksOf(parsed: ParsedIssue): Map<HeadingSegment, { intro: Written[]; outro: Written[] }> {
  const out = new Map<HeadingSegment, { intro: Written[]; outro: Written[] }>();
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
