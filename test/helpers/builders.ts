import type { Issue } from '../../src/core/model/issue.ts';

/** An issue with nothing but what a test names. */
export function makeIssue(partial: Partial<Issue> & { number: number }): Issue {
  return {
    title: '',
    period: null,
    published: null,
    fileName: null,
    frontMatter: [],
    preamble: '',
    trailer: '',
    outline: [],
    blankAfterFrontMatter: true,
    ...partial,
  };
}
