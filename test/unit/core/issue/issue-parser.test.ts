import { describe, expect, it } from 'vitest';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { headingsOf } from '../../../../src/core/model/issue.ts';
import { isGenericLinkText } from '../../../../src/core/issue/generic-link-text.ts';
import { fixtureFiles } from '../../../helpers/corpus.ts';
import { planImport } from '../../../../src/core/issue/issue-import.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';

function parsed(name: string, folder = 'issues'): ParsedIssue {
  const file = fixtureFiles(folder, /\.(md|markdown|mdx)$/).find((f) => f.name === name);
  if (!file) throw new Error(`no fixture ${name}`);
  const result = parseIssue(file.text, { fileName: file.name });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const minimal = '---\nlayout: post\ntitle: OpenStack社区动态第十七期(0701-0720)\n---\n\n## 业界动态\n一条。\n';

describe('parseIssue: what it reads', () => {
  it('reads the number, period and publication day', () => {
    const { issue } = parsed('2015-01-10-level3-sections-level4-projects.md');
    expect(issue.number).toBe(21);
    expect(issue.period).toEqual({ start: '2014-12-20', end: '2015-01-10' });
    expect(issue.published).toBe('2015-01-10');
    expect(issue.fileName).toBe('2015-01-10-level3-sections-level4-projects.md');
  });

  it('takes an issue named by its day (`【Rust日报】2024-03-10`) to have come out that day, where nothing else says when', () => {
    const daily = parseIssue('# 【Rust日报】2024-03-10 Rust 1.77 发布\n\n## Rust 1.77.0 发布\n\n稳定了 C 字符串字面量。\n\n原文链接: https://example.org/rust-1-77\n', {});
    expect(daily.ok && [daily.value.issue.key, daily.value.issue.published]).toEqual(['2024-03-10', '2024-03-10']);
    // The day a file's name or a date field gives still comes first; a number names no day.
    const named = parseIssue('# 【Rust日报】2024-03-10\n\n- [A](https://example.org/a)\n', { fileName: '2024-03-11-rust-daily.md' });
    expect(named.ok && named.value.issue.published).toBe('2024-03-11');
    const numbered = parseIssue('# Weekly 12\n\n- [A](https://example.org/a)\n', {});
    expect(numbered.ok && numbered.value.issue.published).toBeNull();
  });

  it('takes a numbered issue whose title names its day beside its number to have come out that day, where nothing else says when', () => {
    const titled = parseIssue('# Kite Weekly #12 — Nov 14, 2026\n\n- [A](https://example.org/a)\n', {});
    expect(titled.ok && [titled.value.issue.key, titled.value.issue.published]).toEqual(['12', '2026-11-14']);
    // The day its metadata or a line under the title gives comes first.
    const stated = parseIssue('---\ntitle: "Kite Weekly #12 — Nov 14, 2026"\ndate: 2026-11-16\n---\n\n- [A](https://example.org/a)\n', {});
    expect(stated.ok && stated.value.issue.published).toBe('2026-11-16');
    const dateline = parseIssue('# Kite Weekly #12 — Nov 14, 2026\n\nPublished on November 15, 2026.\n\n- [A](https://example.org/a)\n', {});
    expect(dateline.ok && dateline.value.issue.published).toBe('2026-11-15');
  });

  it('files items under sections and projects at any heading level', () => {
    const { items, issue } = parsed('2015-01-10-level3-sections-level4-projects.md');
    expect(items.map((i) => [i.section, i.project])).toEqual([
      ['业界动态', null],
      ['社区跟踪', 'Nova'],
      ['社区跟踪', 'Neutron'],
    ]);
    expect(headingsOf(issue).map((h) => h.level)).toEqual([3, 3, 4, 4]);
  });

  it('takes labelled link lines as links and keeps labels', () => {
    const { items } = parsed('2015-01-10-level3-sections-level4-projects.md');
    expect(items[2]!.comment).toBe('Neutron的评论');
    expect(items[2]!.links).toEqual([
      { url: 'https://blueprints.launchpad.net/neutron/+spec/x', title: '', label: 'BP：', source: 'BP：<https://blueprints.launchpad.net/neutron/+spec/x>' },
      { url: 'https://wiki.openstack.org/wiki/Neutron/X', title: '', label: 'wiki：', source: 'wiki：<https://wiki.openstack.org/wiki/Neutron/X>' },
    ]);
  });

  it('reads project headings that have no parent section, by level and by the names the digest knows', () => {
    const file = fixtureFiles('issues').find((f) => f.name === '2015-02-01-projects-without-parent.md')!;
    const read = (projectNames: string[]) => {
      const r = parseIssue(file.text, { fileName: file.name, projectNames });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value.items.map((i) => [i.section, i.project]);
    };
    expect(read(['Cinder'])).toEqual([
      [null, 'Nova'],
      [null, 'Heat'],
      ['业界动态', null],
      [null, 'Cinder'],
    ]);
    // Without knowing Cinder is a project, a heading at the first level is a section.
    expect(read([]).at(-1)).toEqual(['Cinder', null]);
  });

  it('reads a line in bold alone over paragraph entries as a section where other issues write it, not an entry’s title nor a name with what it says', () => {
    const text = '# Notes 3\n\n**New Releases**\n\n[Django 6.0](https://example.org/django)\nComposite keys.\n\n**Why it matters**\n\nSee [the notes](https://example.org/notes).\n\n**Next Deadline: March 12**\n\n[Freeze](https://example.org/freeze) is near.\n';
    const sections = (recurring?: ReadonlySet<string>) => {
      const r = parseIssue(text, { grammar: 'paragraph', ...(recurring ? { recurringHeadings: recurring } : {}) });
      if (!r.ok) throw new Error('refused');
      return r.value.items.map((i) => i.section);
    };
    expect(sections(new Set(['new releases', 'next deadline: march 12']))).toEqual(['New Releases', 'New Releases', 'New Releases']);
    // Written once (an entry's own title in bold), or with nothing to compare with: no section.
    expect(sections()).toEqual([null, null, null]);
  });

  it('keeps a disclaimer and an intro before the first section as text, never items', () => {
    const { issue, items } = parsed('2015-03-01-disclaimer-and-intro-rule.md');
    const first = issue.body.findIndex((s) => s.kind === 'heading');
    const preamble = issue.body.slice(0, first).map((s) => (s.kind === 'text' ? s.raw : ''));
    expect(preamble.join('\n')).toContain('**声明**');
    // `本期导读：…` over a `---` line is a heading (CommonMark's setext), the issue's own.
    expect(issue.body[first]).toMatchObject({ kind: 'heading', text: '本期导读：Kilo版本进入最后冲刺阶段。' });
    expect(items[0]!.eventDate).toBe('2015-02-09');
    expect(items[0]!.dateText).toBe('2015年2月9号，');
  });

  it('reads a paragraph that introduces a quote with links as one item with it; a quote with links and no intro stands alone', () => {
    const text = '---\ntitle: 第三期\n---\n\n## 社区\n\n[Devon](https://example.org/devon) announces:\n\n> We released [v1.107](https://example.org/v1-107).\n\nA sentence of its own.\n\n> A quote with [its own link](https://example.org/own).\n';
    const result = parseIssue(text, { grammar: 'paragraph' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.items.map((i) => i.links.map((l) => l.url))).toEqual([
      ['https://example.org/devon', 'https://example.org/v1-107'],
      [],
      ['https://example.org/own'],
    ]);
  });

  it('reads words that link nowhere after what an entry quotes as the editor’s comment on it, not after a credited quote nor a line crediting the next', () => {
    const text = [
      '---\ntitle: Issue 99\n---\n\n### Proposals in review\n',
      '[SE-0192](https://example.org/se-0192): *Non-Exhaustive Enums* is [under review](https://example.org/review-0192).\n',
      '> Currently, adding a new case to an enum is a source-breaking change.\n',
      'This is an exciting proposal! It also affects ABI stability:\n',
      '> The layout of a public enum is known at compile time.\n',
      'Another exciting proposal. 😄\n',
      '[SE-0193](https://example.org/se-0193): *Cross-module inlining* is under review.\n',
      '### Dept of Clients\n',
      '[Danielle](https://example.org/danielle) says\n',
      '> We shipped a release.\n',
      'A sentence of its own.\n',
      '[SE-0194](https://example.org/se-0194) is accepted.\n',
      '> Quoted.\n',
      'Kévin Commaille announces:\n',
      '> Fractal 8 is out.\n',
    ].join('\n');
    const result = parseIssue(text, { grammar: 'paragraph' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.items.map((i) => (i.source ?? '').split('\n')[0])).toEqual([
      '[SE-0192](https://example.org/se-0192): *Non-Exhaustive Enums* is [under review](https://example.org/review-0192).',
      '[SE-0193](https://example.org/se-0193): *Cross-module inlining* is under review.',
      '[Danielle](https://example.org/danielle) says',
      'A sentence of its own.',
      '[SE-0194](https://example.org/se-0194) is accepted.',
      'Kévin Commaille announces:',
    ]);
    expect(result.value.items[0]?.source).toContain('Another exciting proposal. 😄');
    // Words a list interrupts whose link is in it are a new entry's, its address after them.
    const interrupted = parseIssue('# W 3\n\n## News\n\n[Kites](https://example.org/k)\n> quoted\n\n2014-07-25: * looks like the next bullet  \n+ and another  \n<https://example.org/n>\n', { grammar: 'paragraph' });
    expect(interrupted.ok && interrupted.value.items.map((i) => i.links.map((l) => l.url))).toEqual([['https://example.org/k'], ['https://example.org/n']]);
  });

  it('reads an issue with no metadata that opens with its first section, named by its day, its entries under headings of their own with a list of where to go', () => {
    const text = [
      '# Core updates\n',
      '- [#120](https://code.example.org/pull/120) changed how groups are named.\n',
      '# Community\n',
      '## [New plugins](#new-plugins) {#new-plugins}\n',
      '### tidy.nvim\n',
      'Trims trailing spaces, by [@ann](https://code.example.org/ann).\n',
      '- [Forum](https://forum.example.org/t/tidy)\n- [GitHub](https://code.example.org/ann/tidy)\n',
      '### owl.nvim\n',
      'A night theme.\n',
      '- [GitHub](https://code.example.org/dee/owl)\n',
      '## [Updates](#updates) {#updates}\n',
      '### Editors\n',
      'Maintained by:\n',
      '- [ann](https://code.example.org/ann)\n',
    ].join('\n');
    const result = parseIssue(text, { fileName: '2025-05-19.md', grammar: 'heading' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { issue, items } = result.value;
    // Another first-level heading follows and it names no issue: a section, the file's day the title.
    expect([issue.title, issue.key, issue.published]).toEqual(['2025-05-19', '2025-05-19', '2025-05-19']);
    expect(issue.body.find((s) => s.kind === 'heading')).toMatchObject({ text: 'Core updates', level: 1 });
    // A heading linking its own anchor is a section; a title over its words and a short list of
    // sites is an entry, the list its links; one over a list its words introduce is not.
    expect(items.map((i) => [i.section, i.project, i.links[0]?.url])).toEqual([
      ['Core updates', null, 'https://code.example.org/pull/120'],
      ['Community', 'New plugins', 'https://forum.example.org/t/tidy'],
      ['Community', 'New plugins', 'https://code.example.org/dee/owl'],
      ['Community', 'Editors', 'https://code.example.org/ann'],
    ]);
    expect(items[1]?.links.map((l) => l.title)).toEqual(['tidy.nvim', '@ann', 'GitHub']);
  });

  it('reads a quote that links only the page its entry links (`[Continue reading…](…)`) as that entry’s excerpt; one linking elsewhere too stands alone', () => {
    const page = 'https://lists.example.org/dev/041831.html';
    const text =
      `---\ntitle: Issue 97\n---\n\n### Mailing lists\n\nDoug [wrote an RFC](${page}) on type inference.\n\n> Inference has caused problems for a long time.\n>\n> [Continue reading...](${page})\n\n` +
      `Chris [shared](https://lists.example.org/dev/042029.html) his playground.\n\n> An update, with [the code](https://code.example.org/play) and [the thread](https://lists.example.org/dev/042029.html).\n`;
    const result = parseIssue(text, { grammar: 'paragraph' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.items.map((i) => i.links.map((l) => l.url))).toEqual([
      [page],
      ['https://lists.example.org/dev/042029.html'],
      ['https://code.example.org/play', 'https://lists.example.org/dev/042029.html'],
    ]);
    expect(result.value.items[0]?.comment).toMatch(/type inference\.\n\n> Inference has caused[^]*Continue reading/);
  });

  it('reads an intro with its list as one item, and code with the sentence after it', () => {
    const { items } = parsed('2015-03-20-bullets-quotes-dates.md');
    const intro = items[0]!;
    expect(intro.comment.startsWith('本周的发行版：\n\n- [Mirantis')).toBe(true);
    expect(intro.links.map((l) => [l.url, l.inline])).toEqual([
      ['https://www.mirantis.com/blog/6-1', true],
      ['https://www.rdoproject.org/news/kilo', true],
      ['https://www.ubuntu.com/cloud', true],
    ]);
    const code = items.find((i) => i.comment.startsWith('```'))!;
    expect(code.comment).toContain('# not a heading');
    expect(code.comment.endsWith('命令之后的说明。')).toBe(true);
    expect(code.project).toBe('Nova');
  });

  it('reads every spelling of a date lead-in', () => {
    const { items } = parsed('2015-03-20-bullets-quotes-dates.md');
    const dated = items.filter((i) => i.dateText).map((i) => [i.dateText, i.eventDate]);
    expect(dated).toEqual([
      ['2014.7.17，', '2014-07-17'],
      ['2014.6.18 ，', '2014-06-18'],
      ['2014.10.03, ', '2014-10-03'],
      ['2014年6月9号，', '2014-06-09'],
      ['3.21号，', '2015-03-21'],
      ['3.8,  ', '2015-03-08'],
      ['2015.3.2 ', '2015-03-02'],
    ]);
  });

  it('resolves reference links through the definitions at the end, which it keeps as text', () => {
    const { items, issue } = parsed('2015-03-20-bullets-quotes-dates.md');
    // Linked through its references, the line joins the list above it as an inline link would.
    const ref = items.find((i) => i.comment.includes('引用式链接'))!;
    expect(ref.links.map((l) => l.url)).toEqual(['http://www.godaddy.com/', 'http://www.rackspace.com/']);
    expect(issue.body.at(-1)).toEqual({ kind: 'text', before: '\n\n', raw: '   [1]: http://www.godaddy.com/\n  [rs]: <http://www.rackspace.com/> "Rackspace"' });
  });

  it('reads CRLF files and strips a byte-order mark', () => {
    const result = parseIssue('\ufeff' + minimal.replace(/\n/g, '\r\n'));
    expect(result.ok && result.value.items[0]!.comment).toBe('一条。');
  });

  it('does not let a link line repeat a link the commentary already has', () => {
    const text = minimal.replace('一条。', '见[这里](http://x.example/a)：  \n<http://x.example/a>');
    const result = parseIssue(text);
    if (!result.ok) throw new Error();
    expect(result.value.items[0]!.links).toEqual([{ url: 'http://x.example/a', title: '这里', inline: true }]);
    expect(result.value.items[0]!.comment).toContain('<http://x.example/a>');
  });

  it('never makes an address that runs code or opens a file a link, keeping it in the words and saying so', () => {
    const text = minimal.replace('一条。', '看[这个](javascript:alert(1))和<https://x.example/ok>：  \n<data:text/html,<b>x</b>>  \n<file:///etc/passwd>');
    const result = parseIssue(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const item = result.value.items[0]!;
    expect(item.links.map((l) => l.url)).toEqual(['https://x.example/ok']);
    expect(item.comment).toContain('<file:///etc/passwd>');
    expect(result.value.unsafeLinks).toEqual(['javascript:alert(1)', 'file:///etc/passwd']);
    const bullets = parseIssue('---\ntitle: Weekly 3\n---\n\n* [x](vbscript:msgbox) - words\n* [y](https://y.example)\n');
    if (!bullets.ok) throw new Error(JSON.stringify(bullets.error));
    expect(bullets.value.items.map((i) => i.links.map((l) => l.url))).toEqual([[], ['https://y.example']]);
  });

  it('gives deterministic ids, so importing twice gives the same items', () => {
    const a = parseIssue(minimal);
    const b = parseIssue(minimal);
    expect(a).toEqual(b);
    expect(a.ok && a.value.items[0]!.id).toBe('i17-1');
  });
});

describe('parseIssue: any digest', () => {
  it('reads a Pelican header, its number and date, `.markdown` files, and HTML comments as text', () => {
    const { issue, items, grammar } = parsed('2013-06-07-pelican-header.markdown', 'variants');
    expect([issue.key, issue.title, issue.published, issue.head.kind, grammar]).toEqual(['1', 'Crab Notes 1', '2013-06-07', 'header', 'bullet']);
    expect(items.map((i) => i.links[0]?.url)).toEqual(['https://example.org/thing', 'https://example.org/6881', 'https://example.org/builds', 'https://example.org/blog']);
    expect(items[0]!.comment).toBe('Someone added [a thing](https://example.org/thing), which\ntook a while.');
  });

  it.each([
    ['Astro’s pubDate', 'pubDate: 2024-10-01'],
    ['AstroPaper’s pubDatetime', 'pubDatetime: 2024-10-01T09:00:00Z'],
    ['publishedAt', 'publishedAt: "2024-10-01"'],
    ['a note’s created (Obsidian), where nothing else says', 'created: 2024-10-01'],
    ['date before created', 'created: 2024-09-28\ndate: 2024-10-01'],
    ['MkDocs’ created under date', 'date:\n  created: 2024-10-01\n  updated: 2024-10-03'],
  ])('reads the day an issue came out from %s', (_name, field) => {
    const read = parseIssue(`---\ntitle: Weekly 41\n${field}\n---\n\n- [x](https://x.example) words\n`);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.issue.published).toBe('2024-10-01');
  });

  it('reads headings that are a title and a link naming no page after it as entries, the title naming the page', () => {
    const body = ['Kites in space ([link](https://a.example/space))', 'Strings are hard [→](https://a.example/strings)', 'Faster builds — [Read more](https://a.example/builds)']
      .map((heading, i) => `### ${heading}\n\nWords ${i}.\n`)
      .join('\n');
    const read = parseIssue(`---\ntitle: Weekly 3\n---\n\n## Articles\n\n${body}`);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.grammar).toBe('heading');
    expect(read.value.items.map((i) => [i.section, i.project, i.links.map((l) => [l.url, l.title]), i.comment])).toEqual([
      ['Articles', null, [['https://a.example/space', 'Kites in space']], 'Words 0.'],
      ['Articles', null, [['https://a.example/strings', 'Strings are hard']], 'Words 1.'],
      ['Articles', null, [['https://a.example/builds', 'Faster builds']], 'Words 2.'],
    ]);
  });

  it('reads list items that give their page’s address after their words, in brackets too, as entries of their own', () => {
    for (const [open, close] of [[': ', ''], [' (', ')'], ['（', '）'], [' — <', '>']]) {
      const read = parseIssue(`---\ntitle: Weekly 3\n---\n\n## Tools\n\n- kitefmt, now faster${open}https://a.example/fmt${close}\n- kitelint lints kites${open}https://a.example/lint${close}\n`);
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      expect(read.value.grammar, open).toBe('bullet');
      expect(read.value.items.map((i) => i.links.map((l) => l.url)), open).toEqual([['https://a.example/fmt'], ['https://a.example/lint']]);
    }
  });

  it('reads a digest with no headings: its entries are items, its intro and sign-off text', () => {
    const bullets = parseIssue('---\ntitle: Weekly 3\n---\n\nIntro words.\n\n* [x](https://x.example) - words\n* [y](https://y.example)\n\nSee you next week, [me](https://me.example).\n');
    if (!bullets.ok) throw new Error(JSON.stringify(bullets.error));
    expect(bullets.value.items.map((i) => [i.section, i.project, i.links.map((l) => l.url)])).toEqual([
      [null, null, ['https://x.example']],
      [null, null, ['https://y.example']],
    ]);
    const paragraphs = parseIssue('---\ntitle: 第三期\n---\n\n本期导读，没有链接。\n\n第一条。  \n<https://a.example>\n\n第二条。  \n<https://b.example>\n', { grammar: 'paragraph' });
    if (!paragraphs.ok) throw new Error(JSON.stringify(paragraphs.error));
    expect(paragraphs.value.items.map((i) => i.comment)).toEqual(['第一条。', '第二条。']);
    expect(paragraphs.value.issue.body[0]).toMatchObject({ kind: 'text', raw: '本期导读，没有链接。' });
  });

  it('reads the day a list entry opens with, with its year (an events list), and not a version that looks like a day', () => {
    const result = parseIssue(
      '---\ntitle: Weekly 9\ndate: 2026-08-19\n---\n\n## Events\n\n* 2026-08-27 | Melbourne, AU | [Rust Melbourne](https://example.org/m)\n* 6.1 | longterm | [Linux 6.1](https://example.org/k)\n',
      { fileName: 'weekly-9.md' },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.items.map((i) => [i.eventDate, i.dateText, i.comment])).toEqual([
      ['2026-08-27', '2026-08-27 | ', 'Melbourne, AU | [Rust Melbourne](https://example.org/m)'],
      [undefined, undefined, '6.1 | longterm | [Linux 6.1](https://example.org/k)'],
    ]);
  });

  it('reads TOML front matter', () => {
    const { issue, items } = parsed('zola-weekly-31.md', 'variants');
    expect([issue.key, issue.title, issue.published, issue.head.kind]).toEqual(['31', 'Zola Weekly 31', '2024-05-06', 'toml']);
    expect(items.map((i) => [i.section, i.links[0]?.title])).toEqual([
      ['Releases', 'Zola 0.19'],
      ['Releases', 'Tera 2'],
      ['Reading', 'Static sites, again'],
    ]);
  });

  it('takes the first # heading as the title, reads issue 0 and numbered entries over paragraphs and images', () => {
    const { issue, items, grammar } = parsed('issue-0.md', 'variants');
    expect([issue.key, issue.title, issue.head.kind, grammar]).toEqual(['0', '小记 第 0 期：开始', 'heading', 'numbered']);
    expect(items.map((i) => i.links.map((l) => l.url))).toEqual([
      ['https://example.org/a1', 'https://example.org/a1-more'],
      ['https://example.org/a2'],
      ['https://example.org/someone'],
      ['https://example.org/last-year'],
    ]);
    // The image stays with its entry, and is not one of its links.
    expect(items[0]!.comment).toContain('![](https://example.org/a1.webp)');
  });

  it('ends an entry that runs over blocks at a line linking only within the page that closes its group; what follows is text', () => {
    const back = '<p align="center"><a href="#目录">🔙 返回目录 🔙</a></p><br>';
    const nav = '<p align="center">\n  <a href="https://example.org/17.md">『上一期』</a> | <a href="https://example.org/19.md">『下一期』</a>\n</p>';
    const numbered = ['# 《Repos》第 18 期', '', '### Go 项目', '1、[gin](https://example.org/gin)：words', '', '<p align="center"><img src="https://example.org/gin.png"></p>', '', back, '', '### Python 项目', '2、[rq](https://example.org/rq)：words, [see above](#gin)', '', '3、[wiki](https://example.org/wiki)：words', '', back, '', nav, '', '## 声明', 'License.', ''].join('\n');
    const result = parseIssue(numbered, { fileName: 'repos-18.md' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { issue, items } = result.value;
    // The picture stays the entry's; the line back to the contents and the issue's navigation do not.
    expect(items.map((i) => i.links.map((l) => l.url))).toEqual([['https://example.org/gin'], ['https://example.org/rq', '#gin'], ['https://example.org/wiki']]);
    expect(items[0]!.comment).toContain('gin.png');
    expect(issue.body.filter((s) => s.kind === 'text').map((s) => (s as { raw: string }).raw)).toEqual([back, back, nav, 'License.']);
    // Under headings of their own, `[Back to top](#top)` after an entry's words is the digest's line too.
    const headed = ['# Letter 5', '', '## Stories', '', '### [One](https://example.org/1)', '', 'Words.', '', '### [Two](https://example.org/2)', '', 'More words.', '', '### [Three](https://example.org/3)', '', 'Last words.', '', '[Back to top](#top)', ''].join('\n');
    const letter = parseIssue(headed, { fileName: 'letter-5.md' });
    if (!letter.ok) throw new Error(JSON.stringify(letter.error));
    expect(letter.value.grammar).toBe('heading');
    expect(letter.value.items.map((i) => i.comment)).toEqual(['Words.', 'More words.', 'Last words.']);
    expect(letter.value.issue.body.at(-1)).toMatchObject({ kind: 'text', raw: '[Back to top](#top)' });
  });

  it('reads MDX: imports, JSX, comments, rules, Liquid and a sponsor are never items; nested bullets stay with theirs', () => {
    const { issue, items } = parsed('295.mdx', 'variants');
    expect([issue.key, issue.published]).toEqual(['295', '2026-08-26']);
    const bullets = items.filter((i) => i.comment.startsWith('💸') || i.comment.startsWith('👀') || i.comment.startsWith('📦') || i.comment.startsWith('[RN'));
    expect(bullets.map((i) => i.links[0]?.url)).toEqual(['https://example.org/sponsored', 'https://example.org/pr', 'https://example.org/lib', 'https://example.org/rn-088']);
    expect(bullets[1]!.links.map((l) => l.url)).toEqual(['https://example.org/pr', 'https://example.org/related']);
    // The title repeated as a heading is no section: the bullet under it is the intro's, not an entry.
    expect(headingsOf(issue).map((h) => h.text)).toEqual(['💸 Sponsor', '⚛️ React', '📱 React-Native']);
    expect(items.some((i) => i.links.some((l) => l.url === 'https://example.org/sponsor-us'))).toBe(false);
  });

  it('reads Hugo shortcodes, alone or wrapping words, as never items', () => {
    const { items } = parsed('cloud-native-18.md', 'variants');
    expect(items.map((i) => i.links[0]?.title)).toEqual(['KubeCon keynote recap', 'Gateway API GA', 'eBPF for SREs']);
    // Words between tags with a link among them are no furniture.
    const linked = parseIssue('# W 3\n\n## News\n\n{{% note %}}\nRead [this](https://example.org/this).\n{{% /note %}}\n', { grammar: 'paragraph' });
    if (!linked.ok) throw new Error(JSON.stringify(linked.error));
    expect(linked.value.items.map((i) => i.links[0]?.url)).toEqual(['https://example.org/this']);
  });

  it('reads a Liquid tag embedding a page by its address as the entry’s link (dev.to’s `{% embed https://… %}` under a post’s title)', () => {
    const issue = (n: number, posts: [string, string, string][]): { name: string; text: string } => ({
      name: `top-${n}.md`,
      text: `---\ntitle: Top posts of week ${n}\n---\n\nThis week's top posts.\n\n${posts.map(([title, tag, words]) => `## ${title}\n\n${tag}\n\n${words}\n\n`).join('')}{% include footer.html %}\n`,
    });
    const files = [
      issue(30, [['Understanding closures', '{% embed https://dev.example/ana/closures %}', 'A clear walk-through.'], ['CSS has() in practice', '{% link https://dev.example/ben/has %}', 'Parent selectors.']]),
      issue(31, [['Rust for JS developers', '{% embed https://dev.example/cy/rust %}', 'Ownership, with React.'], ['Docker layers', '{% embed https://dev.example/dee/layers %}', 'Smaller images.']]),
    ];
    const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
    const plan = planImport(files, empty, '2026-12-01');
    expect(plan.parsed.flatMap((p) => p.items.map((i) => [i.links[0]?.title, i.links[0]?.url]))).toEqual([
      ['Understanding closures', 'https://dev.example/ana/closures'],
      ['CSS has() in practice', 'https://dev.example/ben/has'],
      ['Rust for JS developers', 'https://dev.example/cy/rust'],
      ['Docker layers', 'https://dev.example/dee/layers'],
    ]);
    // The posts' titles are entries, not sections; a tag with no page (`{% include %}`) is no entry.
    expect(plan.template.sections.filter((s) => s.name !== null)).toEqual([]);
  });

  it('names a page a thumbnail links to by the link to it after the picture, else by the picture’s description', () => {
    const { items } = parsed('ui-weekly-77.md', 'variants');
    expect(items.map((i) => i.links.map((l) => [l.title, l.url]))).toEqual([
      [['Designing empty states', 'https://ui.example.com/a']],
      [['Color contrast, measured', 'https://ui.example.com/b']],
      [['Contrast checker', 'https://tool.example.com/']],
    ]);
    const alone = parseIssue('# W 3\n\n## News\n\n- [![A cat on a keyboard](https://img.example/c.png)](https://example.org/cat) — words.\n', { grammar: 'bullet' });
    if (!alone.ok) throw new Error(JSON.stringify(alone.error));
    expect(alone.value.items[0]!.links).toEqual([{ url: 'https://example.org/cat', title: 'A cat on a keyboard', inline: true }]);
  });

  it('reads a lead story among bullets, its title a link in bold, as one item with the words, points and quote after it', () => {
    const { items, grammar } = parsed('295.mdx', 'variants');
    expect(grammar).toBe('bullet');
    expect(items.map((i) => [i.section, i.links[0]?.url])).toEqual([
      ['⚛️ React', 'https://example.org/signals'],
      ['⚛️ React', 'https://example.org/signals-post'],
      ['⚛️ React', 'https://example.org/sponsored'],
      ['⚛️ React', 'https://example.org/pr'],
      ['⚛️ React', 'https://example.org/lib'],
      ['📱 React-Native', 'https://example.org/expo-60'],
      ['📱 React-Native', 'https://example.org/rn-088'],
    ]);
    // Its words run to the next entries (the related list), not over them; its picture stays above, as text.
    const lead = items[0]!;
    expect(lead.comment.startsWith('**[Signals, again](https://example.org/signals)**\n\nA lead story')).toBe(true);
    expect(lead.comment).toContain('- Fine-grained updates');
    expect(lead.comment.endsWith('Also related:')).toBe(true);
    expect(lead.links.map((l) => [l.url, l.title])).toEqual([['https://example.org/signals', 'Signals, again']]);
    expect(items[5]!.comment).toBe('[**Expo SDK 60**](https://example.org/expo-60)\n\n> The release, quoted.');
    // A link in bold within a sentence, or a plain link opening one, starts no story.
    const plain = parseIssue('---\ntitle: Weekly 9\n---\n\n## News\n\n[Let us know](https://example.org/ask) what you think.\n\nRead **[this](https://example.org/this)** too.\n\n- [An entry](https://example.org/entry)\n', { grammar: 'bullet' });
    if (!plain.ok) throw new Error(JSON.stringify(plain.error));
    expect(plain.value.items.map((i) => i.links[0]?.url)).toEqual(['https://example.org/entry']);
  });

  it('reads a digest that gives each entry a heading of its own: the heading’s link and what is under it, to the next heading', () => {
    const { issue, items, grammar } = parsed('2023-10-08-gamedev-50.md', 'variants');
    expect(grammar).toBe('heading');
    expect(items.map((i) => [i.section, i.project, i.links.map((l) => l.url)])).toEqual([
      ['Game Updates', null, ['https://veloren.net', 'https://example.org/veloren-0-15']],
      ['Game Updates', null, ['https://example.org/fish-folly']],
      ['Engine Updates', null, ['https://example.org/bevy-0-12']],
      ['Quick Links', null, ['https://example.org/ecs-talk']],
      ['Quick Links', null, ['https://example.org/sprites']],
    ]);
    // The words under the heading, its picture, points and quote; a rule ends it.
    expect(items[0]!.links[0]!.title).toBe('Veloren');
    expect(items[0]!.comment.startsWith('![Veloren screenshot](https://example.org/veloren.png)\n\nVeloren is')).toBe(true);
    expect(items[1]!.comment).toBe('A party game where fish fight:\n\n- four players\n- one pond\n\n<img src="https://example.org/fish.gif" alt="Fish fighting">');
    expect(items[2]!.comment).toBe('> Bevy is a refreshingly simple data-driven game engine.');
    // Sections stay sections: one that links, one over a sponsor's heading (whose words are text).
    expect(headingsOf(issue).filter((h) => h.level === 2).map((h) => h.text)).toEqual(['Game Updates', 'Sponsors', 'Engine Updates', 'Quick Links']);
    expect(items.some((i) => i.links.some((l) => l.url === 'https://example.org/sponsor'))).toBe(false);
  });

  it('reads a label in bold over a list of entries as a heading one level down (R Weekly’s CRAN and GitHub), not one that introduces or sums up', () => {
    const { issue, items } = parsed('2024-10-21-2024-W43.md', 'variants');
    expect(items.map((i) => [i.section, i.project, i.links[0]?.url])).toEqual([
      ['New Packages', 'CRAN', 'https://example.org/affiner'],
      ['New Packages', 'CRAN', 'https://example.org/hollr'],
      ['New Packages', 'GitHub or Bitbucket', 'https://example.org/shinyfa'],
      ['Insights', null, 'https://example.org/post'],
      ['Insights', null, 'https://example.org/another'],
    ]);
    // Kept as written: the label's line is the heading's.
    expect(headingsOf(issue).map((h) => [h.raw, h.level])).toEqual([
      ['### New Packages', 3],
      ['**CRAN**', 4],
      ['__GitHub or Bitbucket__', 4],
      ['### Insights', 3],
    ]);
  });

  it('reads list items that link by reference (`[title][1]`, `[title][]`, `[title]`) as entries, an undefined `[x]` as text', () => {
    const { items, grammar } = parsed('weekly-notes-12.md', 'variants');
    expect(grammar).toBe('bullet');
    expect(items.map((i) => [i.section, i.links.map((l) => l.url)])).toEqual([
      ['Articles', ['https://example.org/async-cancel']],
      ['Articles', ['https://example.org/hashmap']],
      ['Articles', ['https://tokio.rs/', 'https://example.org/scheduler']],
      ['Tools', ['https://github.com/BurntSushi/ripgrep/releases/tag/14.0.0']],
    ]);
    expect(items[1]!.links[0]!.title).toBe('A faster hash map');
  });

  it('reads a footnote that gives a page’s address (`words[^1]` … `[^1]: https://…`) as a link named by the words it follows', () => {
    const { items } = parsed('footnote-notes-3.md', 'variants');
    expect(items.map((i) => i.links.map((l) => [l.title, l.url]))).toEqual([
      [['Why SQLite is everywhere', 'https://example.org/sqlite']],
      [['Tokio 1.38 released', 'https://tokio.rs/blog/2024-05-tokio-1-38']],
      [
        ['the summary', 'https://example.org/summary'],
        ['and the discussion on Mastodon', 'https://example.social/@someone/112233'],
      ],
      [['零成本抽象的代价', 'https://example.cn/zero-cost']],
    ]);
  });

  it('reads lines that each open with a symbol Markdown does not list by (`🔗 `, `• `) as entries, one a line', () => {
    const read = (body: string) => {
      const r = parseIssue(`# Links 3\n\n${body}\n`, {});
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value.items.map((i) => [i.section, i.links[0]?.title, i.comment]);
    };
    expect(read('## Reading\n\n• [A](https://example.org/a) — words.\n• [B](https://example.org/b)\n\n## Tools\n\n• [C](https://example.org/c)')).toEqual([
      ['Reading', 'A', '[A](https://example.org/a) — words.'],
      ['Reading', 'B', '[B](https://example.org/b)'],
      ['Tools', 'C', '[C](https://example.org/c)'],
    ]);
    // A symbol opening one line, in a document that lists by none, says too little: a sponsor's
    // line stays text; so do lines whose symbols differ. An attribution's dash credits the quote
    // over it: the two are the part's one entry (see the digests of lists' news parts).
    expect(read('## Jobs\n\n💡 [How to advertise](https://example.org/ads)\n\n## News\n\n- [D](https://example.org/d)')).toEqual([['News', 'D', '[D](https://example.org/d)']]);
    expect(read('## News\n\n- [D](https://example.org/d)\n\n🔗 [E](https://example.org/e)\n👉 [F](https://example.org/f)').map((i) => i[1])).toEqual(['D']);
    expect(read('## Quote\n\n> Words.\n\n– [someone](https://example.org/u) on a forum\n– [else](https://example.org/v)\n\n## News\n\n- [D](https://example.org/d)').map((i) => i[1])).toEqual(['someone', 'D']);
  });

  it('reads a first heading underlined with = as the title, not a section', () => {
    const { issue, items } = parsed('weekly-digest-5.md', 'variants');
    expect([issue.title, issue.key]).toEqual(['Weekly Digest #5', '5']);
    expect(items.map((i) => [i.section, i.project])).toEqual([
      ['Articles', null],
      ['Articles', null],
      ['Tools', null],
    ]);
    // Not a title: a list item over a rule.
    const listFirst = parseIssue('* item\n=====\n', { fileName: 'links-3.md' });
    expect(listFirst.ok && listFirst.value.issue.title).toBe('links 3');
  });

  it('reads a title in bold, the words under it and a paragraph of links after them as one entry', () => {
    const { items, grammar } = parsed('tldr-2024-05-10.md', 'variants');
    expect(grammar).toBe('paragraph');
    expect(items.map((i) => [i.section, i.comment.split('\n')[0], i.links.map((l) => l.url)])).toEqual([
      ['Big Tech & Startups', '**Apple announces M4 chip (2 minute read)**', ['https://example.org/m4']],
      ['Big Tech & Startups', '**OpenAI search engine rumors (3 minute read)**', ['https://example.org/search']],
      ['Programming', '**Zig 0.12 released (5 minute read)**', ['https://example.org/zig']],
    ]);
    expect(items[0]!.comment).toBe("**Apple announces M4 chip (2 minute read)**\n\nApple's new chip is built on a second-generation 3nm process.");
    // `Read more` names no page: the title in bold names it.
    expect(items.map((i) => i.links[0]?.title)).toEqual(['Apple announces M4 chip (2 minute read)', 'OpenAI search engine rumors (3 minute read)', 'Zig 0.12 released (5 minute read)']);
    const bullet = parseIssue('# Links 3\n\n## News\n\n- **Rust 1.80 is out**: LazyCell. [Read more](https://example.org/r)\n- **Not a title** but [a page](https://example.org/p) named\n', {});
    expect(bullet.ok && bullet.value.items.map((i) => i.links[0]?.title)).toEqual(['Rust 1.80 is out', 'a page']);
    // A link in brackets right after the title names where the page is, not the page.
    const sourced = parseIssue('# Links 4\n\n## News\n\n- **CSS nesting is here** ([web.dev](https://web.dev/n)): words.\n- **Container queries** ([smashing](https://smashing.example/cq)): words.\n- **Bold words** and [a page](https://example.org/p) (named)\n', {});
    expect(sourced.ok && sourced.value.items.map((i) => i.links[0]?.title)).toEqual(['CSS nesting is here', 'Container queries', 'a page']);
    // A symbol the entry opens with (its kind) is no part of the title in bold after it.
    const marked = parseIssue('# Drop 47\n\n🚀 **Deno 2.6 ships** — faster installs. [Read more](https://deno.example/2.6)\n\n🛠️ **Biome 3** — one tool. [Read more](https://biome.example/3)\n', {});
    expect(marked.ok && marked.value.items.map((i) => i.links[0]?.title)).toEqual(['Deno 2.6 ships', 'Biome 3']);
    // A change log's reference by number names no page either: the words before it do.
    const log = parseIssue('# Changes 4\n\n## Fixes\n\n- No crash when the last spar is deleted ([#4003](https://example.org/pull/4003), @cy)\n- Gauge reads gusts (fixes [bug 17](https://example.org/bug/17))\n- See [#12](https://example.org/12)\n', {});
    expect(log.ok && log.value.items.map((i) => i.links[0]?.title)).toEqual(['No crash when the last spar is deleted', 'Gauge reads gusts', '#12']);
  });

  it('reads list items that each name a list of links under them (Emacs News’ `- Org Mode:`) as headings over entries', () => {
    const { issue, items } = parsed('emacs-news-2024-05-06.md', 'variants');
    expect(headingsOf(issue).map((h) => [h.raw, h.text, h.level])).toEqual([
      ['- Upcoming events:', 'Upcoming events', 2],
      ['- Emacs configuration:', 'Emacs configuration', 2],
      ['- Org Mode:', 'Org Mode', 2],
    ]);
    expect(items.map((i) => [i.section, i.links[0]?.url])).toEqual([
      ['Upcoming events', 'https://emacs-berlin.org/'],
      ['Upcoming events', 'https://m-x-research.github.io/'],
      ['Emacs configuration', 'https://example.org/writing'],
      ['Emacs configuration', 'https://example.org/literate'],
      ['Org Mode', 'https://orgmode.org/Changes.html'],
    ]);
    // An entry with points under it, or a list where one item is an entry, stays as it is.
    const mixed = parseIssue('# Links 3\n\n- [Entry](https://example.org/e)\n  - a point\n- Tools:\n  - [Tool](https://example.org/t)\n', {});
    expect(mixed.ok && mixed.value.items.map((i) => i.links.map((l) => l.url))).toEqual([['https://example.org/e'], ['https://example.org/t']]);
    expect(mixed.ok && headingsOf(mixed.value.issue)).toEqual([]);
  });

  it('reads a link in bold alone on its line with a break marked after it (`<br>`, a backslash) as the opening of the next entry', () => {
    for (const mark of ['<br>', '<br/>', '\\']) {
      const text = `# Notes 4\n\n## Articles\n\n**[First](https://example.org/1)**\n\n**<https://example.org/2>**${mark}\nWords.\n\n**[Third](https://example.org/3)**${mark}\nMore.\n`;
      const read = parseIssue(text, {});
      expect(read.ok && read.value.items.map((i) => i.links.map((l) => l.url))).toEqual([['https://example.org/1'], ['https://example.org/2'], ['https://example.org/3']]);
    }
  });

  it('reads a list label left empty (`- Upcoming events:` with nothing under it) as an empty heading among the others', () => {
    const text = '# Emacs news 9\n\n- Upcoming events:\n- Org Mode:\n  - [Org 9.8](https://example.org/org)\n- Coding:\n  - [Eglot](https://example.org/eglot)\n';
    const read = parseIssue(text, {});
    expect(read.ok && headingsOf(read.value.issue).map((h) => h.text)).toEqual(['Upcoming events', 'Org Mode', 'Coding']);
    expect(read.ok && read.value.items.map((i) => [i.section, i.links[0]?.url])).toEqual([
      ['Org Mode', 'https://example.org/org'],
      ['Coding', 'https://example.org/eglot'],
    ]);
    // Written otherwise than the labels over entries, or where they are plain names, it is no label.
    for (const other of ['- Upcoming events\n- Org Mode:\n  - [Org 9.8](https://example.org/org)\n', '- Upcoming events\n- Org Mode\n  - [Org 9.8](https://example.org/org)\n']) {
      const plain = parseIssue(`# Emacs news 9\n\n${other}`, {});
      expect(plain.ok && headingsOf(plain.value.issue)).toEqual([]);
    }
  });

  it('reads numbered headings that are links (`### 1. [title](url)`, `### 3、[…](…)`) as entries, not sections', () => {
    const { issue, items, grammar } = parsed('frontend-weekly-31.md', 'variants');
    expect(grammar).toBe('heading');
    expect(headingsOf(issue).map((h) => h.text)).toEqual(['文章', '工具']);
    expect(items.map((i) => [i.section, i.links[0]?.title, i.comment])).toEqual([
      ['文章', 'React 19 的新特性', '介绍 Actions、use 和新的表单钩子。'],
      ['文章', 'CSS 锚点定位', '不再需要 JavaScript 来摆放弹出层。'],
      ['工具', 'Biome 1.7', '更快的格式化与检查。'],
    ]);
  });

  it('reads a title with no link over its words and a last paragraph linking to its page (`[Read more](…)`) as one entry named by the title', () => {
    const { issue, items, grammar } = parsed('letter-substack-7.md', 'variants');
    expect(grammar).toBe('heading');
    expect(headingsOf(issue).map((h) => h.text)).toEqual(['Stories', 'Elsewhere', 'Conferences']);
    expect(items.map((i) => [i.section, i.project, i.links.map((l) => [l.url, l.title])])).toEqual([
      ['Stories', null, [['https://example.com/btrees', 'Understanding B-trees']]],
      // The page the title names first, though the words link elsewhere before it.
      ['Stories', null, [['https://example.com/sqlite', 'Why SQLite is everywhere'], ['https://example.com/hipp', 'Richard Hipp']]],
      ['Stories', null, [['https://example.com/book', 'The Rust Book, updated']]],
      ['Elsewhere', 'Conferences', [['https://example.com/rustconf', 'RustConf']]],
      ['Elsewhere', 'Conferences', [['https://example.com/eurorust', 'EuroRust']]],
    ]);
    // A heading whose last link goes to another page, one over several entries, and one the digest
    // knows stay headings.
    const kept = (body: string, projectNames: string[] = []) => {
      const r = parseIssue(`# Letter 2\n\n## Stories\n\n${body}\n\n### Tail\n\n[Read more](https://example.org/t)\n\n### Tail two\n\n[Read more](https://example.org/t2)\n`, { projectNames });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return headingsOf(r.value.issue).map((h) => h.text);
    };
    expect(kept('### A talk\n\nWords about [another page](https://example.org/x).')).toContain('A talk');
    expect(kept('### Nova\n\n[Read more](https://example.org/n)', ['Nova'])).toContain('Nova');
    expect(kept('### Two\n\n[One](https://example.org/1) and words.\n\n[Two](https://example.org/2) and words.\n\n[Read more](https://example.org/r)')).toContain('Two');
    // Two entries that each end in `Read more`, or an entry with its own title in bold (TLDR): a section.
    expect(kept('### Pair\n\nWords.\n\n[Read more](https://example.org/a)\n\nMore words.\n\n[Read more](https://example.org/b)')).toContain('Pair');
    expect(kept('### Solo\n\n**A title (2 minute read)**\n\nWords.\n\n[Read more](https://example.org/s)')).toContain('Solo');
    expect(kept('### Short\n\nWords.\n\n[Read more](https://example.org/s)')).not.toContain('Short');
  });

  it('names a numbered title\'s page by the title without the entry\'s number (`### 2. Title`), which the heading writes', () => {
    const r = parseIssue('# Weekly 7\n\n### 1. Postgres 18 adds async I/O\n\nWords.\n\n[Read more →](https://example.org/pg)\n\n### 2) 2024 in review\n\nMore.\n\n[Read more →](https://example.org/y)\n\n### 3、新版发布\n\n说明。\n\n[Read more →](https://example.org/z)\n\n### 1.5 ships\n\nWords.\n\n[Read more →](https://example.org/v)\n', {});
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.items.map((i) => i.links[0]?.title)).toEqual(['Postgres 18 adds async I/O', '2024 in review', '新版发布', '1.5 ships']);
  });

  it('reads a title whose words end with a labelled link line that names no page (`Link: https://…`, `原文：<…>`) as one entry', () => {
    const { items, grammar } = parsed('letter-labels-8.md', 'variants');
    expect(grammar).toBe('heading');
    expect(items.map((i) => [i.section, i.project, i.links.map((l) => [l.url, l.title])])).toEqual([
      ['Stories', null, [['https://example.com/btrees', 'Understanding B-trees']]],
      ['Stories', null, [['https://example.com/sqlite', 'Why SQLite']]],
      ['Stories', null, [['https://example.com/third', 'Third']]],
    ]);
  });

  it('knows link text that names no page', () => {
    for (const text of ['Read more', 'Read more →', '**Read more**', 'read the article.', '阅读原文', '→', '»', '➡️', 'Weiterlesen', 'Lire la suite', 'Link 1', 'link 2']) expect(isGenericLinkText(text), text).toBe(true);
    for (const text of ['', 'The Rust Book', 'Read more about B-trees', 'https://example.org', 'Kite 2', 'Link 123']) expect(isGenericLinkText(text), text).toBe(false);
  });

  it('names an entry’s page, where its link’s text names none, by the words the entry opens with', () => {
    const { items } = parsed('generic-links-4.md', 'variants');
    expect(items.map((i) => i.links[0]?.title)).toEqual(['Rust 1.80 released with LazyCell and LazyLock', 'Deno 2 is out', 'uv 0.4', 'A new HTTP/3 crate', '新版发布']);
    // A word or two before it names nothing; a link after the entry's own page keeps its text.
    const named = (line: string) => {
      const r = parseIssue(`# W 5\n\n## News\n\n- ${line}\n- [B](https://example.org/b)\n`, {});
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value.items[0]!.links.map((l) => l.title);
    };
    expect(named('See [here](https://example.org/a).')).toEqual(['here']);
    expect(named('[Rust 1.80](https://example.org/r) is out, [details](https://example.org/d).')).toEqual(['Rust 1.80', 'details']);
    expect(named('**Zig 0.12 released**: big. [Read more](https://example.org/z)')).toEqual(['Zig 0.12 released']);
    // A first link with no text of its own, or only its address or site, in a list's entry.
    expect(named('Rust 1.80 released https://blog.rust-lang.org/1.80')).toEqual(['Rust 1.80 released']);
    expect(named('Deno 2 is out: <https://deno.com/blog/v2>')).toEqual(['Deno 2 is out']);
    expect(named('A fast grep ([github.com](https://github.com/BurntSushi/ripgrep))')).toEqual(['A fast grep']);
    expect(named('[example.org/a](https://example.org/a) — words.')).toEqual(['example.org/a']);
    // A paragraph's words are commentary: a bare address in them stays unnamed.
    const paragraph = parseIssue('# W 5\n\n## News\n\nRust 1.80 released, see the notes.\n<https://blog.rust-lang.org/1.80>\n', { grammar: 'paragraph' });
    expect(paragraph.ok && paragraph.value.items[0]!.links.map((l) => l.title)).toEqual(['']);
  });

  it('reads entries that link with HTML (`<a href="…">title</a>`), and refuses an address that would run code', () => {
    const { items, grammar } = parsed('html-links-4.md', 'variants');
    expect(grammar).toBe('bullet');
    expect(items.map((i) => [i.section, i.links.map((l) => [l.url, l.title])])).toEqual([
      ['Reads', [['https://example.org/one', 'One great read']]],
      ['Reads', [['https://example.org/two', 'Second read']]],
      ['Tools', [['https://example.org/tool', 'A tool']]],
    ]);
    const hostile = parseIssue('# Links 1\n\n## A\n\n- <a href="javascript:alert(1)">x</a> and <a href="https://example.org/ok">ok</a>\n', {});
    expect(hostile.ok && hostile.value.items[0]!.links.map((l) => l.url)).toEqual(['https://example.org/ok']);
    expect(hostile.ok && hostile.value.unsafeLinks).toEqual(['javascript:alert(1)']);
  });

  it('keeps a linked heading that names a known project a heading, each with one item under it', () => {
    const text = '---\ntitle: 第三期\n---\n\n## 社区跟踪\n\n### [Nova](https://example.org/nova)\n\n一条。<https://example.org/1>\n\n### [Neutron](https://example.org/neutron)\n\n两条。<https://example.org/2>\n\n### [Cinder](https://example.org/cinder)\n\n三条。<https://example.org/3>\n';
    const result = parseIssue(text, { projectNames: ['Nova', 'Neutron', 'Cinder'] });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.grammar).toBe('paragraph');
    expect(result.value.items.map((i) => [i.project, i.links[0]?.url])).toEqual([
      ['Nova', 'https://example.org/1'],
      ['Neutron', 'https://example.org/2'],
      ['Cinder', 'https://example.org/3'],
    ]);
  });

  it('keeps a heading over several linked entries a section: This Week in Rust’s linked headings are not entries', () => {
    const text = '---\ntitle: Weekly 5\n---\n\n## Updates\n\n### [Approved RFCs](https://example.org/rfcs)\n\n- [RFC 1](https://example.org/rfc-1)\n- [RFC 2](https://example.org/rfc-2)\n\n### [New RFCs](https://example.org/new)\n\nNo new RFCs this week.\n\n### [Tracking](https://example.org/tracking)\n\n- [Issue 3](https://example.org/3)\n- [Issue 4](https://example.org/4)\n';
    const result = parseIssue(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.grammar).toBe('bullet');
    expect(result.value.items.map((i) => [i.project, i.links[0]?.url])).toEqual([
      ['Approved RFCs', 'https://example.org/rfc-1'],
      ['Approved RFCs', 'https://example.org/rfc-2'],
      ['Tracking', 'https://example.org/3'],
      ['Tracking', 'https://example.org/4'],
    ]);
  });

  it('keeps headings as written: spacing, tabs, indentation, closing #s, anchors, links, underlines', () => {
    const { issue } = parsed('2024-03-04-heading-spacing.md', 'variants');
    expect(headingsOf(issue).map((h) => [h.raw, h.text])).toEqual([
      ['###  Highlight', 'Highlight'],
      ['##\tTabbed heading', 'Tabbed heading'],
      [' ## Indented heading ##', 'Indented heading'],
      ['## [A heading that links](https://example.org/heading) {#linked}', 'A heading that links'],
      ['Setext heading\n--------------', 'Setext heading'],
    ]);
  });

  it('reads year-week and year-scoped numbers, and the number field over the title', () => {
    const read = (title: string, extra = '') => parseIssue(`---\ntitle: ${title}\n${extra}---\n\n## A\n* [x](https://x.example)\n`, { fileName: '2024-10-21-x.md' });
    expect(read('R Weekly 2024-W43 tidyHeatmap')).toMatchObject({ ok: true, value: { issue: { key: '2024-W43', number: 43, year: 2024 } } });
    expect(read('R Weekly 2018-1 New Year')).toMatchObject({ ok: true, value: { issue: { key: '2018-1' } } });
    expect(read('Anything', 'number: 665\n')).toMatchObject({ ok: true, value: { issue: { key: '665' } } });
  });

  it('refuses a number it could not write back exactly', () => {
    expect(parseIssue('---\ntitle: 第99999999999999999999999期\n---\n')).toMatchObject({ ok: false, error: { code: 'issue-number-too-large', line: 2 } });
    expect(parseIssue('---\ntitle: "#9007199254740993"\n---\n')).toMatchObject({ ok: false, error: { code: 'issue-number-too-large' } });
    expect(parseIssue('---\ntitle: 第零一期\n---\n')).toMatchObject({ ok: false, error: { code: 'no-issue-number' } });
  });
});

describe('parseIssue: the parts of a digest of lists that list none', () => {
  const LISTS = '## Other Merges\n\n* [A](https://example.org/a)\n* [B](https://example.org/b)\n* [C](https://example.org/c)\n';
  const read = (body: string, recurring?: string[]) => {
    const r = parseIssue(`---\ntitle: Week Ending March 1, 2026\n---\n\n${body}\n${LISTS}`, { grammar: 'bullet', ...(recurring ? { recurringHeadings: new Set(recurring) } : {}) });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const entries = (body: string, recurring?: string[]) => read(body, recurring).items.filter((i) => i.section !== 'Other Merges').map((i) => [i.section, i.source]);

  it('reads a part’s paragraphs of words that link as its entries, and its words that link nowhere as its own', () => {
    const body = '## News\n\nThe wick project [moved](https://forge.example.org/wick).  Update your remotes.\n\nThe summit will be in Lisbon.\n\n**Next Deadline: March 12**\n\nVoting [is open](https://vote.example.org/) until Friday.\n';
    expect(entries(body)).toEqual([
      ['News', 'The wick project [moved](https://forge.example.org/wick).  Update your remotes.'],
      ['News', 'Voting [is open](https://vote.example.org/) until Friday.'],
    ]);
    const { issue, items } = read(body);
    // Every line stays where it was: the linkless words are text between the entries.
    expect(issue.body.filter((s) => s.kind === 'text').map((s) => s.raw)).toEqual(['The summit will be in Lisbon.', '**Next Deadline: March 12**']);
    expect(items[0]!.links.map((l) => l.url)).toEqual(['https://forge.example.org/wick']);
  });

  it('leaves a part that lists entries as it was: its paragraphs are the digest’s words about them', () => {
    expect(entries('## Fixes\n\nMost of these were [backported](https://example.org/policy).\n\n* [Fix D](https://example.org/d)\n')).toEqual([['Fixes', '* [Fix D](https://example.org/d)']]);
    // A part whose own headings list entries lists them too: its opening line is its own.
    expect(entries('## Updates\n\n112 pull requests were [merged](https://example.org/merged).\n\n### Compiler\n\n* [Fix E](https://example.org/e)\n')).toEqual([['Updates', '* [Fix E](https://example.org/e)']]);
  });

  it('keeps links alone, calls to sponsor or advertise and words in italics or small print the digest’s own', () => {
    const body = '## Jobs\n\n💡 [How to advertise](https://example.org/ads)\n\nHiring? [Advertise with us](https://example.org/ads)!\n\n*This digest is written by [volunteers](https://example.org/team).*\n\n<small>[Discuss on the forum](https://example.org/forum)</small>\n';
    expect(entries(body)).toEqual([]);
  });

  it('reads a quote and the line crediting it as one entry, and a title that links over its words as one', () => {
    expect(entries('## Quote of the Week\n\n> Nobody reads the manual.\n\n— [Grace on the chat](https://chat.example.org/m/889)\n')).toEqual([
      ['Quote of the Week', '> Nobody reads the manual.\n\n— [Grace on the chat](https://chat.example.org/m/889)'],
    ]);
    expect(entries('## Featured\n\n#4431 [Let plugins choose](https://example.org/pull/4431)\n\nPlugins can now pick a glass.\n')).toEqual([
      ['Featured', '#4431 [Let plugins choose](https://example.org/pull/4431)\n\nPlugins can now pick a glass.'],
    ]);
    // A quote with no credit, or credited by no link, is the digest's own.
    expect(entries('## Quote of the Week\n\n> Nobody reads the manual.\n\n— Grace\n')).toEqual([]);
  });

  it('reads the line thanking whoever brought an entry as that entry’s, not an entry of its own', () => {
    const thanks = 'Thanks to [Ana](https://forum.example.org/u/ana) for the suggestion!';
    expect(entries(`## Quote of the Week\n\n> Nobody reads the manual.\n\n— [Grace on the chat](https://chat.example.org/m/889)\n\n${thanks}\n`)).toEqual([
      ['Quote of the Week', `> Nobody reads the manual.\n\n— [Grace on the chat](https://chat.example.org/m/889)\n\n${thanks}`],
    ]);
    expect(entries(`## Crate of the Week\n\nThis week's crate is [wick](https://crates.example.org/wick), a crate for lanterns.\n\n${thanks}\n`)).toEqual([
      ['Crate of the Week', `This week's crate is [wick](https://crates.example.org/wick), a crate for lanterns.\n\n${thanks}`],
    ]);
    // In Chinese too: 谢谢 … 的提议 (the translated This Week in Rust), 感谢 … 推荐.
    for (const zh of ['谢谢 [Ana](https://forum.example.org/u/ana) 的提议。', '感谢 [Ana](https://forum.example.org/u/ana) 推荐']) {
      expect(entries(`## 周最佳 crate\n\n本周最佳 crate 是 [wick](https://crates.example.org/wick)，一个灯笼库。\n\n${zh}\n`)).toEqual([
        ['周最佳 crate', `本周最佳 crate 是 [wick](https://crates.example.org/wick)，一个灯笼库。\n\n${zh}`],
      ]);
    }
  });

  it('reads a heading that links, written once, as an entry under its own heading, where other issues show which headings come back', () => {
    const body = '## Featured PRs\n\n### [#89912: Move the scheduler’s types](https://example.org/pull/89912)\n\nA big package swap. See also [#90030](https://example.org/pull/90030).\n\n### [Approved RFCs](https://example.org/rfcs)\n\nNone this week.\n';
    const recurring = ['featured prs', 'approved rfcs', 'other merges'];
    const { issue, items } = read(body, recurring);
    expect(items.filter((i) => i.section === 'Featured PRs').map((i) => [i.links[0]?.title, i.comment])).toEqual([
      ['#89912: Move the scheduler’s types', 'A big package swap. See also [#90030](https://example.org/pull/90030).'],
    ]);
    // The heading other issues write too stays a heading.
    expect(headingsOf(issue).map((h) => h.text)).toEqual(['Featured PRs', 'Approved RFCs', 'Other Merges']);
    // With no other issue to compare, a heading is no entry's in a digest of lists.
    expect(headingsOf(read(body).issue).map((h) => h.text)).toContain('#89912: Move the scheduler’s types');
  });
});

describe('parseIssue: a digest of paragraphs with a part of quick links', () => {
  it('reads a list of links no paragraph introduces as one entry per item; an introduced list stays its paragraph’s; one the digest writes in every issue stays its own', () => {
    const body = '## News\n\nThe [survey](https://example.org/survey) is out.\n\nA long read on [caching](https://example.org/cache), three ways:\n\n- by route\n- by [version](https://example.org/version)\n\n## Links\n\n- [Nesting](https://example.org/nesting)\n- [Forms](https://example.org/forms)\n\n## Elsewhere\n\n- [Our forum](https://example.org/forum)\n- [Our chat](https://example.org/chat)\n';
    const read = (standing?: Set<string>) => {
      const r = parseIssue(`---\ntitle: Weekly 12\n---\n\n${body}`, { grammar: 'paragraph', ...(standing ? { standing } : {}) });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value.items.map((i) => [i.section, i.links.map((l) => l.url.replace('https://example.org/', ''))]);
    };
    expect(read(new Set(['- [Our forum](https://example.org/forum)\n- [Our chat](https://example.org/chat)']))).toEqual([
      ['News', ['survey']],
      ['News', ['cache', 'version']],
      ['Links', ['nesting']],
      ['Links', ['forms']],
    ]);
    expect(read().slice(4)).toEqual([
      ['Elsewhere', ['forum']],
      ['Elsewhere', ['chat']],
    ]);
  });
});

describe('parseIssue: what it refuses', () => {
  it.each([
    ['an empty document', '', 1, 'empty'],
    ['white space only', '  \n\n ', 1, 'empty'],
    ['a note that names no issue', '# My notes\n\ntext', 1, 'no-issue-number'],
    ['unclosed front matter', '---\ntitle: 第一期\n\n## 业界动态\n', 1, 'front-matter-unclosed'],
    ['a broken front-matter line', '---\ntitle: 第一期\n{ oops\n---\n', 3, 'front-matter-line'],
    ['no title and no file name', '---\nlayout: post\n---\n\n## 业界动态\n', 1, 'no-title'],
    ['a title with no number', '---\nlayout: post\ntitle: My notes\n---\n', 3, 'no-issue-number'],
    ['binary data', '---\ntitle: 第一期\n---\n\nabc\u0000\u0001def', 5, 'binary'],
  ])('refuses %s with a code and a line', (_what, text, line, code) => {
    const result = parseIssue(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code, line });
  });

  it('reads a replacement character an editor typed as text', () => {
    const result = parseIssue('---\ntitle: 第一期\n---\n\n## 业界动态\nab\ufffdc\n');
    expect(result.ok && result.value.items[0]?.comment).toBe('ab\ufffdc');
  });

  it('refuses 10 MB of text, naming the line where the limit is passed', () => {
    const line = 'x'.repeat(99) + '\n';
    const huge = minimal + line.repeat(100_000);
    const result = parseIssue(huge);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'too-long', chars: huge.length, max: 1_000_000 });
    expect(result.error.line).toBeGreaterThan(9_000);
  });
});
