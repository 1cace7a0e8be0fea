import type { Block } from '../markdown/blocks.ts';
import { blockText } from '../markdown/block-text.ts';
import type { LinkDefinitions } from '../markdown/markdown-links.ts';
import { hasLink } from './has-link.ts';
import { ENTRY_MARKER } from './item-text.ts';
import { fencedLines } from '../markdown/code-fence.ts';
import { oneLine } from '../markdown/markdown-escape.ts';

/**
 * A short line in bold and nothing else, no colon at its end, no link: `**CRAN**`. Followed by a
 * list of entries it names a group of them, as a heading would (R Weekly's New Packages, from
 * CRAN and from GitHub). With a colon it introduces the list instead (`**Extras:**`).
 */
const LABEL = /^( {0,3})(\*\*|__)((?:[^*_[\]\n\\]|\\.){1,60}?)\2[ \t]*$/;

/**
 * A list item's line that names the list under it (Emacs News' `- Org Mode:` over its links,
 * `* **Articles**`, numbered `1. **Build tools**`): a short name, in bold or not, a colon after it
 * or not, no link.
 */
const LIST_LABEL = /^( {0,3}(?:[*+-]|\d{1,3}[.)])[ \t]+)(?:(\*\*|__)((?:[^*_[\]\n\\]|\\.){1,80}?)([:：]?)\2([:：]?)|((?:[^*_[\]\n<>`\\]|\\.){1,120}?)([:：]?))[ \t]*$/;

/**
 * A name's marks that would make a label something else (emphasis, a link, code, HTML): written
 * with a backslash before them, read back without it (`- C++ \*nightly\*:`).
 */
const NAME_SPECIALS = /[*_[\]<>`]/g;
const ESCAPED_SPECIAL = /\\([*_[\]<>`])/g;

/** How a label is written around its name: `**` and `**`, or `- ` and `:`. */
export type LabelShape = readonly [before: string, after: string];

interface Label {
  name: string;
  shape: LabelShape;
}

function paragraphLabel(line: string): Label | undefined {
  const m = LABEL.exec(line);
  // (An address in bold, `**<https://…>**`, is an entry's link, not a name.)
  if (!m || /[:：]$/.test((m[3] as string).trim()) || hasLink(m[3] as string)) return undefined;
  const [indent, bold, name] = [m[1] as string, m[2] as string, m[3] as string];
  return { name: name.trim().replace(ESCAPED_SPECIAL, '$1'), shape: [indent + bold, bold] };
}

function listLabel(line: string): Label | undefined {
  const m = LIST_LABEL.exec(line);
  if (!m) return undefined;
  const bold = m[2] ?? '';
  const written = ((bold ? m[3] : m[6]) as string).trim();
  if (written === '' || hasLink(written)) return undefined;
  const name = written.replace(ESCAPED_SPECIAL, '$1');
  const after = bold ? `${m[4] as string}${bold}${m[5] as string}` : (m[7] as string);
  return { name, shape: [(m[1] as string) + bold, after] };
}

/** How a heading line is written around its name when it is a label; else undefined. */
export function labelShape(line: string): LabelShape | undefined {
  return (paragraphLabel(line) ?? listLabel(line))?.shape;
}

/**
 * A name written as a label of `shape`, on one line, its marks escaped, where it reads back as
 * that name; else undefined.
 */
export function asLabel(name: string, shape: LabelShape): string | undefined {
  const own = oneLine(name).trim();
  const line = `${shape[0]}${own.replace(NAME_SPECIALS, '\\$&')}${shape[1]}`;
  const read = paragraphLabel(line) ?? listLabel(line);
  return read?.name === own && read.shape[0] === shape[0] && read.shape[1] === shape[1] ? line : undefined;
}

/**
 * The blocks with each label over a list of linked entries read as a heading one level below
 * the heading it stands under (the second level where none is above it), its line kept as
 * written: a line in bold over a list, or a list whose every item is a name over a list of its
 * own, each of those lists then the entries. A line in bold alone is one too, whatever follows
 * it, where other issues write it (`recurring`, see labelNames): a digest of paragraphs that
 * names its sections so (`**Articles, Tutorials and Talks**`), where an entry's own title in
 * bold over its words is written once.
 */
export function withLabelHeadings(blocks: readonly Block[], lines: readonly string[], definitions?: LinkDefinitions, recurring?: ReadonlySet<string>): Block[] {
  let level = 1;
  const linked = (item: { start: number; end: number }): boolean => hasLink(blockText(lines, item), definitions);
  return blocks.flatMap((block, i): Block[] => {
    if (block.kind === 'heading') {
      level = block.level;
      return [block];
    }
    const sub = Math.min(level + 1, 6);
    if (block.kind === 'list') return labelledLists(block, lines, sub, linked) ?? [block];
    if (block.kind !== 'paragraph' || block.end - block.start !== 1) return [block];
    const label = paragraphLabel(lines[block.start] as string);
    const next = blocks[i + 1];
    // One other issues write names a group whatever its entries open with (a quote, words over
    // code, a list), and over none (the next issue's empty ones). A name and what it says
    // (`**Next Deadline: Feature freeze, March 12**`, the same two weeks running) is the words'
    // own line, no group's name.
    const recurs = label !== undefined && !/[:：]/.test(label.name) && recurring?.has(label.name.toLowerCase()) === true;
    if (label === undefined || (!recurs && !(next?.kind === 'list' && next.items.some(linked)))) return [block];
    return [{ kind: 'heading', start: block.start, end: block.end, level: sub, text: label.name }];
  });
}

/**
 * A list whose every item is a label over a list of entries, as a heading and its list per item;
 * undefined for any other list. The entries' lines must read as entries where they stand
 * (indented at most three spaces).
 */
function labelledLists(block: Extract<Block, { kind: 'list' }>, lines: readonly string[], level: number, linked: (item: { start: number; end: number }) => boolean): Block[] | undefined {
  const out: Block[] = [];
  const empty: { at: number; label: Label }[] = [];
  let shape: LabelShape | undefined;
  for (const item of block.items) {
    const label = listLabel(lines[item.start] as string);
    const entries = item.sublist;
    if (!label) return undefined;
    if (!entries && item.end === item.start + 1) {
      // A label with nothing under it (an issue whose editor left `- Upcoming events:` empty).
      empty.push({ at: out.length, label });
      out.push({ kind: 'heading', start: item.start, end: item.end, level, text: label.name });
      continue;
    }
    if (!entries || !entries.some(linked)) return undefined;
    if (!entries.every((e) => ENTRY_MARKER.test(lines[e.start] as string))) return undefined;
    shape ??= label.shape;
    const first = (entries[0] as { start: number }).start;
    out.push({ kind: 'heading', start: item.start, end: item.start + 1, level, text: label.name });
    out.push({ kind: 'list', start: first, end: item.end, ordered: /^\s*\d/.test(lines[first] as string), items: entries.map((e) => ({ start: e.start, end: e.end })) });
  }
  // An empty one is a label only where it is written as the list's labels over entries are, and
  // they are written as labels (a colon or bold): a plain item among them is a plain item.
  if (shape === undefined) return undefined;
  const decorated = shape[1] !== '' || /[*_]$/.test(shape[0]);
  if (empty.some((e) => !decorated || e.label.shape[0] !== shape[0] || e.label.shape[1] !== shape[1])) return undefined;
  return out;
}

/**
 * The names of a document's lines in bold alone between blank lines (`**CRAN**`, `**New
 * Releases**`): labels, where they name groups of entries, that issues are compared by as by
 * their headings (see recurringHeadings).
 */
export function labelNames(lines: readonly string[]): string[] {
  const names: string[] = [];
  let fenced: boolean[] | undefined;
  lines.forEach((line, i) => {
    if (!line.includes('**') && !line.includes('__')) return;
    // Worked out only for a document with a line in bold: most have none.
    fenced ??= fencedLines(lines);
    if (fenced[i]) return;
    const blank = (at: number): boolean => at < 0 || at >= lines.length || (lines[at] as string).trim() === '';
    const label = blank(i - 1) && blank(i + 1) ? paragraphLabel(line) : undefined;
    if (label) names.push(label.name);
  });
  return names;
}
