import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../../src/core/backup/backup.ts';
import { parseBackup } from '../../../../src/core/backup/backup-schema.ts';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { renderItem } from '../../../../src/core/issue/item-renderer.ts';
import { renderIssue } from '../../../../src/core/issue/issue-renderer.ts';
import { reviseItem, type Item } from '../../../../src/core/model/item.ts';
import { DEFAULT_SETTINGS } from '../../../../src/core/model/settings.ts';
import { DEFAULT_TEMPLATE, type Template } from '../../../../src/core/model/template.ts';
import { learnTemplate } from '../../../../src/core/template/template-learning.ts';
import { planImport } from '../../../../src/core/issue/issue-import.ts';
import { exportNextIssue } from '../../../../src/core/issue/issue-export.ts';
import { entriesUnder } from '../../../../src/core/issue/entry-heading-level.ts';

function parse(markdown: string): ParsedIssue {
  const result = parseIssue(markdown, {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const entry = (title: string, words: string, link: string): string => `### ${title}\n\n${words}\n\n${link}`;
const LETTER = ['# Letter 3', '', '## Stories', '', entry('One', 'Words.', '[Read more](https://example.org/1)'), '', entry('Two', 'More words.', '[Read more](https://example.org/2)'), '', entry('Three', 'Yet more.', '[Read more](https://example.org/3)'), ''].join('\n');

function item(comment: string, title: string): Item {
  return { id: 'n', section: 'Stories', project: null, order: 0, comment, links: [{ url: 'https://example.org/new', title }], capturedAt: '2024-01-01T00:00:00.000Z', issue: null };
}

describe('entries headed by a title with no link', () => {
  it('learns how the link to the page is written after the words, and only where most entries are so headed', () => {
    expect(learnTemplate(DEFAULT_TEMPLATE, [parse(LETTER)]).items.pageLink).toEqual({ text: 'Read more', line: true });
    const inline = LETTER.replaceAll('.\n\n[Read more]', '. [Read more]');
    expect(learnTemplate(DEFAULT_TEMPLATE, [parse(inline)]).items.pageLink).toEqual({ text: 'Read more', line: false });
    const linked = ['# Letter 3', '', '## Stories', '', '### [One](https://example.org/1)', '', 'Words.', '', '### [Two](https://example.org/2)', '', '### [Three](https://example.org/3)', ''].join('\n');
    expect(learnTemplate(DEFAULT_TEMPLATE, [parse(linked)]).items.pageLink).toBeUndefined();
  });

  it('writes a new entry as its title, its words and the link as the digest writes it, read back as one entry', () => {
    const template = learnTemplate(DEFAULT_TEMPLATE, [parse(LETTER)]);
    expect(renderItem(item('Why it matters.', 'A *new* post'), template)).toBe('### A \\*new\\* post\n\nWhy it matters.\n\n[Read more](https://example.org/new)');
    const inline: Template = { ...template, items: { ...template.items, pageLink: { text: 'Read more', line: false } } };
    expect(renderItem(item('Why it matters.', 'A post'), inline)).toBe('### A post\n\nWhy it matters. [Read more](https://example.org/new)');
    // A link that repeats the title stands on its own line, or it would not be read as the title's.
    const again: Template = { ...template, items: { ...template.items, pageLink: { text: '', line: false } } };
    expect(renderItem(item('Why it matters.', 'A post'), again)).toBe('### A post\n\nWhy it matters.\n\n[A post](https://example.org/new)');
    expect(renderItem(item('', 'A post'), template)).toBe('### A post\n\n[Read more](https://example.org/new)');
    // No title to head it: a heading that is its link.
    expect(renderItem(item('Words.', ''), template)).toBe('### [https://example.org/new](https://example.org/new)\n\nWords.');
    for (const written of [renderItem(item('Why it matters.', 'A post'), inline), renderItem(item('Why it matters.', 'A post'), again)]) {
      const back = parse(`# Letter 4\n\n## Stories\n\n${written}\n\n${entry('B', 'Words.', '[Read more](https://example.org/b)')}\n\n${entry('C', 'Words.', '[Read more](https://example.org/c)')}\n`);
      expect(back.items.map((i) => [i.section, i.project, i.links[0]?.title])).toEqual([
        ['Stories', null, 'A post'],
        ['Stories', null, 'B'],
        ['Stories', null, 'C'],
      ]);
    }
  });

  it('learns a labelled last line, and writes new entries with that label and the address as written', () => {
    const labelled = (label: string, link: (n: number) => string): string =>
      ['# Letter 3', '', '## Stories', '', ...[1, 2, 3].flatMap((n) => [entry(`Title ${n}`, 'Words.', `${label}${link(n)}`), ''])].join('\n');
    const forms = [
      ['Link: ', (n: number) => `https://example.org/${n}`, 'bare', 'Link: https://example.org/new'],
      ['原文：', (n: number) => `<https://example.org/${n}>`, 'angle', '原文：<https://example.org/new>'],
      ['Source: ', (n: number) => `[Title ${n}](https://example.org/${n})`, 'titled', 'Source: [A post](https://example.org/new)'],
    ] as const;
    for (const [label, link, form, written] of forms) {
      const template = learnTemplate(DEFAULT_TEMPLATE, [parse(labelled(label, link))]);
      expect(template.items.pageLink).toEqual({ text: '', line: true, labelled: { label, form } });
      const text = renderItem(item('Why it matters.', 'A post'), template);
      expect(text).toBe(`### A post\n\nWhy it matters.\n\n${written}`);
      const back = parse(`# Letter 4\n\n## Stories\n\n${text}\n\n${entry('B', 'Words.', `${label}${link(2)}`)}\n\n${entry('C', 'Words.', `${label}${link(3)}`)}\n`);
      expect(back.items.map((i) => [i.section, i.links[0]?.title, i.links[0]?.url])).toEqual([
        ['Stories', 'A post', 'https://example.org/new'],
        ['Stories', 'B', 'https://example.org/2'],
        ['Stories', 'C', 'https://example.org/3'],
      ]);
    }
    // A label the editor gave the page is written in the digest's, spaced as the digest's is.
    const rust = learnTemplate(DEFAULT_TEMPLATE, [parse(labelled('原文链接: ', (n) => `https://example.org/${n}`))]);
    const page = item('Why it matters.', 'A post');
    const own = { ...page, links: [{ ...page.links[0]!, label: 'GitHub:' }] };
    expect(renderItem(own, rust)).toBe('### A post\n\nWhy it matters.\n\nGitHub: https://example.org/new');
    expect(renderItem({ ...own, links: [{ ...own.links[0]!, label: '  ' }] }, rust)).toBe('### A post\n\nWhy it matters.\n\n原文链接: https://example.org/new');
    const back = parse(`# Letter 4\n\n## Stories\n\n${renderItem(own, rust)}\n\n${entry('B', 'Words.', '原文链接: https://example.org/2')}\n\n${entry('C', 'Words.', '原文链接: https://example.org/3')}\n`);
    expect(back.items.map((i) => [i.links[0]?.url, i.links[0]?.label])).toEqual([
      ['https://example.org/new', 'GitHub: '],
      ['https://example.org/2', '原文链接: '],
      ['https://example.org/3', '原文链接: '],
    ]);
    // Labelled in one entry of three: the digest's way is the other two's.
    const once = LETTER.replace('[Read more](https://example.org/2)', 'Link: https://example.org/2');
    expect(learnTemplate(DEFAULT_TEMPLATE, [parse(once)]).items.pageLink).toEqual({ text: 'Read more', line: true });
  });

  it('keeps the learned link in a backup', () => {
    const labelled = learnTemplate(DEFAULT_TEMPLATE, [parse(LETTER.replaceAll('[Read more](', 'Link: ').replaceAll(/(example\.org\/\d)\)/g, '$1'))]);
    expect(labelled.items.pageLink?.labelled).toEqual({ label: 'Link: ', form: 'bare' });
    const withLabel = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template: labelled, issues: [], items: [] }, new Date('2024-06-03T00:00:00Z')));
    expect(parseBackup(JSON.stringify(withLabel))).toEqual({ ok: true, value: withLabel });
    const template = learnTemplate(DEFAULT_TEMPLATE, [parse(LETTER)]);
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2024-06-03T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
  });
});

