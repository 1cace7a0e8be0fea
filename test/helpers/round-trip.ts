/**
 * The comparison of the round-trip law: trailing white space cut from each line, runs of blank
 * lines folded into one, blank lines dropped at both ends.
 */
export function normalizeForRoundTrip(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
