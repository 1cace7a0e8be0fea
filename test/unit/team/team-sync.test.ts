import * as fs from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'isomorphic-git/http/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPage } from '../../../src/app/add-page.ts';
import { publishNextIssue } from '../../../src/app/publish-issue.ts';
import { deleteQueuedItem, editQueuedItem } from '../../../src/app/queue-edits.ts';
import { readQueue } from '../../../src/app/read-queue.ts';
import { readPublishedIssue } from '../../../src/app/read-export.ts';
import { connectTeam } from '../../../src/app/team/connect-team.ts';
import { pushPost } from '../../../src/app/team/push-post.ts';
import { syncTeam, type TeamDeps } from '../../../src/app/team/sync-team.ts';
import type { TeamConnection } from '../../../src/core/team/team-connection.ts';
import { GitRemote } from '../../../src/git/git-remote.ts';
import { createDigestStore, type DigestStore } from '../../../src/storage/digest-store.ts';
import { openDigestDb } from '../../../src/storage/open-db.ts';
import { GitServer } from '../../helpers/git-server.ts';
import { teamRecords } from '../../../src/storage/team-records.ts';

/**
 * Two browsers (two databases, each with its own git objects) sharing one issue through a real
 * smart-HTTP git server on loopback: the extension's sync, connect and post use cases, over
 * isomorphic-git's fetch client as the background uses it.
 */
const TOKEN = 'team-token-s3cret';
let server: GitServer;
let counter = 0;

beforeAll(async () => {
  server = new GitServer(TOKEN);
  await server.start();
});
afterAll(async () => {
  await server?.stop();
});

/** One clock for every browser, a second further at each reading: "later" is always later. */
let tick = Date.parse('2026-12-02T08:00:00Z');
const now = () => new Date((tick += 1000));

/** A browser: its database and its own git folder. */
function browser(name: string) {
  const store: DigestStore = createDigestStore(openDigestDb(`team-${process.pid}-${++counter}-${name}`), { now });
  const dir = mkdtempSync(join(tmpdir(), `team-${name}-`));
  const deps: TeamDeps = {
    remoteFor: (c) => new GitRemote(c.url, c.token, { fs, http, dir, now }),
    now,
    wait: () => new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40)),
  };
  let ids = 0;
  const add = (url: string, title: string) => addPage(store, { url, title }, { now, newId: () => `${name}-${++ids}`, today: () => '2026-12-02' });
  const titles = async () => (await readQueue(store)).map((i) => i.links[0]?.title).sort();
  return { store, deps, add, titles, now, connect: (c: TeamConnection) => connectTeam(store, c, deps), sync: () => syncTeam(store, deps) };
}

const connection = (url: string, author: string, token = TOKEN): TeamConnection => ({ url, token, author, postsDir: '_posts' });
const sharedTitles = (blog: string) => server.teamTitles(blog);

