import { oneLine } from '../markdown/markdown-escape.ts';
import { headingLines } from '../markdown/heading-lines.ts';
import { headingName } from './heading-name.ts';
import { labelNames } from './label-heading.ts';
import { unixNewlines } from '../markdown/unix-newlines.ts';
import { LINKS_STANDING_IN } from './standing-blocks.ts';

/**
 * The names of the headings that two issues or more write, and the names the digest already
 * files under (`known`): a section or a project comes back, while a heading that is an entry's
 * title (This Week in Guix's `### GnuPG Source Switched Back To url-fetch`) never does. Told only
 * where there are two issues or more to compare (undefined otherwise: one issue alone cannot say),
 * by their lines alone, as every imported file passes here. Names are compared lowercased.
 */
export function recurringHeadings(documents: readonly string[], known: Iterable<string> = []): Set<string> | undefined {
  return headingsAcross(documents, known).recurring;
}

/**
 * The names of the headings three issues or more write (lowercased): the digest's own parts
 * (The Ember Times' `## [Contributors' Corner](…)` in every issue), where two issues in a row
 * may still link the same page under its own heading. Undefined where there are fewer than three
 * issues to compare.
 */
export function standingHeadings(documents: readonly string[]): Set<string> | undefined {
  return headingsAcross(documents).standing;
}

/** Both at once (recurringHeadings, standingHeadings), each document's headings read once. */
export function headingsAcross(documents: readonly string[], known: Iterable<string> = []): { recurring: Set<string> | undefined; standing: Set<string> | undefined } {
  const issuesWith = issuesWriting(documents);
  if (issuesWith === undefined) return { recurring: undefined, standing: undefined };
  // A name is written on one line (a heading, a label), so it is known by that line.
  const recurring = new Set([...known].map((name) => oneLine(name).trim().toLowerCase()));
  for (const [name, count] of issuesWith.count) if (count >= 2) recurring.add(name);
  const standing = issuesWith.issues < LINKS_STANDING_IN ? undefined : new Set([...issuesWith.count].flatMap(([name, count]) => (count >= LINKS_STANDING_IN ? [name] : [])));
  return { recurring, standing };
}

/** In how many of the distinct documents (`issues`) each heading name is written; undefined for fewer than two. */
function issuesWriting(documents: readonly string[]): { count: Map<string, number>; issues: number } | undefined {
  const distinct = new Set(documents.map(unixNewlines));
  if (distinct.size < 2) return undefined;
  const issuesWith = new Map<string, number>();
  for (const document of distinct) {
    for (const name of headingNamesOf(document)) issuesWith.set(name, (issuesWith.get(name) ?? 0) + 1);
  }
  return { count: issuesWith, issues: distinct.size };
}

/** The names of a document's headings and labels (see labelNames), each once. */
function headingNamesOf(document: string): Set<string> {
  const lines = document.split('\n');
  return new Set([...headingLines(lines).flatMap((h) => (h.text.trim() === '' ? [] : [headingName(h.text).toLowerCase()])), ...labelNames(lines).map((name) => name.toLowerCase())]);
}
