import type { ParsedIssue } from '../issue/issue-parser.ts';
import { tableHeadCells } from '../markdown/table-rows.ts';
import type { Segment } from '../model/issue.ts';
import type { ProjectDef } from '../model/template.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/** What a heading opens with before its entries and closes with after them, where it does in every issue. */
export type HeadingWords = Pick<ProjectDef, 'intro' | 'outro'>;

/**
 * The words a heading of the newest issue opens with before its entries (`intro`) and closes
 * with after them (`outro`), where the issue before it opened or closed the same heading with the
 * same words: a standing line (HelloGitHub's `> 以下为本期内容…` and `🔙 返回目录` under each group,
 * R Weekly's R-universe search line). A table's header is no such line: the table writes its own;
 * nor is what closes the issue's last heading, the issue's own ending.
 */
export function headingWords(newest: ParsedIssue, previous: ParsedIssue | undefined): Map<HeadingSegment, HeadingWords> {
  const out = new Map<HeadingSegment, HeadingWords>();
  if (!previous) return out;
  const before = wordsOf(previous);
  for (const [heading, words] of wordsOf(newest)) {
    const match = [...before].find(([h]) => h.raw === heading.raw)?.[1];
    if (!match) continue;
    const intro = words.intro !== undefined && words.intro === match.intro ? { intro: words.intro } : {};
    const outro = words.outro !== undefined && words.outro === match.outro ? { outro: words.outro } : {};
    if (intro.intro !== undefined || outro.outro !== undefined) out.set(heading, { ...intro, ...outro });
  }
  return out;
}

/** Each heading's opening text blocks, up to its first entry or heading, and its closing ones after its last entry. */
function wordsOf(parsed: ParsedIssue): Map<HeadingSegment, HeadingWords> {
  const out = new Map<HeadingSegment, HeadingWords>();
  const body = parsed.issue.body;
  const joined = (from: number, to: number): string => body.slice(from, to).map((s, k) => (k === 0 ? '' : s.before) + (s as { raw: string }).raw).join('');
  body.forEach((segment, i) => {
    if (segment.kind !== 'heading') return;
    let end = body.findIndex((s, k) => k > i && s.kind === 'heading');
    const last = end === -1;
    if (last) end = body.length;
    let open = i + 1;
    while (open < end && body[open]?.kind === 'text' && !tableHeadCells((body[open] as { raw: string }).raw)) open++;
    const words: HeadingWords = {};
    if (open > i + 1 && joined(i + 1, open).trim() !== '') words.intro = joined(i + 1, open);
    // After the heading's last entry, up to the next heading (never the issue's own ending).
    const lastEntry = body.slice(0, end).findLastIndex((s, k) => k > i && s.kind === 'item');
    if (!last && lastEntry !== -1 && lastEntry + 1 < end && joined(lastEntry + 1, end).trim() !== '') words.outro = joined(lastEntry + 1, end);
    if (words.intro !== undefined || words.outro !== undefined) out.set(segment, words);
  });
  return out;
}
