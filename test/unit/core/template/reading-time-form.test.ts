import { describe, expect, it } from 'vitest';
import { readingTimeAfter, readingTimeForm, readingTimeInTitleForm, withReadingTimeInTitle } from '../../../../src/core/template/reading-time-form.ts';

describe('readingTimeForm', () => {
  it.each([
    ['(5 min read)', '({minutes} min read)'],
    ['(12 minute read)', '({minutes} minute read)'],
    ['(3 mins)', '({minutes} mins)'],
    ['*(5 min)*', '*({minutes} min)*'],
    ['_(7 minutes)_', '_({minutes} minutes)_'],
    ['(Lesezeit: 4 Min.)', '(Lesezeit: {minutes} Min.)'],
    ['(阅读 5 分钟)', '(阅读 {minutes} 分钟)'],
    ['(约8分钟)', '(约{minutes}分钟)'],
    ['(5分で読めます)', '({minutes}分で読めます)'],
  ])('reads %s as a reading time', (note, form) => {
    expect(readingTimeForm(note)).toBe(form);
  });

  it.each(['(lwn.net)', '(2026)', '(v2, 5 min)', '(5 minimal steps)', '(admin 5)', '(1234 min)', '(GitHub Repo)'])('takes %s for no reading time', (note) => {
    expect(readingTimeForm(note)).toBeUndefined();
  });

  it('writes a page’s reading time in that form, and nothing for a page with none', () => {
    expect(readingTimeAfter({ minutes: 9 }, { readingTime: '({minutes} min read)' })).toBe(' (9 min read)');
    expect(readingTimeAfter({}, { readingTime: '({minutes} min read)' })).toBe('');
    expect(readingTimeAfter({ minutes: 9 }, {})).toBe('');
    // (Given in the link's words, it is not written after the link as well.)
    expect(readingTimeAfter({ minutes: 9 }, { readingTime: '({minutes} minute read)', readingTimeInTitle: true })).toBe('');
  });
});

describe('a reading time in the link’s words', () => {
  it('is read at their end, marks aside', () => {
    expect(readingTimeInTitleForm('**Kites, explained (4 minute read)**')).toBe('({minutes} minute read)');
    expect(readingTimeInTitleForm('Kites (GitHub Repo)')).toBeUndefined();
    expect(readingTimeInTitleForm('(4 minute read)')).toBeUndefined();
  });

  it('ends a new entry’s title where the digest gives it so, and nothing where the page has none', () => {
    const item = { id: 'a', section: null, project: null, order: 1, comment: '', links: [{ url: 'https://k.example/a', title: 'Kites ', minutes: 6 }], capturedAt: '2026-11-21T00:00:00.000Z', issue: null };
    const style = { readingTime: '({minutes} minute read)', readingTimeInTitle: true as const };
    expect(withReadingTimeInTitle(item, style).links[0]?.title).toBe('Kites (6 minute read)');
    expect(withReadingTimeInTitle({ ...item, links: [{ url: 'https://k.example/a', title: 'Kites' }] }, style).links[0]?.title).toBe('Kites');
    expect(withReadingTimeInTitle(item, { readingTime: '({minutes} minute read)' })).toBe(item);
  });
});
