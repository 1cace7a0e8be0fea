import { describe, expect, it } from 'vitest';
import { entersFolder, issueFileName, issueFilesOf } from '../../../../src/core/issue/issue-files.ts';

describe('issueFilesOf', () => {
  it('reads a file handed on its own whatever its name, and in a folder only Markdown, not hidden, outside hidden folders and dependencies', () => {
    const paths = ['notes.txt', 'issue-1.md', 'posts/issue-2.markdown', 'posts/2024/issue-3.MDX', 'posts/2024-10-01-weekly/index.qmd', 'posts/weekly-5.Rmd', 'posts/logo.png', 'posts/_config.yml', 'repo/.git/HEAD', 'repo/.github/PULL_REQUEST_TEMPLATE.md', 'repo/node_modules/pkg/README.md', 'repo/content/.draft.md', 'posts/._issue-2.markdown', '.blog/issue-4.md', 'content/posts/_index.md', '_index.md'];
    const { read, leftOut } = issueFilesOf(paths.map((path) => ({ path })));
    expect(read.map((f) => f.path)).toEqual(['notes.txt', 'issue-1.md', 'posts/issue-2.markdown', 'posts/2024/issue-3.MDX', 'posts/2024-10-01-weekly/index.qmd', 'posts/weekly-5.Rmd', '.blog/issue-4.md', '_index.md']);
    expect(leftOut.map((f) => f.path)).toEqual(['posts/logo.png', 'posts/_config.yml', 'repo/.git/HEAD', 'repo/.github/PULL_REQUEST_TEMPLATE.md', 'repo/node_modules/pkg/README.md', 'repo/content/.draft.md', 'posts/._issue-2.markdown', 'content/posts/_index.md']);
  });

  it('names a post kept in a folder of its own by that folder', () => {
    expect(issueFileName('blog/2024-10-01-issue-42/index.md')).toBe('blog/2024-10-01-issue-42.md');
    expect(issueFileName('issues/42/README.MDX')).toBe('issues/42.MDX');
    expect(issueFileName('posts/2024-10-01-weekly/index.qmd')).toBe('posts/2024-10-01-weekly.qmd');
    expect(issueFileName('content\\2024-10-01\\index.markdown')).toBe('content\\2024-10-01.markdown');
    for (const path of ['index.md', 'posts/issue-42.md', 'posts/reindex.md', '/index.md', 'blog/README.md', 'README.md']) expect(issueFileName(path)).toBe(path);
  });

  it('names a post named by its day of the month in folders of its year and month by that day whole', () => {
    expect(issueFileName('contents/2022/Aug/29.md')).toBe('contents/2022-08-29.md');
    expect(issueFileName('2024/05/6.markdown')).toBe('2024-05-06.markdown');
    expect(issueFileName('blog\\2024\\12\\01\\index.md')).toBe('blog\\2024-12-01.md');
    expect(issueFileName('contents/2022/September/05.md')).toBe('contents/2022-09-05.md');
    // Not a month, not a day, not a year: named as they are.
    for (const path of ['2024/13/06.md', '2024/05/32.md', '2024/Kites/06.md', 'issues/2024/42.md', '1024/05/06.md', 'posts/05/06.md']) expect(issueFileName(path)).toBe(path);
  });

  it('enters every folder but hidden ones and installed dependencies', () => {
    expect(['posts', '_posts', '2024', 'content'].every(entersFolder)).toBe(true);
    expect(['.git', '.obsidian', 'node_modules'].some(entersFolder)).toBe(false);
  });
});
