import { describe, expect, it } from 'vitest';
import { pictureOf } from '../../../../src/core/template/entry-pictures.ts';
import { asksPicture } from '../../../../src/core/template/asks-picture.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';

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
