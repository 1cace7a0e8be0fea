import { readHead } from './issue-head.ts';

/**
 * The issue without its metadata block (YAML, TOML or a Pelican `Key: value` header), as the
 * blog shows it: a `#` title stays, being part of the page, and so do the properties under it
 * (a Notion page shows them). Text that is no issue comes back whole.
 */
export function withoutMetadata(markdown: string): string {
  const lines = markdown.split(/\r?\n/);
  const read = readHead(lines);
  if (!('head' in read) || read.head.kind === 'heading' || read.head.kind === 'properties' || read.head.kind === 'none') return markdown;
  return lines.slice(read.bodyLine).join('\n');
}
