import { describe, expect, it } from 'vitest';
import { listLinesApart } from '../../../../src/core/markdown/list-lines-apart.ts';
import { htmlListGap } from '../../../../src/core/markdown/html-list-lines.ts';

/** Each piece as the text holds it at its offset: what the parser slices. */
function piecesOf(text: string, from = 0): string[] {
  const { lines, starts } = listLinesApart(text.split('\n'), from);
  lines.forEach((line, i) => expect(text.slice(starts[i], (starts[i] as number) + line.length)).toBe(line));
  return lines;
}

describe('listLinesApart', () => {
  it('cuts a list written on one line where one item a line would break it', () => {
    expect(piecesOf('## News\n<ul><li><a href="a">A</a> – one.</li> <li><a href="b">B</a></li></ul>\nafter')).toEqual(['## News', '<ul>', '<li><a href="a">A</a> – one.</li>', '<li><a href="b">B</a></li>', '</ul>', 'after']);
  });

  it('keeps a list nested in an item inside it, and an ordered list with attributes', () => {
    expect(piecesOf('<ol start="3"><li>x<ul><li>a</li><li>b</li></ul></li><li class="c">y</li></ol>')).toEqual(['<ol start="3">', '<li>x<ul><li>a</li><li>b</li></ul></li>', '<li class="c">y</li>', '</ol>']);
  });

  it('cuts a table on one line before each row of its own and around its parts', () => {
    expect(piecesOf('<table class="t"><thead><tr><th>A</th></tr></thead><tbody><tr><td><a href="a">A</a></td></tr> <tr><td>b<table><tr><td>x</td></tr></table></td></tr></tbody></table>')).toEqual([
      '<table class="t">',
      '<thead>',
      '<tr><th>A</th></tr>',
      '</thead><tbody>',
      '<tr><td><a href="a">A</a></td></tr>',
      '<tr><td>b<table><tr><td>x</td></tr></table></td></tr>',
      '</tbody>',
      '</table>',
    ]);
  });

  it('makes what follows the list on its line a piece of its own', () => {
    expect(piecesOf('<ul><li>a</li></ul> <p>more</p>')).toEqual(['<ul>', '<li>a</li>', '</ul>', '<p>more</p>']);
  });

  it('leaves lines alone that are no list of items closed on them', () => {
    for (const line of ['<ul>', '<ul></ul>', '<ul><li>a</li>', 'Words <ul><li>a</li></ul>', '</ul><li>a</li>', '<table><tr><td>a</td></tr>', '<ul><li>a</li></ol>']) expect(piecesOf(line)).toEqual([line]);
  });

  it('leaves a list indented under a Markdown list item to the item, and one in fenced code', () => {
    const text = '- [A](a) — words.\n  <ul><li>x</li><li>y</li></ul>\n\n```html\n<ul><li>x</li></ul>\n```';
    expect(piecesOf(text)).toEqual(text.split('\n'));
  });

  it('leaves the lines before `from` as written (the head)', () => {
    expect(piecesOf('<ul><li>a</li></ul>\n<ul><li>b</li></ul>', 1)).toEqual(['<ul><li>a</li></ul>', '<ul>', '<li>b</li>', '</ul>']);
  });

  it('keeps every offset right over thousands of items on one line', () => {
    const line = `<ul>${'<li>x</li>'.repeat(5000)}</ul>`;
    expect(piecesOf(`a\n${line}\nb`)).toHaveLength(5004);
  });
});

describe('htmlListGap', () => {
  it('sets list lines on lines of their own, or together where the digest writes lists inline', () => {
    expect(htmlListGap('## A\n<ul>', '<li>x</li>', '\n\n')).toBe('\n');
    expect(htmlListGap('## A\n<ul>', '<li>x</li>', '\n\n', true)).toBe('');
    expect(htmlListGap('<ul><li>x</li>', '</ul>', '\n', true)).toBe('');
    expect(htmlListGap('## A', '<ul>', '\n\n', true)).toBe('\n\n');
    expect(htmlListGap('Words.', 'More.', '\n', true)).toBe('\n');
  });
});
