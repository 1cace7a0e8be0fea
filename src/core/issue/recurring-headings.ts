import { headingName } from './heading-name.ts';

/** An ATX heading's line, its text after the `#`s; and a fence's opening or closing line. */
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** The line under a Setext heading's text (`===`, `---`), and lines that start no paragraph. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const NOT_PARAGRAPH = /^(?:[ \t]*$| {4}|\t| {0,3}(?:[-*+>#|]|\d{1,9}[.)]))/;

/**
 * The names of the headings that two issues or more write, and the names the digest already
 * files under (`known`): a section or a project comes back, while a heading that is an entry's
 * title (This Week in Guix's `### GnuPG Source Switched Back To url-fetch`) never does. Told only
 * where there are two issues or more to compare (undefined otherwise: one issue alone cannot say),
 * by their lines alone, as every imported file passes here. Names are compared lowercased.
 */
export function recurringHeadings(documents: readonly string[], known: Iterable<string> = []): Set<string> | undefined {
  const distinct = new Set(documents.map((d) => d.replace(/\r\n?/g, '\n')));
  if (distinct.size < 2) return undefined;
  const issuesWith = new Map<string, number>();
  for (const document of distinct) {
    for (const name of headingNamesOf(document)) issuesWith.set(name, (issuesWith.get(name) ?? 0) + 1);
  }
  const out = new Set([...known].map((name) => name.toLowerCase()));
  for (const [name, count] of issuesWith) if (count >= 2) out.add(name);
  return out;
}

/** The names of a document's headings outside fenced code, ATX and Setext, each once. */
function headingNamesOf(document: string): Set<string> {
  const names = new Set<string>();
  const add = (text: string): void => void (text.trim() !== '' && names.add(headingName(text).toLowerCase()));
  let fence: string | undefined;
  // The paragraph the lines so far make, which a Setext underline makes a heading.
  let paragraph: string[] = [];
  for (const line of document.split('\n')) {
    const marks = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marks !== undefined && marks[0] === fence[0] && marks.length >= fence.length && line.trim() === marks) fence = undefined;
      continue;
    }
    if (marks !== undefined) {
      fence = marks;
      paragraph = [];
      continue;
    }
    if (paragraph.length > 0 && SETEXT_UNDERLINE.test(line)) {
      add(paragraph.join(' '));
      paragraph = [];
      continue;
    }
    const text = ATX_HEADING.exec(line)?.[1];
    if (text !== undefined) add(text);
    if (text !== undefined || (paragraph.length === 0 && NOT_PARAGRAPH.test(line)) || line.trim() === '') paragraph = [];
    else paragraph.push(line.trim());
  }
  return names;
}
