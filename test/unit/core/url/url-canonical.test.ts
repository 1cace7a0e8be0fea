import { describe, expect, it } from 'vitest';
import { canonicalUrl, pageAddress, sameLink, trackingParametersOf, withoutTracking } from '../../../../src/core/url/url-canonical.ts';

describe('canonicalUrl', () => {
  it.each([
    ['https://www.example.com/a/', 'http://example.com/a'],
    ['http://example.com/a#section', 'http://example.com/a'],
    ['http://example.com/a?utm_source=x&b=2&a=1', 'http://example.com/a?b=2&a=1'],
    ['http://example.com/a?fbclid=1&gclid=2', 'http://EXAMPLE.com/a'],
    ['http://prajnagarden.com/rally/?bsh_bid=401510023', 'http://prajnagarden.com/rally'],
    ['https://wiki.openstack.org/marconi\u200e', 'https://wiki.openstack.org/marconi'],
    ['https://例子.测试/a', 'https://xn--fsqu00a.xn--0zwm56d/a'],
    ['HTTPS://WWW.Example.com:443/a', 'https://example.com/a'],
  ])('treats %s and %s as the same page', (a, b) => {
    expect(canonicalUrl(a)).toBe(canonicalUrl(b));
    expect(sameLink(a, b)).toBe(true);
  });

  it.each([
    ['https://review.openstack.org/#/c/57774/', 'https://review.openstack.org/#/c/53870/'],
    ['http://example.com/a?id=1', 'http://example.com/a?id=2'],
    ['http://example.com/a', 'http://example.com/b'],
  ])('tells %s from %s', (a, b) => {
    expect(sameLink(a, b)).toBe(false);
  });

  it('keeps single-page-app routes and drops their trailing slash', () => {
    expect(canonicalUrl('https://review.openstack.org/#/c/57774/')).toBe('review.openstack.org#/c/57774');
  });

  it('never throws on odd input', () => {
    expect(canonicalUrl('not a url')).toBe('not a url');
    expect(canonicalUrl('mailto:A@B.example')).toBe('mailto:a@b.example');
  });
});

describe('tracking parameters', () => {
  it('lists and removes them without touching the rest', () => {
    const url = 'https://example.com/p?id=7&utm_medium=feed&mc_cid=3#top';
    expect(trackingParametersOf(url)).toEqual(['utm_medium', 'mc_cid']);
    expect(withoutTracking(url)).toBe('https://example.com/p?id=7#top');
    expect(withoutTracking('https://example.com/p?id=7')).toBe('https://example.com/p?id=7');
  });
});

describe('pageAddress', () => {
  it('is the page a redirect leads to, written or encoded in its query, and any other address as it is', () => {
    expect(pageAddress('https://hellogithub.com/periodical/statistics/click/?target=https://github.com/kite/reel')).toBe('https://github.com/kite/reel');
    expect(pageAddress('https://out.example/r?u=https%3A%2F%2Fa.example%2Fp%3Fx%3D1')).toBe('https://a.example/p?x=1');
    expect(pageAddress('https://a.example/search?q=https://b.example/')).toBe('https://a.example/search?q=https://b.example/');
    expect(pageAddress('https://a.example/p?x=1')).toBe('https://a.example/p?x=1');
    expect(pageAddress('not an address')).toBe('not an address');
  });

  it('makes a link through a redirect the same link as its page, though their hosts differ', () => {
    expect(sameLink('https://hellogithub.com/periodical/statistics/click/?target=https://github.com/kite/reel', 'https://github.com/kite/reel')).toBe(true);
    expect(sameLink('https://hellogithub.com/periodical/statistics/click/?target=https://github.com/kite/reel', 'https://github.com/kite/spool')).toBe(false);
  });
});
