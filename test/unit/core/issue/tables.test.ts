import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../../src/core/backup/backup.ts';
import { parseBackup } from '../../../../src/core/backup/backup-schema.ts';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { renderIssue } from '../../../../src/core/issue/issue-renderer.ts';
import { scanBlocks } from '../../../../src/core/markdown/blocks.ts';
import { isPipedRow, isRowLine, tableCells } from '../../../../src/core/markdown/table-rows.ts';
import { headingsOf } from '../../../../src/core/model/issue.ts';
import { reviseItem } from '../../../../src/core/model/item.ts';
import { DEFAULT_SETTINGS } from '../../../../src/core/model/settings.ts';
import { DEFAULT_TEMPLATE, type Template } from '../../../../src/core/model/template.ts';
import { learnTemplate } from '../../../../src/core/template/template-learning.ts';

function parse(markdown: string): ParsedIssue {
  const result = parseIssue(markdown, {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const STARS = ['# Tools 5', '', '## Libraries', '', '| Stars | Project | What it does |', '| ---: | --- | --- |', '| 12k | [fastq](https://example.org/fastq) | A fast work queue |', '| — | no link here | — |', '| 33k | [zod](https://zod.dev) | Schema validation |', '', '## Articles', '', '- [B-trees](https://example.org/btrees) — a walk through.', ''].join('\n');

describe('tables', () => {
  it('tells a table from a paragraph by its header and delimiter rows, with or without outer pipes', () => {
    const kinds = (text: string) => scanBlocks(text.split('\n'), 0).map((b) => (b.kind === 'table' ? `table:${b.rows.length}` : b.kind));
    expect(kinds('| a | b |\n| --- | :-: |\n| 1 | 2 |\n| 3 | 4 |')).toEqual(['table:2']);
    expect(kinds('a | b\n--- | ---\n1 | 2')).toEqual(['table:1']);
    expect(kinds('| a | b |\n|---|---|')).toEqual(['table:0']);
    // As many delimiter cells as header cells, and a pipe in each: else words, or an underlined heading.
    expect(kinds('| a | b |\n| --- |\n| 1 | 2 |')).toEqual(['paragraph']);
    expect(kinds('a | b\n---')).toEqual(['heading']);
    expect(kinds('A sentence with a | in it.\nAnd another.')).toEqual(['paragraph']);
  });

  it('splits cells at pipes not escaped, and knows a row line from a list item or heading', () => {
    expect(tableCells('| [a \\| b](https://x.org) | c |')).toEqual(['[a \\| b](https://x.org)', 'c']);
    expect(tableCells('a | b | ')).toEqual(['a', 'b']);
    expect(tableCells('a |  | c')).toEqual(['a', '', 'c']);
    expect(isRowLine('| a | b |')).toBe(true);
    expect(isRowLine('[fd](https://x.org) | 33k')).toBe(true);
    expect(isRowLine('- a | b')).toBe(false);
    expect(isRowLine('## a | b')).toBe(false);
    expect(isRowLine('a \\| b')).toBe(false);
    expect(isRowLine('| a |\n| b |')).toBe(false);
    // Only a row between outer pipes is taken for one out of its table: `A | B` may be a paragraph.
    expect(isPipedRow('| a | b |')).toBe(true);
    expect(isPipedRow('A | B')).toBe(false);
  });

  it('reads each linked row as an entry, its cells its words, and the header and unlinked rows as text', () => {
    const { items, grammar } = parse(STARS);
    expect(grammar).toBe('bullet');
    expect(items.map((i) => [i.section, i.comment, i.links.map((l) => [l.url, l.title])])).toEqual([
      ['Libraries', '12k | [fastq](https://example.org/fastq) | A fast work queue', [['https://example.org/fastq', 'fastq']]],
      ['Libraries', '33k | [zod](https://zod.dev) | Schema validation', [['https://zod.dev', 'zod']]],
      ['Articles', '[B-trees](https://example.org/btrees) — a walk through.', [['https://example.org/btrees', 'B-trees']]],
    ]);
  });

  it('reads rows as entries in a digest of paragraphs too, and a table under an entry’s own heading as part of it', () => {
    const paragraphs = parse('# Notes 3\n\n## News\n\nOne thing happened. https://example.org/one\n\nAnother one. https://example.org/two\n\n| Tool | Why |\n| --- | --- |\n| [fd](https://example.org/fd) | fast |\n');
    expect(paragraphs.grammar).toBe('paragraph');
    expect(paragraphs.items.map((i) => i.comment)).toEqual(['One thing happened. https://example.org/one', 'Another one. https://example.org/two', '[fd](https://example.org/fd) | fast']);
    const headed = parse(
      ['# Letter 4', '', '## Reads', '', '### [One](https://example.org/1)', '', 'Words.', '', '| Version | Notes |', '| --- | --- |', '| [1.0](https://example.org/v1) | first |', '', '### [Two](https://example.org/2)', '', '### [Three](https://example.org/3)', ''].join('\n'),
    );
    expect(headed.grammar).toBe('heading');
    expect(headed.items.map((i) => i.links.map((l) => l.url))).toEqual([['https://example.org/1', 'https://example.org/v1'], ['https://example.org/2'], ['https://example.org/3']]);
  });

  it('learns which headings write their entries as rows, and the columns their link and words go in', () => {
    const template = learnTemplate(DEFAULT_TEMPLATE, [parse(STARS)]);
    const [libraries, articles] = template.sections;
    expect(libraries?.table).toEqual({ head: '| Stars | Project | What it does |\n| ---: | --- | --- |', link: 1, words: 2 });
    expect(articles?.table).toBeUndefined();
    // Words that follow the link in its own cell are written there; a table of links only gets the next column.
    const own = learnTemplate(DEFAULT_TEMPLATE, [parse('# T 1\n\n## A\n\n| Entry | Stars |\n| --- | --- |\n| [a](https://example.org/a) — words | 3 |\n')]);
    expect(own.sections[0]?.table).toMatchObject({ link: 0, words: 0 });
    const bare = learnTemplate(DEFAULT_TEMPLATE, [parse('# T 1\n\n## A\n\n| Entry | Note |\n| --- | --- |\n| [a](https://example.org/a) | |\n')]);
    expect(bare.sections[0]?.table).toMatchObject({ link: 0, words: 1 });
  });

  it('writes a row the editor changed as a row again where it stands, and keeps rows without outer pipes as written', () => {
    const issue = parse(STARS);
    const template = learnTemplate(DEFAULT_TEMPLATE, [issue]);
    const items = issue.items.map((i) => (i.order === 0 ? reviseItem(i, { comment: '12k | [fastq](https://example.org/fastq) | A faster work queue, now | typed' }) : i));
    expect(renderIssue(issue.issue, items, template)).toBe(STARS.replace('| 12k | [fastq](https://example.org/fastq) | A fast work queue |', '| 12k | [fastq](https://example.org/fastq) | A faster work queue, now | typed |'));
    // Its link no longer in the words: link and words go in the columns the heading's rows use.
    const unlinked = issue.items.map((i) => (i.order === 0 ? reviseItem(i, { comment: 'A fast queue', links: [{ url: 'https://example.org/fastq', title: 'fastq' }] }) : i));
    expect(renderIssue(issue.issue, unlinked, template)).toContain('\n|   | [fastq](https://example.org/fastq) | A fast queue |\n');
    const pipeless = '# T 2\n\n## A\n\nName | Stars\n--- | ---\n[fd](https://example.org/fd) | 33k\n';
    const plain = parse(pipeless);
    expect(renderIssue(plain.issue, plain.items, learnTemplate(DEFAULT_TEMPLATE, [plain]))).toBe(pipeless);
  });

  it('writes a new entry into a table whose link and words share a cell with the digest’s separator', () => {
    const template: Template = { ...DEFAULT_TEMPLATE, sections: [{ name: 'A', hidden: false, projects: [], table: { head: '| Entry | Stars |\n| --- | --- |', link: 0, words: 0 } }] };
    const issue = parse('# T 1\n');
    const item = { id: 'n1', section: 'A', project: null, order: 0, comment: 'words', links: [{ url: 'https://example.org/n', title: 'New' }], capturedAt: '2024-01-01T00:00:00.000Z', issue: null };
    expect(renderIssue({ ...issue.issue, body: [] }, [item], template)).toContain('## A\n\n| Entry | Stars |\n| --- | --- |\n| [New](https://example.org/n) - words |   |\n');
  });

  it('keeps a table’s shape in a backup, and refuses a header that is no table’s', () => {
    const template = learnTemplate(DEFAULT_TEMPLATE, [parse(STARS)]);
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2024-06-03T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const broken = structuredClone(backup);
    broken.template.sections[0]!.table = { head: '| a |\n| --- |\n| extra |', link: 0, words: 0 };
    expect(parseBackup(JSON.stringify(broken))).toMatchObject({ ok: false, error: { path: expect.stringContaining('table') } });
  });

  it('does not take a table of figures with no links for entries (This Week in Rust’s performance tables)', () => {
    const { items, issue } = parse('# This Week in Rust 1\n\n## Perf\n\n| (instructions:u) | mean | range |\n|:---:|:---:|:---:|\n| Regressions | 4.6% | [0.2%, 12.8%] |\n\n- [A link](https://example.org/a)\n');
    expect(items.map((i) => i.comment)).toEqual(['[A link](https://example.org/a)']);
    expect(headingsOf(issue).map((h) => h.text)).toEqual(['Perf']);
  });
});
