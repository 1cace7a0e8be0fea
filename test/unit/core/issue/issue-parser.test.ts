import { describe, expect, it } from 'vitest';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { fixtureFiles } from '../../../helpers/corpus.ts';

function parsed(name: string): ParsedIssue {
  const file = fixtureFiles('issues').find((f) => f.name === name);
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

  it('files items under sections and projects at any heading level', () => {
    const { items, issue } = parsed('2015-01-10-level3-sections-level4-projects.md');
    expect(items.map((i) => [i.section, i.project])).toEqual([
      ['业界动态', null],
      ['社区跟踪', 'Nova'],
      ['社区跟踪', 'Neutron'],
    ]);
    expect(issue.outline.map((h) => h.level)).toEqual([3, 3, 4, 4]);
  });

  it('takes labelled link lines as links and keeps labels', () => {
    const { items } = parsed('2015-01-10-level3-sections-level4-projects.md');
    expect(items[2]!.comment).toBe('Neutron的评论');
    expect(items[2]!.links).toEqual([
      { url: 'https://blueprints.launchpad.net/neutron/+spec/x', title: '', label: 'BP：', source: 'BP：<https://blueprints.launchpad.net/neutron/+spec/x>' },
      { url: 'https://wiki.openstack.org/wiki/Neutron/X', title: '', label: 'wiki：', source: 'wiki：<https://wiki.openstack.org/wiki/Neutron/X>' },
    ]);
  });

  it('reads project headings that have no parent section', () => {
    const { items } = parsed('2015-02-01-projects-without-parent.md');
    expect(items.map((i) => [i.section, i.project])).toEqual([
      [null, 'Nova'],
      [null, 'Heat'],
      ['业界动态', null],
      [null, 'Cinder'],
    ]);
  });

  it('keeps a disclaimer, an intro and rules before the first section as the preamble', () => {
    const { issue, items } = parsed('2015-03-01-disclaimer-and-intro-rule.md');
    expect(issue.preamble).toContain('**声明**');
    expect(issue.preamble).toContain('本期导读');
    expect(issue.preamble.endsWith('---')).toBe(true);
    expect(items[0]!.eventDate).toBe('2015-02-09');
    expect(items[0]!.dateText).toBe('2015年2月9号，');
  });

  it('reads blockquotes, lists and code as commentary, with their links inline', () => {
    const { items } = parsed('2015-03-20-bullets-quotes-dates.md');
    const list = items[0]!;
    expect(list.comment).toBe('本周的发行版：');
    const bullets = items[1]!;
    expect(bullets.links.map((l) => [l.url, l.inline])).toEqual([
      ['https://www.mirantis.com/blog/6-1', true],
      ['https://www.rdoproject.org/news/kilo', true],
      ['https://www.ubuntu.com/cloud', true],
    ]);
    const code = items.find((i) => i.comment.startsWith('```'))!;
    expect(code.comment).toContain('# not a heading');
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

  it('resolves reference links through the definitions at the end, which it keeps as the trailer', () => {
    const { items, issue } = parsed('2015-03-20-bullets-quotes-dates.md');
    const ref = items.find((i) => i.comment.startsWith('引用式链接'))!;
    expect(ref.links.map((l) => l.url)).toEqual(['http://www.godaddy.com/', 'http://www.rackspace.com/']);
    expect(issue.trailer).toBe('   [1]: http://www.godaddy.com/\n  [rs]: <http://www.rackspace.com/> "Rackspace"');
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

  it('gives deterministic ids, so importing twice gives the same items', () => {
    const a = parseIssue(minimal);
    const b = parseIssue(minimal);
    expect(a).toEqual(b);
    expect(a.ok && a.value.items[0]!.id).toBe('i17-1');
  });
});

describe('parseIssue: what it refuses', () => {
  it.each([
    ['an empty document', '', 1, 'empty'],
    ['white space only', '  \n\n ', 1, 'empty'],
    ['no front matter', '# OpenStack社区动态\n\ntext', 1, 'no-front-matter'],
    ['unclosed front matter', '---\ntitle: 第一期\n\n## 业界动态\n', 1, 'front-matter-unclosed'],
    ['a broken front-matter line', '---\ntitle: 第一期\n{ oops\n---\n', 3, 'front-matter-line'],
    ['no title', '---\nlayout: post\n---\n\n## 业界动态\n', 1, 'no-title'],
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
