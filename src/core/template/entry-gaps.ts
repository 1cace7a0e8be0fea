import type { ParsedIssue } from '../issue/issue-parser.ts';
import type { Segment } from '../model/issue.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/**
 * The headings of an issue whose first entry stands right under them otherwise than the digest's
 * headings set off what is under them (`blankAfterHeading`): a blank line between (true) or none
 * (false). This Week in Rust lists its updates straight under `### Official` but sets its crate
 * of the week a blank line under `## Crate of the Week`.
 */
export function entryGaps(parsed: ParsedIssue, blankAfterHeading: boolean): Map<HeadingSegment, boolean> {
  const out = new Map<HeadingSegment, boolean>();
  const body = parsed.issue.body;
  body.forEach((segment, i) => {
    const next = body[i + 1];
    if (segment.kind !== 'heading' || next?.kind !== 'item') return;
    const blank = /\n[ \t]*\n/.test(next.before);
    if (blank !== blankAfterHeading) out.set(segment, blank);
  });
  return out;
}
