import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../src/core/issue/issue-import.ts';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { recurringHeadings } from '../../../../src/core/issue/recurring-headings.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { fixtureFiles } from '../../../helpers/corpus.ts';

describe('recurringHeadings', () => {
  it('names the headings two issues or more write, by name, and those the digest knows', () => {
    const a = '# Issue 1\n\n## News (3)\n\n### Tooling\n\n### A one-off title\n';
    const b = '# Issue 2\n\n## 2. News\n\n### tooling ###\n\n### Another title\n';
    expect(recurringHeadings([a, b], ['Jobs'])).toEqual(new Set(['news', 'tooling', 'jobs']));
  });

  it('cannot say with one issue alone, the same text twice counting once', () => {
    const a = '# Issue 1\n\n## News\n';
    expect(recurringHeadings([a])).toBeUndefined();
    expect(recurringHeadings([a, a.replace(/\n/g, '\r\n')])).toBeUndefined();
  });

  it('reads Setext headings too, not a list item or a rule after a blank line', () => {
    const a = 'Issue 1\n=======\n\nNews\n----\n\n- item\n---\n\ntext\n\n---\n';
    const b = 'Issue 2\n=======\n\nNews\n----\n\n- item\n---\n\ntext\n\n---\n';
    expect(recurringHeadings([a, b])).toEqual(new Set(['news']));
  });

  it('names a line in bold alone between blank lines as a heading, not one inside words', () => {
    const a = '# Issue 1\n\n**New Releases**\n\n[x](https://example.org/x)\nWords with **bold** in them.\n**Not alone**\n';
    const b = '# Issue 2\n\n**New releases**\n\n[y](https://example.org/y)\n\n**Not alone**\nmore words\n';
    expect(recurringHeadings([a, b])).toEqual(new Set(['new releases']));
  });

  it('does not read a line in fenced code as a heading', () => {
    const a = '# Issue 1\n\n```sh\n# install it\n```\n';
    const b = '# Issue 2\n\n~~~\n# install it\n~~~\n\n## Install it\n';
    expect(recurringHeadings([a, b])).toEqual(new Set());
  });

  it('does not read a line in bold in fenced code as a heading', () => {
    const a = '# Issue 1\n\n```md\n\n**Note**\n\n```\n';
    const b = '# Issue 2\n\n~~~\n\n**Note**\n\n~~~\n\n**Noted**\n';
    expect(recurringHeadings([a, b])).toEqual(new Set());
  });
});

const ISSUE = [
  '# Notes 4',
  '',
  '## Stories',
  '',
  '### Seed Catalogue Moves To A New Host',
  '',
  'The [seed catalogue](https://seeds.example.org/new-host) moved after two outages.',
  '',
  '### Trowel 2.0 Ships With Plugins',
  '',
  '[Trowel 2.0](https://trowel.example.com/2.0) is out.',
  '',
  'Its authors [explained the design](https://blog.example.net/trowel) at length.',
  '',
  '### Rake Gets A Faster Index',
  '',
  'A pull request makes [its index faster](https://code.example.org/rake/412).',
  '',
  '### Also noted',
  '',
  '- [hoe 0.4](https://code.example.org/hoe/0.4)',
  '- [shears 1.1](https://code.example.org/shears/1.1)',
  '',
].join('\n');

function parse(markdown: string, recurring?: Set<string>): ParsedIssue {
  const result = parseIssue(markdown, recurring ? { recurringHeadings: recurring } : {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('a title no other issue writes, over words that link inline', () => {
  it('is an entry: the title names the first page its words link, and a list of links under one makes it a section', () => {
    const parsed = parse(ISSUE, new Set(['stories']));
    expect(parsed.grammar).toBe('heading');
    expect(parsed.items.map((i) => [i.section, i.project, i.links[0]?.title, i.links[0]?.url])).toEqual([
      ['Stories', null, 'Seed Catalogue Moves To A New Host', 'https://seeds.example.org/new-host'],
      ['Stories', null, 'Trowel 2.0 Ships With Plugins', 'https://trowel.example.com/2.0'],
      ['Stories', null, 'Rake Gets A Faster Index', 'https://code.example.org/rake/412'],
      ['Stories', 'Also noted', 'hoe 0.4', 'https://code.example.org/hoe/0.4'],
      ['Stories', 'Also noted', 'shears 1.1', 'https://code.example.org/shears/1.1'],
    ]);
    // Both paragraphs are the entry's words, its second link one of its own.
    expect(parsed.items[1]?.comment).toContain('explained the design');
    expect(parsed.items[1]?.links.map((l) => l.url)).toEqual(['https://trowel.example.com/2.0', 'https://blog.example.net/trowel']);
  });

  it('is a heading over items where it comes back in other issues', () => {
    const recurring = new Set(['stories', 'seed catalogue moves to a new host', 'trowel 2.0 ships with plugins', 'rake gets a faster index']);
    expect(parse(ISSUE, recurring).items.slice(0, 3).map((i) => i.project)).toEqual(['Seed Catalogue Moves To A New Host', 'Trowel 2.0 Ships With Plugins', 'Trowel 2.0 Ships With Plugins']);
  });

  it('with no other issue to compare, is an entry where most such headings read as titles, not names', () => {
    expect(parse(ISSUE).items.slice(0, 3).map((i) => [i.project, i.links[0]?.title])).toEqual([
      [null, 'Seed Catalogue Moves To A New Host'],
      [null, 'Trowel 2.0 Ships With Plugins'],
      [null, 'Rake Gets A Faster Index'],
    ]);
    // A word or two is a subsection's name (OpenStack's `### Nova`), however few entries it holds.
    const named = ISSUE.replace('Seed Catalogue Moves To A New Host', 'Seeds').replace('Trowel 2.0 Ships With Plugins', 'Trowel').replace('Rake Gets A Faster Index', '耙子');
    expect(parse(named).items.slice(0, 3).map((i) => i.project)).toEqual(['Seeds', 'Trowel', 'Trowel']);
    // Two such headings are too few to tell.
    const two = ISSUE.replace(/### Rake[\s\S]*?(?=### Also)/, '');
    expect(parse(two).items.map((i) => i.links[0]?.title)).not.toContain('Seed Catalogue Moves To A New Host');
  });

  it('heads no entry when its words are more than a few paragraphs that link: a section of paragraph entries', () => {
    const long = ISSUE.replace('Its authors', 'One [more](https://a.example/1).\n\nAnd [more](https://a.example/2).\n\nIts authors');
    expect(parse(long, new Set(['stories'])).items.filter((i) => i.project === 'Trowel 2.0 Ships With Plugins')).toHaveLength(4);
  });

  it('is read so on import where the issues are compared, and the digest learns to write its new entries the same way', () => {
    const plan = planImport(fixtureFiles('golden/past/one-off-titles'), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2025-03-21');
    expect(plan.template.items).toMatchObject({ grammar: 'heading', marker: '### ', pageLink: { text: '', line: true, inline: true } });
    expect(plan.template.sections.map((s) => [s.name, s.projects.map((p) => p.name)])).toEqual([
      ['Top Stories', []],
      ['Releases', ['Also noted']],
      ['Community', []],
    ]);
    // Each entry keeps its title, and its words as written.
    const spring = plan.parsed.flatMap((p) => p.items).find((i) => i.links[0]?.title === 'Spring Meetup Dates Announced');
    expect(spring).toMatchObject({ section: 'Top Stories', project: null, links: [{ url: 'https://meetup.example.org/spring-2025' }, { url: 'https://lists.example.org/garden/2025-03/0042.html' }] });
  });
});
