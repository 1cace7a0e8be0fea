import { closesFence, FENCE } from './code-fence.ts';

/** A text's lines, each with the offset in the text it starts at. */
export interface PlacedLines {
  lines: string[];
  /** Where each line starts in the text; a line cut from one written line starts mid-line. */
  starts: number[];
}

/** The tags that open and close HTML lists and tables (their parts), and their items and rows. */
const LIST_TAG = /<(\/?)(li|tr|ul|ol|table|thead|tbody|tfoot)(?=[\s>/])[^>]*>/gi;
/**
 * A line that opens an HTML list or table as its first tag, at the line's start (`<ul>`,
 * `<ol start="3">`, `<table class="…">`): indented, it may go on a Markdown list item above it
 * (`- [title](…)` over `  <ul><li>detail</li></ul>`), whose own it stays.
 */
const OPENS_LIST = /^<(?:[uo]l|table)(?=[\s>])[^>]*>/i;

/**
 * A text's lines, those from `from` on (outside fenced code) with each HTML list or table written on one line
 * (`<ul><li>…</li><li>…</li></ul>`, `<table><tbody><tr>…</tr></tbody></table>`, as some
 * digests' generators write them) cut where the same list written one item a line breaks: after
 * its opening tags, before each of its own items (rows) and before its closing tags. Lists nested
 * in an item stay in it. The white space between the pieces belongs to none, and each piece keeps
 * its offset in the text, so what is read from them is the text as written, and written back
 * unchanged.
 */
export function listLinesApart(lines: readonly string[], from: number): PlacedLines {
  const placed: PlacedLines = { lines: [], starts: [] };
  let offset = 0;
  // The marks of the code fence open at this line, if any: nothing in code is cut.
  let fence: string | undefined;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] as string;
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
    } else if (at >= from) fence = FENCE.exec(line)?.[1];
    if (at >= from && fence === undefined && line.startsWith('<') && OPENS_LIST.test(line)) {
      for (const [start, end] of pieces(line)) {
        placed.lines.push(line.slice(start, end));
        placed.starts.push(offset + start);
      }
    } else {
      placed.lines.push(line);
      placed.starts.push(offset);
    }
    offset += line.length + 1;
  }
  return placed;
}

/** Where a line that opens a list is cut: each piece's start and end, white space between left out. */
function pieces(line: string): (readonly [number, number])[] {
  const whole = [[0, line.length] as const];
  const cuts: number[] = [];
  // What is open, innermost last: the list's (table's) parts, and an item (row) with what it nests.
  const open: string[] = [];
  let items = 0;
  for (const tag of line.matchAll(LIST_TAG)) {
    const name = (tag[2] as string).toLowerCase();
    const closing = tag[1] === '/';
    const inItem = open.includes('li') || open.includes('tr');
    const item = name === 'li' || name === 'tr';
    if (!closing) {
      if (!inItem) {
        if (item) items++;
        cuts.push(item ? tag.index : tag.index + tag[0].length);
      }
      open.push(name);
      continue;
    }
    // A closing tag closes what it names and what was left open inside that (`<li>` closed by `</ul>`).
    const at = open.lastIndexOf(name);
    if (at === -1) return whole;
    open.length = at;
    if (!item && !open.includes('li') && !open.includes('tr')) cuts.push(tag.index);
    if (open.length === 0) {
      // What follows the list on its line, if anything, is a piece of its own.
      cuts.push(tag.index + tag[0].length);
      break;
    }
  }
  // A list with no item, or not closed on its line, is read as it is.
  if (items === 0 || open.length > 0) return whole;
  const bounds = [0, ...cuts, line.length];
  const out: (readonly [number, number])[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let start = bounds[i] as number;
    let end = bounds[i + 1] as number;
    if (i > 0) while (start < end && /\s/.test(line[start] as string)) start++;
    while (end > start && /\s/.test(line[end - 1] as string)) end--;
    if (end > start || i === 0) out.push([start, end]);
  }
  return out;
}
