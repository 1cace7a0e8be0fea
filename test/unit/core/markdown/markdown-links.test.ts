import { describe, expect, it } from 'vitest';
import {
  collectLinkDefinitions,
  extractLinks,
  parseLinkDefinition,
  parseLinkLine,
} from '../../../../src/core/markdown/markdown-links.ts';

const urls = (markdown: string, defs = new Map<string, string>()): string[] => extractLinks(markdown, defs).map((l) => l.url);

describe('extractLinks', () => {
  it('finds the five ways the corpus writes links', () => {
    const defs = collectLinkDefinitions(['  [1]: http://www.godaddy.com/']);
    const text =
      '[GoDaddy][1]，见<http://a.example/x>，[宣布](http://b.example/y)，裸链接 https://c.example/z ，' +
      '以及 http://d.example/Multi\\_Region';
    expect(urls(text, defs)).toEqual([
      'http://www.godaddy.com/',
      'http://a.example/x',
      'http://b.example/y',
      'https://c.example/z',
      'http://d.example/Multi_Region',
    ]);
  });

  it('keeps link text for inline links', () => {
    expect(extractLinks('[Nova](https://x.example)')[0]).toMatchObject({ text: 'Nova', kind: 'inline' });
  });

  it('ends bare URLs at CJK punctuation and trailing punctuation', () => {
    expect(urls('参考https://x.example/a，以及（https://y.example/b）。')).toEqual(['https://x.example/a', 'https://y.example/b']);
    expect(urls('see https://x.example/a.')).toEqual(['https://x.example/a']);
    expect(urls('(see https://x.example/wiki/Foo_(bar))')).toEqual(['https://x.example/wiki/Foo_(bar)']);
  });

  it('looks inside brackets that are not links', () => {
    expect(urls('[AngularJS](blueprint: https://blueprints.launchpad.net/horizon/+spec/x)')).toEqual([
      'https://blueprints.launchpad.net/horizon/+spec/x',
    ]);
    expect(urls('[DreamCompute]()')).toEqual([]);
  });

  it('skips code spans', () => {
    expect(urls('run `curl http://x.example` then')).toEqual([]);
    // A run closes only on a run of the same length; a run with none is literal.
    expect(urls('``a ` [x](http://in.example) `` [y](http://out.example)')).toEqual(['http://out.example']);
    expect(urls('`` unclosed [x](http://x.example) ` single')).toEqual(['http://x.example']);
    expect(urls('[a `code` b](http://x.example)')).toEqual(['http://x.example']);
  });

  it('reads a code span in link text whole, brackets and all; a backtick that closes none is a character', () => {
    expect(extractLinks('* [Implement `IntoIterator` for `[&[mut]] Box<[T; N], A>`](https://x.example/pr)')[0]).toMatchObject({
      text: 'Implement `IntoIterator` for `[&[mut]] Box<[T; N], A>`',
      url: 'https://x.example/pr',
    });
    expect(extractLinks('[one ` tick](https://x.example/1)')[0]).toMatchObject({ text: 'one ` tick', url: 'https://x.example/1' });
    expect(extractLinks('[a `b] c`](https://x.example/2)')[0]).toMatchObject({ text: 'a `b] c`', url: 'https://x.example/2' });
  });

  it('accepts destinations in angle brackets and with titles', () => {
    expect(urls('[a](<http://x.example/a b> "t")')).toEqual(['http://x.example/a b']);
    expect(urls('[a](  http://x.example/c)')).toEqual(['http://x.example/c']);
  });
});

describe('HTML links', () => {
  it('reads <a href> in any quoting, its words without tags, character references decoded', () => {
    const text = `<a href="https://example.org/a?x=1&amp;y=2" target="_blank">One <em>great</em> read</a>, <A class=x HREF='https://example.org/b'>B</A> and <a href=https://example.org/c>C &amp; D</a>`;
    expect(extractLinks(text).map((l) => [l.kind, l.url, l.text])).toEqual([
      ['html', 'https://example.org/a?x=1&y=2', 'One great read'],
      ['html', 'https://example.org/b', 'B'],
      ['html', 'https://example.org/c', 'C & D'],
    ]);
  });

  it('takes no link from other tags, an anchor with no href, one never closed, or one in code', () => {
    expect(extractLinks('<img src="https://example.org/i.png"> <a name="x">x</a> <a href="https://example.org/open">never closed')).toEqual([]);
    expect(extractLinks('`<a href="https://example.org/code">c</a>`')).toEqual([]);
    // Unclosed anchors by the thousand stay linear: each looks only as far as link text may run.
    expect(extractLinks('<a href="https://example.org/x">'.repeat(20_000))).toEqual([]);
  });
});

describe('parseLinkLine', () => {
  it.each([
    ['<http://a.example/>', '', 'http://a.example/'],
    ['BP：<https://bp.example/x>  ', 'BP：', 'https://bp.example/x'],
    ['source: <https://github.com/x>', 'source: ', 'https://github.com/x'],
    ['https://wiki.openstack.org/wiki/Heat/Multi\\_Region  ', '', 'https://wiki.openstack.org/wiki/Heat/Multi_Region'],
    ['VMware NSX-vSphere plugin: <https://review.openstack.org/102720>   ', 'VMware NSX-vSphere plugin: ', 'https://review.openstack.org/102720'],
    ['[如何参与一个GitHub开源项目](http://mp.example/s)', '', 'http://mp.example/s'],
    [' <http://www.gartner.com/x>', '', 'http://www.gartner.com/x'],
    // A label's colon inside its bold.
    ['**Link:** https://a.example/x', '**Link:** ', 'https://a.example/x'],
    ['**项目地址：**https://github.com/x', '**项目地址：**', 'https://github.com/x'],
    ['__Source:__ [the post](https://a.example/p)', '__Source:__ ', 'https://a.example/p'],
    // An arrow pointing at the link.
    ['→ [Read more](https://a.example/r)', '→ ', 'https://a.example/r'],
    ['👉 https://a.example/p', '👉 ', 'https://a.example/p'],
  ])('reads %j', (line, label, url) => {
    expect(parseLinkLine(line)).toMatchObject({ label, url });
  });

  it.each([
    '<https://a.example>；',
    '- <https://a.example>',
    '3.8号，python-novaclient released，支持新的API：[x](https://a.example)',
    'etherpad：',
    '相关文档：<https://a.example> 和 <https://b.example>',
  ])('refuses %j', (line) => {
    expect(parseLinkLine(line)).toBeUndefined();
  });
});

describe('link definitions', () => {
  it('reads definitions with titles and angle brackets, first one wins', () => {
    expect(parseLinkDefinition('  [rs]: <http://www.rackspace.com/> "Rackspace"')).toEqual({ label: 'rs', url: 'http://www.rackspace.com/' });
    const defs = collectLinkDefinitions(['[A]: http://one.example', '[a]: http://two.example']);
    expect(defs.get('a')).toBe('http://one.example');
  });

  it('reads a footnote as a note, not a link to its word, unless its note is an address', () => {
    const defs = collectLinkDefinitions(['[^vt]: Finally.', '[^src]: https://example.org/source', '[^w]: www.example.com']);
    expect([...defs]).toEqual([
      ['^src', 'https://example.org/source'],
      ['^w', 'www.example.com'],
    ]);
    expect(urls('virtual threads[^vt], as [said][^vt]', defs)).toEqual([]);
    expect(urls('a source[^src]', defs)).toEqual(['https://example.org/source']);
  });
});
