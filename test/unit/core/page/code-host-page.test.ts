import { describe, expect, it } from 'vitest';
import { codeHostAuthor, codeHostReference, codeHostSubject } from '../../../../src/core/page/code-host-page.ts';

describe('codeHostReference', () => {
  it('names pull requests, issues and merge requests by their number as change logs do', () => {
    expect(codeHostReference('https://github.com/kite/kite/pull/4072')).toBe('#4072');
    expect(codeHostReference('https://github.com/kite/kite/pull/4072/files')).toBe('#4072');
    expect(codeHostReference('https://github.com/kite/kite/issues/17')).toBe('#17');
    expect(codeHostReference('https://codeberg.org/kite/kite/pulls/9')).toBe('#9');
    expect(codeHostReference('https://gitlab.com/group/sub/kite/-/merge_requests/52')).toBe('!52');
    expect(codeHostReference('https://gitlab.com/group/kite/-/issues/7')).toBe('#7');
  });

  it('names no other page', () => {
    for (const url of ['https://github.com/kite/kite', 'https://github.com/kite/kite/releases/tag/1.2', 'https://blog.example/pull/3', 'https://github.com/pull/3', 'not a url']) expect(codeHostReference(url)).toBeUndefined();
  });
});

describe('codeHostAuthor', () => {
  it('names who opened a pull request where its title does', () => {
    expect(codeHostAuthor('Fix the needle by cy-2 · Pull Request #4103 · kite/kite')).toBe('cy-2');
    expect(codeHostAuthor('Needle shakes in gusts · Issue #17 · kite/kite')).toBeUndefined();
    expect(codeHostAuthor('Written by Ann')).toBeUndefined();
  });
});

describe('codeHostSubject', () => {
  it('leaves out what the host writes after the change', () => {
    expect(codeHostSubject('Fix the needle by cy · Pull Request #4103 · kite/kite')).toBe('Fix the needle');
    expect(codeHostSubject('Needle shakes in gusts · Issue #17 · kite/kite')).toBe('Needle shakes in gusts');
    expect(codeHostSubject('Print on A3 (!52) · Merge requests · kite / kite · GitLab')).toBe('Print on A3');
    expect(codeHostSubject('A blog post · by a person')).toBe('A blog post · by a person');
  });
});
