import type { Block } from '../markdown/blocks.ts';
import { blockText } from '../markdown/block-text.ts';
import { hasLink } from './has-link.ts';
import { embedTagOf } from '../markdown/embed-tag.ts';

const IMAGE_ONLY = /^(?:\s*(?:\[!\[(?:[^\]\\]|\\.)*\]\([^)]*\)\]\([^)]*\)|!\[(?:[^\]\\]|\\.)*\]\([^)]*\)|<img\b[^>]*>))+\s*$/i;

const MDX_STATEMENT = /^(?:import|export)\s/;

const LIQUID = /^\s*(?:\{%.*%\}|\{\{.*\}\})\s*$/;

/** A list item's marker with nothing after it (`*`, `-`, `1.`): a place the editor has not filled. */
const EMPTY_LIST_ITEM = /^[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]*$/;

/**
 * Blocks that are never items wherever they stand: HTML (comments, `<img>`, JSX), rules, link
 * definitions, lists of empty items (a digest's skeleton, `## Other Merges` over a bare `*` until
 * something is merged), and paragraphs that are only images, MDX `import`/`export` lines or
 * template tags (Liquid's, Hugo's shortcodes), or words such tags wrap.
 */
export function isNeverItem(block: Block, lines: readonly string[]): boolean {
  if (block.kind === 'html' || block.kind === 'rule' || block.kind === 'other') return true;
  if (block.kind === 'list') return block.items.every((item) => isEmptyListItem(item, lines));
  if (block.kind !== 'paragraph') return false;
  const body = blockText(lines, block);
  const first = lines[block.start] as string;
  const own = lines.slice(block.start, block.end).filter((l) => l.trim() !== '');
  // A tag that embeds a page by its address (dev.to's `{% embed https://… %}`, `{% link https://… %}`) links it.
  if (IMAGE_ONLY.test(body) || MDX_STATEMENT.test(first) || own.every((l) => LIQUID.test(l) && embedTagOf(l) === undefined)) return true;
  // Words a template tag opens and closes with no link among them, a Hugo `{{% notice %}}` or a
  // Liquid `{% capture %}`: the site's furniture, never an entry.
  return own.length > 2 && LIQUID.test(own[0] as string) && LIQUID.test(own.at(-1) as string) && !hasLink(body);
}

/** Whether a list item is its marker alone (see EMPTY_LIST_ITEM), on a line with nothing under it. */
export function isEmptyListItem(item: { start: number; end: number }, lines: readonly string[]): boolean {
  return lines.slice(item.start, item.end).every((line, i) => (i === 0 ? EMPTY_LIST_ITEM.test(line) : line.trim() === ''));
}

/** Whether text is list items left empty and nothing else (`*`, or `-` and `-`): a part's place kept for entries to come. */
export function isKeptPlace(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every((line) => EMPTY_LIST_ITEM.test(line));
}
