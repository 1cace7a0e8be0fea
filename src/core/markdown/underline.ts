/**
 * How a digest underlines a heading (Setext: `Articles` over `--------`): its mark, and how long
 * the line is: as long as the text, counted in characters or in the columns a monospaced editor
 * shows (a Chinese character takes two), or a length of its own whatever the text.
 */
export interface Underline {
  mark: '=' | '-';
  length: number | 'chars' | 'columns';
}

const UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
// Characters a monospaced editor shows two columns wide: CJK, Hangul, full-width forms, emoji.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;

/** The columns `text` takes in a monospaced editor. */
function columnsOf(text: string): number {
  let columns = 0;
  for (const c of text) columns += WIDE.test(c) ? 2 : 1;
  return columns;
}

/** How a heading written as two lines (its text, then its underline) is underlined; undefined where it is not. */
export function underlineOf(heading: string): Underline | undefined {
  const lines = heading.replace(/\r\n/g, '\n').split('\n');
  if (lines.length !== 2) return undefined;
  const marks = UNDERLINE.exec(lines[1] as string)?.[1];
  if (marks === undefined) return undefined;
  const text = (lines[0] as string).trim();
  const length = marks.length === [...text].length ? 'chars' : marks.length === columnsOf(text) ? 'columns' : marks.length;
  return { mark: marks[0] as '=' | '-', length };
}

/** `text` as a heading underlined the way `underline` says. */
export function underlined(text: string, { mark, length }: Underline): string {
  const count = length === 'chars' ? [...text].length : length === 'columns' ? columnsOf(text) : length;
  return `${text}\n${mark.repeat(Math.max(3, count))}`;
}
