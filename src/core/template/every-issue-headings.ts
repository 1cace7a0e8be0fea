import type { Issue, Segment } from '../model/issue.ts';
import type { SectionDef } from '../model/template.ts';
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

/**
 * The sections with the headings every issue writes marked so (`everyIssue`): a heading by the
 * line it was last written as, found among the issues' headings (`every`: those headings, where
 * already told). Used where a template is learned and for one learned before the mark was (the
 * extension's update).
 */
export function markEveryIssue(sections: readonly SectionDef[], newestFirst: readonly Issue[], every: ReadonlySet<string> = everyIssueHeadings(newestFirst)): SectionDef[] {
  const lines = new Map<string, HeadingSegment>();
  for (const issue of newestFirst) for (const s of issue.body) if (s.kind === 'heading' && !lines.has(s.raw)) lines.set(s.raw, s);
  const marked = <T extends { heading?: string; everyIssue?: boolean }>(def: T): T => {
    const segment = def.heading === undefined ? undefined : lines.get(def.heading);
    return segment !== undefined && every.has(everyIssueKey(segment)) ? { ...def, everyIssue: true } : def;
  };
  return sections.map((section) => ({ ...marked(section), projects: section.projects.map(marked) }));
}
