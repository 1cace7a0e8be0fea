import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DigestState } from '../../../src/core/model/digest-state.ts';
import { Failure } from '../../../src/core/model/failure.ts';
import type { Item } from '../../../src/core/model/item.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/model/settings.ts';
import { DEFAULT_TEMPLATE } from '../../../src/core/model/template.ts';
import { newQueuedItem } from '../../../src/core/queue/capture.ts';
import { SNAPSHOTS_KEPT } from '../../../src/storage/digest-store.ts';
import { testStore } from '../../helpers/db.ts';
import { makeIssue } from '../../helpers/builders.ts';

const now = new Date('2014-07-21T00:00:00Z');
const capture = (i: number, url = `https://example.com/${i}`) =>
  newQueuedItem({ url, title: `Page ${i}`, section: '业界动态', project: null, comment: `c${i}` }, `id-${i}`, now);

describe('items', () => {
  it('gives every one of many simultaneous saves its own place at the end of the queue', async () => {
    const { store } = testStore();
    const saved = await Promise.all(Array.from({ length: 200 }, (_, i) => store.write((tx) => tx.items.appendToQueue(capture(i)))));
    expect(new Set(saved.map((s) => s.order)).size).toBe(200);
    const queue = await store.read((tx) => tx.items.queue());
    expect(queue).toHaveLength(200);
    expect(queue.map((q) => q.order)).toEqual([...queue.map((q) => q.order)].sort((a, b) => a - b));
    for (const item of queue) expect(item.links[0]?.title).toBe(`Page ${item.id.slice(3)}`);
    expect(await store.read((tx) => tx.items.queueCount())).toBe(200);
  });

  it('finds items by canonical URL, queued or published', async () => {
    const { store } = testStore();
    await store.write(async (tx) => {
      await tx.items.appendToQueue(capture(1, 'https://www.example.com/a/'));
      await tx.items.put({
        ...capture(2, 'https://other.example/b'),
        links: [{ url: 'https://other.example/b', title: '' }, { url: 'http://example.com/a?utm_source=x', title: '' }],
        order: 0,
        issue: '16',
      });
    });
    const found = await store.read((tx) => tx.items.findByUrl('http://example.com/a#top'));
    expect(found.map((i) => [i.id, i.issue]).sort()).toEqual([
      ['id-1', null],
      ['id-2', '16'],
    ]);
    expect(await store.read((tx) => tx.items.findByUrl('https://example.com/nothing'))).toEqual([]);
  });

  it('reads items back exactly as stored, without the index keys', async () => {
    const { store } = testStore();
    const saved = await store.write((tx) => tx.items.appendToQueue(capture(1)));
    expect(await store.read((tx) => tx.items.get(saved.id))).toEqual(saved);
    const [first] = await store.read((tx) => tx.items.all());
    expect(Object.keys(first as Item).sort()).toEqual(['capturedAt', 'comment', 'id', 'issue', 'links', 'order', 'project', 'section']);
  });

  it('reorders the queue and keeps published items out of it', async () => {
    const { store } = testStore();
    for (let i = 0; i < 4; i++) await store.write((tx) => tx.items.appendToQueue(capture(i)));
    await store.write((tx) => tx.items.put({ ...capture(9), order: 0, issue: '3' }));
    const reordered = await store.write((tx) => tx.items.reorderQueue(['id-3', 'id-1']));
    expect(reordered.map((i) => i.id)).toEqual(['id-3', 'id-1', 'id-0', 'id-2']);
    expect((await store.read((tx) => tx.items.queue())).map((i) => [i.id, i.order])).toEqual([
      ['id-3', 0],
      ['id-1', 1],
      ['id-0', 2],
      ['id-2', 3],
    ]);
    expect((await store.read((tx) => tx.items.ofIssue('3'))).map((i) => i.id)).toEqual(['id-9']);
  });
});

describe('issues', () => {
  it('keeps each issue’s summary beside it, put, deleted or replaced whole, in the digest’s order', async () => {
    const { store } = testStore();
    const issue = (number: number, published: string) => makeIssue({ number, title: `Issue ${number}`, published, body: [{ kind: 'text', text: 'x'.repeat(1000) }] as never });
    const summary = (number: number, published: string) => ({ key: String(number), number, year: null, title: `Issue ${number}`, period: null, published, fileName: null });
    await store.write(async (tx) => {
      for (const i of [issue(103, '2024-03-01'), issue(21, '2014-01-01'), issue(22, '2014-01-15')]) await tx.issues.put(i);
      await tx.issues.delete('22');
    });
    expect(await store.read((tx) => tx.issues.summaries())).toEqual([summary(21, '2014-01-01'), summary(103, '2024-03-01')]);
    await store.write(async (tx) => tx.issues.put({ ...issue(21, '2014-01-02') }));
    expect(await store.read((tx) => tx.issues.summaries())).toEqual([summary(21, '2014-01-02'), summary(103, '2024-03-01')]);
    await store.write(async (tx) => tx.state.write({ template: DEFAULT_TEMPLATE, settings: DEFAULT_SETTINGS, items: [], issues: [issue(5, '2013-06-01')] }));
    expect(await store.read((tx) => tx.issues.summaries())).toEqual([summary(5, '2013-06-01')]);
  });
});

