import { describe, expect, it } from 'vitest';
import { inlineReferences } from '../../../../src/core/markdown/inline-references.ts';

const addresses = new Map([
  ['Tokio', 'https://tokio.rs/'],
  ['new scheduler', 'https://example.org/scheduler'],
  ['a *b* c', 'https://example.org/a b'],
]);
const addressOf = (text: string) => addresses.get(text);

describe('inlineReferences', () => {
  it('writes references the document does not define inline, in each of their forms', () => {
    expect(inlineReferences('[Tokio] has a [new scheduler][2]; [Tokio][] again.', new Map(), addressOf)).toBe(
      '[Tokio](https://tokio.rs/) has a [new scheduler](https://example.org/scheduler); [Tokio](https://tokio.rs/) again.',
    );
  });

  it('keeps references the document defines, brackets that link nowhere, code and inline links as written', () => {
    const defined = new Map([['2', 'https://example.org/other']]);
    const text = '[new scheduler][2], [x] done, `[Tokio][1]`, [Tokio](https://tokio.rs/).';
    expect(inlineReferences(text, defined, addressOf)).toBe(text);
  });

  it('keeps the link text as written and encodes the address', () => {
    expect(inlineReferences('See [a *b* c][9].', new Map(), addressOf)).toBe('See [a *b* c](https://example.org/a%20b).');
  });

  it('writes a footnote the document does not define as a link on the words it follows, or its address after them', () => {
    const pages = new Map([
      ['Why SQLite is everywhere', 'https://example.org/sqlite'],
      ['Tokio 1.38 released', 'https://tokio.rs/blog/1-38'],
    ]);
    const of = (text: string) => pages.get(text);
    expect(inlineReferences('Why SQLite is everywhere[^1] — an essay.', new Map(), of)).toBe('[Why SQLite is everywhere](https://example.org/sqlite) — an essay.');
    expect(inlineReferences('**Tokio 1.38 released**[^2]. Faster.', new Map(), of)).toBe('**Tokio 1.38 released** <https://tokio.rs/blog/1-38>. Faster.');
    // Defined, or naming no page the item has: as written.
    expect(inlineReferences('Why SQLite is everywhere[^1].', new Map([['^1', 'https://example.org/sqlite']]), of)).toBe('Why SQLite is everywhere[^1].');
    expect(inlineReferences('Something else[^3].', new Map(), of)).toBe('Something else[^3].');
  });
});
