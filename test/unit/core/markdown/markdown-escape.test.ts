import { describe, expect, it } from 'vitest';
import {
  encodeAutolinkUrl,
  encodeLinkDestination,
  escapeLinkText,
  escapeMarkdownText,
  safeComment,
} from '../../../../src/core/markdown/markdown-escape.ts';

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
    expect(safeComment(imported)).toBe(imported);
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
