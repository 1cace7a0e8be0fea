import { describe, expect, it } from 'vitest';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { renderLinkLine } from '../../../../src/core/issue/link-line.ts';
import { recurringHeadings } from '../../../../src/core/issue/recurring-headings.ts';

function parse(markdown: string): ParsedIssue {
  const result = parseIssue(markdown, { grammar: 'paragraph' });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const issue = (entries: string[]): string => ['# Daily 3', '', '## News', '', ...entries.flatMap((e) => [e, '']), ''].join('\n');

describe('entries headed by a linked title in bold alone on its line (TLDR)', () => {
  it('take what stands under the title, up to the next title', () => {
    const items = parse(
      issue([
        '[**Kites get lighter (4 minute read)**](https://a.example/kites)',
        'Flax spars weigh a third less, and the [paper](https://b.example/paper) says why.',
        '**[Sails in the rain](https://c.example/rain)**',
        '- wet ripstop stretches\n- dry it flat',
        '[**A third title**](https://d.example/third)',
        '```\ncode under it\n```',
      ]),
    ).items;
    expect(items.map((i) => [i.comment.split('\n\n')[1], i.links.map((l) => l.url)])).toEqual([
      ['Flax spars weigh a third less, and the [paper](https://b.example/paper) says why.', ['https://a.example/kites', 'https://b.example/paper']],
      ['- wet ripstop stretches\n- dry it flat', ['https://c.example/rain']],
      ['```\ncode under it\n```', ['https://d.example/third']],
    ]);
  });

  it('name their page by the title’s words without the bold', () => {
    const [item] = parse(issue(['[**Go 1.24 released**](https://go.example/1.24) — generic type aliases. _The Go Team_'])).items;
    expect(item?.links[0]?.title).toBe('Go 1.24 released');
    expect(item?.comment).toBe('[**Go 1.24 released**](https://go.example/1.24) — generic type aliases. _The Go Team_');
  });

  it('do not take a paragraph that opens with a link: the next entry', () => {
    const items = parse(issue(['[**One**](https://a.example/1)', '[**Two**](https://a.example/2)', 'Words of the second.', '[Three](https://a.example/3) is a tool.'])).items;
    expect(items.map((i) => i.links[0]?.url)).toEqual(['https://a.example/1', 'https://a.example/2', 'https://a.example/3']);
    expect(items[1]?.comment).toContain('Words of the second.');
  });

  it('read an address in bold (a page with no title) as an entry’s link, not as a label over the list under it', () => {
    const items = parse(issue(['**<https://a.example/untitled>**', '- one point\n- another'])).items;
    expect(items.map((i) => i.links.map((l) => l.url))).toEqual([['https://a.example/untitled']]);
    expect(recurringHeadings([issue(['**<https://a.example/x>**']), issue(['**<https://a.example/x>**']).replace('Daily 3', 'Daily 4')])).toEqual(new Set(['news']));
  });
});

describe('renderLinkLine', () => {
  it('writes a link whose title shows nothing as its address', () => {
    expect(renderLinkLine({ url: 'https://a.example/x', title: '\u0000 ' }, { linkStyle: 'titled' })).toBe('<https://a.example/x>');
  });
});
