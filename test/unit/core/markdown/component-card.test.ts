import { describe, expect, it } from 'vitest';
import { componentCard, componentCardEnd } from '../../../../src/core/markdown/component-card.ts';
import { extractLinks } from '../../../../src/core/markdown/markdown-links.ts';

describe('cards of MDX', () => {
  it('reads a card’s page, title and words from its attributes, on one line or over several', () => {
    expect(componentCard('<LinkCard href="https://a.example/x" title="Ex &amp; Why" description=\'It "shipped".\' />')).toEqual({ name: 'LinkCard', url: 'https://a.example/x', title: 'Ex & Why', words: 'It "shipped".' });
    expect(componentCard('<Card\n\tauthor="Ana"\n\tlink="https://b.example/y"\n\tlabel="Why"\n\tdescription=""\n/>')).toEqual({ name: 'Card', url: 'https://b.example/y', title: 'Why', words: '' });
  });

  it('takes no component for a card that links no web page, that is not closed on itself, or that is not alone', () => {
    for (const text of ['<Image src="https://a.example/x.png" alt="x" />', '<Card link="javascript:alert(1)" label="x" />', '<Card link="https://a.example/x">words</Card>', 'See <Card link="https://a.example/x" /> here', '<card link="https://a.example/x" />']) expect(componentCard(text)).toBeUndefined();
  });

  it('finds where a card over several lines ends, and no end for a tag left open', () => {
    const lines = ['<Card', '  link="https://a.example/x"', '  label="X"', '/>', '', '<Card', '  link="https://a.example/y"', '<Other />'];
    expect(componentCardEnd(lines, 0, lines.length)).toBe(4);
    expect(componentCardEnd(lines, 5, lines.length)).toBeUndefined();
    expect(componentCardEnd(['plain words'], 0, 1)).toBeUndefined();
  });

  it('is a link of the text where it stands, its title its words', () => {
    const text = 'Before <LinkCard href="https://a.example/x" title="Ex" /> and <Aside type="tip" /> after [y](https://b.example/y).';
    expect(extractLinks(text).map((l) => [l.url, l.text, l.kind])).toEqual([
      ['https://a.example/x', 'Ex', 'html'],
      ['https://b.example/y', 'y', 'inline'],
    ]);
  });
});
