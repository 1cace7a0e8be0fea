import { describe, expect, it } from 'vitest';
import { readingTimeFits, withReadingTime } from '../../../../src/core/template/with-reading-time.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import type { ItemStyle } from '../../../../src/core/model/template.ts';

const items = (style: Partial<ItemStyle>): ItemStyle => ({ ...DEFAULT_TEMPLATE.items, ...style });

describe('withReadingTime', () => {
  it('turns reading times on as learned, else in the plain form, and off', () => {
    const on = withReadingTime(DEFAULT_TEMPLATE, true);
    expect(on.items.readingTime).toBe('({minutes} min read)');
    const learned = { ...DEFAULT_TEMPLATE, items: items({ readingTime: '*({minutes} min)*' }) };
    expect(withReadingTime(learned, true).items.readingTime).toBe('*({minutes} min)*');
    expect(withReadingTime(learned, false).items).not.toHaveProperty('readingTime');
  });
});

describe('readingTimeFits', () => {
  it('is for entries written with their link first', () => {
    expect(readingTimeFits(items({ grammar: 'bullet', marker: '- ' }))).toBe(true);
    expect(readingTimeFits(items({ grammar: 'numbered', marker: '1. ' }))).toBe(true);
    expect(readingTimeFits(items({ grammar: 'paragraph', linkFirst: true }))).toBe(true);
  });

  it('is not for entries under headings of their own, paragraphs of words first, nor entries giving their page after their words', () => {
    expect(readingTimeFits(items({ grammar: 'heading', marker: '### ' }))).toBe(false);
    expect(readingTimeFits(items({ grammar: 'paragraph' }))).toBe(false);
    expect(readingTimeFits(items({ grammar: 'bullet', addressAfter: { before: ': ', after: '', form: 'bare' } }))).toBe(false);
    expect(readingTimeFits(items({ grammar: 'bullet', referenceLink: true }))).toBe(false);
  });
});
