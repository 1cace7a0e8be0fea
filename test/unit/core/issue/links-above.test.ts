import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';

const issue = (parts: string[][]): string => ['# Weekly 5', '', ...parts.flatMap((blocks, i) => [`## Part ${i + 1}`, '', ...blocks.flatMap((b) => [b, ''])])].join('\n');
const read = (markdown: string, linksAbove?: boolean) => {
  const result = parseIssue(markdown, { grammar: 'paragraph', ...(linksAbove === undefined ? {} : { linksAbove }) });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.items.map((i) => [i.links[0]?.url ?? null, i.comment.replace(/^\[[^\]]*\]\([^)]*\)\s*/, '')]);
};

describe('a digest that gives each entry’s link alone above its words (Android Weekly)', () => {
  const above = issue([
    ['[Compose tips](https://a.example/1)', 'Recomposition, measured.', '[K2 notes](https://a.example/2)', 'What broke, with a [table](https://t.example).', 'And what got faster.'],
    ['[coil](https://a.example/3)', 'Images on coroutines.'],
  ]);

  it('reads each link with the words under it, links among them and all', () => {
    expect(read(above)).toEqual([
      ['https://a.example/1', 'Recomposition, measured.'],
      ['https://a.example/2', 'What broke, with a [table](https://t.example).\n\nAnd what got faster.'],
      ['https://a.example/3', 'Images on coroutines.'],
    ]);
  });

  it('reads the words above their link where the digest gives it under them (DevOps Weekly)', () => {
    const below = issue([['Recomposition, measured.', 'https://a.example/1', 'What broke.', 'https://a.example/2'], ['Images on coroutines.', 'https://a.example/3']]);
    expect(read(below).map(([url, words]) => [url, words?.split('\n')[0]])).toEqual([
      ['https://a.example/1', 'Recomposition, measured.'],
      ['https://a.example/2', 'What broke.'],
      ['https://a.example/3', 'Images on coroutines.'],
    ]);
  });

  it('takes one entry given no words beside one given no link for what they are, unless the digest is known to write so', () => {
    const one = issue([['[Compose tips](https://a.example/1)', 'Words of a note the editor left without a link.']]);
    expect(read(one)).toHaveLength(2);
    expect(read(one, true)).toEqual([['https://a.example/1', 'Words of a note the editor left without a link.']]);
    // A digest known to give its links under the words reads even a run of them so.
    expect(read(above, false)).not.toContainEqual(['https://a.example/1', 'Recomposition, measured.']);
  });
});
