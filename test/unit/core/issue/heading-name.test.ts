import { describe, expect, it } from 'vitest';
import { headingName, numberedLike, withHeadingCount, withHeadingNumber } from '../../../../src/core/issue/heading-name.ts';
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

describe('a number a heading starts with', () => {
  it('is no part of the heading’s name', () => {
    const headings = ['2. Tools', '3) Jobs', '1、新闻', '二、工具', '十一、招聘', '01. News', '4: Talks', '5．活动', '**2. Tools (3)**', '[3. Reading](https://example.org/r)'];
    expect(headings.map(headingName)).toEqual(['Tools', 'Jobs', '新闻', '工具', '招聘', 'News', 'Talks', '活动', 'Tools', 'Reading']);
  });

  it('is kept where it is part of the name', () => {
    const headings = ['1.5 released', '1:1 meetings', '2024: the year in review', '100. Hundredth', 'Top 10. Tools', '3D printing', '2.'];
    expect(headings.map(headingName)).toEqual(headings);
  });

  it('is written as the heading’s place in the new issue, in the same numerals', () => {
    expect(withHeadingNumber('## 3. Jobs', 2)).toBe('## 2. Jobs');
    expect(withHeadingNumber('## 02. Tools', 3)).toBe('## 03. Tools');
    expect(withHeadingNumber('## 三、招聘', 2)).toBe('## 二、招聘');
    expect(withHeadingNumber('## 九、招聘', 11)).toBe('## 十一、招聘');
    expect(withHeadingNumber('**3) Jobs**', 1)).toBe('**1) Jobs**');
    expect(withHeadingNumber('- 4: Talks', 2)).toBe('- 2: Talks');
    expect(withHeadingNumber('## Jobs', 2)).toBe('## Jobs');
    expect(withHeadingNumber('## 1.5 released', 2)).toBe('## 1.5 released');
  });

  it('numbers a new heading as its siblings are numbered', () => {
    expect(numberedLike('## Talks', '## 1. News')).toBe('## 1. Talks');
    expect(numberedLike('## 活动', '## 一、新闻')).toBe('## 一、活动');
    expect(numberedLike('**Talks**', '**2) Tools**')).toBe('**2) Talks**');
    expect(numberedLike('## Talks', '## News')).toBe('## Talks');
    expect(numberedLike('## Talks', undefined)).toBe('## Talks');
    expect(numberedLike('## 4. Talks', '## 1. News')).toBe('## 4. Talks');
  });

  it('files entries under one section whatever its number in each issue', () => {
    const r = parseIssue('# Links 12\n\n## 一、新闻\n\n- [A](https://example.org/a)\n\n## 二、招聘\n\n- [B](https://example.org/b)\n', {});
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.items.map((i) => i.section)).toEqual(['新闻', '招聘']);
  });
});

describe('a mark linking what a heading names', () => {
  it('is no part of its name (`### GTK [↗](…)`), where the heading has words before it', () => {
    expect(['GTK [↗](https://gitlab.example.org/gtk)', 'Files [🔗](https://example.org/files) ', 'C [#](#c)', 'Rust [docs](https://example.org/docs)', '[↗](https://example.org/)'].map(headingName)).toEqual([
      'GTK',
      'Files',
      'C',
      'Rust docs',
      '↗',
    ]);
  });
});