describe('drafts and settings', () => {
  it('keeps a draft per page until it is deleted', async () => {
    const { store } = testStore();
    const draft = { key: 'example.com/a', url: 'https://example.com/a', title: 'A', section: null, project: null, comment: '写了一半', eventDate: '', updatedAt: 'now' };
    await store.write((tx) => tx.drafts.put(draft));
    expect(await store.read((tx) => tx.drafts.get('example.com/a'))).toEqual(draft);
    expect(await store.read((tx) => tx.drafts.get('example.com/b'))).toBeUndefined();
    await store.write((tx) => tx.drafts.delete('example.com/a'));
    expect(await store.read((tx) => tx.drafts.get('example.com/a'))).toBeUndefined();
  });

  it('gives defaults until something is stored, then what was stored', async () => {
    const { store } = testStore();
    expect(await store.read((tx) => tx.meta.template())).toEqual(DEFAULT_TEMPLATE);
    expect(await store.read((tx) => tx.meta.settings())).toEqual(DEFAULT_SETTINGS);
    expect(await store.read((tx) => tx.meta.suggestionModel())).toBeUndefined();
    const template = { ...DEFAULT_TEMPLATE, titlePattern: 'Digest {number}' };
    await store.write((tx) => tx.meta.setTemplate(template));
    expect(await store.read((tx) => tx.meta.template())).toEqual(template);
  });
});

describe('snapshots', () => {
  it(`keeps the newest ${SNAPSHOTS_KEPT}, newest first, each a complete backup`, async () => {
    const { store, db } = testStore();
    await store.write((tx) => tx.items.appendToQueue(capture(1)));
    for (let i = 0; i < 7; i++) await store.write((tx) => tx.snapshots.take(i % 2 ? 'daily' : 'publish', new Date(now.getTime() + i * 1000)));
    // The older backups go with their summaries: each listed one is whole, none is kept unlisted.
    expect(await (await db).getAllKeys('snapshots')).toEqual(await (await db).getAllKeys('snapshotSummaries'));
    const list = await store.read((tx) => tx.snapshots.list());
    expect(list).toHaveLength(SNAPSHOTS_KEPT);
    expect(list.map((s) => s.takenAt)).toEqual([6, 5, 4, 3, 2].map((i) => new Date(now.getTime() + i * 1000).toISOString()));
    expect(await store.read((tx) => tx.snapshots.latest())).toEqual(list[0]);
    const full = await store.read((tx) => tx.snapshots.get(list[0]!.id));
    expect(full).toMatchObject({ takenAt: list[0]?.takenAt, reason: list[0]?.reason, itemCount: 1 });
    expect(full?.backup.items).toHaveLength(1);
    expect(full?.backup.format).toBe('digest-clipper-backup');
  });
});

const item = (id: string, comment: unknown): Item => ({
  id,
  section: '业界动态',
  project: null,
  comment: comment as string,
  links: [{ url: `https://example.com/${id}`, title: id }],
  capturedAt: '',
  order: 0,
  issue: null,
});

describe('the whole state', () => {
  it('reads back what was written', async () => {
    const { store } = testStore();
    const state: DigestState = { settings: DEFAULT_SETTINGS, template: DEFAULT_TEMPLATE, issues: [], items: [item('a', 'x'), { ...item('b', 'y'), issue: '2' }] };
    await store.write((tx) => tx.state.write(state));
    expect(await store.read((tx) => tx.state.read())).toEqual(state);
  });

  it('writes all or nothing: after any sequence of writes, some of which cannot be stored, it holds the last good one (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 6 }), poisoned: fc.boolean() }), { minLength: 1, maxLength: 5 }),
        async (writes) => {
          const { store } = testStore();
          let expected = await store.read((tx) => tx.state.read());
          for (const write of writes) {
            const state: DigestState = {
              settings: DEFAULT_SETTINGS,
              template: DEFAULT_TEMPLATE,
              issues: [],
              // A function cannot be cloned into IndexedDB: the write must fail and undo itself.
              items: write.ids.map((id, i) => item(id, write.poisoned && i === write.ids.length - 1 ? () => 'x' : `comment ${id}`)),
            };
            const poisoned = write.poisoned && write.ids.length > 0;
            const result = await store.write((tx) => tx.state.write(state)).then(
              () => 'written',
              (e: unknown) => (e instanceof Failure ? 'refused' : 'crashed'),
            );
            expect(result).toBe(poisoned ? 'refused' : 'written');
            if (!poisoned) expected = state;
            const stored = await store.read((tx) => tx.state.read());
            expect(stored.items.map((i) => i.id).sort()).toEqual(expected.items.map((i) => i.id).sort());
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('undoes the whole transaction when the work itself throws', async () => {
    const { store } = testStore();
    await expect(
      store.write(async (tx) => {
        await tx.items.appendToQueue(capture(1));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await store.read((tx) => tx.items.all())).toEqual([]);
  });
});

describe('transactions', () => {
  it('starts the work in the caller’s own task once the database is open, so a click’s save is asked before anything else runs', async () => {
    const { store } = testStore();
    await store.read((tx) => tx.items.count());
    const order: string[] = [];
    const saved = store.write(async (tx) => {
      order.push('work');
      await tx.items.appendToQueue(capture(1));
    });
    order.push('caller');
    await saved;
    expect(order).toEqual(['work', 'caller']);
    expect(await store.read((tx) => tx.items.count())).toBe(1);
  });
});
