import { describe, expect, it } from 'vitest';
import { titleEndOf, withTitleEnd } from '../../../../src/core/template/title-end.ts';
import type { Item } from '../../../../src/core/model/item.ts';

describe('titleEndOf', () => {
  it('takes the arrow most entries’ links end their words with, its space included', () => {
    expect(titleEndOf(['- [Tethers →](https://a.example/) — words', '- [Spools →](https://b.example/) — words', '- [Knots](https://c.example/) — words'])).toBe(' →');
    expect(titleEndOf(['[Tethers»](https://a.example/)', '[Spools»](https://b.example/)'])).toBe('»');
  });

  it('takes none from a few, nor from links naming no page or that are an arrow alone', () => {
    expect(titleEndOf(['- [Tethers →](https://a.example/) — words', '- [Spools](https://b.example/)', '- [Knots](https://c.example/)'])).toBeUndefined();
    expect(titleEndOf(['**Tethers** — words [Read more →](https://a.example/)', '**Spools** — words [Read more →](https://b.example/)'])).toBeUndefined();
    expect(titleEndOf(['**Tethers** — words [→](https://a.example/)', '**Spools** — words [→](https://b.example/)'])).toBeUndefined();
  });
});

describe('withTitleEnd', () => {
  const item = (title: string): Item => ({ id: 'n', section: null, project: null, comment: '', links: [{ url: 'https://a.example/', title }], capturedAt: '2026-12-07T08:00:00.000Z', order: 1, issue: null });

  it('ends a new entry’s title with the digest’s arrow, unless it has none or one already', () => {
    expect(withTitleEnd(item('Spars '), { titleEnd: ' →' }).links[0]?.title).toBe('Spars →');
    expect(withTitleEnd(item('Reels ›'), { titleEnd: ' →' }).links[0]?.title).toBe('Reels ›');
    expect(withTitleEnd(item(''), { titleEnd: ' →' }).links[0]?.title).toBe('');
    expect(withTitleEnd(item('Spars'), {}).links[0]?.title).toBe('Spars');
  });
});
