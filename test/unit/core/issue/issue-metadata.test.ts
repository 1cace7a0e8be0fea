import { describe, expect, it } from 'vitest';
import { withoutMetadata } from '../../../../src/core/issue/issue-metadata.ts';

describe('withoutMetadata', () => {
  it.each([
    ['YAML', '---\ntitle: Issue 12\ndate: 2026-08-19\n---\n\n## News\n* [a](https://a.example)'],
    ['TOML', '+++\ntitle = "Issue 12"\ndate = 2026-08-19\n+++\n\n## News\n* [a](https://a.example)'],
    ['a Pelican header', 'Title: Issue 12\nDate: 2026-08-19\nCategory: Weekly\n\n## News\n* [a](https://a.example)'],
    ['YAML with Windows line ends', '---\r\ntitle: Issue 12\r\n---\r\n\r\n## News\r\n* [a](https://a.example)'],
  ])('drops %s', (_, markdown) => {
    expect(withoutMetadata(markdown).trim()).toBe('## News\n* [a](https://a.example)');
  });

  it('keeps a # title, text with no metadata, and a block that never closes', () => {
    for (const markdown of ['# Issue 12\n\n## News', '## News\n* [a](https://a.example)', '---\ntitle: Issue 12\n\n## News']) expect(withoutMetadata(markdown)).toBe(markdown);
  });
});
