import { describe, expect, it } from 'vitest';
import { creditPattern, isCreditLine } from '../../../../src/core/issue/credit-line.ts';

describe('a line crediting who wrote the quote under it', () => {
  it('is a name, linked or not, and a word or two, with no sentence end', () => {
    expect(['[Alain](https://chat.example.org/#/@alain) announces', 'Danielle says', 'Kévin Commaille announces', "[Aine [don't DM]](https://matrix.to/#/@aine:etke.cc) says", '[Thib (m.org)](https://matrix.to/#/@thib:matrix.org) announces'].map(isCreditLine)).toEqual([true, true, true, true, true]);
    expect(['Fractal 8 is out.', 'Jean-Baptiste Marie de la Fontaine-Dupont reports back', '> Danielle says', ''].map(isCreditLine)).toEqual([false, false, false, false]);
    // A sentence's end inside the line makes it words, not a credit; a name's initial or title does not.
    expect(['Another exciting proposal. 😄', 'Shipped! Try it', '发布了。欢迎试用', 'Mateus R. Costa reports', 'Dr. Jane Doe says'].map(isCreditLine)).toEqual([false, false, false, true, true]);
    // An address alone names a page, not who wrote: the line after an entry's words, not a credit.
    expect(['<https://example.com/a%20b/c>', 'https://example.com/post', '[https://example.com/](https://example.com/)'].map(isCreditLine)).toEqual([false, false, false]);
    // Nor does a link whose text names no one: the page of the words before it.
    expect(['Dolphin sorts by size [Link](https://example.org/1)', 'Ana [source](https://example.org/2)'].map(isCreditLine)).toEqual([false, false]);
    // Nor an address given after a label: a page, `【title】` before it or not.
    expect(['【Deno 2】链接：<https://deno.example/2>', 'Source: https://example.org/3'].map(isCreditLine)).toEqual([false, false]);
    // Words set wholly in brackets are an aside: an issue's sign-off, a mark, no one's name.
    expect(['（完，第十三期，2026年11月20日）', '(Sponsored)', '【广告】'].map(isCreditLine)).toEqual([false, false, false]);
  });

  it('gives the pattern of an entry written so: the linked name, or all but the last word, as {author}', () => {
    expect(creditPattern('[Alain](https://chat.example.org/#/@alain) announces\n\n> Planify 4.8 is here.')).toBe('{author} announces');
    expect(creditPattern('Danielle says\n\n> Foo 2 is out.')).toBe('{author} says');
    expect(creditPattern("[Aine [don't DM]](https://matrix.to/#/@aine:etke.cc) says\n\n> Synapse Admin 0.10.3 is out.")).toBe('{author} says');
    expect(creditPattern('Kévin Commaille reports\n \n  > Fractal 8.')).toBe('{author} reports');
  });

  it('gives none for an entry that is no credit over a quote', () => {
    expect(creditPattern('Danielle says\n> Foo 2 is out.')).toBeUndefined();
    expect(creditPattern('Foo 2 is out.\n\n> A quote of its notes.')).toBeUndefined();
    expect(creditPattern('Danielle\n\n> Foo 2 is out.')).toBeUndefined();
    expect(creditPattern('[Foo 2](https://foo.example/2) - out now.')).toBeUndefined();
  });
});
