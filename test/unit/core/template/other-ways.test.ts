import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE, type Template } from '../../../../src/core/model/template.ts';
import { entryWayOf } from '../../../../src/core/template/entry-way.ts';
import { otherWays } from '../../../../src/core/template/other-ways.ts';

describe('otherWays', () => {
  it('groups the headings written in another way than the digest’s, in the digest’s order; a heading in the digest’s own is left out', () => {
    const template: Template = {
      ...DEFAULT_TEMPLATE,
      items: { ...DEFAULT_TEMPLATE.items, grammar: 'bullet' },
      sections: [
        { name: 'News', hidden: false, projects: [], grammar: 'paragraph' },
        { name: 'Featured', hidden: false, projects: [{ name: 'PRs', aliases: [], hidden: false, grammar: 'heading', marker: '### ' }] },
        { name: 'Merges', hidden: false, projects: [], grammar: 'bullet' },
        { name: null, hidden: false, projects: [{ name: 'Quote', aliases: [], hidden: false, grammar: 'paragraph' }] },
        { name: 'Weekly', hidden: false, projects: [{ name: 'Quote', aliases: [], hidden: false, grammar: 'paragraph' }] },
      ],
    };
    expect(otherWays(template)).toEqual([
      { way: 'paragraph', headings: ['News', 'Quote'] },
      { way: 'heading', headings: ['PRs'] },
    ]);
    expect(otherWays(DEFAULT_TEMPLATE)).toEqual([]);
    // Among paragraphs, a heading whose entries are a list's items by its bullet.
    const paragraphs: Template = { ...template, items: { ...template.items, grammar: 'paragraph' }, sections: [{ name: 'Links', hidden: false, projects: [], marker: '- ' }, { name: 'News', hidden: false, projects: [] }] };
    expect(otherWays(paragraphs)).toEqual([{ way: 'bullet', headings: ['Links'] }]);
    // Among links, a heading whose entries are a change log's; among a change log's, one of links.
    const links: Template = { ...template, sections: [{ name: 'Merges', hidden: false, projects: [], referenceLink: true }, { name: 'News', hidden: false, projects: [] }] };
    expect(otherWays(links)).toEqual([{ way: 'changeLog', headings: ['Merges'] }]);
    const log: Template = { ...links, items: { ...links.items, referenceLink: true }, sections: [{ name: 'Merges', hidden: false, projects: [] }, { name: 'News', hidden: false, projects: [], referenceLink: false }] };
    expect(otherWays(log)).toEqual([{ way: 'bullet', headings: ['News'] }]);
    expect(entryWayOf(log.items)).toBe('changeLog');
    expect(entryWayOf({ grammar: 'numbered', marker: '1. ', referenceLink: true })).toBe('numbered');
    // Entries laid out in HTML only an entry of the digest's shows are told so, whatever the grammar says.
    expect(entryWayOf({ grammar: 'bullet', marker: '<tr>', htmlForm: '<tr><td><a href="{url}">{title}</a></td></tr>' })).toBe('htmlForm');
    // A list's items written in HTML are told apart from Markdown's.
    expect(entryWayOf({ grammar: 'bullet', marker: '  <li>' })).toBe('htmlList');
    expect(entryWayOf({ grammar: 'bullet', marker: '- ' })).toBe('bullet');
  });
});