describe('a link the edited words no longer hold', () => {
  const imported: Item = {
    id: 'e',
    section: 'Stories',
    project: null,
    order: 0,
    comment: 'Words that linked [the release notes](https://example.org/notes) once.',
    links: [
      { url: 'https://example.org/page', title: 'The page' },
      { url: 'https://example.org/notes', title: 'the release notes', inline: true },
    ],
    capturedAt: '2024-01-01T00:00:00.000Z',
    issue: null,
  };

  it.each([
    ['paragraph', ''],
    ['bullet', '- '],
    ['numbered', '1、'],
  ] as const)('is still written, after the words, in a %s digest: every link the item holds reaches the issue', (grammar, marker) => {
    const template: Template = { ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, grammar, marker } };
    const edited = { ...imported, comment: 'Words that no longer link anything.' };
    const text = renderItem(edited, template);
    expect(text).toContain('Words that no longer link anything.');
    expect(text).toContain('](https://example.org/notes)');
    expect(text).toContain('](https://example.org/page)');
    // Words that still hold it write it once.
    expect(renderItem(imported, template).match(/example\.org\/notes/g)).toHaveLength(1);
  });
});

describe('entries under linked headings of their own, in a monthly newsletter', () => {
  const GAMES = [
    '# Games Monthly 6',
    '',
    '## Game Updates',
    '',
    '### [Veloren][veloren]',
    '',
    '[Veloren][veloren] is a voxel RPG.',
    '',
    'Devlogs: [#49](https://veloren.example/49), [#50](https://veloren.example/50).',
    '',
    '[veloren]: https://veloren.example',
    '',
    '### [Scale](https://scale.example)',
    '',
    'A society simulation.',
    '',
    '### [Hypersomnia](https://hypersomnia.example)',
    '',
    'A top-down shooter.',
    '',
    '### [miniquad]',
    '',
    '[miniquad] renders anywhere.',
    '',
    'Some of this month’s updates:',
    '',
    '- [macOS support][mq-mac];',
    '- a smaller build.',
    '',
    '[miniquad]: https://code.example/miniquad',
    '[mq-mac]: https://code.example/miniquad/pull/1',
    '',
  ].join('\n');

  it('an entry headed at a subsection’s level closes the subsection: the next entries are its section’s', () => {
    // A game every issue reports on is a subsection over its month's news; the entries after it are not its.
    const result = parseIssue(GAMES, { recurringHeadings: new Set(['game updates', 'veloren']) });
    if (!result.ok) throw new Error('refused');
    // The game's month is its heading's words; the entries after it are the section's.
    expect(result.value.items.map((i) => [i.section, i.project, i.links[0]?.title])).toEqual([
      ['Game Updates', null, 'Scale'],
      ['Game Updates', null, 'Hypersomnia'],
      ['Game Updates', null, 'miniquad'],
    ]);
    expect(result.value.issue.body.some((s) => s.kind === 'heading' && s.project === 'Veloren')).toBe(true);
    // Written back as it was, and so with an entry's words edited: it stays where it stood.
    const { issue, items } = result.value;
    expect(renderIssue(issue, items, DEFAULT_TEMPLATE)).toBe(GAMES);
    const edited = items.map((i) => (i.links[0]?.title === 'Hypersomnia' ? reviseItem(i, { comment: 'A *faster* shooter.' }) : i));
    const written = renderIssue(issue, edited, DEFAULT_TEMPLATE);
    expect(written).toBe(GAMES.replace('A top-down shooter.', 'A *faster* shooter.'));
  });

  it('a linked heading no other issue writes, over a few linked paragraphs and a list its words introduce, is one entry', () => {
    const result = parseIssue(GAMES, { recurringHeadings: new Set(['game updates']) });
    if (!result.ok) throw new Error('refused');
    expect(result.value.items.map((i) => [i.section, i.project, i.links[0]?.title])).toEqual([
      ['Game Updates', null, 'Veloren'],
      ['Game Updates', null, 'Scale'],
      ['Game Updates', null, 'Hypersomnia'],
      ['Game Updates', null, 'miniquad'],
    ]);
    // Where the heading lists what its words do not introduce, it is a heading over entries.
    const listed = GAMES.replace('Some of this month’s updates:\n\n', '');
    const again = parseIssue(listed, { recurringHeadings: new Set(['game updates']) });
    if (!again.ok) throw new Error('refused');
    expect(again.value.items.map((i) => i.links[0]?.title)).toContain('macOS support');
  });
});

