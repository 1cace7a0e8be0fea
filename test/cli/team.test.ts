import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/core/backup/backup-schema.ts';
import { parseIssue } from '../../src/core/issue/issue-parser.ts';
import { FIXTURES_DIR, fixtureFiles } from '../helpers/corpus.ts';
import { GitServer } from '../helpers/git-server.ts';

/**
 * The team's shared issue against a real smart-HTTP git server (git http-backend behind Basic
 * auth, started here): seeding, editors adding at the same time, pulling, publishing, and the
 * ways a remote fails.
 */
const CLI = resolve(import.meta.dirname, '../../build/cli/digest.js');
const TOKEN = 'test-token-s3cret';
const work = mkdtempSync(join(tmpdir(), 'digest-team-cli-'));
let server: GitServer;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI beside the server, never blocking it (the server answers from this process). */
function digest(args: string[], token = TOKEN): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, DIGEST_GIT_TOKEN: token } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

let backupFile = '';
beforeAll(async () => {
  server = new GitServer(TOKEN);
  await server.start();
  const r = spawnSync(process.execPath, [CLI, 'import', ...fixtureFiles('issues').map((f) => join(FIXTURES_DIR, 'issues', f.name))], { encoding: 'utf8' });
  backupFile = join(work, 'backup.json');
  writeFileSync(backupFile, r.stdout);
});
afterAll(async () => {
  await server?.stop();
});

