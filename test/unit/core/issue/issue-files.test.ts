import { describe, expect, it } from 'vitest';
import { entersFolder, issueFilesOf } from '../../../../src/core/issue/issue-files.ts';

describe('issueFilesOf', () => {
  it('reads a file handed on its own whatever its name, and in a folder only Markdown, not hidden, outside hidden folders and dependencies', () => {
    const paths = ['notes.txt', 'issue-1.md', 'posts/issue-2.markdown', 'posts/2024/issue-3.MDX', 'posts/logo.png', 'posts/_config.yml', 'repo/.git/HEAD', 'repo/.github/PULL_REQUEST_TEMPLATE.md', 'repo/node_modules/pkg/README.md', 'repo/content/.draft.md', 'posts/._issue-2.markdown', '.blog/issue-4.md'];
    const { read, leftOut } = issueFilesOf(paths.map((path) => ({ path })));
    expect(read.map((f) => f.path)).toEqual(['notes.txt', 'issue-1.md', 'posts/issue-2.markdown', 'posts/2024/issue-3.MDX', '.blog/issue-4.md']);
    expect(leftOut.map((f) => f.path)).toEqual(['posts/logo.png', 'posts/_config.yml', 'repo/.git/HEAD', 'repo/.github/PULL_REQUEST_TEMPLATE.md', 'repo/node_modules/pkg/README.md', 'repo/content/.draft.md', 'posts/._issue-2.markdown']);
  });

  it('enters every folder but hidden ones and installed dependencies', () => {
    expect(['posts', '_posts', '2024', 'content'].every(entersFolder)).toBe(true);
    expect(['.git', '.obsidian', 'node_modules'].some(entersFolder)).toBe(false);
  });
});