describe('a daily whose headed entries end in their address alone, closed by words every issue writes', () => {
  const day = (n: number, editor: string): string =>
    [`# 日报 2024-03-0${n}`, '', `### 条目 ${n}`, '', '一句话。', '', `https://example.org/${n}`, '', `### 另一条 ${n}`, '', '又一句话。', '', `链接：https://example.org/${n}b`, '', `### 第三条 ${n}`, '', '第三句话。', '', `https://example.org/${n}c`, '', '--', '', `From 日报小组 ${editor}`, '', '订阅：', '', '- [论坛](https://forum.example.org/)', '- [公众号](https://forum.example.org/wechat)', ''].join('\n');
  const files = (texts: readonly string[]) => texts.map((text, i) => ({ name: `2024-03-0${i + 1}.md`, text }));
  const days = [day(1, '风筝'), day(2, '长尾'), day(3, '风筝')];

  it('ends the last entry at the first block other issues write after it, not in their subscription list', () => {
    const plan = planImport(files(days), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2024-03-04');
    for (const [i, parsed] of plan.parsed.entries()) {
      const last = parsed.items.at(-1) as Item;
      expect(last.links).toEqual([{ url: `https://example.org/${i + 1}c`, title: `第三条 ${i + 1}`, inline: true }]);
      expect(last.comment).toBe(`第三句话。\n\nhttps://example.org/${i + 1}c`);
      // Written back as it was.
      expect(renderIssue(parsed.issue, parsed.items, plan.template)).toBe(days[i]);
    }
    // Words an entry's heading opens with are its words, however often written.
    const twice = days.map((d) => d.replace('第三句话。', '--'));
    const again = planImport(files(twice), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2024-03-04');
    expect(again.parsed[0]?.items.at(-1)?.comment).toBe('--\n\nhttps://example.org/1c');
  });

  it('learns the address alone as the page’s link, labelled by nothing, where most entries write it so', () => {
    const { template } = planImport(files(days), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2024-03-04');
    expect(template.items.pageLink).toEqual({ text: '', line: true, labelled: { label: '', form: 'bare' } });
    expect(renderItem({ ...item('Why it matters.', 'A post'), section: null }, template)).toBe('### A post\n\nWhy it matters.\n\nhttps://example.org/new');
  });
});

describe('a newsletter of linked headings, some with a mark after the link, and parts every issue writes', () => {
  const issue = (n: number): string =>
    [`# The Kite Times ${n}`, '', `## [Faster sails in ${n}](https://example.org/sails-${n}) ⛵`, '', 'Sails render twice as fast.', '', '---', '', `## [Testers for ${n} wanted](https://example.org/testers-${n})`, '', 'Try the launch dialog.', '', '---', '', "## [Contributors' Corner](https://example.org/contributing)", '', '<p>Thanks to <a href="https://example.org/ana">@ana</a>!</p>', ''].join('\n');
  const files = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `kite-${i + 1}.md`, text: issue(i + 1) }));

  it('reads a linked heading with a mark after it as an entry, and one three issues write with the same link as the digest’s own part', () => {
    const plan = planImport(files(3), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2024-04-01');
    expect(plan.parsed.map((p) => p.items.map((i) => i.links[0]?.title))).toEqual([1, 2, 3].map((n) => [`Faster sails in ${n}`, `Testers for ${n} wanted`]));
    // Its words and rule come back after the next issue's entries, the rule that set them apart too.
    const next = exportNextIssue({ template: plan.template, issues: plan.parsed.map((p) => p.issue), items: [{ ...item('Words.', 'A post'), section: null }] }, {}, '2024-04-01').markdown;
    expect(next).toContain("## [A post](https://example.org/new)\n\nWords.\n\n---\n\n## [Contributors' Corner](https://example.org/contributing)");
    // Two issues may link the same page under its own heading: with two to compare, it is an entry.
    const two = planImport(files(2), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2024-04-01');
    expect(two.parsed[0]?.items.map((i) => i.links[0]?.title)).toContain("Contributors' Corner");
  });

  it('writes an entry filed under a heading at its own level or above one level below it', () => {
    const form = { items: { grammar: 'heading', marker: '## ' } };
    expect(entriesUnder(form, 0).items.marker).toBe('## ');
    expect(entriesUnder(form, 1).items.marker).toBe('## ');
    expect(entriesUnder(form, 2).items.marker).toBe('### ');
    expect(entriesUnder(form, 3).items.marker).toBe('#### ');
    expect(entriesUnder({ items: { grammar: 'bullet', marker: '* ' } }, 3).items.marker).toBe('* ');
  });
});
