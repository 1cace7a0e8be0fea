import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../../src/core/issue/issue-import.ts';
import { renderIssue } from '../../../../src/core/issue/issue-renderer.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';

/**
 * A published issue written again after the editor re-filed or removed some of its entries in
 * the archive: everything else stands where it stood.
 */
function rewritten(name: string, text: string, change: (items: Item[]) => Item[], past: readonly { name: string; text: string }[] = []): string {
  const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
  const state = applyImport(empty, planImport([...past, { name, text }], empty, '2026-12-01'));
  const issue = state.issues.find((i) => i.fileName === name)!;
  return renderIssue(issue, change(state.items.filter((i) => i.issue === issue.key)), state.template);
}

const refile = (url: string, section: string | null, project: string | null = null) => (items: Item[]) =>
  items.map((i) => (i.links[0]?.url === url ? { ...i, section, project } : i));
const remove = (url: string) => (items: Item[]) => items.filter((i) => i.links[0]?.url !== url);

const BULLETS = `# Weekly 5

Hello, readers.

## News

- [A](https://a.example) — one.
- [B](https://b.example) — two.

A word between the sections.

## Tools

- [C](https://c.example) — three.
- [D](https://d.example) — four.

See you next week.
`;

describe('a published issue written after its entries changed', () => {
  it('an entry re-filed under another heading goes among its entries by its place in the issue; all the text stays', () => {
    const out = rewritten('weekly-5.md', BULLETS, refile('https://b.example', 'Tools'));
    expect(out).toBe(BULLETS.replace('- [B](https://b.example) — two.\n', '').replace('## Tools\n\n', '## Tools\n\n- [B](https://b.example) — two.\n'));
  });

  it('an entry re-filed after the entries there goes last among them, before the text that closes the list', () => {
    const out = rewritten('weekly-5.md', BULLETS, refile('https://c.example', 'News'));
    expect(out).toBe(BULLETS.replace('- [C](https://c.example) — three.\n', '').replace('two.\n', 'two.\n- [C](https://c.example) — three.\n'));
  });

  it('a heading whose entries all left it goes; one with words of its own under it stays', () => {
    const both = (items: Item[]) => refile('https://a.example', 'Tools')(refile('https://b.example', 'Tools')(items));
    const bare = BULLETS.replace('A word between the sections.\n\n', '');
    const out = rewritten('weekly-5.md', bare, both);
    expect(out).toBe('# Weekly 5\n\nHello, readers.\n\n## Tools\n\n- [A](https://a.example) — one.\n- [B](https://b.example) — two.\n- [C](https://c.example) — three.\n- [D](https://d.example) — four.\n\nSee you next week.\n');
    expect(rewritten('weekly-5.md', BULLETS, both)).toContain('Hello, readers.\n\n## News\n\nA word between the sections.\n\n## Tools\n\n- [A]');
  });

  it('a removed entry leaves no gap in its list and does not run the list on into the text after it', () => {
    expect(rewritten('weekly-5.md', BULLETS, remove('https://a.example'))).toBe(BULLETS.replace('- [A](https://a.example) — one.\n', ''));
    expect(rewritten('weekly-5.md', BULLETS, remove('https://b.example'))).toBe(BULLETS.replace('- [B](https://b.example) — two.\n', ''));
  });

  it('where entries are set apart by rules, one that set apart an entry now gone goes with it; rules the issue set together stay', () => {
    const text = '# Letter 4\n\nHello.\n\n**[A](https://a.example)**\nOne.\n\n---\n\n**[B](https://b.example)**\nTwo.\n\n---\n\n**[C](https://c.example)**\nThree.\n\n---\n\n---\n\nBye.\n';
    expect(rewritten('letter-4.md', text, remove('https://b.example'))).toBe(text.replace('**[B](https://b.example)**\nTwo.\n\n---\n\n', ''));
    expect(rewritten('letter-4.md', text, (items) => items)).toBe(text);
  });

  it('an entry re-filed under a heading the issue lacks goes at the end of its section, under that heading', () => {
    const text = '# Weekly 6\n\n## News\n\n### Rust\n\n- [A](https://a.example) — one.\n- [B](https://b.example) — two.\n\n### Go\n\n- [C](https://c.example) — three.\n\n## Events\n\n- [E](https://e.example) — five.\n';
    const out = rewritten('weekly-6.md', text, refile('https://b.example', 'News', 'Zig'));
    expect(out).toBe('# Weekly 6\n\n## News\n\n### Rust\n\n- [A](https://a.example) — one.\n\n### Go\n\n- [C](https://c.example) — three.\n\n### Zig\n\n- [B](https://b.example) — two.\n\n## Events\n\n- [E](https://e.example) — five.\n');
  });

  it('where all of a heading’s entries went under one it lacks (a typo mended), the new heading stands in its place', () => {
    const text = '# Weekly 6\n\n## News\n\n### Rsut\n\n- [A](https://a.example) — one.\n\n### Go\n\n- [C](https://c.example) — three.\n';
    const out = rewritten('weekly-6.md', text, refile('https://a.example', 'News', 'Rust'));
    expect(out).toBe(text.replace('### Rsut', '### Rust'));
  });

  it('an entry re-filed under a section the issue lacks goes, under its heading, where the digest puts that section', () => {
    const past = { name: 'weekly-4.md', text: '# Weekly 4\n\n## News\n\n- [X](https://x.example) — x.\n\n## Talks\n\n- [Y](https://y.example) — y.\n\n## Tools\n\n- [Z](https://z.example) — z.\n' };
    const out = rewritten('weekly-5.md', BULLETS, refile('https://b.example', 'Talks'), [past]);
    expect(out).toBe(BULLETS.replace('- [B](https://b.example) — two.\n', '').replace('A word between the sections.\n\n', 'A word between the sections.\n\n## Talks\n\n- [B](https://b.example) — two.\n\n'));
  });

  it('an entry re-filed under a section whose own heading the issue has only as its subheadings’ parent is written under that heading, never lost', () => {
    // Where a later heading is of the first level, `## Events` reads as a heading of its own (not
    // a section's) while its subheadings read as the section `Events`'s.
    const text = '# Weekly 8\n\n## Updates\n\n- [A](https://a.example) — one.\n- [B](https://b.example) — two.\n\n## Events\n\n### Europe\n\n- [E](https://e.example) — five.\n\n# Jobs\n\n- [J](https://j.example) — hiring.\n';
    const out = rewritten('weekly-8.md', text, refile('https://b.example', 'Events'));
    expect(out).toContain('[B](https://b.example) — two.');
    expect(out).toContain('- [E](https://e.example) — five.');
    expect(out.match(/https:\/\/b\.example/g)).toHaveLength(1);
  });

  it('entries a digest numbers under each heading are counted again where one left or came', () => {
    const text = '# 周刊 7\n\n## 文章\n\n1、[甲](https://a.example)\n\n说明一。\n\n2、[乙](https://b.example)\n\n说明二。\n\n3、[丙](https://c.example)\n\n说明三。\n\n## 工具\n\n1、[丁](https://d.example)\n\n说明四。\n';
    const out = rewritten('zhoukan-7.md', text, refile('https://b.example', '工具'));
    expect(out).toContain('## 文章\n\n1、[甲](https://a.example)\n\n说明一。\n\n2、[丙](https://c.example)\n\n说明三。\n\n## 工具\n\n1、[乙](https://b.example)\n\n说明二。\n\n2、[丁](https://d.example)\n\n说明四。\n');
  });

  it('an entry re-filed into a table is written as its row, its link and its words each in their column', () => {
    const text = '# Tools 9\n\n## Libraries\n\n| Project | What |\n| --- | --- |\n| [vitest](https://vitest.dev) | Fast tests |\n\n## Links\n\n- [Bevy](https://bevy.example) — an engine.\n';
    expect(rewritten('tools-9.md', text, refile('https://bevy.example', 'Libraries'))).toBe('# Tools 9\n\n## Libraries\n\n| Project | What |\n| --- | --- |\n| [vitest](https://vitest.dev) | Fast tests |\n| [Bevy](https://bevy.example) | an engine. |\n');
  });

  it('a list entry re-filed among entries under headings of their own is written under a heading too', () => {
    const text = '# Game 9\n\n## Updates\n\n### [Veloren](https://veloren.example)\n\nAn RPG.\n\n### [Fish](https://fish.example)\n\nA party game.\n\n### [Bees](https://bees.example)\n\nA hive.\n\n## Quick Links\n\n- [Bevy](https://bevy.example) — an engine.\n- [Ink](https://ink.example) — a pen.\n';
    const out = rewritten('game-9.md', text, refile('https://bevy.example', 'Updates'));
    expect(out).toBe(text.replace('- [Bevy](https://bevy.example) — an engine.\n', '').replace('A hive.\n', 'A hive.\n\n### [Bevy](https://bevy.example)\n\nan engine.\n'));
  });
});
