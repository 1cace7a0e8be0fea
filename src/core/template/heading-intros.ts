import type { ParsedIssue } from '../issue/issue-parser.ts';
import { tableHeadCells } from '../markdown/table-rows.ts';
import type { Segment } from '../model/issue.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/**
 * The words a heading of the newest issue opens with before its entries, where the issue before
 * it opened the same heading with the same words (a standing line: HelloGitHub's `> 以下为本期内容…`,
 * This Week in Rust's note on calls for testing). A table's header is no such line: the table
 * writes its own.
 */
export function headingIntros(newest: ParsedIssue, previous: ParsedIssue | undefined): Map<HeadingSegment, string> {
  const out = new Map<HeadingSegment, string>();
  if (!previous) return out;
  const before = introsOf(previous);
  for (const [heading, intro] of introsOf(newest)) {
    const match = [...before].find(([h]) => h.raw === heading.raw);
    if (match && match[1] === intro) out.set(heading, intro);
  }
  return out;
}

/** Each heading's opening text blocks, as written, up to its first entry or heading. */
function introsOf(parsed: ParsedIssue): Map<HeadingSegment, string> {
  const out = new Map<HeadingSegment, string>();
  const body = parsed.issue.body;
  body.forEach((segment, i) => {
    if (segment.kind !== 'heading') return;
    let text = '';
    for (let k = i + 1; k < body.length; k++) {
      const next = body[k] as Segment;
      if (next.kind !== 'text' || tableHeadCells(next.raw)) break;
      text += (text === '' ? '' : next.before) + next.raw;
    }
    if (text.trim() !== '') out.set(segment, text);
  });
  return out;
}
