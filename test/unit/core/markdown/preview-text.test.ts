import { describe, expect, it } from 'vitest';
import { previewText } from '../../../../src/core/markdown/preview-text.ts';

describe('previewText', () => {
  it('drops an MDX page’s import and export statements, each up to its blank line, and keeps everything else', () => {
    const page = ['Hi everyone!', '', 'import Support from "../_support.mdx";', '', '<Support />', '', 'export const meta = {', '  a: 1,', '};', '', 'News', ''].join('\n');
    expect(previewText(page, { mdx: true })).toBe(['Hi everyone!', '', '', '<Support />', '', '', 'News', ''].join('\n'));
    expect(previewText(page)).toBe(page);
  });

  it('keeps code in fences, words that only start so within a paragraph, and indented lines', () => {
    const page = ['```js', 'import x from "y";', '## Not a heading {#x}', '```', '', 'We', 'import data daily.', '', '    export PATH=/bin', '', 'importance matters', ''].join('\n');
    expect(previewText(page, { mdx: true })).toBe(page);
  });

  it('drops the metadata block and the ids headings carry for the site’s anchors, not braces in their words', () => {
    const page = ['---', 'title: "Issue 9"', '---', '', '## ⚛️ React {#react}', '### Tools {#tools .wide}', '## Sets {a, b}', '## Maps {#}', ''].join('\n');
    expect(previewText(page)).toBe(['', '## ⚛️ React', '### Tools', '## Sets {a, b}', '## Maps {#}', ''].join('\n'));
  });
});
