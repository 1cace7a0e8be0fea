import { parseChineseNumeral, toChineseNumeral } from './chinese-numerals.ts';
import { stripHeadingText } from './issue-head.ts';

/**
 * A count a heading ends with, of what is under it: `News (4)`, `Reading (3 links)`, `新闻（5 条）`.
 * It changes from issue to issue while the heading stays the same one, so it is no part of its name.
 * Up to three digits: `Rust (2024)` is a year.
 */
const HEADING_COUNT = /(?<![ \t])[ \t]*[(（](\d{1,3})(?:[ \t]*\p{L}+)?[)）][ \t]*$/u;

/**
 * A number a heading starts with, its place among its siblings: `2. Tools`, `3) Jobs`, `1、新闻`,
 * `二、工具`. It shifts when an issue has no entry for a section before it, so it is no part of the
 * name either. A dot, parenthesis or colon takes a space after it (`1.5 released` is a version, `1:1
 * meetings` a name), and
 * two digits at most (`2024: the year in review` is a year).
 */
const NUMBER = String.raw`(\d{1,2}|[一二三四五六七八九十]{1,3})(?=[.):][ \t]+\S|[、．：][ \t]*\S)`;
const NAME_NUMBER = new RegExp(String.raw`^${NUMBER}[.)、．:：][ \t]*`, 'u');
/** Where the number stands in a heading's line: after its `#`s, a list marker or bold. */
const LINE_NUMBER = new RegExp(String.raw`^([ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?(?:\*\*|__)?)${NUMBER}`, 'u');

/** A section's or subsection's name as its heading gives it: no marks, links, anchor, number or count. */
export function headingName(text: string): string {
  const name = stripHeadingText(text);
  return name.replace(NAME_NUMBER, '').replace(HEADING_COUNT, '') || name;
}

/** A heading's line with the count it ends with made `count` (as it stood, where it has none). */
export function withHeadingCount(line: string, count: number): string {
  const match = HEADING_COUNT.exec(line);
  if (!match || match[0].length === line.trimStart().length) return line;
  const digits = match[1] as string;
  return line.slice(0, match.index) + match[0].replace(digits, String(count));
}

/**
 * A heading's line with the number it starts with made `place` (as it stood, where it has none),
 * written as it was: `02.` stays two digits, `二、` stays in Chinese numerals.
 */
export function withHeadingNumber(line: string, place: number): string {
  const match = LINE_NUMBER.exec(line);
  if (!match) return line;
  const [whole, lead, number] = match as unknown as [string, string, string];
  const written = parseChineseNumeral(number) !== undefined && !/\d/.test(number) ? (toChineseNumeral(place) ?? String(place)) : String(place).padStart(number.startsWith('0') ? number.length : 1, '0');
  return lead + written + line.slice(whole.length);
}

/** Whether a heading's line starts with a number (`## 2. Tools`). */
export function isNumberedHeading(line: string): boolean {
  return LINE_NUMBER.test(line);
}

/**
 * A new heading's line numbered as its siblings are (`## 1. News` beside it: `## 1. Tools`, the
 * number then made its place by `withHeadingNumber`); as it stands where they have none.
 */
export function numberedLike(line: string, sibling: string | undefined): string {
  const shape = sibling === undefined ? null : LINE_NUMBER.exec(sibling);
  if (!shape || LINE_NUMBER.test(line)) return line;
  const [whole, , number] = shape as unknown as [string, string, string];
  const separator = /^[.)、．:：][ \t]*/u.exec((sibling as string).slice(whole.length))?.[0] ?? '. ';
  const lead = /^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?(?:\*\*|__)?/.exec(line)?.[0] ?? '';
  return lead + number + separator + line.slice(lead.length);
}
