import { describe, expect, it } from 'vitest';
import { introducesNext } from '../../../../src/core/issue/introduces-next.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';

describe('a paragraph that introduces the block after it', () => {
  it('ends in a colon, or is a line crediting who wrote what follows', () => {
    expect(
      [
        ['Devon announces:'],
        ['社区给出了说明：'],
        ['[Kévin Commaille](https://chat.example.org/#/@k) announces'],
        ['Danielle says'],
        ['[Mateus R. Costa](https://chat.example.org/#/@m) reports'],
      ].map(introducesNext),
    ).toEqual([true, true, true, true, true]);
  });

  it('is no sentence, no line of several links, no long line, and no list item', () => {
    expect(
      [
        ['Fractal 8 is out.'],
        ['[A](https://a.example.org) and [B](https://b.example.org) say'],
        ['Sahara, the data processing service for the cloud, now runs Spark jobs on demand'],
        ['- Danielle says'],
        ['Danielle', 'says'],
        [],
      ].map(introducesNext),
    ).toEqual([false, false, false, false, false, false]);
  });

  it('makes one entry of a credit line and the quote under it, the quote’s links first', () => {
    const doc = '# Week 3\n\n## Apps\n\n[Alain](https://chat.example.org/#/@alain) announces\n\n> Planify 4.8 is here. [Download it](https://apps.example.org/planify).\n\n[Kim](https://chat.example.org/#/@kim) says\n\n> Foo 2 is out.\n';
    const parsed = parseIssue(doc, { grammar: 'paragraph' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.items.map((i) => i.comment)).toEqual([
      '[Alain](https://chat.example.org/#/@alain) announces\n\n> Planify 4.8 is here. [Download it](https://apps.example.org/planify).',
      '[Kim](https://chat.example.org/#/@kim) says\n\n> Foo 2 is out.',
    ]);
    // The entry's page is what the quote links (what the suggestion learns from, what the archive
    // shows); the author's link comes last, and stays the only one where the quote links nothing.
    expect(parsed.value.items.map((i) => i.links.map((l) => l.url))).toEqual([
      ['https://apps.example.org/planify', 'https://chat.example.org/#/@alain'],
      ['https://chat.example.org/#/@kim'],
    ]);
  });
});
