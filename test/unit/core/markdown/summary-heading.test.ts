import { describe, expect, it } from 'vitest';
import { asSummary, summaryHeadingText } from '../../../../src/core/markdown/summary-heading.ts';
import { scanBlocks } from '../../../../src/core/markdown/blocks.ts';
import { headingLines } from '../../../../src/core/markdown/heading-lines.ts';

describe('summaryHeadingText', () => {
  it.each([
    ['<details>\n<summary>Articles</summary>', 'Articles'],
    ['<details open><summary><b>Tools &amp; kits</b></summary>', 'Tools & kits'],
    ['<details class="x">\n  <summary>\n    🛠 Tools\n  </summary>', '🛠 Tools'],
  ])('reads %j as a part named %j', (content, name) => {
    expect(summaryHeadingText(content)).toBe(name);
  });

  it.each(['<details>\n<summary>More</summary>\n- [x](https://x.example)', '<details>', '<summary>Alone</summary>', '<details><summary></summary>', '<div><summary>No</summary>'])('reads %j as no part’s opening', (content) => {
    expect(summaryHeadingText(content)).toBeUndefined();
  });
});

describe('collapsible parts among the blocks', () => {
  const text = '# Kite 12\n\n<details>\n<summary>Articles</summary>\n\n- [a](https://a.example)\n\n</details>\n\n## News\n\n<details>\n<summary>Kites</summary>\n\n- [b](https://b.example)\n\n</details>\n';
  it('are headings a level under the headings before them, both ways the issue is read', () => {
    const lines = text.split('\n');
    const headings = scanBlocks(lines, 0).flatMap((b) => (b.kind === 'heading' ? [[b.level, b.text]] : []));
    expect(headings).toEqual([
      [1, 'Kite 12'],
      [2, 'Articles'],
      [2, 'News'],
      [3, 'Kites'],
    ]);
    expect(headingLines(lines).map((h) => h.text)).toEqual(['Kite 12', 'Articles', 'News', 'Kites']);
  });
});

describe('asSummary', () => {
  it('opens a new part as its sibling is opened, its name escaped, the tags around the sibling’s words around it', () => {
    expect(asSummary('<details open>\n<summary><b>Tools</b></summary>', 'Papers & <notes>')).toBe('<details open>\n<summary><b>Papers &amp; &lt;notes&gt;</b></summary>');
    expect(asSummary('<details>\n<summary>🛠 Tools</summary>', 'Papers')).toBe('<details>\n<summary>Papers</summary>');
    expect(asSummary('## Tools', 'Papers')).toBeUndefined();
  });
});
