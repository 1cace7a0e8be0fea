import { foldLineBreaks } from './fold-line-breaks.ts';
/**
 * GitHub-flavoured Markdown tables, as far as a digest's entries need them: a header row, the
 * delimiter row under it (`| --- | :-: |`), then one row per line. Cells are split at every pipe
 * not escaped as `\|` (GFM splits before it reads code spans or links, so a pipe in a link's text
 * must be escaped too).
 */

/** A delimiter row: cells of dashes, with colons for alignment, between pipes. */
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** A row's cells, trimmed, with the outer pipes dropped. */
export function tableCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** Whether two lines open a table: a header row with a pipe, and a delimiter row of as many cells. */
export function opensTable(header: string, delimiter: string): boolean {
  if (!header.includes('|') || !delimiter.includes('|') || !DELIMITER_ROW.test(delimiter)) return false;
  return tableCells(header).length === tableCells(delimiter).length;
}

/** A table's header and delimiter rows, as two lines: their cells, else undefined for other text. */
export function tableHeadCells(text: string): string[] | undefined {
  const [header, delimiter, ...more] = text.split('\n');
  if (more.length > 0 || delimiter === undefined || !opensTable(header as string, delimiter)) return undefined;
  return tableCells(header as string);
}

/**
 * Whether text can stand as a table's row: one line with a pipe that divides cells, and not a
 * list item or heading (GFM lets a row leave out its outer pipes: `[fd](…) | 33k | find`).
 */
export function isRowLine(text: string): boolean {
  return !text.includes('\n') && /(?<!\\)\|/.test(text) && !/^ {0,3}(?:[*+-]|\d{1,9}[.)]|#{1,6})(?:[ \t]|$)/.test(text);
}

/**
 * Whether text is a row between outer pipes (`| a | b |`): a row wherever it stands, where a
 * line with a pipe inside (`A | B`) may be a paragraph's.
 */
export function isPipedRow(text: string): boolean {
  return isRowLine(text) && /^ {0,3}\|.*\|[ \t]*$/.test(text);
}

/** Text for one cell: on one line, its pipes escaped. */
export function asCell(text: string): string {
  return foldLineBreaks(text).replace(/(?<!\\)\|/g, '\\|').trim();
}

/** A row of cells, `| a | b |`; an empty cell stays empty. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => c || ' ').join(' | ')} |`;
}
