import { describe, expect, it } from 'vitest';
import { scanBlocks } from '../../../../src/core/markdown/blocks.ts';
import { isAttributeList } from '../../../../src/core/markdown/attribute-list.ts';

describe('a kramdown attribute list', () => {
  it('is a line of its own: `{: .links}`, `{:toc}`, not text that opens with a brace', () => {
    expect(['{: .links}', '{:toc}', '  {: #news .section}  '].map(isAttributeList)).toEqual([true, true, true]);
    expect(['{ not one }', '{: .a} and words', '- {: .x}', '{: {nested}}'].map(isAttributeList)).toEqual([false, false, false, false]);
  });

  it('under a list is the list’s, not its last item’s: the item and the list end before it, which stands on its own', () => {
    const lines = ['- [a](https://a.example) — one', '- [b](https://b.example) — two', '{: .links}', '', 'After.'];
    const [list, attribute, after] = scanBlocks(lines, 0);
    expect(list).toMatchObject({ kind: 'list', start: 0, end: 2, items: [{ start: 0, end: 1 }, { start: 1, end: 2 }] });
    expect(attribute).toEqual({ kind: 'other', start: 2, end: 3 });
    expect(after).toMatchObject({ kind: 'paragraph', start: 4 });
  });

  it('under a nested list ends that list’s last item too; one under a blank line is a block’s of its own', () => {
    const nested = scanBlocks(['- Tools:', '  - [c](https://c.example)', '{: .links}'], 0);
    expect(nested[0]).toMatchObject({ kind: 'list', end: 2, items: [{ start: 0, end: 2, sublist: [{ start: 1, end: 2 }] }] });
    expect(nested[1]).toEqual({ kind: 'other', start: 2, end: 3 });
    const apart = scanBlocks(['- [a](https://a.example)', '', '{: .links}'], 0);
    expect(apart[0]).toMatchObject({ kind: 'list', end: 1 });
  });
});
