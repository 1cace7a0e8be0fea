import { describe, expect, it } from 'vitest';
import { pictureOf } from '../../../../src/core/template/entry-pictures.ts';
import { asksPicture } from '../../../../src/core/template/asks-picture.ts';
import { withPictures } from '../../../../src/core/template/with-pictures.ts';
import { DEFAULT_TEMPLATE, type Template } from '../../../../src/core/model/template.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { renderItem } from '../../../../src/core/issue/item-renderer.ts';

describe('entry pictures', () => {
  it('reads a picture under the line linking the page, or opening it, linked or titled', () => {
    expect(pictureOf('1、[银行](https://a.example/)\n\n![](https://img.example/1.jpg)\n\n银行通常……')).toEqual({ at: 'under', linked: false, titled: false });
    expect(pictureOf('### [Kafka](https://k.example/)\n\n[![Kafka](https://img.example/k.png)](https://k.example/)\n\nWords.')).toEqual({ at: 'under', linked: true, titled: true });
    expect(pictureOf('- [Kafka](https://k.example/) — words.\n\n  ![](https://img.example/k.png)')).toEqual({ at: 'under', linked: false, titled: false });
    expect(pictureOf('- ![](https://img.example/t.png) [Type](https://t.example/) — big letters.')).toEqual({ at: 'opening', linked: false, titled: false });
    expect(pictureOf('1. [![](https://img.example/t.png)](https://t.example/) [Type](https://t.example/)')).toEqual({ at: 'opening', linked: true, titled: false });
  });

  it('reads none where a picture illustrates the words further down, or the entry has none', () => {
    expect(pictureOf('1、[拉链](https://z.example/)\n\n我们平时看到的拉链。\n\n![](https://img.example/z.webp)')).toBeUndefined();
    expect(pictureOf('- [Plain](https://p.example/) — no picture.')).toBeUndefined();
    expect(pictureOf('![](https://img.example/alone.png)')).toBeUndefined();
  });

  it('asks for a picture where the digest or one of its headings shows them', () => {
    const picture = { at: 'under', linked: false, titled: false } as const;
    expect(asksPicture(DEFAULT_TEMPLATE)).toBe(false);
    expect(asksPicture({ ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, picture } })).toBe(true);
    const heading = (p: typeof picture | 'none') => ({ ...DEFAULT_TEMPLATE, sections: [{ name: '新闻', hidden: false, projects: [], picture: p }] });
    expect(asksPicture(heading(picture))).toBe(true);
    expect(asksPicture(heading('none'))).toBe(false);
  });
});

describe('an entry written with its page’s picture', () => {
  const item = (image: string): Item => ({ id: 'p', section: null, project: null, order: 1, comment: 'Words.', links: [{ url: 'https://a.example/p', title: 'P', image }], capturedAt: '2026-12-01T00:00:00.000Z', issue: null });
  const numbered = { ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, grammar: 'numbered' as const, marker: '1、', separator: '\n\n', picture: { at: 'under', linked: false, titled: false } as const } };

  it('sets it under the line linking the page, and a bullet’s under its marker’s width', () => {
    expect(renderItem(item('https://img.example/p.png'), numbered)).toBe('1、[P](https://a.example/p)\n\n![](https://img.example/p.png)\n\nWords.');
    const bullets = { ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, grammar: 'bullet' as const, marker: '- ', separator: '\n\n', picture: { at: 'under', linked: true, titled: true } as const } };
    expect(renderItem(item('https://img.example/p.png'), bullets)).toBe('- [P](https://a.example/p)\n\n  [![P](https://img.example/p.png)](https://a.example/p)\n\n  Words.');
  });

  it('writes no picture that is not a web address, whatever a file held', () => {
    expect(renderItem(item('javascript:alert(1)'), numbered)).toBe('1、[P](https://a.example/p)\n\nWords.');
  });
});

describe('pictures chosen in the format', () => {
  it('turns them off for the digest and every heading, and on under the link line where none was learned', () => {
    const learned: Template = { ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, picture: { at: 'opening', linked: true, titled: false } }, sections: [{ name: '言论', hidden: false, projects: [{ name: 'Quotes', aliases: [], hidden: false, picture: 'none' }], picture: 'none' }] };
    const off = withPictures(learned, false);
    expect(off.items).not.toHaveProperty('picture');
    expect(off.sections).toEqual([{ name: '言论', hidden: false, projects: [{ name: 'Quotes', aliases: [], hidden: false }] }]);
    expect(asksPicture(off)).toBe(false);
    expect(withPictures(learned, true).items.picture).toEqual({ at: 'opening', linked: true, titled: false });
    expect(withPictures(off, true).items.picture).toEqual({ at: 'under', linked: false, titled: false });
  });
});
