import type { Block } from '../markdown/blocks.ts';
import { blockText } from '../markdown/block-text.ts';
import { hasLink } from './has-link.ts';
import { embedTagOf } from '../markdown/embed-tag.ts';

const IMAGE_ONLY = /^(?:\s*(?:\[!\[(?:[^\]\\]|\\.)*\]\([^)]*\)\]\([^)]*\)|!\[(?:[^\]\\]|\\.)*\]\([^)]*\)|<img\b[^>]*>))+\s*$/i;

const MDX_STATEMENT = /^(?:import|export)\s/;

const LIQUID = /^\s*(?:\{%.*%\}|\{\{.*\}\})\s*$/;

/**
 * Blocks that are never items wherever they stand: HTML (comments, `<img>`, JSX), rules, link
 * definitions, and paragraphs that are only images, MDX `import`/`export` lines or template tags
 * (Liquid's, Hugo's shortcodes), or words such tags wrap.
 */
export function isNeverItem(block: Block, lines: readonly string[]): boolean {
  if (block.kind === 'html' || block.kind === 'rule' || block.kind === 'other') return true;
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
