import { withoutMetadata } from '../issue/issue-metadata.ts';
import { closesFence, FENCE } from './code-fence.ts';

/** An MDX statement opens a block with `import` or `export` at the line's start, unindented. */
const ESM_START = /^(?:import|export)\b/;
/** A heading's own id, as kramdown, Pandoc and Docusaurus write it after its text: `## React {#react}`. */
const HEADING_ID = /^( {0,3}#{1,6}[ \t].*?)[ \t]+\{#[^\s{}]+(?:[ \t][^{}]*)?\}[ \t]*$/;

/**
 * An issue as a reader of the published page sees it, for a preview that reads plain Markdown:
 * without its metadata block (the blog's), its headings' ids (`{#react}`, the site's anchors)
 * and, in an MDX page (`mdx`), its `import` and `export` statements (the site's code, each up to
 * its blank line). Code in fences is text and stays as written.
 */
export function previewText(markdown: string, options: { mdx?: boolean } = {}): string {
  const lines = withoutMetadata(markdown).split('\n');
  const kept: string[] = [];
  let fence: string | undefined;
  let inStatement = false;
  lines.forEach((line, i) => {
    if (inStatement) {
      if (line.trim() === '') inStatement = false;
      else return;
    }
    const marks = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
    } else if (marks !== undefined) {
      fence = marks;
    } else if (options.mdx && ESM_START.test(line) && (i === 0 || (lines[i - 1] as string).trim() === '')) {
      inStatement = true;
      return;
    } else {
      kept.push(line.replace(HEADING_ID, '$1'));
      return;
    }
    kept.push(line);
  });
  return kept.join('\n');
}
