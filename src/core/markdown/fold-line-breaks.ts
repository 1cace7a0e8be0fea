/**
 * Line breaks, with the blanks around them, folded to one space. The lookbehind starts a match
 * only where a run of blanks starts: without it a long run with no line break in it was tried
 * from each of its characters, and a line of many thousand spaces took seconds. A file of its
 * own: what reads an issue's head needs it without the escapes and the link scanner.
 */
export function foldLineBreaks(text: string): string {
  return text.replace(/(?<!\s)\s*[\r\n]+\s*/g, ' ');
}
