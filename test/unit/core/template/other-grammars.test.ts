import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE, type Template } from '../../../../src/core/model/template.ts';
import { otherGrammars } from '../../../../src/core/template/other-grammars.ts';

describe('otherGrammars', () => {
  it('groups the headings written in another grammar than the digest’s, in the digest’s order; a heading in the digest’s own is left out', () => {
    const template: Template = {
      ...DEFAULT_TEMPLATE,
      items: { ...DEFAULT_TEMPLATE.items, grammar: 'bullet' },
      sections: [
        { name: 'News', hidden: false, projects: [], grammar: 'paragraph' },
        { name: 'Featured', hidden: false, projects: [{ name: 'PRs', aliases: [], hidden: false, grammar: 'heading', marker: '### ' }] },
        { name: 'Merges', hidden: false, projects: [], grammar: 'bullet' },
        { name: null, hidden: false, projects: [{ name: 'Quote', aliases: [], hidden: false, grammar: 'paragraph' }] },
      ],
    };
    expect(otherGrammars(template)).toEqual([
      { grammar: 'paragraph', headings: ['News', 'Quote'] },
      { grammar: 'heading', headings: ['PRs'] },
    ]);
    expect(otherGrammars(DEFAULT_TEMPLATE)).toEqual([]);
    // Among paragraphs, a heading whose entries are a list's items by its bullet.
    const paragraphs: Template = { ...template, items: { ...template.items, grammar: 'paragraph' }, sections: [{ name: 'Links', hidden: false, projects: [], marker: '- ' }, { name: 'News', hidden: false, projects: [] }] };
    expect(otherGrammars(paragraphs)).toEqual([{ grammar: 'bullet', headings: ['Links'] }]);
  });
});
