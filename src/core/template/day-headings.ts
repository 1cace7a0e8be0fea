import type { IsoDate } from '../dates/calendar-date.ts';
import { dayHeadingPattern } from '../issue/day-heading.ts';
import type { Issue } from '../model/issue.ts';
import { mostCommon } from './most-common.ts';

/** The day an issue's headings are read against: its publication day, else its span's end. */
function anchorOf(issue: Issue): IsoDate | undefined {
  return issue.published ?? issue.period?.end ?? undefined;
}

/**
 * How an issue heads its entries by the day (`## Monday, May 6`, `## 5月6日 周一`), where most of
 * its first-level headings, two at least, name days of its span: the heading's pattern
 * (`## {day:dddd, MMMM D}`) and which headings those are. Undefined for any other issue.
 */
export function dayHeadingsOf(issue: Issue): { pattern: string; sections: Set<string> } | undefined {
  const anchor = anchorOf(issue);
  if (anchor === undefined) return undefined;
  let headings = 0;
  const patterns: string[] = [];
  const sections = new Set<string>();
  for (const segment of issue.body) {
    if (segment.kind !== 'heading' || segment.project !== null || segment.section === null) continue;
    headings++;
    const pattern = dayHeadingPattern(segment.raw, anchor);
    if (pattern === undefined) continue;
    patterns.push(pattern);
    sections.add(segment.section);
  }
  if (patterns.length < 2 || patterns.length * 2 < headings) return undefined;
  return { pattern: mostCommon(patterns) as string, sections };
}
