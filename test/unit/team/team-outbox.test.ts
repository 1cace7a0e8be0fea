import { describe, expect, it } from 'vitest';
import { addPage } from '../../../src/app/add-page.ts';
import { deleteQueuedItem, editQueuedItem } from '../../../src/app/queue-edits.ts';
import { readBackup } from '../../../src/app/restore-backup.ts';
import { takeDailySnapshot } from '../../../src/app/snapshots.ts';
import type { Item } from '../../../src/core/model/item.ts';
import { opsFromOutbox } from '../../../src/core/team/outbox-ops.ts';
import { checkRepositoryUrl, compareLink, type TeamConnection } from '../../../src/core/team/team-connection.ts';
import type { TeamItem } from '../../../src/core/team/team-state.ts';
import { DEFAULT_TEMPLATE } from '../../../src/core/model/template.ts';
import { createDigestStore } from '../../../src/storage/digest-store.ts';
import { openDigestDb } from '../../../src/storage/open-db.ts';
import { teamRecords } from '../../../src/storage/team-records.ts';

const CONNECTION: TeamConnection = { url: 'https://git.example/team/blog.git', token: 'secret-token-42', author: 'Ann', postsDir: '_posts' };
let n = 0;

function store() {
  let tick = Date.parse('2026-12-02T08:00:00Z');
  const now = () => new Date((tick += 1000));
  const s = createDigestStore(openDigestDb(`outbox-${process.pid}-${++n}`), { now });
  let ids = 0;
  const add = async (url: string) => {
    const added = await addPage(s, { url, title: url }, { now, newId: () => `item-${++ids}`, today: () => '2026-12-02' });
    if (added.outcome !== 'added') throw new Error(added.outcome);
    return added.item;
  };
  return { store: s, now, add, outbox: () => s.read((tx) => teamRecords(tx).outbox()) };
}

describe('the outbox', () => {
  it('holds nothing while the browser is not in a team', async () => {
    const s = store();
    await s.add('https://example.org/a');
    expect(await s.outbox()).toEqual({ items: {}, issues: {} });
  });

  it('marks every change while connected, in the transaction that makes it, with its time', async () => {
    const s = store();
    await s.store.write((tx) => teamRecords(tx).setConnection(CONNECTION), { fromTeam: true });
    const a = await s.add('https://example.org/a');
    const first = (await s.outbox()).items[a.id];
    expect(first).toMatch(/^2026-12-02T08:00/);
    await editQueuedItem(s.store, { ...a, comment: 'Edited' });
    expect((await s.outbox()).items[a.id]! > first!).toBe(true);
    await deleteQueuedItem(s.store, a.id);
    expect(Object.keys((await s.outbox()).items)).toEqual([a.id]);
  });

  it('does not mark what the team itself sent', async () => {
    const s = store();
    await s.store.write((tx) => teamRecords(tx).setConnection(CONNECTION), { fromTeam: true });
    await s.store.write((tx) => tx.items.put({ id: 'theirs', section: null, project: null, comment: '', links: [], capturedAt: '2026-12-01T00:00:00Z', order: 0, issue: null }), { fromTeam: true });
    expect(await s.outbox()).toEqual({ items: {}, issues: {} });
  });

  it('never puts the token in a backup or a snapshot', async () => {
    const s = store();
    await s.store.write((tx) => teamRecords(tx).setConnection(CONNECTION), { fromTeam: true });
    await s.add('https://example.org/a');
    expect(JSON.stringify(await readBackup(s.store, s.now()))).not.toContain(CONNECTION.token);
    await takeDailySnapshot(s.store, s.now());
    const snapshots = await s.store.read((tx) => tx.snapshots.list());
    const kept = await s.store.read((tx) => tx.snapshots.get(snapshots[0]!.id));
    expect(JSON.stringify(kept)).not.toContain(CONNECTION.token);
  });
});

const item = (over: Partial<Item> = {}): Item => ({ id: 'x', section: 'News', project: null, comment: 'c', links: [{ url: 'https://a.example/', title: 'A' }], capturedAt: '2026-12-01T00:00:00Z', order: 0, issue: null, ...over });
const held = (over: Partial<TeamItem> = {}): TeamItem => {
  const { id: _id, capturedAt: _c, ...fields } = item();
  return { id: 'x', author: 'Bob', capturedAt: '2026-12-01T00:00:00Z', item: fields, stamps: { comment: '2026-12-01T00:00:00Z' }, ...over };
};

describe('changes to send', () => {
  const subjects = (items: [string, Item | undefined][]) => ({ items: new Map(items), issues: new Map(), template: DEFAULT_TEMPLATE });

  it('sends only the fields that differ from the branch, with the edit’s time and the item’s author', () => {
    const ops = opsFromOutbox({ items: { x: '2026-12-02T09:00:00Z' }, issues: {} }, subjects([['x', item({ comment: 'new words' })]]), { x: held() }, [], 'Ann');
    expect(ops).toEqual([{ kind: 'put-item', id: 'x', author: 'Bob', at: '2026-12-02T09:00:00Z', capturedAt: '2026-12-01T00:00:00Z', fields: { comment: 'new words' } }]);
  });

  it('sends a delete as a delete, and nothing for an item the team never had', () => {
    expect(opsFromOutbox({ items: { x: 't' }, issues: {} }, subjects([['x', undefined]]), { x: held() }, [], 'Ann')).toEqual([{ kind: 'delete-item', id: 'x', at: 't' }]);
    expect(opsFromOutbox({ items: { x: 't' }, issues: {} }, subjects([['x', undefined]]), {}, [], 'Ann')).toEqual([]);
    expect(opsFromOutbox({ items: { x: 't' }, issues: {} }, subjects([['x', item({ issue: '3' })]]), {}, [], 'Ann')).toEqual([]);
  });

  it('sends every field of a new item, as its author’s', () => {
    const [op] = opsFromOutbox({ items: { x: 't' }, issues: {} }, subjects([['x', item()]]), {}, [], 'Ann');
    expect(op).toMatchObject({ kind: 'put-item', author: 'Ann', fields: { section: 'News', comment: 'c', issue: null, order: 0 } });
  });
});

describe('the repository address', () => {
  it('takes http(s) addresses and refuses a token written into one', () => {
    expect(checkRepositoryUrl(' https://github.com/team/blog.git/ ')).toEqual({ ok: true, url: 'https://github.com/team/blog.git', origins: 'https://github.com/*' });
    expect(checkRepositoryUrl('https://user:ghp_secret@github.com/team/blog.git')).toEqual({ ok: false });
    expect(checkRepositoryUrl('git@github.com:team/blog.git')).toEqual({ ok: false });
    expect(checkRepositoryUrl('http://127.0.0.1:8080/blog.git')).toMatchObject({ ok: true, origins: 'http://127.0.0.1/*' });
  });

  it('links to the pull request page where the host is known', () => {
    expect(compareLink('https://github.com/team/blog.git', 'main', 'digest-issue-18')).toBe('https://github.com/team/blog/compare/main...digest-issue-18');
    expect(compareLink('https://codeberg.org/team/blog.git', 'main', 'digest-issue-18')).toBe('https://codeberg.org/team/blog/compare/main...digest-issue-18');
    expect(compareLink('https://gitlab.com/team/blog.git', 'main', 'digest-issue-18')).toContain('/-/merge_requests/new?merge_request%5Bsource_branch%5D=digest-issue-18');
    expect(compareLink('https://review.example.org/blog', 'main', 'digest-issue-18')).toBeUndefined();
  });
});
