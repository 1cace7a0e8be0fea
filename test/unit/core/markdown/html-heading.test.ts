import { describe, expect, it } from 'vitest';
import { scanBlocks } from '../../../../src/core/markdown/blocks.ts';
import { headingLines } from '../../../../src/core/markdown/heading-lines.ts';
import { htmlHeading } from '../../../../src/core/markdown/html-heading.ts';

const blocks = (text: string) => scanBlocks(text.split('\n'), 0).map((b) => (b.kind === 'heading' ? { kind: b.kind, level: b.level, text: b.text } : { kind: b.kind }));

describe('scanBlocks: headings written in HTML', () => {
  it('reads a line that is one HTML heading as a heading of its level, its text without the tags inside it', () => {
    expect(blocks('<h2 id="news">News &amp; <em>notes</em></h2>\n\n- [a](https://example.org/a)')).toEqual([
      { kind: 'heading', level: 2, text: 'News & notes' },
      { kind: 'list' },
    ]);
    expect(blocks('   <H3 class="x">Tools</H3>')).toEqual([{ kind: 'heading', level: 3, text: 'Tools' }]);
  });

  it('reads an HTML heading over several lines (its link and icon each on a line) as one heading', () => {
    const heading = '<h3 id="new-tidy">\n  <a href="#new-tidy">\n    <span class="icon"><i class="fa"></i></span>\n    <span>tidy.nvim</span>\n  </a>\n</h3>';
    expect(blocks(`${heading}\n\nTrims spaces.`)).toEqual([{ kind: 'heading', level: 3, text: 'tidy.nvim' }, { kind: 'paragraph' }]);
    const lines = `Intro\n\n${heading}\n\nTrims spaces.\n\n<h2>\nNot closed`.split('\n');
    expect(headingLines(lines)).toEqual([{ line: 2, text: 'tidy.nvim' }]);
  });

  it('reads a block written in HTML as its headings, lists and the rest, each on lines of their own', () => {
    expect(blocks('<h2>News</h2>\n- [a](https://example.org/a)')).toEqual([{ kind: 'heading', level: 2, text: 'News' }, { kind: 'html' }]);
    expect(blocks('<h2>News</h2>\n<ul>\n  <li><a href="https://example.org/a">A</a> — words</li>\n  <li class="x">B</li>\n</ul>')).toEqual([{ kind: 'heading', level: 2, text: 'News' }, { kind: 'html' }, { kind: 'list' }, { kind: 'html' }]);
    const [, , list] = scanBlocks(['<h2>News</h2>', '<ul>', '  <li>A</li>', '  <li>B</li>', '</ul>'], 0);
    expect(list).toMatchObject({ start: 2, end: 4, items: [{ start: 2, end: 3 }, { start: 3, end: 4 }] });
    // An item over several lines is one item, to the line that closes it (with what it nests).
    const [, multi] = scanBlocks(['<ul>', '  <li>', '    <a href="https://example.org/a">A</a>', '    — words', '  </li>', '  <li>B', '    <ul><li>b1</li>', '    </ul></li>', '</ul>'], 0);
    expect(multi).toMatchObject({ kind: 'list', start: 1, end: 8, items: [{ start: 1, end: 5 }, { start: 5, end: 8 }] });
    // An item left open, as HTML allows, ends where the next item opens or its list closes; the
    // items of a list nested in it end with that list. One whose list never closes in the block
    // ends with the block, unless a list it nests is still open.
    const [, open] = scanBlocks(['<ul>', '  <li>A', '    words', '  <li>B', '    <ul>', '      <li>b1', '      <li>b2', '    </ul>', '  <li>C', '</ul>'], 0);
    expect(open).toMatchObject({ kind: 'list', start: 1, end: 9, items: [{ start: 1, end: 3 }, { start: 3, end: 8 }, { start: 8, end: 9 }] });
    expect(blocks('<ul>\n<li>A\nB\n</ul>')).toEqual([{ kind: 'html' }, { kind: 'list' }, { kind: 'html' }]);
    expect(blocks('<ul>\n<li>A\nB')).toEqual([{ kind: 'html' }, { kind: 'list' }]);
    expect(scanBlocks(['<ul>', '<li>A', '<ul>', '<li>a1'], 0).find((b) => b.kind === 'list' && b.start === 1)).toBeUndefined();
    expect(blocks('<ul>\n<li>A <li>B\n</ul>')).toEqual([{ kind: 'html' }]);
    // A paragraph of HTML opening with its link is an entry's; one of the digest's own words is HTML.
    expect(blocks('<p><a href="https://example.org/a">A</a>: words</p>\n<p>Thanks to <a href="https://example.org/ana">Ana</a>!</p>')).toEqual([{ kind: 'paragraph' }, { kind: 'html' }]);
  });

  it('leaves other HTML as the block it is: an empty heading, other tags', () => {
    expect(blocks('<h2><img src="logo.png"></h2>')).toEqual([{ kind: 'html' }]);
    expect(blocks('<div>News</div>')).toEqual([{ kind: 'html' }]);
    expect(blocks('<h2>News</h3>')).toEqual([{ kind: 'html' }]);
  });
});

describe('headingLines: the same HTML headings, told by their lines', () => {
  it('finds a line that is one HTML heading alone in its block, as the block scanner does', () => {
    const lines = ['Intro words', '<h2 id="news">News</h2>', '', '- [a](https://example.org/a)', '<h2>On its line</h2>', '- [b](https://example.org/b)', '<h3>Under it</h3>', '<h2>Over', 'two lines</h2>', '<ul>'];
    expect(headingLines(lines)).toEqual([{ line: 1, text: 'News' }, { line: 4, text: 'On its line' }, { line: 6, text: 'Under it' }]);
    expect(scanBlocks(lines, 0).filter((b) => b.kind === 'heading').map((b) => b.start)).toEqual([1, 4, 6]);
  });
});

describe('htmlHeading', () => {
  it('reads a heading’s level and its text without its tags', () => {
    expect(htmlHeading('<h2 id="news">News &amp; notes</h2>')).toEqual({ level: 2, text: 'News & notes' });
    expect(htmlHeading('<h3>\n  <span class="icon"></span>\n  <span>owl.nvim</span>\n</h3>')).toEqual({ level: 3, text: 'owl.nvim' });
    expect(htmlHeading('<h2></h2>')).toBeUndefined();
    expect(htmlHeading('<p>News</p>')).toBeUndefined();
  });

  it('reads a heading that is one link to a page as Markdown writes a linked heading', () => {
    expect(htmlHeading('<h3 id="box-kites"><a href="https://history.example.org/box?a=1&amp;b=2">Box [kites]</a></h3>')).toEqual({ level: 3, text: '[Box \\[kites\\]](https://history.example.org/box?a=1&b=2)' });
  });

  it('keeps a heading linking a place in the page, or holding more than its link, as its words', () => {
    expect(htmlHeading('<h2><a href="#news">News</a></h2>')).toEqual({ level: 2, text: 'News' });
    expect(htmlHeading('<h3><a href="https://a.example/">Kites</a> and more</h3>')).toEqual({ level: 3, text: 'Kites and more' });
  });
});
