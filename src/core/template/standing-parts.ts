import type { ParsedIssue } from '../issue/issue-parser.ts';
import type { Segment } from '../model/issue.ts';
import { issuePatterns, sharedBlocks, type Written } from './standing-text.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/**
 * The parts the newest issue writes between the headings entries are filed under (`isGroup`),
 * under headings of their own, word for word as the issue before it (This Week in Rust's `## Jobs`
 * and its line pointing to the hiring thread, between its events and its quote): each by the
 * section of the last group before it, for the next issue to write after that section's place,
 * whether it has entries or not. What comes before the first group is the digest's opening and
 * what comes after the last its ending (see standing-text.ts). Of a part whose heading the issue
 * before wrote too, what it wrote alike is kept (see sharedBlocks), what changed is this issue's
 * own: the heading stays for the editor to write this week's (Last Week in Kubernetes
 * Development's `## Release Schedule`, its next deadline new each week).
 */
export function standingParts(newest: ParsedIssue, previous: ParsedIssue | undefined, isGroup: (heading: HeadingSegment) => boolean): Map<string | null, string> {
  const out = new Map<string | null, string>();
  if (!previous) return out;
  const previousParts = previous.issue.body.filter((s): s is Written => s.kind === 'text' || s.kind === 'heading');
  const before = new Set(previousParts.map((s) => s.raw));
  const patterns = issuePatterns(newest.issue, previous.issue);
  let section: string | null | undefined;
  // The level of the last group's section heading, and of the last heading at a section's level:
  // a part is one at that level, never a subsection of a section the next issue may not write.
  let sectionLevel = 0;
  let topLevel = 0;
  // The parts after the last group so far: headings that are no group's and the words under them.
  let run: Written[] = [];
  for (const segment of newest.issue.body) {
    if (segment.kind === 'heading' && (segment.section === null || segment.project === null)) topLevel = segment.level;
    if (segment.kind === 'heading' && isGroup(segment)) {
      // Another group: what ran since the last is a part between two groups.
      const first = run[0];
      const words = section !== undefined && first?.kind === 'heading' && first.level <= sectionLevel && before.has(first.raw) ? sharedBlocks(run, previousParts, undefined, patterns) : undefined;
      if (section !== undefined && words !== undefined) out.set(section, out.has(section) ? `${out.get(section) as string}\n\n${words}` : words);
      run = [];
      section = segment.section;
      sectionLevel = topLevel;
    } else if (segment.kind === 'item' || segment.kind === 'items') run = [];
    else if (segment.kind === 'heading') {
      if (section !== undefined) run.push(segment);
    } else if (run.length > 0) run.push(segment);
  }
  // The last run is the issue's ending, not a part between groups.
  return out;
}
