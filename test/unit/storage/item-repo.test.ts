import { describe, expect, it } from 'vitest';
import { newQueuedItem } from '../../../src/core/capture.ts';
import type { Item } from '../../../src/core/item.ts';
import { testRepos } from '../../helpers/db.ts';

const now = new Date('2014-07-21T00:00:00Z');
const capture = (i: number, url = `https://example.com/${i}`) =>
  newQueuedItem({ url, title: `Page ${i}`, section: '业界动态', project: null, comment: `c${i}` }, `id-${i}`, now);

describe('item repository', () => {
  it('gives every one of many simultaneous saves its own place at the end of the queue', async () => {
    const { items } = testRepos();
    const saved = await Promise.all(Array.from({ length: 200 }, (_, i) => items.addToQueue(capture(i))));
    expect(new Set(saved.map((s) => s.order)).size).toBe(200);
    const queue = await items.queue();
    expect(queue).toHaveLength(200);
    expect(queue.map((q) => q.order)).toEqual([...queue.map((q) => q.order)].sort((a, b) => a - b));
    for (const item of queue) expect(item.links[0]?.title).toBe(`Page ${item.id.slice(3)}`);
    expect(await items.queueCount()).toBe(200);
  });

  it('finds items by canonical URL, queued or published', async () => {
    const { items } = testRepos();
    await items.addToQueue(capture(1, 'https://www.example.com/a/'));
    await items.put({ ...capture(2, 'https://other.example/b'), links: [{ url: 'https://other.example/b', title: '' }, { url: 'http://example.com/a?utm_source=x', title: '' }], order: 0, issue: 16 });
    const found = await items.findByUrl('http://example.com/a#top');
    expect(found.map((i) => [i.id, i.issue]).sort()).toEqual([
      ['id-1', null],
      ['id-2', 16],
    ]);
    expect(await items.findByUrl('https://example.com/nothing')).toEqual([]);
  });

  it('reads items back exactly as stored, without the index keys', async () => {
    const { items } = testRepos();
    const saved = await items.addToQueue(capture(1));
    expect(await items.get(saved.id)).toEqual(saved);
    expect(Object.keys((await items.all())[0] as Item).sort()).toEqual(['capturedAt', 'comment', 'id', 'issue', 'links', 'order', 'project', 'section']);
  });

  it('reorders the queue and keeps published items out of it', async () => {
    const { items } = testRepos();
    for (let i = 0; i < 4; i++) await items.addToQueue(capture(i));
    await items.put({ ...capture(9), order: 0, issue: 3 });
    const reordered = await items.reorderQueue(['id-3', 'id-1']);
    expect(reordered.map((i) => i.id)).toEqual(['id-3', 'id-1', 'id-0', 'id-2']);
    expect((await items.queue()).map((i) => [i.id, i.order])).toEqual([
      ['id-3', 0],
      ['id-1', 1],
      ['id-0', 2],
      ['id-2', 3],
    ]);
    expect((await items.ofIssue(3)).map((i) => i.id)).toEqual(['id-9']);
  });

  it('removes an item and gives it back, so it can be restored as it was', async () => {
    const { items } = testRepos();
    const saved = await items.addToQueue(capture(1));
    const removed = await items.remove(saved.id);
    expect(removed).toEqual(saved);
    expect(await items.queue()).toEqual([]);
    expect(await items.remove(saved.id)).toBeUndefined();
    await items.put(removed as Item);
    expect(await items.queue()).toEqual([saved]);
  });
});
