import type { Issue } from '../../src/core/model/issue.ts';

/** An issue with nothing but what a test names. */
export function makeIssue(partial: Partial<Issue> & { number: number }): Issue {
  return {
    key: String(partial.number),
    year: null,
    title: '',
    period: null,
    published: null,
    fileName: null,
    head: { kind: 'yaml', fields: [], open: '---', close: '---' },
    body: [],
    end: '\n',
    ...partial,
  };
}
