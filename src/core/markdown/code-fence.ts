/** A line that opens or closes a fenced code block: its marks (three or more backticks or tildes). */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Whether a line closes the fence `open` opened: marks of its character, as many or more, and nothing after. */
export function closesFence(line: string, open: string): boolean {
  const marks = FENCE.exec(line)?.[1];
  return marks !== undefined && marks[0] === open[0] && marks.length >= open.length && line.trim() === marks;
}

/**
 * Which lines are fenced code, the fences' own lines included: what a reader of lines alone
 * must leave out, as nothing in code is the document's structure.
 */
export function fencedLines(lines: readonly string[]): boolean[] {
  let fence: string | undefined;
  return lines.map((line) => {
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      return true;
    }
    fence = FENCE.exec(line)?.[1];
    return fence !== undefined;
  });
}
