/**
 * A line naming who wrote a page, alone under the page's title: a dash or `by` and a name, a few
 * words at most (Pointer's `**[title](…)**`, then `— Jane Doe`).
 */
export const BYLINE_LINE = /^ {0,3}(?<mark>[—–-]{1,2}|[Bb]y[ \t])(?<gap>[ \t]*)[^\s][^\n]{0,60}$/;

/**
 * How a byline line names its author, as a form of `{author}` (`— {author}`, `By {author}`), or
 * undefined for a line that is none. A lone hyphen and a space open a list item, not a byline.
 */
export function bylineLineForm(line: string): string | undefined {
  const groups = BYLINE_LINE.exec(line)?.groups;
  if (groups === undefined) return undefined;
  const mark = groups.mark as string;
  const spaced = /[ \t]$/.test(mark) || groups.gap !== '';
  if (mark === '-' && spaced) return undefined;
  return `${mark.trimEnd()}${spaced ? ' ' : ''}{author}`;
}
