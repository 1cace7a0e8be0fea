import { describe, expect, it } from 'vitest';
import { checkCapturableUrl, draftKeyOf, isSafeHref } from '../../../../src/core/url/capturable-url.ts';

describe('checkCapturableUrl', () => {
  it.each([
    ['https://www.openstack.org/blog/', 'https://www.openstack.org/blog/'],
    ['http://127.0.0.1:8080/page', 'http://127.0.0.1:8080/page'],
    ['www.example.com/a', 'https://www.example.com/a'],
    ['  https://example.com/a b  ', 'https://example.com/a b'],
    ['https://例子.测试/路径', 'https://例子.测试/路径'],
  ])('takes %j', (input, url) => {
    expect(checkCapturableUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    [undefined, 'missing'],
    ['', 'missing'],
    ['javascript:alert(1)', 'script'],
    ['JavaScript:void(0)', 'script'],
    ['data:text/html,<b>x</b>', 'data'],
    ['file:///home/me/notes.html', 'file'],
    ['chrome://settings/', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['view-source:https://example.com', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/detail/x', 'web-store'],
    ['ftp://example.com/file', 'unsupported'],
    ['not a url at all', 'invalid'],
    ['https://', 'invalid'],
  ])('refuses %j as %s', (input, reason) => {
    expect(checkCapturableUrl(input)).toEqual({ ok: false, reason });
  });

  it('lets only web and mail addresses become links in our pages', () => {
    expect(['https://a.example', 'HTTP://a.example', 'mailto:a@b.example'].every(isSafeHref)).toBe(true);
    expect(['javascript:alert(1)', ' JavaScript:x', 'data:text/html,x', 'vbscript:x', 'file:///x', 'chrome://settings'].some(isSafeHref)).toBe(false);
  });

  it('keys drafts by canonical URL', () => {
    expect(draftKeyOf('https://www.example.com/a/?utm_source=x#top')).toBe(draftKeyOf('http://example.com/a'));
  });
});
