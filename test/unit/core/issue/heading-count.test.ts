import { describe, expect, it } from 'vitest';
import { headingName, withHeadingCount } from '../../../../src/core/issue/heading-count.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';

describe('a count a heading ends with', () => {
  it('is no part of the heading’s name', () => {
    expect(['News (4)', 'Reading (3 links)', '新闻（5 条）', '新闻（5条）', '**Tools (12)**', 'Rust (2024)', 'Python 3', '(3)'].map(headingName)).toEqual([
      'News',
      'Reading',
      '新闻',
      '新闻',
      'Tools',
      'Rust (2024)',
      'Python 3',
      '(3)',
    ]);
  });

  it('is written as the new issue counts, where the heading had one', () => {
    expect(withHeadingCount('## News (4)', 2)).toBe('## News (2)');
    expect(withHeadingCount('## Reading (12 links)', 7)).toBe('## Reading (7 links)');
    expect(withHeadingCount('### 新闻（5 条）', 3)).toBe('### 新闻（3 条）');
    expect(withHeadingCount('## News', 2)).toBe('## News');
    expect(withHeadingCount('## Rust (2024)', 2)).toBe('## Rust (2024)');
  });

  it('files entries under the heading’s name, and leaves the title as it is', () => {
    const r = parseIssue('# Links #12 (2 topics)\n\n## News (2)\n\n- [A](https://example.org/a)\n- [B](https://example.org/b)\n', {});
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect([r.value.issue.title, r.value.issue.key]).toEqual(['Links #12 (2 topics)', '12']);
    expect(r.value.items.map((i) => i.section)).toEqual(['News', 'News']);
  });
});
