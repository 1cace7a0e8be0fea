import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/core/backup/backup-schema.ts';
import { CORPUS_DIR, corpusAvailable, corpusFiles, FIXTURES_DIR, fixtureFiles } from '../helpers/corpus.ts';
import { normalizeForRoundTrip } from '../helpers/round-trip.ts';

const CLI = resolve(import.meta.dirname, '../../build/cli/digest.js');
const work = mkdtempSync(join(tmpdir(), 'digest-cli-'));

function digest(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function importToFile(paths: string[], name: string): string {
  const r = digest(['import', ...paths]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const file = join(work, name);
  writeFileSync(file, r.stdout);
  return file;
}

describe('digest import / export', () => {
  const fixturePaths = fixtureFiles('issues').map((f) => join(FIXTURES_DIR, 'issues', f.name));

  it('prints a backup holding the issues it read', () => {
    const r = digest(['import', ...fixturePaths]);
    expect(r.status).toBe(0);
    const backup = parseBackup(r.stdout);
    if (!backup.ok) throw new Error(JSON.stringify(backup.error));
    expect(backup.value.issues.map((i) => i.number)).toEqual([21, 22, 23, 25, 103]);
    expect(backup.value.items.every((i) => i.issue !== null && i.links.every((l) => typeof l.url === 'string'))).toBe(true);
  });

  it('imports a digest none of whose entries it can read, saying so and where new entries will go', () => {
    const r = digest(['import', join(FIXTURES_DIR, 'golden', 'past', 'unread-embeds')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      'No entries found in weekly-41.mdx, weekly-42.mdx: nothing there links in a form Digest Clipper reads yet. Kept as written; it exports as it was.\n' +
        'New entries go under its headings all the same: News, Tools.\n',
    );
    const backup = parseBackup(r.stdout);
    if (!backup.ok) throw new Error(JSON.stringify(backup.error));
    expect(backup.value.template.sections.map((s) => s.name)).toEqual(['News', 'Tools']);
  });

  it('leaves out an article kept beside the issues, named and titled like none of them, saying so', () => {
    const folder = mkdtempSync(join(tmpdir(), 'digest-article-'));
    const words = { 419: '构建更快。', 420: '收线更稳。', 421: '刹车回归。' };
    for (const [n, said] of Object.entries(words)) writeFileSync(join(folder, `前端周刊第${n}期.md`), `## 工具\n\n🔹[Tool ${n}](https://example.org/tool-${n})：${said}\n`);
    writeFileSync(join(folder, '14 web performance tips for 2025.md'), '# 14 web performance tips for 2025\n\n1. [Know your weaknesses](https://sia.example/1)\n');
    const r = digest(['import', folder]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('14 web performance tips for 2025.md: named and titled like no other issue, it would have been the newest one; left out (import it on its own to take it).\n');
    const backup = parseBackup(r.stdout);
    if (!backup.ok) throw new Error(JSON.stringify(backup.error));
    expect(backup.value.issues.map((i) => i.number)).toEqual([419, 420, 421]);
  });

  it('reads the Markdown of a folder at any depth, not a hidden folder’s, and says so when there is none', () => {
    const folder = mkdtempSync(join(tmpdir(), 'digest-folder-'));
    mkdirSync(join(folder, 'posts', '2015'), { recursive: true });
    mkdirSync(join(folder, '.git'));
    fixtureFiles('issues').forEach((f, i) => writeFileSync(join(folder, 'posts', ...(i % 2 ? ['2015'] : []), f.name), f.text));
    writeFileSync(join(folder, 'posts', 'logo.png'), 'png');
    writeFileSync(join(folder, '.git', 'notes.md'), '# not an issue\n');
    // The repository's README: no issue, left out and said so.
    writeFileSync(join(folder, 'README.md'), '# My blog\n\nWhere I post.\n');
    const r = digest(['import', folder]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`${basename(folder)}/README.md: not an issue (The title “My blog” names no issue number (like 第十七期, #17, Issue 17 or 2024-W43), and neither does a number field or the file name.); left out.\n`);
    const backup = parseBackup(r.stdout);
    if (!backup.ok) throw new Error(JSON.stringify(backup.error));
    expect(backup.value.issues.map((i) => i.number)).toEqual([21, 22, 23, 25, 103]);
    const empty = mkdtempSync(join(tmpdir(), 'digest-empty-'));
    writeFileSync(join(empty, 'a.png'), 'png');
    expect(digest(['import', empty]).stderr).toContain('import found no Markdown file (.md .markdown .mdx .qmd .rmd) there.');
  });

  it('dates posts named by their day of the month in folders of their year and month', () => {
    const folder = mkdtempSync(join(tmpdir(), 'digest-days-'));
    const post = (day: number) => `# Plugin news\n\n## New plugins\n\n- [kite-${day}.nvim](https://github.com/kite/kite-${day}.nvim) - Kites in the sign column.\n`;
    for (const [month, day] of [['Aug', 22], ['Aug', 29], ['Sep', 5]] as const) {
      mkdirSync(join(folder, 'contents', '2022', month), { recursive: true });
      writeFileSync(join(folder, 'contents', '2022', month, `${String(day).padStart(2, '0')}.md`), post(day));
    }
    const r = digest(['import', folder]);
    expect(r.status).toBe(0);
    const backup = parseBackup(r.stdout);
    if (!backup.ok) throw new Error(JSON.stringify(backup.error));
    expect(backup.value.issues.map((i) => [i.key, i.published, i.fileName])).toEqual([
      ['2022-08-22', '2022-08-22', '2022-08-22.md'],
      ['2022-08-29', '2022-08-29', '2022-08-29.md'],
      ['2022-09-05', '2022-09-05', '2022-09-05.md'],
    ]);
  });

  it('exports each imported issue back as it was', () => {
    const backupFile = importToFile(fixturePaths, 'fixtures.json');
    for (const file of fixtureFiles('issues')) {
      const number = /第(.+?)期/.exec(file.text)![1];
      const n = { 二十一: 21, 二十二: 22, 二十三: 23, 二十五: 25, 一百零三: 103 }[number!]!;
      const r = digest(['export', backupFile, '--issue', String(n)]);
      expect(r.status).toBe(0);
      expect(normalizeForRoundTrip(r.stdout)).toBe(normalizeForRoundTrip(file.text));
    }
  });

  it('exports the queue as the next issue when no issue is named', () => {
    const backupFile = importToFile(fixturePaths, 'draft.json');
    const r = digest(['export', backupFile, '--today', '2015-04-05']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('title: OpenStack社区动态第一百零四期(03.20-04.05)');
  });

  it.skipIf(!corpusAvailable)('round-trips the whole shared corpus through one backup', () => {
    const files = corpusFiles();
    const backupFile = importToFile(files.map((f) => join(CORPUS_DIR, f.name)), 'corpus.json');
    const r = digest(['export', backupFile, '--issue', '17']);
    expect(normalizeForRoundTrip(r.stdout)).toBe(normalizeForRoundTrip(files.find((f) => f.name.startsWith('2014-07-20'))!.text));
  });
});

describe('digest suggest', () => {
  it('answers each JSON line with a section and a project', () => {
    const input = [
      JSON.stringify({ url: 'https://blueprints.launchpad.net/nova/+spec/x', title: 'A Nova blueprint' }),
      JSON.stringify({ url: 'https://example.com/news', title: 'Company raises money' }),
      '',
    ].join('\n');
    const r = digest(['suggest', '--preset', 'openstack'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { section: string | null; project: string | null });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ section: '社区跟踪', project: 'Nova' });
    expect(Object.keys(lines[1]!)).toEqual(['section', 'project']);
  });

  it('answers every line, in order, with an error object for a blank or bad one, so answers line up', () => {
    const good = JSON.stringify({ url: 'https://blueprints.launchpad.net/nova/+spec/x', title: 'x' });
    const r = digest(['suggest', '--preset', 'openstack'], '\ufeff' + good + '\n\nnot json\n[1]\n' + good + '\n');
    expect(r.status).toBe(1);
    const answers = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(answers.map((a) => ('error' in a ? `error:${String(a.line)}` : a.project))).toEqual(['Nova', 'error:2', 'error:3', 'error:4', 'Nova']);
  });

  it('answers the kind of page too where the digest marks its entries’ kinds', () => {
    const backupFile = importToFile(fixtureFiles('golden/past/entry-kinds').map((f) => join(FIXTURES_DIR, 'golden', 'past', 'entry-kinds', f.name)), 'kinds.json');
    const line = JSON.stringify({ url: 'https://x.com/sam/status/5', title: 'Sam on widget trees' }) + '\n';
    expect(JSON.parse(digest(['suggest', '--backup', backupFile], line).stdout)).toMatchObject({ kind: '🐦' });
  });

  it.skipIf(!corpusAvailable)('learns from a backup', () => {
    const backupFile = importToFile(corpusFiles().map((f) => join(CORPUS_DIR, f.name)), 'learn.json');
    // Past issues put gate trouble under Tempest; no rule knows that.
    const line = JSON.stringify({ url: 'http://blog.example.com/p/1', title: 'gate又被阻塞了，测试用例失败' }) + '\n';
    expect(JSON.parse(digest(['suggest', '--preset', 'openstack'], line).stdout)).not.toEqual({ section: '社区跟踪', project: 'Tempest' });
    expect(JSON.parse(digest(['suggest', '--backup', backupFile], line).stdout)).toEqual({ section: '社区跟踪', project: 'Tempest' });
  });

});

describe('digest errors', () => {
  it('names the file and line of a document that is not an issue, and prints no backup', () => {
    const bad = join(work, 'notes.md');
    writeFileSync(bad, '# My notes\n');
    const r = digest(['import', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${bad}:1: The title “My notes” names no issue number (like 第十七期, #17, Issue 17 or 2024-W43), and neither does a number field or the file name.\n`);
  });

  it('names two files of the same issue, and imports neither', () => {
    const a = join(work, 'issue-17.md');
    const b = join(work, 'issue-17-again.md');
    writeFileSync(a, '---\ntitle: Weekly 17\n---\n\n* [A](https://example.com/a)\n');
    writeFileSync(b, '---\ntitle: Weekly 17\n---\n\n* [B](https://example.com/b)\n');
    const r = digest(['import', a, b]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${a}, ${b}: all are issue 17; import one of them.\n`);
  });

  it('names the line of bytes that are not UTF-8', () => {
    const latin1 = join(work, 'latin1.md');
    writeFileSync(latin1, Buffer.concat([Buffer.from('---\ntitle: 第一期\n---\n\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const r = digest(['import', latin1]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${latin1}:5: The file holds bytes that are not UTF-8 text (nor UTF-16 with a byte order mark, nor Chinese in GB18030): save it as UTF-8.\n`);
  });

  const notJson = join(work, 'not.json');
  writeFileSync(notJson, '{\n  "format": "digest-clipper-backup",\n  oops\n}\n');
  it.each([
    // 2: the command was used wrongly.
    [['import', '/no/such/file.md'], 2, 'no such file'],
    [['export'], 2, 'exactly one backup file'],
    [['frobnicate'], 2, 'Unknown command "frobnicate"'],
    [['constructor'], 2, 'Unknown command "constructor"'],
    [['toString'], 2, 'Unknown command "toString"'],
    [['__proto__'], 2, 'Unknown command "__proto__"'],
    [['export', 'x.json', '--today', 'tomorrow'], 2, '--today wants'],
    [['export', 'x.json', '--issue', '1e1'], 2, '--issue wants an issue number (17) or a year and week (2024-W43), not "1e1"'],
    [['export', 'x.json', '--issue', '0x11'], 2, '--issue wants an issue number (17) or a year and week (2024-W43), not "0x11"'],
    [['export', 'x.json', '--issue', ' 17'], 2, '--issue wants an issue number (17) or a year and week (2024-W43), not " 17"'],
    [['export', 'x.json', '--issue', '1', '--issue', '2'], 2, '--issue may be given once'],
    [['suggest', '--preset', 'rust'], 2, '--preset knows openstack, not "rust"'],
    [['suggest', '--preset', 'openstack', '--backup', 'x.json'], 2, 'suggest takes --backup or --preset, not both'],
    // 1: the document given is wrong.
    [['export', join(FIXTURES_DIR, 'golden', 'draft-basic.json')], 1, 'not a Digest Clipper backup'],
    [['export', notJson], 1, `${notJson}:3:3: This file cannot be restored: it is not JSON (line 3, column 3).`],
  ])('digest %j exits %i, saying so', (args, status, message) => {
    const r = digest(args as string[]);
    expect(r.status).toBe(status);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says which issues a backup holds when asked for another', () => {
    const backupFile = importToFile([join(FIXTURES_DIR, 'issues', fixtureFiles('issues')[0]!.name)], 'one.json');
    const r = digest(['export', backupFile, '--issue', '5']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('it holds: 21');
  });
});
