import { describe, expect, it } from 'vitest';
import { siteFormOf, siteNoteForm } from '../../../../src/core/template/site-note-form.ts';
import { entryOpenings } from '../../../../src/core/template/entry-opening.ts';
import { readItemText } from '../../../../src/core/issue/item-text.ts';

describe('siteNoteForm', () => {
  it('tells how a note names the site of the address before it', () => {
    expect(siteNoteForm('(lwn.net)', 'https://lwn.net/Articles/1')).toBe('({site})');
    expect(siteNoteForm('*(blog.rust-lang.org)*', 'https://blog.rust-lang.org/x')).toBe('*({site})*');
    expect(siteNoteForm('www.tails.example', 'https://blog.tails.example/steady')).toBe('{site}');
    expect(siteNoteForm('(PDF)', 'https://lwn.net/a.pdf')).toBeUndefined();
    expect(siteNoteForm('other.example', 'https://lwn.net/a')).toBeUndefined();
  });
});

describe('siteFormOf', () => {
  it('takes the form most entries name their site in, none where fewer than half do', () => {
    const sited = ['- [A](https://a.example/1) a.example\n  words', '- [B](https://www.b.example/2) b.example\n  words', '- [C](https://c.example/3) — words'];
    expect(siteFormOf(entryOpenings(sited), sited.length)).toBe('{site}');
    const quick = ['- [A](https://a.example/1) — words', '- [B](https://b.example/2) — words', '- [C](https://c.example/3) c.example\n  words'];
    expect(siteFormOf(entryOpenings(quick), quick.length)).toBeUndefined();
  });
});

describe('a site named bare after the link', () => {
  it('is read as the note it is, not as a second link of the entry', () => {
    const read = readItemText(['- [Tails](https://blog.tails.example/steady) www.tails.example', '  A long look.'], 'bullet', new Map(), null);
    expect(read.links.map((l) => l.url)).toEqual(['https://blog.tails.example/steady']);
    const other = readItemText(['- [Tails](https://blog.tails.example/steady) www.other.example'], 'bullet', new Map(), null);
    expect(other.links.map((l) => l.url)).toEqual(['https://blog.tails.example/steady', 'http://www.other.example']);
  });
});
