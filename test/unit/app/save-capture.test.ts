import { describe, expect, it } from 'vitest';
import { attachToItem, discardDraft, saveCapture, writeDraft } from '../../../src/app/save-capture.ts';
import { Failure } from '../../../src/core/model/failure.ts';
import { suggestGroups } from '../../../src/core/suggestion/project-suggestion.ts';
import { readSuggestionModel } from '../../../src/app/derived-data.ts';
import { datesEntries } from '../../../src/core/suggestion/dates-entries.ts';
import { testStore } from '../../helpers/db.ts';
import { draftFor, seedStore } from '../../helpers/seed.ts';

const deps = { now: () => new Date('2015-05-02T10:00:00Z'), newId: () => 'fresh' };

describe('saving a capture', () => {
  it('adds the page at the end of the queue, says how many wait, and drops the draft in the same write', async () => {
    const { store } = testStore();
    await seedStore(store);
    const result = await saveCapture(store, draftFor('example.org/draft', { comment: 'Finished' }), deps);
    expect(result).toMatchObject({ outcome: 'added', count: 5, item: { id: 'fresh', comment: 'Finished', issue: null, order: 4 } });
    expect(await store.read((tx) => tx.drafts.get('example.org/draft'))).toBeUndefined();
  });

  it('learns from a save at once: the next page from the same host is suggested where the editor filed the first', async () => {
    const { store } = testStore();
    await seedStore(store);
    const suggestFor = (url: string, title: string) =>
      store.read(async (tx) => suggestGroups({ url, title }, await tx.meta.template(), await readSuggestionModel(tx))[0]);
    const before = await suggestFor('https://ceph-notes.example/posts/2', 'Erasure coding, explained');
    expect(before?.project).not.toBe('Swift');
    await saveCapture(store, draftFor('ceph-notes.example/posts/1', { url: 'https://ceph-notes.example/posts/1', title: 'Tuning object storage', section: '社区跟踪', project: 'Swift' }), deps);
    const after = await suggestFor('https://ceph-notes.example/posts/2', 'Erasure coding, explained');
    expect([after?.section, after?.project]).toEqual(['社区跟踪', 'Swift']);
    expect(after?.reasons[0]).toEqual({ code: 'same-site', host: 'ceph-notes.example', heading: 'Swift' });
  });

  it('learns from saves at once how far an address rule holds on its site: milestone pages filed under Common', async () => {
    const { store } = testStore();
    await seedStore(store);
    const suggestFor = (url: string) => store.read(async (tx) => suggestGroups({ url, title: 'RC1' }, await tx.meta.template(), await readSuggestionModel(tx))[0]);
    expect((await suggestFor('https://launchpad.net/nova/icehouse/icehouse-rc1'))?.project).toBe('Nova');
    let id = 0;
    const twice = { ...deps, newId: () => `rc-${++id}` };
    for (const p of ['glance', 'heat']) await saveCapture(store, draftFor(`launchpad.net/${p}/icehouse/icehouse-rc1`, { url: `https://launchpad.net/${p}/icehouse/icehouse-rc1`, title: 'RC1', section: '社区跟踪', project: 'Common' }), twice);
    expect((await suggestFor('https://launchpad.net/nova/icehouse/icehouse-rc1'))?.project).toBe('Common');
  });

  it('learns a saved day at once: a heading whose entries had none is then given the page’s', async () => {
    const { store } = testStore();
    await seedStore(store);
    const dates = (group: { section: string; project: string | null }) => store.read(async (tx) => datesEntries(await readSuggestionModel(tx), group));
    let id = 0;
    const twice = { ...deps, newId: () => `fresh-${++id}` };
    await saveCapture(store, draftFor('example.org/plain', { url: 'https://example.org/plain', section: '社区跟踪', project: 'Keystone' }), twice);
    expect(await dates({ section: '社区跟踪', project: 'Keystone' })).toBe(false);
    await saveCapture(store, draftFor('example.org/dated', { url: 'https://example.org/dated', section: '社区跟踪', project: 'Keystone', eventDate: '2015-05-04' }), twice);
    expect(await dates({ section: '社区跟踪', project: 'Keystone' })).toBe(true);
  });

  it('updates the queued item a draft edits instead of adding another', async () => {
    const { store } = testStore();
    await seedStore(store);
    const result = await saveCapture(store, draftFor('example.com/page/1', { editingId: 'q1', url: 'https://example.com/page/1', comment: 'Better' }), deps);
    expect(result).toEqual({ outcome: 'updated', item: expect.objectContaining({ id: 'q1', comment: 'Better' }) });
  });

  it('keeps the page’s author on its link, and an edit of the queued item changes or clears it', async () => {
    const { store } = testStore();
    await seedStore(store);
    const added = await saveCapture(store, draftFor('example.org/by', { url: 'https://example.org/by', author: '  Jane\nDoe ' }), deps);
    if (added.outcome !== 'added') throw new Error(added.outcome);
    expect(added.item.links[0]).toMatchObject({ url: 'https://example.org/by', author: 'Jane Doe' });
    const renamed = await saveCapture(store, draftFor('example.org/by', { editingId: added.item.id, url: 'https://example.org/by', author: 'J. Doe' }), deps);
    expect(renamed).toMatchObject({ outcome: 'updated', item: { links: [{ author: 'J. Doe' }] } });
    const kept = await saveCapture(store, draftFor('example.org/by', { editingId: added.item.id, url: 'https://example.org/by', comment: 'More' }), deps);
    expect(kept).toMatchObject({ outcome: 'updated', item: { links: [{ author: 'J. Doe' }] } });
    const cleared = await saveCapture(store, draftFor('example.org/by', { editingId: added.item.id, url: 'https://example.org/by', author: ' ' }), deps);
    if (cleared.outcome !== 'updated') throw new Error(cleared.outcome);
    expect(cleared.item.links[0]).not.toHaveProperty('author');
  });

  it('keeps the kind picked for the page, and an edit of the queued item changes or clears it (a form with no kind leaves it)', async () => {
    const { store } = testStore();
    await seedStore(store);
    const added = await saveCapture(store, draftFor('example.org/kit', { url: 'https://example.org/kit', kind: '📦' }), deps);
    if (added.outcome !== 'added') throw new Error(added.outcome);
    expect(added.item.kind).toBe('📦');
    const edit = (patch: object) => saveCapture(store, draftFor('example.org/kit', { editingId: added.item.id, url: 'https://example.org/kit', ...patch }), deps);
    expect(await edit({ kind: '📜' })).toMatchObject({ outcome: 'updated', item: { kind: '📜' } });
    expect(await edit({ comment: 'Words' })).toMatchObject({ outcome: 'updated', item: { kind: '📜', comment: 'Words' } });
    const cleared = await edit({ kind: '' });
    expect(cleared.outcome === 'updated' && 'kind' in cleared.item).toBe(false);
    // What is not a symbol is no kind.
    const odd = await saveCapture(store, draftFor('example.org/odd', { url: 'https://example.org/odd', kind: '[x](javascript:1)' }), { ...deps, newId: () => 'odd' });
    expect(odd.outcome === 'added' && 'kind' in odd.item).toBe(false);
  });

  it('refuses an address that is not a web page, and stores nothing', async () => {
    const { store } = testStore();
    await seedStore(store);
    expect(await saveCapture(store, draftFor('manual:1', { url: 'chrome://extensions' }), deps)).toEqual({ outcome: 'refused', reason: 'browser-page' });
    expect(await store.read((tx) => tx.items.queueCount())).toBe(4);
  });

  it('attaches a page as one more link of a queued item', async () => {
    const { store } = testStore();
    await seedStore(store);
    const result = await attachToItem(store, draftFor('example.org/draft'), 'q2');
    expect(result.outcome).toBe('attached');
    const item = await store.read((tx) => tx.items.get('q2'));
    expect(item?.links.map((l) => l.url)).toEqual(['https://example.com/page/2?utm_source=feed', 'https://example.org/draft']);
    expect(await store.read((tx) => tx.drafts.get('example.org/draft'))).toBeUndefined();
  });

  it('says the item is gone when it was published or deleted meanwhile', async () => {
    const { store } = testStore();
    await seedStore(store);
    await expect(attachToItem(store, draftFor('example.org/draft'), 'nope')).rejects.toEqual(new Failure('gone'));
  });

  it('keeps and discards drafts', async () => {
    const { store } = testStore();
    await writeDraft(store, draftFor('example.net/x'));
    expect((await store.read((tx) => tx.drafts.get('example.net/x')))?.comment).toBe('Half written');
    await discardDraft(store, 'example.net/x');
    expect(await store.read((tx) => tx.drafts.get('example.net/x'))).toBeUndefined();
  });
});
