import { describe, expect, it } from 'vitest';
import { bylineOf, entryOpenings, isLeadByline } from '../../../../src/core/template/entry-opening.ts';

const formOf = (sources: string[]): string | undefined => bylineOf(sources, entryOpenings(sources));

describe('bylineOf', () => {
  it('reads names before the link, with their colon, as the authors new entries open with', () => {
    const form = formOf(['- Jane Doe: [Tethers](https://a.example/t) — words.', '- Li Wei: [Spools](https://b.example/s) — more words.', '- [Knots](https://c.example/k) — no author.']);
    expect(form).toBe('{author}: ');
    expect(isLeadByline(form as string)).toBe(true);
    expect(formOf(['- 李伟：[风筝](https://a.example/t) — 说明。', '- 王芳：[线轴](https://b.example/s) — 说明。'])).toBe('{author}：');
  });

  it('takes a word most entries open with for a label of their kind, not an author', () => {
    expect(formOf(['- Video: [Tethers](https://a.example/t) — words.', '- Video: [Spools](https://b.example/s) — more.', '- Talk: [Knots](https://c.example/k) — no author.'])).toBeUndefined();
    expect(formOf(['- Jane Doe: [Tethers](https://a.example/t) — words.', '- Jane Doe: [Spools](https://b.example/s) — more.'])).toBeUndefined();
  });

  it('keeps the bylines after the link as they were', () => {
    expect(formOf(['- [Tethers](https://a.example/t) by Jane Doe — words.', '- [Spools](https://b.example/s) by Li Wei — more.'])).toBe('by {author}');
    expect(isLeadByline('by {author}')).toBe(false);
  });
});
