import { describe, expect, it } from 'vitest';
import {
  encodeAutolinkUrl,
  encodeLinkDestination,
  escapeLinkText,
  escapeMarkdownText,
  escapeOutsideCode,
  escapeItemStart,
  safeComment,
} from '../../../../src/core/markdown/markdown-escape.ts';
import { LINK_TEXT_MAX, extractLinks } from '../../../../src/core/markdown/markdown-links.ts';

describe('escapeMarkdownText', () => {
  it('escapes inline specials and line-start markers', () => {
    expect(escapeMarkdownText('[nova] *bold* _x_ `code` <b> a|b ~s~')).toBe(
      '\\[nova\\] \\*bold\\* \\_x\\_ \\`code\\` \\<b\\> a\\|b \\~s\\~',
    );
    expect(escapeMarkdownText('# Not a heading')).toBe('\\# Not a heading');
    expect(escapeMarkdownText('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdownText('1. not a list')).toBe('1\\. not a list');
  });

  it('makes one line and drops control characters', () => {
    expect(escapeMarkdownText('two\nlines\u0007 here ')).toBe('two lines here');
  });

  it('leaves an underscore inside a word as it is: it can neither open nor close emphasis', () => {
    expect(escapeMarkdownText('NO_COLOR and snake_case, _x_ and __init__ and a__b_')).toBe('NO_COLOR and snake_case, \\_x\\_ and \\_\\_init\\_\\_ and a__b\\_');
  });
});

describe('template tags in a page’s title', () => {
  it('escapes the braces that would open or close a Liquid or Hugo tag, so the site shows them as text', () => {
    expect(escapeMarkdownText('Using {{ site.url }} in Jekyll')).toBe('Using \\{\\{ site.url \\}\\} in Jekyll');
    expect(escapeLinkText('Odd {% raw %} title')).toBe('Odd {\\% raw %\\} title');
    expect(escapeMarkdownText('{{< tweet 1 >}}')).toBe('\\{\\{\\< tweet 1 \\>\\}\\}');
    // What is written never holds two braces together, nor a brace beside a percent sign.
    for (const title of ['{{{a}}}', '{%%}', '}}{{', '{%{{%}}%}', '{ {%']) expect(escapeMarkdownText(title)).not.toMatch(/\{[{%]|[%}]\}/);
  });

  it('leaves a lone brace as it is (R Weekly’s `{dplyr}`)', () => {
    expect(escapeLinkText('{dplyr} 1.1.0')).toBe('{dplyr} 1.1.0');
    expect(escapeMarkdownText('a}b{c, 100%')).toBe('a}b{c, 100%');
  });
});

describe('escapeOutsideCode', () => {
  it('keeps a code host title\'s code spans and escapes the rest', () => {
    expect(escapeOutsideCode('Keep `NO_COLOR` set in *all* `<child>` processes')).toBe('Keep `NO_COLOR` set in \\*all\\* `<child>` processes');
    expect(escapeOutsideCode('- a lone ` backtick\n')).toBe('\\- a lone \\` backtick');
  });
});

describe('link text and URLs', () => {
  it('escapes brackets, HTML and emphasis in link text', () => {
    expect(escapeLinkText('a [b] \\ c')).toBe('a \\[b\\] \\\\ c');
    expect(escapeLinkText('<img src=x onerror=alert(1)> *x*')).toBe('\\<img src=x onerror=alert(1)\\> \\*x\\*');
  });

  it('encodes what autolinks and destinations cannot hold', () => {
    expect(encodeAutolinkUrl('http://x.example/a b<c>')).toBe('http://x.example/a%20b%3Cc%3E');
    expect(encodeLinkDestination('http://x.example/Foo_(bar)')).toBe('http://x.example/Foo_%28bar%29');
    expect(encodeAutolinkUrl('http://例子.测试/路径')).toBe('http://例子.测试/路径');
  });
});

describe('safeComment', () => {
  it('keeps what an import produced unchanged', () => {
    const imported = '第一行  \n第二行 *强调* [链接](http://x.example)\n```\n# code\n\nblank\n```\n> quote';
    expect(safeComment(imported, { fences: true })).toBe(imported);
  });

  it('turns blank lines into hard breaks so the item stays one item', () => {
    expect(safeComment('one\n\n\ntwo')).toBe('one  \ntwo');
  });

  it('escapes heading markers and unclosed fences', () => {
    expect(safeComment('intro\n# heading\n  ## also')).toBe('intro\n\\# heading\n  \\## also');
    expect(safeComment('```\nunclosed')).toBe('\\```\nunclosed');
  });

  it('trims blank lines at both ends and control characters', () => {
    expect(safeComment('\n\n text\u0000 \n\n')).toBe(' text ');
  });
});

describe('link text', () => {
  it('cuts a title longer than a reader takes as one link text, marking the cut', () => {
    const text = escapeLinkText('x'.repeat(LINK_TEXT_MAX * 3));
    expect(text.length).toBeLessThanOrEqual(LINK_TEXT_MAX);
    expect(text.endsWith('…')).toBe(true);
    expect(extractLinks(`[${text}](https://example.com/)`)).toHaveLength(1);
  });

  it('never leaves a backslash escaping the mark, nor half an emoji', () => {
    for (const filler of ['[', '🚀']) {
      for (let shift = 0; shift < 3; shift++) {
        const text = escapeLinkText('a'.repeat(shift) + filler.repeat(LINK_TEXT_MAX));
        expect(text).not.toMatch(/(?:^|[^\\])(?:\\\\)*\\…$/);
        expect(text).not.toMatch(/[\uD800-\uDBFF]…$/);
        expect(extractLinks(`[${text}](https://example.com/)`)[0]?.url).toBe('https://example.com/');
      }
    }
  });
});

describe('comments among numbered entries', () => {
  it('escapes ordered-list lines, which would start the next entry', () => {
    expect(safeComment('intro\n1. one\n2) two', { numbered: true })).toBe('intro\n1\\. one\n2\\) two');
    expect(safeComment('intro\n1. one')).toBe('intro\n1. one');
  });

  it('keeps a paragraph item’s quote, and drops the indentation that would make it code', () => {
    expect(safeComment('> quoted\n> more')).toBe('> quoted\n> more');
    expect(safeComment('> quoted', { blankLines: true })).toBe('> quoted');
    expect(safeComment('    code\n    more')).toBe('code\n    more');
  });
});

describe('a paragraph item after another', () => {
  it('escapes a list marker where a list may be open before it', () => {
    expect(escapeItemStart('- item\n- more', 'intro\n- a\n- b  \n<https://x.example>')).toBe('\\- item\n- more');
    expect(escapeItemStart('12) item', '1) one')).toBe('12\\) item');
    expect(escapeItemStart('  + item', 'see these:')).toBe('  \\+ item');
    expect(escapeItemStart('- item', 'plain text  \n<https://x.example>')).toBe('- item');
    expect(escapeItemStart('-not a marker', '- a')).toBe('-not a marker');
  });

  it('escapes a quote, which would be read as the quotation of the item before', () => {
    expect(escapeItemStart('> quoted\n> more', 'plain')).toBe('\\> quoted\n> more');
  });
});
