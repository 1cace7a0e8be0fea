import { describe, expect, it } from 'vitest';
import { entrySample, headingSample } from '../../../../src/core/issue/entry-sample.ts';
import { applyImport, planImport } from '../../../../src/core/issue/issue-import.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { OPENSTACK_PRESET } from '../../../../src/core/template/presets.ts';
import { fixtureFiles } from '../../../helpers/corpus.ts';

const page = { url: 'https://example.org/page', title: 'The page’s title' };
const learned = (folder: string) => {
  const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
  return applyImport(empty, planImport(fixtureFiles(`golden/past/${folder}`, /\.(md|markdown)$/), empty, '2024-01-01')).template;
};

describe('entrySample: a new entry as the import will write it', () => {
  it.each([
    ['nested-words', '- [The page’s title](https://example.org/page)\n  - Your words about it.'],
    ['site-notes', '- [The page’s title](https://example.org/page) (example.org) — Your words about it.'],
    ['quoted-words', '- [The page’s title](https://example.org/page)\n  > Your words about it.'],
    ['quoted', '> [The page’s title](https://example.org/page)\n> Your words about it.'],
    ['numbered', '1、[The page’s title](https://example.org/page)\n\nYour words about it.'],
    ['numbered-inline', '1、[The page’s title](https://example.org/click/?target=https://example.org/page)：Your words about it.'],
    ['title-lines', '**The page’s title**  \n<https://example.org/page>  \nYour words about it.'],
    // Most parts write `🔹[title](…)：words`, its closing part the digest's plain paragraphs.
    ['article-beside', '🔹[The page’s title](https://example.org/page)：Your words about it.'],
  ])('in the way learned from %s', (folder, expected) => {
    expect(entrySample(learned(folder), page, 'Your words about it.')).toBe(expected);
  });

  it('with the page’s author where the digest names or credits authors, and only there', () => {
    const authored = { ...page, author: 'Jane Doe' };
    expect(entrySample(learned('quoted-words'), authored, 'Your words about it.')).toBe('- [The page’s title](https://example.org/page) by Jane Doe\n  > Your words about it.');
    expect(entrySample(learned('credited-quotes'), authored, 'Your words about it.')).toBe('Jane Doe reports\n\n> Your words about it.  \n> [The page’s title](https://example.org/page)');
    expect(entrySample(learned('numbered'), authored, 'Your words about it.')).toBe('1、[The page’s title](https://example.org/page)\n\nYour words about it.');
    // On the line under the link, where the digest names them there (Pointer's), in a list too.
    const bylines = learned('bylines');
    expect(entrySample(bylines, authored, 'Your words about it.')).toBe('**[The page’s title](https://example.org/page)**\n— Jane Doe\n\nYour words about it.');
    expect(entrySample(bylines, page, 'Your words about it.')).toBe('**[The page’s title](https://example.org/page)**\n\nYour words about it.');
    const listed = { ...bylines, items: { ...bylines.items, grammar: 'bullet' as const, marker: '- ', linkFirst: false } };
    expect(entrySample(listed, authored, 'Your words about it.')).toBe('- **[The page’s title](https://example.org/page)**\n  — Jane Doe\n\n  Your words about it.');
  });

  it('in OpenStack’s paragraphs, the words first and the address on a line of its own', () => {
    expect(entrySample(OPENSTACK_PRESET, page, '你的点评。')).toBe('你的点评。  \n<https://example.org/page>');
  });

  it('under a heading that writes its entries its own way, and only there', () => {
    const twir = learned('standing-parts');
    const words = 'Your words about it.';
    expect(headingSample(twir, { section: null, project: 'Crate of the Week' }, page, words)).toBe("This week's crate is [The page’s title](https://example.org/page), Your words about it.");
    expect(headingSample(twir, { section: 'Quote of the Week', project: null }, page, words)).toBe('> Your words about it.\n\n– [The page’s title](https://example.org/page)');
    expect(headingSample(twir, { section: 'Updates from the Community', project: 'Releases' }, page, words)).toBeUndefined();
    // The import's sample under a heading of its own is that heading's too.
    expect(entrySample(twir, page, words, { section: null, project: 'Crate of the Week' })).toBe(headingSample(twir, { section: null, project: 'Crate of the Week' }, page, words));
    const featured = learned('featured-quotes');
    expect(headingSample(featured, { section: 'Featured', project: null }, { ...page, author: 'Jane Doe' }, words)).toBe('-   [The page’s title](https://example.org/page) by Jane Doe\n\n    > Your words about it.');
  });

  it('links a pull request where the heading’s entries, or the digest’s, are a change log’s, so the sample shows how', () => {
    const words = 'Your words about it.';
    const change = '* Your words about it. ([#1234](https://github.com/example/project/pull/1234))';
    expect(entrySample(learned('change-log'), page, words)).toMatch(/^- Your words about it\. \(\[#1234\]\(https:\/\/github\.com\/example\/project\/pull\/1234\)/);
    // A heading of links in a change log, and one that is a change log's like the digest's.
    const merges = learned('merges-log');
    expect(headingSample(merges, { section: 'Subprojects and Dependency Updates', project: null }, page, words)).toBe('* [The page’s title](https://github.com/example/project/pull/1234) Your words about it.');
    expect(headingSample(merges, { section: 'Other Merges', project: null }, page, words)).toBeUndefined();
    // The import's sample is the digest's way: the first heading that writes it (not the news in
    // paragraphs or the featured ones under headings that come before).
    expect(entrySample(merges, page, words)).toBe(change);
    // A heading's own change log among headed entries.
    const headed = learned('headed');
    const name = headed.sections[0]?.name ?? null;
    const logged = { ...headed, sections: headed.sections.map((s, i) => (i === 0 ? { ...s, marker: '* ', referenceLink: true } : s)) };
    expect(headingSample(logged, { section: name, project: null }, page, words)).toBe(change);
    expect(headingSample(headed, { section: name, project: null }, page, words)).toBeUndefined();
  });
});
