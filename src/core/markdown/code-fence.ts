/** A line that opens or closes a fenced code block: its marks (three or more backticks or tildes). */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Whether a line closes the fence `open` opened: marks of its character, as many or more, and nothing after. */
export function closesFence(line: string, open: string): boolean {
  const marks = FENCE.exec(line)?.[1];
  return marks !== undefined && marks[0] === open[0] && marks.length >= open.length && line.trim() === marks;
}
