import { headingLines } from '../markdown/heading-lines.ts';
import { headingName } from './heading-name.ts';
import { unixNewlines } from '../markdown/unix-newlines.ts';

/**
 * The names of the headings that two issues or more write, and the names the digest already
 * files under (`known`): a section or a project comes back, while a heading that is an entry's
 * title (This Week in Guix's `### GnuPG Source Switched Back To url-fetch`) never does. Told only
 * where there are two issues or more to compare (undefined otherwise: one issue alone cannot say),
 * by their lines alone, as every imported file passes here. Names are compared lowercased.
 */
export function recurringHeadings(documents: readonly string[], known: Iterable<string> = []): Set<string> | undefined {
  const distinct = new Set(documents.map(unixNewlines));
  if (distinct.size < 2) return undefined;
  const issuesWith = new Map<string, number>();
  for (const document of distinct) {
    for (const name of headingNamesOf(document)) issuesWith.set(name, (issuesWith.get(name) ?? 0) + 1);
  }
  const out = new Set([...known].map((name) => name.toLowerCase()));
  for (const [name, count] of issuesWith) if (count >= 2) out.add(name);
  return out;
}

/** The names of a document's headings, each once. */
function headingNamesOf(document: string): Set<string> {
  return new Set(headingLines(document.split('\n')).flatMap((h) => (h.text.trim() === '' ? [] : [headingName(h.text).toLowerCase()])));
}
