import { describe, expect, it } from 'vitest';
import { readingTimeAfter, readingTimeForm } from '../../../../src/core/template/reading-time-form.ts';

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
    expect(readingTimeAfter({ minutes: 9 }, '({minutes} min read)')).toBe(' (9 min read)');
    expect(readingTimeAfter({}, '({minutes} min read)')).toBe('');
    expect(readingTimeAfter({ minutes: 9 }, undefined)).toBe('');
  });
});
