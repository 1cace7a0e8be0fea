import { extractLinks } from '../markdown/markdown-links.ts';
import { isRowLine, tableCells, tableHeadCells } from '../markdown/table-rows.ts';
import type { ParsedIssue } from '../issue/issue-parser.ts';
import type { Segment } from '../model/issue.ts';
import type { TableShape } from '../model/template.ts';
import { mostCommon } from './most-common.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/**
 * The headings of an issue whose entries are a table's rows, each with its table's shape: the
 * header as written, and the columns most of its rows put their link and words in. Where a
 * heading holds several tables, the first one's header stands.
 */
export function tableShapes(parsed: ParsedIssue): Map<HeadingSegment, TableShape> {
  const shapes = new Map<HeadingSegment, TableShape>();
  const votes = new Map<HeadingSegment, { head: string; links: number[]; words: number[] }>();
  let heading: HeadingSegment | undefined;
  let head: string | undefined;
  for (const segment of parsed.issue.body) {
    if (segment.kind === 'heading') {
      heading = segment;
      head = undefined;
      continue;
    }
    if (segment.kind === 'text') {
      if (tableHeadCells(segment.raw)) head = segment.raw;
      continue;
    }
    if (segment.kind !== 'item') continue;
    const source = parsed.items[segment.order]?.source ?? '';
    // A row follows the table's header or the row before it on the next line.
    if (!heading || head === undefined || !isRowLine(source) || segment.before !== '\n') continue;
    const columns = columnsOf(tableCells(source));
    if (!columns) continue;
    const vote = votes.get(heading) ?? { head, links: [], words: [] };
    vote.links.push(columns.link);
    vote.words.push(columns.words);
    votes.set(heading, vote);
  }
  for (const [segment, vote] of votes) shapes.set(segment, { head: vote.head, link: mostCommon(vote.links) ?? 0, words: mostCommon(vote.words) ?? 0 });
  return shapes;
}

/**
 * Which cell holds a row's link (the first that links), and which its words: the other cell with
 * the most letters (a description, not a star count), else the link's own where words follow the
 * link there, else the next.
 */
function columnsOf(cells: readonly string[]): { link: number; words: number } | undefined {
  const link = cells.findIndex((cell) => extractLinks(cell).length > 0);
  if (link === -1) return undefined;
  const letters = (cell: string): number => cell.replace(/!?\[[^[\]]*\]\([^)[\]]*\)/g, '').match(/\p{L}/gu)?.length ?? 0;
  let words = -1;
  cells.forEach((cell, i) => {
    if (i !== link && letters(cell) > 0 && (words === -1 || letters(cell) > letters(cells[words] as string))) words = i;
  });
  if (words !== -1) return { link, words };
  return { link, words: letters(cells[link] as string) > 0 || link + 1 >= cells.length ? link : link + 1 };
}
