import { stripHeadingText } from './issue-head.ts';

/**
 * A count a heading ends with, of what is under it: `News (4)`, `Reading (3 links)`, `新闻（5 条）`.
 * It changes from issue to issue while the heading stays the same one, so it is no part of its name.
 * Up to three digits: `Rust (2024)` is a year.
 */
const HEADING_COUNT = /[ \t]*[(（](\d{1,3})(?:[ \t]*\p{L}+)?[)）][ \t]*$/u;

/** A section's or subsection's name as its heading gives it: no marks, links, anchor or count. */
export function headingName(text: string): string {
  const name = stripHeadingText(text);
  return name.replace(HEADING_COUNT, '') || name;
}

/** A heading's line with the count it ends with made `count` (as it stood, where it has none). */
export function withHeadingCount(line: string, count: number): string {
  const match = HEADING_COUNT.exec(line);
  if (!match || match[0].length === line.trimStart().length) return line;
  const digits = match[1] as string;
  return line.slice(0, match.index) + match[0].replace(digits, String(count));
}