describe('a team sharing one issue', () => {
  it('two browsers see each other’s items, with who added them', async () => {
    const url = server.createBlog('pair');
    const ann = browser('ann');
    const bob = browser('bob');
    await ann.add('https://example.org/a', 'From Ann before joining');
    expect(await ann.connect(connection(url, 'Ann'))).toMatchObject({ outcome: 'connected', started: true, sync: { outcome: 'synced' } });
    await bob.add('https://example.org/b', 'From Bob before joining');
    expect(await bob.connect(connection(url, 'Bob'))).toMatchObject({ outcome: 'connected', started: false });
    expect(await bob.titles()).toEqual(['From Ann before joining', 'From Bob before joining']);
    await ann.add('https://example.org/c', 'From Ann, connected');
    await ann.sync();
    await bob.sync();
    await ann.sync();
    expect(await ann.titles()).toEqual(await bob.titles());
    expect((await readQueue(bob.store)).map((i) => `${i.author}: ${i.links[0]?.title}`).sort()).toEqual([
      'Ann: From Ann before joining',
      'Ann: From Ann, connected',
      'Bob: From Bob before joining',
    ]);
    expect(sharedTitles('pair')).toEqual(await ann.titles());
  });

  it('loses nothing when editors add at the same time', async () => {
    const url = server.createBlog('busy');
    const editors = [browser('e1'), browser('e2'), browser('e3')];
    for (const [i, e] of editors.entries()) await e.connect(connection(url, `Editor ${i + 1}`));
    await Promise.all(editors.map(async (e, i) => {
      for (let n = 0; n < 3; n++) await e.add(`https://example.org/${i}/${n}`, `Item ${i}.${n}`);
      return e.sync();
    }));
    for (const e of editors) await e.sync();
    expect(sharedTitles('busy')).toHaveLength(9);
    for (const e of editors) expect(await e.titles()).toEqual(sharedTitles('busy'));
  });

  it('keeps an edit made while another editor deleted the item', async () => {
    const url = server.createBlog('edit-delete');
    const ann = browser('ann2');
    const bob = browser('bob2');
    await ann.connect(connection(url, 'Ann'));
    const added = await ann.add('https://example.org/x', 'Contested');
    if (added.outcome !== 'added') throw new Error(added.outcome);
    await ann.sync();
    await bob.connect(connection(url, 'Bob'));
    await deleteQueuedItem(ann.store, added.item.id);
    const bobs = (await readQueue(bob.store))[0];
    await editQueuedItem(bob.store, { ...bobs!, comment: 'Bob’s words, typed after the delete' });
    await ann.sync();
    await bob.sync();
    await ann.sync();
    for (const e of [ann, bob]) expect((await readQueue(e.store)).map((i) => i.comment)).toEqual(['Bob’s words, typed after the delete']);
  });

  it('keeps edits made offline in the outbox and sends them when the network is back', async () => {
    const url = server.createBlog('offline');
    const ann = browser('ann3');
    await ann.connect(connection(url, 'Ann'));
    server.online = false;
    try {
      await ann.add('https://example.org/offline', 'Saved on the train');
      expect(await ann.sync()).toEqual({ outcome: 'failed', code: 'unreachable', waiting: 1 });
      expect(await ann.titles()).toEqual(['Saved on the train']);
      expect(await ann.store.read((tx) => teamRecords(tx).syncState())).toMatchObject({ lastError: 'unreachable' });
    } finally {
      server.online = true;
    }
    expect(await ann.sync()).toMatchObject({ outcome: 'synced', sent: 1 });
    expect(sharedTitles('offline')).toEqual(['Saved on the train']);
    expect(await ann.store.read((tx) => teamRecords(tx).outbox())).toEqual({ items: {}, issues: {} });
  });

  it('replays a change whose push was refused because another editor pushed first', async () => {
    const url = server.createBlog('rejected');
    const ann = browser('ann7');
    const bob = browser('bob7');
    await ann.connect(connection(url, 'Ann'));
    await bob.connect(connection(url, 'Bob'));
    await bob.add('https://example.org/bob-first', 'Bob pushes first');
    // Ann's sync reads the branch; before her push goes out, Bob's sync moves the branch.
    let raced = false;
    const racing: TeamDeps = {
      ...ann.deps,
      remoteFor: (c) => {
        const remote = ann.deps.remoteFor(c);
        const push = remote.push.bind(remote);
        remote.push = async (branch, commit) => {
          if (!raced) {
            raced = true;
            expect(await bob.sync()).toMatchObject({ outcome: 'synced', sent: 1 });
          }
          return push(branch, commit);
        };
        return remote;
      },
    };
    const headBefore = server.head('rejected', 'digest');
    await ann.add('https://example.org/ann-second', 'Ann pushes second');
    expect(await syncTeam(ann.store, racing)).toMatchObject({ outcome: 'synced', sent: 1 });
    expect(raced).toBe(true);
    // Two pushes landed after the race began: Bob's, then Ann's replayed on top of it.
    expect(server.log('rejected', 'digest').indexOf(headBefore)).toBe(2);
    expect(sharedTitles('rejected')).toEqual(['Ann pushes second', 'Bob pushes first']);
    expect(await ann.titles()).toEqual(['Ann pushes second', 'Bob pushes first']);
  });

  it('keeps working locally when the token is revoked, and says so', async () => {
    const url = server.createBlog('revoked');
    const ann = browser('ann8');
    await ann.connect(connection(url, 'Ann'));
    await ann.store.write(async (tx) => teamRecords(tx).setConnection({ ...connection(url, 'Ann'), token: 'revoked' }), { fromTeam: true });
    await ann.add('https://example.org/kept-locally', 'Kept while the token is refused');
    expect(await ann.sync()).toEqual({ outcome: 'failed', code: 'token-refused', waiting: 1 });
    expect(await ann.titles()).toEqual(['Kept while the token is refused']);
    await ann.store.write(async (tx) => teamRecords(tx).setConnection(connection(url, 'Ann')), { fromTeam: true });
    expect(await ann.sync()).toMatchObject({ outcome: 'synced', sent: 1 });
    expect(sharedTitles('revoked')).toEqual(['Kept while the token is refused']);
  });

  it('refuses a wrong token and keeps no connection', async () => {
    const url = server.createBlog('locked');
    const ann = browser('ann4');
    await expect(ann.connect(connection(url, 'Ann', 'wrong'))).rejects.toMatchObject({ code: 'token-refused' });
    expect(await ann.store.read((tx) => teamRecords(tx).connection())).toBeUndefined();
    await expect(ann.connect(connection('http://127.0.0.1:9/none.git', 'Ann'))).rejects.toMatchObject({ code: 'unreachable' });
  });

  it('sends again what a force-pushed branch lost', async () => {
    const url = server.createBlog('forced2');
    const ann = browser('ann5');
    await ann.connect(connection(url, 'Ann'));
    const start = server.head('forced2', 'digest');
    await ann.add('https://example.org/kept', 'Kept through a forced push');
    await ann.sync();
    server.forceBranch('forced2', 'digest', start);
    expect(sharedTitles('forced2')).toEqual([]);
    await ann.sync();
    await ann.sync();
    expect(await ann.titles()).toEqual(['Kept through a forced push']);
    expect(sharedTitles('forced2')).toEqual(['Kept through a forced push']);
  });

  it('publishes: the post on its own branch with every item, the default branch untouched, the issue archived for all', async () => {
    const url = server.createBlog('publish');
    const mainBefore = server.head('publish', 'main');
    const ann = browser('ann6');
    const bob = browser('bob6');
    await ann.connect(connection(url, 'Ann'));
    await bob.connect(connection(url, 'Bob'));
    await ann.add('https://example.org/p1', 'Ann’s pick');
    await bob.add('https://example.org/p2', 'Bob’s pick');
    await bob.sync();
    await ann.sync();
    const published = await publishNextIssue(ann.store, { now: ann.now, today: () => '2026-12-02' });
    await ann.sync();
    const exported = await readPublishedIssue(ann.store, published.issue.key);
    const pushed = await pushPost(ann.deps.remoteFor(connection(url, 'Ann')), connection(url, 'Ann'), { key: published.issue.key, markdown: exported!.markdown, fileName: published.issue.fileName });
    expect(pushed).toMatchObject({ branch: `digest-issue-${published.issue.key}`, base: 'main' });
    expect(server.head('publish', 'main')).toBe(mainBefore);
    const post = [...server.files('publish', pushed.branch)].filter(([path]) => path.startsWith('_posts/'));
    expect(post).toHaveLength(1);
    expect(post[0]![1]).toContain('Ann’s pick');
    expect(post[0]![1]).toContain('Bob’s pick');
    await bob.sync();
    expect(await bob.titles()).toEqual([]);
    expect(await bob.store.read((tx) => tx.issues.get(published.issue.key))).toBeDefined();
    await expect(pushPost(ann.deps.remoteFor(connection(url, 'Ann')), connection(url, 'Ann'), { key: published.issue.key, markdown: '', fileName: null })).rejects.toMatchObject({ code: 'post-exists' });
  });
});
