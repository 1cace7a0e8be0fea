/** A text's lines, each with the offset in the text it starts at. */
export interface PlacedLines {
  lines: string[];
  /** Where each line starts in the text; a line cut from one written line starts mid-line. */
  starts: number[];
}

/** The tags that open and close HTML lists and their items. */
const LIST_TAG = /<(\/?)(li|ul|ol)(?=[\s>/])[^>]*>/gi;
/** A line that opens an HTML list as its first tag (`<ul>`, `<ol start="3">`). */
const OPENS_LIST = /^[ \t]*<[uo]l(?=[\s>])[^>]*>/i;

/**
 * A text's lines, those from `from` on with each HTML list written on one line
 * (`<ul><li>…</li><li>…</li></ul>`, as some digests' generators write them) cut where the same
 * list written one item a line breaks: after its opening tag, before each of its own items and
 * before its closing tag. Lists nested in an item stay in it. The white space between the pieces
 * belongs to none, and each piece keeps its offset in the text, so what is read from them is the
 * text as written, and written back unchanged.
 */
export function listLinesApart(lines: readonly string[], from: number): PlacedLines {
  const placed: PlacedLines = { lines: [], starts: [] };
  let offset = 0;
  for (const [at, line] of lines.entries()) {
    for (const [start, end] of at >= from && OPENS_LIST.test(line) ? pieces(line) : [[0, line.length] as const]) {
      placed.lines.push(line.slice(start, end));
      placed.starts.push(offset + start);
    }
    offset += line.length + 1;
  }
  return placed;
}

/** Where a line that opens a list is cut: each piece's start and end, white space between left out. */
function pieces(line: string): (readonly [number, number])[] {
  const cuts: number[] = [];
  let depth = 0;
  let items = 0;
  for (const tag of line.matchAll(LIST_TAG)) {
    const closing = tag[1] === '/';
    const at = tag.index;
    if ((tag[2] as string).toLowerCase() === 'li') {
      if (!closing && depth === 1) {
        cuts.push(at);
        items++;
      }
      continue;
    }
    if (closing) {
      depth--;
      if (depth === 0) {
        cuts.push(at);
        // What follows the list on its line, if anything, is a piece of its own.
        cuts.push(at + tag[0].length);
        break;
      }
      if (depth < 0) return [[0, line.length]];
    } else if (++depth === 1) cuts.push(at + tag[0].length);
  }
  // A list with no item, or not closed on its line, is read as it is.
  if (items === 0 || depth !== 0) return [[0, line.length]];
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
