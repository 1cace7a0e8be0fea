import type { ParsedIssue } from '../issue/issue-parser.ts';
import type { Segment } from '../model/issue.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;
type Written = Exclude<Segment, { kind: 'item' | 'items' }>;

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
  const kept = new Set(endingOf(previous, isGroup).map((s) => s.raw));
  let out = '';
  for (const segment of endingOf(newest, isGroup)) {
    if (!kept.has(segment.raw)) continue;
    out += (out === '' ? '' : /\n[ \t]*\n/.test(segment.before) ? '\n\n' : '\n') + segment.raw;
  }
  return out.trim() === '' ? undefined : out;
}

function endingOf(parsed: ParsedIssue, isGroup: (heading: HeadingSegment) => boolean): Written[] {
  const body = parsed.issue.body;
  const start = body.findLastIndex((s) => s.kind === 'item' || s.kind === 'items' || (s.kind === 'heading' && isGroup(s)));
  return body.slice(start + 1).filter((s): s is Written => s.kind === 'text' || s.kind === 'heading');
}
