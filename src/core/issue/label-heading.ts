import type { Block } from '../markdown/blocks.ts';
import type { LinkDefinitions } from '../markdown/markdown-links.ts';
import { hasLink } from './item-grammar.ts';

/**
 * A short line in bold and nothing else, no colon at its end, no link: `**CRAN**`. Followed by a
 * list of entries it names a group of them, as a heading would (R Weekly's New Packages, from
 * CRAN and from GitHub). With a colon it introduces the list instead (`**Extras:**`).
 */
const LABEL = /^ {0,3}(\*\*|__)([^*_[\]\n]{1,60}?)\1[ \t]*$/;

/** The bold marker a heading line is written in when it is a label (`**`, `__`); else undefined. */
export function labelMarker(line: string): string | undefined {
  const label = LABEL.exec(line);
  return label && !/[:：]$/.test((label[2] as string).trim()) ? label[1] : undefined;
}

/** A name written as a label in `marker`, where it reads back as one; else undefined. */
export function asLabel(name: string, marker: string): string | undefined {
  const line = `${marker}${name.trim()}${marker}`;
  return labelMarker(line) === marker ? line : undefined;
}

/**
 * The blocks with each label over a list of linked entries read as a heading one level below
 * the heading it stands under (the second level where none is above it), its line kept as
 * written.
 */
export function withLabelHeadings(blocks: readonly Block[], lines: readonly string[], definitions?: LinkDefinitions): Block[] {
  let level = 1;
  return blocks.map((block, i) => {
    if (block.kind === 'heading') {
      level = block.level;
      return block;
    }
    if (block.kind !== 'paragraph' || block.end - block.start !== 1) return block;
    const line = lines[block.start] as string;
    const marker = labelMarker(line);
    const next = blocks[i + 1];
    if (marker === undefined || next?.kind !== 'list') return block;
    if (!next.items.some((item) => hasLink(lines.slice(item.start, item.end).join('\n'), definitions))) return block;
    const text = line.trim().slice(marker.length, -marker.length).trim();
    return { kind: 'heading', start: block.start, end: block.end, level: Math.min(level + 1, 6), text };
  });
}
