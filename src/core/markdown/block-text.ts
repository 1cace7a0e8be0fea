/**
 * A block's lines, as written. Apart from the block scanner (and the Markdown parser it runs) so
 * that what only slices lines, such as the popup's export, does not load the parser.
 */
export function blockText(lines: readonly string[], block: { start: number; end: number }): string {
  return lines.slice(block.start, block.end).join('\n');
}
