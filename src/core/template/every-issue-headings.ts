import type { Issue, Segment } from '../model/issue.ts';
import { headingKey } from './heading-key.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/** How many of the newest issues a heading must each be written in, at most. */
const SPAN = 5;
/** Fewer issues than this cannot tell a heading the digest always writes from one that was busy lately. */
const FEWEST = 3;

/**
 * The headings the digest writes in every issue, entries or not (This Week in Rust's `Crate of
 * the Week` and `Upcoming Events`, 科技爱好者周刊's `文摘`): those each of its newest issues writes,
 * five at most, where there are three or more to compare. Keyed by `everyIssueKey`.
 */
export function everyIssueHeadings(newestFirst: readonly Issue[]): Set<string> {
  const recent = newestFirst.slice(0, SPAN);
  if (recent.length < FEWEST) return new Set();
  const keysOf = (issue: Issue): Set<string> => new Set(issue.body.flatMap((s) => (s.kind === 'heading' && (s.project ?? s.section) !== null ? [everyIssueKey(s)] : [])));
  const [first, ...others] = recent.map(keysOf);
  const out = new Set<string>();
  for (const key of first ?? []) if (others.every((keys) => keys.has(key))) out.add(key);
  return out;
}

/**
 * A heading by its level and name, as headings are compared: its section is left out, since
 * where a heading stands with none over it may be read as a section or a project from issue to
 * issue (This Week in Rust's `## Calls for Testing`, a section where entries stand under a
 * heading below it), and its level kept, so a heading an older issue wrote a level up
 * (`# Crate of the Week`) is another.
 */
export function everyIssueKey(heading: Pick<HeadingSegment, 'level' | 'section' | 'project'>): string {
  return `${heading.level}\u0000${headingKey(heading.project ?? heading.section ?? '')}`;
}