describe('digest team', async () => {
  it('seeds the shared branch from a backup and pulls it back the same', async () => {
    const remote = server.createBlog('seeded');
    expect((await digest(['team', 'init', '--remote', remote, '--backup', backupFile, '--author', 'Ann']))).toMatchObject({ status: 0, stderr: '' });
    const files = server.files('seeded', 'digest');
    expect(JSON.parse(files.get('digest.json') as string)).toEqual({ format: 'digest-clipper-team', version: 1 });
    expect([...files.keys()].filter((p) => p.startsWith('items/')).length).toBeGreaterThan(20);
    const pulled = (await digest(['team', 'pull', '--remote', remote]));
    expect(pulled.status).toBe(0);
    const back = parseBackup(pulled.stdout);
    const original = parseBackup(spawnSync('cat', [backupFile], { encoding: 'utf8' }).stdout);
    if (!back.ok || !original.ok) throw new Error('not a backup');
    expect(back.value.issues).toEqual(original.value.issues);
    expect(back.value.items.map((i) => i.id).sort()).toEqual(original.value.items.map((i) => i.id).sort());
    // Seeding twice would overwrite a team's work: refused.
    expect((await digest(['team', 'init', '--remote', remote, '--backup', backupFile])).status).toBe(1);
  });

  it('loses nothing when several editors add at the same time (rejected pushes replay)', async () => {
    const remote = server.createBlog('busy');
    expect((await digest(['team', 'init', '--remote', remote, '--backup', backupFile])).status).toBe(0);
    const editors = ['Ann', 'Bo', 'Chen', 'Dee', 'Eli', 'Fay'];
    const runs = await Promise.all(
      editors.map((name, i) => digest(['team', 'add', '--remote', remote, '--author', name, '--url', `https://example.com/news/${i}`, '--title', `News ${i}`, '--comment', `from ${name}`])),
    );
    for (const run of runs) expect(run, run.stderr).toMatchObject({ status: 0, stderr: '' });
    const back = parseBackup((await digest(['team', 'pull', '--remote', remote])).stdout);
    if (!back.ok) throw new Error('not a backup');
    const queued = back.value.items.filter((i) => i.issue === null);
    expect(queued.map((i) => i.comment).sort()).toEqual(editors.map((n) => `from ${n}`).sort());
    const authors = [...server.files('busy', 'digest').values()].flatMap((text) => (text.includes('"author"') ? [JSON.parse(text).author as string] : []));
    expect(authors).toEqual(expect.arrayContaining(editors));
  });

  it('publishes: one post on its own branch holding every item, the default branch untouched, the items archived', async () => {
    const remote = server.createBlog('published');
    const mainBefore = server.head('published', 'main');
    expect((await digest(['team', 'init', '--remote', remote, '--backup', backupFile])).status).toBe(0);
    for (const i of [1, 2, 3]) expect((await digest(['team', 'add', '--remote', remote, '--author', 'Ann', '--url', `https://example.com/p/${i}`, '--title', `Post ${i}`, '--section', '业界动态', '--comment', `第${i}条`])).status).toBe(0);
    const run = (await digest(['team', 'publish', '--remote', remote, '--today', '2015-04-15']));
    expect(run).toMatchObject({ status: 0, stderr: '', stdout: 'digest-issue-104\n' });
    expect(server.head('published', 'main')).toBe(mainBefore);
    const post = server.files('published', 'digest-issue-104');
    const added = [...post.keys()].filter((p) => p.startsWith('_posts/'));
    expect(added).toHaveLength(1);
    const parsed = parseIssue(post.get(added[0] as string) as string, { fileName: (added[0] as string).slice('_posts/'.length) });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.issue.key).toBe('104');
    expect(parsed.value.items.map((i) => i.comment)).toEqual(['第1条', '第2条', '第3条']);
    expect(post.get('README.md')).toBe('# The blog\n');
    const back = parseBackup((await digest(['team', 'pull', '--remote', remote])).stdout);
    if (!back.ok) throw new Error('not a backup');
    expect(back.value.items.filter((i) => i.issue === null)).toEqual([]);
    expect(back.value.issues.map((i) => i.key)).toContain('104');
    // Published once: a second publish has nothing to publish.
    expect((await digest(['team', 'publish', '--remote', remote])).status).toBe(1);
  });

  it('carries on after the shared branch was force-pushed back', async () => {
    const remote = server.createBlog('forced');
    expect((await digest(['team', 'init', '--remote', remote, '--backup', backupFile])).status).toBe(0);
    const seeded = server.head('forced', 'digest');
    expect((await digest(['team', 'add', '--remote', remote, '--author', 'Ann', '--url', 'https://example.com/a', '--title', 'A'])).status).toBe(0);
    server.forceBranch('forced', 'digest', seeded);
    expect((await digest(['team', 'add', '--remote', remote, '--author', 'Bo', '--url', 'https://example.com/b', '--title', 'B'])).status).toBe(0);
    const back = parseBackup((await digest(['team', 'pull', '--remote', remote])).stdout);
    if (!back.ok) throw new Error('not a backup');
    expect(back.value.items.filter((i) => i.issue === null).map((i) => i.links[0]?.title)).toEqual(['B']);
  });

  it('refuses a wrong token, an unreachable remote and a branch that is not a digest’s, changing nothing and never printing the token', async () => {
    const remote = server.createBlog('guarded');
    expect((await digest(['team', 'init', '--remote', remote, '--backup', backupFile])).status).toBe(0);
    const head = server.head('guarded', 'digest');

    const wrong = (await digest(['team', 'add', '--remote', remote, '--author', 'Eve', '--url', 'https://example.com/x', '--title', 'X'], 'wrong-token'));
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('refused the token in DIGEST_GIT_TOKEN');
    expect(wrong.stderr + wrong.stdout).not.toContain('wrong-token');

    server.online = false;
    const down = (await digest(['team', 'pull', '--remote', remote]));
    server.online = true;
    expect(down.status).toBe(1);
    expect(down.stderr).toContain(`cannot reach ${remote}`);
    expect(down.stderr).not.toContain(TOKEN);

    const other = server.createBlog('other');
    spawnSync('git', ['-C', join(server.root, 'other.git'), 'branch', 'digest', 'main']);
    const notDigest = (await digest(['team', 'pull', '--remote', other]));
    expect(notDigest.status).toBe(1);
    expect(notDigest.stderr).toContain('is not a digest branch');

    expect((await digest(['team', 'pull', '--remote', server.createBlog('empty')])).stderr).toContain('has no "digest" branch');
    expect((await digest(['team', 'pull', '--remote', remote], '')).status).toBe(2);
    expect(server.head('guarded', 'digest')).toBe(head);
  });
});
