/** An ATX heading's line, its text after the `#`s; and a fence's opening or closing line. */
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** The line under a Setext heading's text (`===`, `---`), and lines that start no paragraph. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const NOT_PARAGRAPH = /^(?:[ \t]*$| {4}|\t| {0,3}(?:[-*+>#|]|\d{1,9}[.)]))/;

/** A heading as its lines show it: where it starts, and its text. */
export interface HeadingLine {
  /** The heading's first line: its `#`s, or the first line of a Setext heading's text. */
  line: number;
  text: string;
}

/**
 * A document's headings, ATX and Setext, outside fenced code, told by their lines alone: for
 * what must stay without the Markdown parser (the popup's export, every imported file's first look).
 */
export function headingLines(lines: readonly string[]): HeadingLine[] {
  const out: HeadingLine[] = [];
  let fence: string | undefined;
  // The paragraph the lines so far make (where it starts), which a Setext underline makes a heading.
  let paragraph: string[] = [];
  let paragraphStart = 0;
  lines.forEach((line, i) => {
    const marks = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marks !== undefined && marks[0] === fence[0] && marks.length >= fence.length && line.trim() === marks) fence = undefined;
      return;
    }
    if (marks !== undefined) {
      fence = marks;
      paragraph = [];
      return;
    }
    if (paragraph.length > 0 && SETEXT_UNDERLINE.test(line)) {
      out.push({ line: paragraphStart, text: paragraph.join(' ') });
      paragraph = [];
      return;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) out.push({ line: i, text: atx[1] ?? '' });
    if (atx || (paragraph.length === 0 && NOT_PARAGRAPH.test(line)) || line.trim() === '') paragraph = [];
    else {
      if (paragraph.length === 0) paragraphStart = i;
      paragraph.push(line.trim());
    }
  });
  return out;
}
