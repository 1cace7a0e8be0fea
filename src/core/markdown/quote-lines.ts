/** Text as a block quote: every line quoted, a blank one too (or the quote would end there). */
export function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** A block quote's lines without their quote marks (`> `), as quoteLines wrote them. */
export function unquoteLines(lines: readonly string[]): string[] {
  return lines.map((line) => line.replace(/^ {0,3}> ?/, ''));
}
