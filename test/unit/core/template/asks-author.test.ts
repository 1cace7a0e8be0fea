import { describe, expect, it } from 'vitest';
import { asksAuthor } from '../../../../src/core/template/asks-author.ts';
import { DEFAULT_TEMPLATE, type Template } from '../../../../src/core/model/template.ts';

const withSections = (sections: Template['sections']): Template => ({ ...DEFAULT_TEMPLATE, sections });

describe('asksAuthor', () => {
  it('asks where the digest’s entries name their author, after the link or in a credit line', () => {
    expect(asksAuthor(DEFAULT_TEMPLATE)).toBe(false);
    expect(asksAuthor({ ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, byline: 'by {author}' } })).toBe(true);
    expect(asksAuthor({ ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, credit: '{author} reports' } })).toBe(true);
    expect(asksAuthor(undefined)).toBe(false);
  });

  it('asks where one heading’s entries do, a section’s or a project’s', () => {
    expect(asksAuthor(withSections([{ name: 'Featured', hidden: false, projects: [], byline: 'by {author}' }, { name: 'In brief', hidden: false, projects: [] }]))).toBe(true);
    expect(asksAuthor(withSections([{ name: 'News', hidden: false, projects: [{ name: 'Talks', aliases: [], hidden: false, byline: 'by {author}' }] }]))).toBe(true);
    expect(asksAuthor(withSections([{ name: 'News', hidden: false, projects: [{ name: 'Talks', aliases: [], hidden: false, wordsMarker: '> ' }] }]))).toBe(false);
  });
});
