import { describe, expect, it } from 'vitest';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { isSpeakerHeading } from '../../../../src/core/issue/speaker-heading.ts';
import { contentsOf } from '../../../../src/core/template/contents-list.ts';

/** Parsed as an import reads it beside other issues: their grammar, and the headings they write too (the contents', the ending's). */
function parse(markdown: string): ParsedIssue {
  const result = parseIssue(markdown, { grammar: 'heading', recurringHeadings: new Set(['table of contents', 'old news']) });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** OCaml Weekly News' shape: contents under a heading of their own, each story a thread of messages. */
const THREADS = [
  '# Weekly News 12',
  '',
  '# Table of Contents',
  '',
  '- [Dune 3.17](#dune-3-17)',
  '- [Effects, a tour](#effects-a-tour)',
  '',
  '## Dune 3.17',
  '',
  'Archive: <https://discuss.example.org/t/dune-3-17/1>',
  '',
  '### Kate Deplaix announced',
  '',
  'Dune 3.17 is out.',
  '',
  '### Continuing this thread, Anil said',
  '',
  'Thanks!',
  '',
  '## Effects, a tour',
  '',
  'Archive: <https://discuss.example.org/t/effects/2>',
  '',
  '### Gabriel replied:',
  '',
  'A long post on effect handlers.',
  '',
  '# Old News',
  '',
  'Mail me for an old issue.',
].join('\n');

describe('a digest of forum threads', () => {
  it('tells a heading naming who speaks from a headline', () => {
    for (const heading of ['Kate Deplaix announced', 'Continuing this thread, Anil said', 'Gabriel replied:', 'Shon asked']) expect(isSpeakerHeading(heading)).toBe(true);
    for (const heading of ['Spring Meetup Dates Announced', 'announced', 'Said', 'Releases', 'What the team said about the release and why it matters to everyone who builds with it today']) expect(isSpeakerHeading(heading)).toBe(false);
  });

  it('reads each thread as one entry, its messages and who wrote them in it, under no contents heading', () => {
    const parsed = parse(THREADS);
    expect(parsed.items.map((i) => [i.section, i.project, i.links[0]?.url])).toEqual([
      [null, null, 'https://discuss.example.org/t/dune-3-17/1'],
      [null, null, 'https://discuss.example.org/t/effects/2'],
    ]);
    expect(parsed.items[0]?.comment).toContain('### Continuing this thread, Anil said');
    expect(parsed.issue.body.filter((s) => s.kind === 'heading').map((s) => s.kind === 'heading' && s.text)).toEqual(['Table of Contents', 'Old News']);
  });

  it('learns the rule the contents anchor by from the most lines it anchors (`#dune-3-17`, not GitHub’s `#dune-317`)', () => {
    expect(contentsOf(parse(THREADS))).toEqual({ marker: '- ', levels: [2], anchors: 'slug', under: '# Table of Contents' });
  });

  it('keeps a heading over more than a list of contents a section over what follows', () => {
    const parsed = parse(THREADS.replace('# Table of Contents\n\n', '# Table of Contents\n\nThe stories:\n\n'));
    expect(parsed.items.map((i) => i.section)).toEqual(['Table of Contents', 'Table of Contents']);
  });
});
