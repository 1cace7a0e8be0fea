import { describe, expect, it } from 'vitest';
import { datelineDay } from '../../../../src/core/issue/dateline.ts';

const lines = (text: string) => text.split('\n');
const notTitle = () => false;

describe('datelineDay: the day a line under the title gives', () => {
  it.each([
    ['Published on November 14, 2026.', '2026-11-14'],
    ['*Published on Saturday, November 14, 2026*', '2026-11-14'],
    ['_14 November 2026_', '2026-11-14'],
    ['Posted November 14th, 2026', '2026-11-14'],
    ['2026-11-14', '2026-11-14'],
    ['发布于 2026年11月14日', '2026-11-14'],
    ['Veröffentlicht am 14. November 2026', '2026-11-14'],
    ['Issue #12 · 14.11.2026', '2026-11-14'],
  ])('“%s” is %s', (line, day) => {
    expect(datelineDay(lines(`\n${line}\n\n## News\n`), 0, notTitle)).toBe(day);
  });

  it('is read under the title again (a post’s `# Title` under its front matter)', () => {
    const text = lines('# Kite Weekly 12\n\nPublished on November 14, 2026.\n\n- [A](https://a.example)');
    expect(datelineDay(text, 0, (line) => line === '# Kite Weekly 12')).toBe('2026-11-14');
    expect(datelineDay(text, 0, notTitle)).toBeUndefined();
  });

  it.each([
    ['a sentence that happens to name a day', 'Rust 1.80 came out on July 25, 2024, with a lot of new things for everyone to try'],
    ['an entry', '- [Rust 1.80](https://blog.rust-lang.org/) — July 25, 2024'],
    ['a heading', '## November 14, 2026'],
    ['a paragraph of two lines', 'Published on November 14, 2026.\nBy the kite team.'],
    ['a line naming no day', 'Welcome to issue 12!'],
    ['no full day', 'Published in November 2026.'],
  ])('is none for %s', (_, text) => {
    expect(datelineDay(lines(`${text}\n\nMore text.`), 0, notTitle)).toBeUndefined();
  });

  it('is only the body’s first paragraph', () => {
    expect(datelineDay(lines('Welcome!\n\nPublished on November 14, 2026.\n'), 0, notTitle)).toBeUndefined();
    expect(datelineDay(lines('---\ntitle: x\n---\n\nPublished on November 14, 2026.\n'), 3, notTitle)).toBe('2026-11-14');
  });
});
