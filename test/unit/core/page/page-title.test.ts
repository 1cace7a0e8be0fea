import { describe, expect, it } from 'vitest';
import { titleWithoutSite } from '../../../../src/core/page/page-title.ts';

describe('titleWithoutSite', () => {
  it.each([
    ['Announcing Kite 2 | Kite Blog', { siteName: 'Kite Blog' }, 'Announcing Kite 2'],
    ['Announcing Kite 2 | Kite Blog', { ogTitle: 'Announcing Kite 2' }, 'Announcing Kite 2'],
    ['Kite Blog — Announcing Kite 2', { siteName: 'kite blog' }, 'Announcing Kite 2'],
    ['Kites - a history - The Kite Blog', { siteName: 'The Kite Blog' }, 'Kites - a history'],
    ['风筝为什么会飞_风筝网', { siteName: '风筝网' }, '风筝为什么会飞'],
    ['风筝为什么会飞｜风筝网', { ogTitle: '风筝为什么会飞' }, '风筝为什么会飞'],
    ['Why  kites\nfly · Kite   Blog', { siteName: 'Kite Blog' }, 'Why kites fly'],
    ['(3) Kites, a thread | Kite Forum', { siteName: 'Kite Forum' }, 'Kites, a thread'],
    ['(12+) Kites, a thread', {}, 'Kites, a thread'],
  ])('takes %j to the page’s own title where the page says which part is its site’s', (title, facts, expected) => {
    expect(titleWithoutSite(title, facts)).toBe(expected);
  });

  it.each([
    ['nothing says which part is the site’s', 'Announcing Kite 2 | Kite Blog', {}],
    ['the site’s name is none of the parts', 'Announcing Kite 2 | Kite Blog', { siteName: 'Kites' }],
    ['the shared title is the whole title', 'Announcing Kite 2', { ogTitle: 'Announcing Kite 2', siteName: 'Kite Blog' }],
    ['the site’s name is all there is', 'Kite Blog', { siteName: 'Kite Blog' }],
    ['the parts are not set apart by spaces', 'Kite-Blog', { siteName: 'Blog' }],
    ['a number in brackets is all there is', '(3)', {}],
    ['a number in brackets is part of the words', '(3)Kites', {}],
  ])('keeps the title where %s', (_what, title, facts) => {
    expect(titleWithoutSite(title, facts)).toBeUndefined();
  });
});
