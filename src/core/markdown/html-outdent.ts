/** Indentation Markdown reads as code after a blank line: four columns, or a tab. */
const CODE_INDENT = /^(?: {4}|\t)/;

/**
 * HTML indented as the digest nests it (`    <tr>` inside its `<tbody>`) moved to the line's start,
 * each line by as much as the first, for where it starts a block of its own after a blank line (an
 * entry under a heading an editor added inside the digest's table): indented four columns there,
 * Markdown would read it as code, not HTML. Other text as it is.
 */
export function htmlOutdented(text: string): string {
  const first = /^[ \t]*/.exec(text)?.[0] ?? '';
  if (!CODE_INDENT.test(first) || text[first.length] !== '<') return text;
  return text
    .split('\n')
    .map((line) => (line.startsWith(first) ? line.slice(first.length) : line.trimStart()))
    .join('\n');
}
