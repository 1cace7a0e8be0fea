import { describe, expect, it } from 'vitest';
import { isSiteLine, ownerNamedAt, SITE_LINE_FORM, siteLine, siteLineForm } from '../../../../src/core/template/site-line.ts';

describe('a line naming an entry’s site', () => {
  it('is learned as its marks around the site, in capitals or not', () => {
    expect(siteLineForm('*[ LWN.NET ]*', 'https://lwn.net/Articles/1/')).toBe('*[ {SITE} ]*');
    expect(siteLineForm('*[ GITHUB.COM/ASTRAL-SH ]*', 'https://github.com/astral-sh/uv')).toBe('*[ {SITE} ]*');
    expect(siteLineForm('(blog.example.org)', 'https://www.blog.example.org/a')).toBe('({site})');
    expect(siteLineForm('_example.org_', 'https://news.example.org/a')).toBe('_{site}_');
  });

  it('is no site line where it names another site or none', () => {
    expect(siteLineForm('*[ REDDIT.COM ]*', 'https://lwn.net/Articles/1/')).toBeUndefined();
    expect(siteLineForm('*[ HACKER NEWS ]*', 'https://news.ycombinator.com/item?id=1')).toBeUndefined();
    expect(siteLineForm('Read it on lwn.net today', 'https://lwn.net/a')).toBeUndefined();
  });

  it('is written for a new page in the learned form, and told in words that end with one', () => {
    expect(siteLine('https://www.Example.com/post', '*[ {SITE} ]*')).toBe('*[ EXAMPLE.COM ]*');
    expect(siteLine('https://blog.example.org/a', '({site})')).toBe('(blog.example.org)');
    expect(siteLine('not a url', '({site})')).toBeUndefined();
    expect(isSiteLine('*[ REDDIT.COM ]*', '*[ {SITE} ]*')).toBe(true);
    expect(isSiteLine('*[ HACKER NEWS ]*', '*[ {SITE} ]*')).toBe(true);
    expect(isSiteLine('*Proprietary, Rust.*', '*[ {SITE} ]*')).toBe(false);
    expect(isSiteLine('lwn.net', '{site}')).toBe(true);
    expect(isSiteLine('Thanks to Ana', '{site}')).toBe(false);
  });

  it('names the page’s owner after its host where the digest does at that host', () => {
    expect(ownerNamedAt('*[ GITHUB.COM/ASTRAL-SH ]*', 'https://github.com/astral-sh/uv')).toBe('github.com');
    expect(ownerNamedAt('*[ GITHUB.COM ]*', 'https://github.com/astral-sh/uv')).toBeUndefined();
    expect(ownerNamedAt('*[ LWN.NET ]*', 'https://lwn.net/Articles/1/')).toBeUndefined();
    expect(siteLine('https://github.com/Textualize/rich', '*[ {SITE} ]*', ['github.com'])).toBe('*[ GITHUB.COM/TEXTUALIZE ]*');
    expect(siteLine('https://gitlab.com/kite/kite', '*[ {SITE} ]*', ['github.com'])).toBe('*[ GITLAB.COM ]*');
    expect(siteLine('https://github.com/', '*[ {SITE} ]*', ['github.com'])).toBe('*[ GITHUB.COM ]*');
  });

  it('keeps to forms a backup may hold', () => {
    expect(['*[ {SITE} ]*', '({site})', '{site}'].every((f) => SITE_LINE_FORM.test(f))).toBe(true);
    expect(['<script>{site}', '{site} and more', '*[ ]*'].some((f) => SITE_LINE_FORM.test(f))).toBe(false);
  });
});
