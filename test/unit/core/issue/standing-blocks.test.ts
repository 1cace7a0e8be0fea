import { describe, expect, it } from 'vitest';
import { alikeButLinks, standingBlocks } from '../../../../src/core/issue/standing-blocks.ts';
import { planImport } from '../../../../src/core/issue/issue-import.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';

/** An issue of one project heading: its standing line, then a credited quote, then the sign-off. */
const issue = (n: number, words: string, signOff = 'See you next week at [the room](https://chat.example.org/#/room)!') =>
  `# Week ${n}\n\n### GTK\n\nThe toolkit for graphical interfaces.\n\n[Alain](https://chat.example.org/#/@alain) announces\n\n> ${words}\n\n[Minutes of week ${n}](https://example.org/${n})\n\n# That is all\n\n${signOff}\n`;

describe('the blocks a digest writes word for word in issue after issue', () => {
  it('take a paragraph of words alone that two issues write alike', () => {
    const standing = standingBlocks([issue(1, 'One.'), issue(2, 'Two.')]);
    expect(standing.has('The toolkit for graphical interfaces.')).toBe(true);
    // What changes is no one's standing text.
    expect([...standing].some((b) => b.includes('Minutes of week'))).toBe(false);
  });

  it('take a paragraph that links only where three issues write it alike (the same event may be announced two weeks running)', () => {
    const signOff = 'See you next week at [the room](https://chat.example.org/#/room)!';
    expect(standingBlocks([issue(1, 'One.'), issue(2, 'Two.')]).has(signOff)).toBe(false);
    expect(standingBlocks([issue(1, 'One.'), issue(2, 'Two.'), issue(3, 'Three.')]).has(signOff)).toBe(true);
    // The same issue twice counts once.
    expect(standingBlocks([issue(1, 'One.'), issue(1, 'One.'), issue(2, 'Two.')]).has(signOff)).toBe(false);
  });

  it('take a list that links the same pages in three issues, its words changed (counts updated each week)', () => {
    const counts = (n: number) => `# Week ${n}\n\n## Bugs\n\n- [Fixed a crash](https://example.org/mr/${n})\n\n* ${n + 2} very high priority bugs. [Current list](https://bugs.example.org/vhi)\n* ${n + 40} small bugs. [Current list](https://bugs.example.org/15m)\n`;
    const list = (n: number) => `* ${n + 2} very high priority bugs. [Current list](https://bugs.example.org/vhi)\n* ${n + 40} small bugs. [Current list](https://bugs.example.org/15m)`;
    expect(standingBlocks([counts(1), counts(2)]).has(list(1))).toBe(false);
    const standing = standingBlocks([counts(1), counts(2), counts(3)]);
    expect([1, 2, 3].map((n) => standing.has(list(n)))).toEqual([true, true, true]);
    // Entries link pages of their own.
    expect([...standing].some((b) => b.includes('/mr/'))).toBe(false);
  });

  it('leave out a line crediting who wrote the quote under it, written alike however often', () => {
    const standing = standingBlocks([issue(1, 'One.'), issue(2, 'Two.'), issue(3, 'Three.')]);
    expect(standing.has('[Alain](https://chat.example.org/#/@alain) announces')).toBe(false);
  });

  it('are paragraphs only where their lines are: no heading, list, table, fence or metadata', () => {
    const doc = (n: number) => `---\ntitle: x\n---\n\n> A quote ${n}.\n\n| a | b |\n|---|---|\n\nTitle\n=====\n\n    code\n\nWeek ${n}.\n`;
    expect([...standingBlocks([doc(1), doc(2)])]).toEqual([]);
    // Dashes under no line of words underline nothing: `--` alone is a paragraph.
    expect([...standingBlocks([`# Day 1\n\nWords.\n\n--\n`, `# Day 2\n\nMore.\n\n--\n`])]).toEqual(['--']);
  });

  it('are quotes too, a sign-off set as one, as paragraphs are (its spaces at the end aside)', () => {
    const signOff = '> OK，以上就是本次分享，欢迎加我微信，我会邀请你进交流群👇\n>\n> 🚀 每周分享技术干货\\\n> 💬 有问必答，群友互助 ';
    const doc = (n: number) => `## 工具\n\n🔹[Tool ${n}](https://example.org/${n})：介绍。\n\n> A quote of week ${n}.\n\n${signOff}\n`;
    expect([...standingBlocks([doc(1), doc(2)])]).toEqual([signOff.trimEnd()]);
  });
});

describe('paragraphs issues write alike but for the address they give', () => {
  const closing = (n: number) => `**Full Changelog**: https://github.com/k/k/compare/v0.${n - 1}.0...v0.${n}.0`;
  const change = (n: number, what: string) => `* ${what} ${n} by @ann in https://github.com/k/k/pull/${n}`;
  const issue = (n: number, fixes = [change(n, 'Fix')]) =>
    [`# Kestrel ${n}`, '## Features', [change(n + 10, 'Add'), change(n + 20, 'Add')].join('\n'), '## Fixes', ...fixes, closing(n), `Read the [report](https://example.org/r/${n}).`, ''].join('\n\n');

  it('are the issue’s own where three issues write them so', () => {
    expect(alikeButLinks([issue(1), issue(2)]).size).toBe(0);
    expect([...alikeButLinks([issue(1), issue(2), issue(3)])].sort()).toEqual([closing(1), closing(2), closing(3)]);
    // Not the digest's standing text: a new issue gives an address of its own.
    expect(standingBlocks([issue(1), issue(2), issue(3)]).has(closing(1))).toBe(false);
  });

  it('do not take a link with words of its own, nor an address alone', () => {
    const bare = (n: number) => `# W ${n}\n\nhttps://example.org/${n}\n`;
    expect(alikeButLinks([bare(1), bare(2), bare(3)]).size).toBe(0);
  });

  it('are left out of the news a list digest’s part tells in paragraphs, once an entry moves away from above them', () => {
    const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
    const moved = issue(4, []).replace(change(24, 'Add'), `${change(24, 'Add')}\n${change(4, 'Fix')}`);
    const plan = planImport([1, 2, 3].map((n) => ({ name: `k-${n}.md`, text: issue(n) })).concat({ name: 'k-4.md', text: moved }), empty, '2026-12-01');
    expect(plan.parsed.find((p) => p.issue.number === 4)?.items.map((i) => i.comment)).toEqual([change(14, 'Add'), change(24, 'Add'), change(4, 'Fix')].map((c) => c.slice(2)));
  });
});
