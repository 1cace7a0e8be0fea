import { describe, expect, it } from 'vitest';
import { captureCacheOf, checkCaptureCache, readCaptureCache, redrawCaptureCache, type CaptureCache } from '../../../src/app/capture-cache.ts';
import { checkKeptEarlyEdits, keepEarlyEdits, keptEarlyEditsOf, withFormEdits, type KeptEarlyEdits } from '../../../src/app/kept-early-edits.ts';
import { earlyCapture, withEarlyEdits } from '../../../src/app/early-capture.ts';
import { readDigestFacts } from '../../../src/app/capture-context.ts';
import { relearnStaleSuggestions } from '../../../src/app/derived-data.ts';
import { saveCapture } from '../../../src/app/save-capture.ts';
import type { CaptureFields } from '../../../src/core/model/capture-draft.ts';
import { testStore } from '../../helpers/db.ts';
import { draftFor, SEED_TODAY, seedStore } from '../../helpers/seed.ts';

const deps = { now: () => new Date('2015-05-02T10:00:00Z'), newId: () => 'fresh' };

async function seededCache(): Promise<{ cache: CaptureCache; store: ReturnType<typeof testStore>['store'] }> {
  const { store } = testStore();
  await seedStore(store);
  const cache = await readCaptureCache(store, 'en', SEED_TODAY);
  if (!cache) throw new Error('no cache for a seeded digest');
  return { cache, store };
}

const fields = (over: Partial<CaptureFields> = {}): CaptureFields => ({
  url: 'https://example.org/a',
  title: 'A page',
  section: '社区跟踪',
  project: 'Nova',
  comment: '',
  eventDate: '',
  ...over,
});


describe('redrawCaptureCache', () => {
  it('hands the cache as the database has it to the page, and nothing when the read fails', async () => {
    const { cache, store } = await seededCache();
    const kept: unknown[] = [];
    await redrawCaptureCache(store, 'en', SEED_TODAY, (c) => kept.push(c));
    expect(kept).toEqual([cache]);
    const failing = { ...store, read: () => Promise.reject(new Error('closed')) } as typeof store;
    await redrawCaptureCache(failing, 'en', SEED_TODAY, (c) => kept.push(c));
    expect(kept).toHaveLength(1);
  });
});

describe('the capture cache the early form starts from', () => {
  it('holds the headings, the model, the open issue and the queue size, as JSON survives them', async () => {
    const { cache } = await seededCache();
    expect(cache.queueCount).toBe(4);
    expect(cache.template.sections.map((s) => s.name)).toContain('社区跟踪');
    expect(cache.model?.items).toBeGreaterThan(0);
    expect(checkCaptureCache(JSON.parse(JSON.stringify(cache)), 'en')).toEqual(cache);
  });

  it('is none before the digest is known, for another language, another version or anything else', async () => {
    const { store } = testStore();
    expect(captureCacheOf(await readDigestFacts(store, SEED_TODAY), 'en', 0)).toBeUndefined();
    const { cache } = await seededCache();
    expect(checkCaptureCache(cache, 'zh-CN')).toBeUndefined();
    expect(checkCaptureCache({ ...cache, version: 2 }, 'en')).toBeUndefined();
    for (const junk of [undefined, null, 'text', 42, {}, { version: 1, lang: 'en', template: {} }]) expect(checkCaptureCache(junk, 'en')).toBeUndefined();
  });

  it('learns what a save taught: the next page from the same host is suggested where the first was filed', async () => {
    const { store, cache } = await seededCache();
    const tab = { id: 7, url: 'https://ceph-notes.example/posts/2', title: 'Erasure coding, explained' };
    expect(earlyCapture(cache, tab)?.fields.project).not.toBe('Swift');
    await saveCapture(store, draftFor('ceph-notes.example/posts/1', { url: 'https://ceph-notes.example/posts/1', title: 'Tuning object storage', section: '社区跟踪', project: 'Swift' }), deps);
    const after = await readCaptureCache(store, 'en', SEED_TODAY);
    expect(after && earlyCapture(after, tab)?.fields).toMatchObject({ section: '社区跟踪', project: 'Swift' });
    expect(after?.queueCount).toBe(5);
  });
});

describe('the early form for a page', () => {
  it('shows the tab’s title and address and the suggested headings, with the strongest reason', async () => {
    const { cache } = await seededCache();
    const early = earlyCapture(cache, { id: 3, url: 'https://bugs.launchpad.net/neutron/+bug/1', title: '  Router fails  ' });
    expect(early?.fields).toEqual({ url: 'https://bugs.launchpad.net/neutron/+bug/1', title: 'Router fails', section: '社区跟踪', project: 'Neutron', comment: '', eventDate: '' });
    expect(early?.suggestions[0]?.reasons[0]).toEqual({ code: 'url-rule', rule: 'launchpad' });
    expect(early?.page.tabId).toBe(3);
  });

  it('is none where the application must say something first: a browser page, no tab, a page without a title', async () => {
    const { cache } = await seededCache();
    expect(earlyCapture(cache, { id: 1, url: 'chrome://settings', title: 'Settings' })).toBeUndefined();
    expect(earlyCapture(cache, undefined)).toBeUndefined();
    expect(earlyCapture(cache, { id: 1, url: 'https://example.org/x', title: '' })).toBeUndefined();
  });
});

describe('what the editor did in the early form, taken over', () => {
  it('leaves the fields as read when nothing was touched', () => {
    const read = fields({ comment: 'From a draft' });
    expect(withEarlyEdits(read, undefined)).toBe(read);
    expect(withEarlyEdits(read, { fields: fields({ comment: 'ignored' }), touched: [], saveRequested: false })).toBe(read);
  });

  it('puts typed and picked fields over the fresh ones', () => {
    const typed = fields({ comment: 'Typed early', section: '业界动态', project: null });
    expect(withEarlyEdits(fields(), { fields: typed, touched: ['comment', 'section', 'project'], saveRequested: false })).toEqual(typed);
  });

  it('joins a comment typed early to a draft’s or queued item’s own comment: neither is lost', () => {
    const edits = { fields: fields({ comment: 'Typed early' }), touched: ['comment'] as const, saveRequested: false };
    expect(withEarlyEdits(fields({ comment: 'Half written ' }), edits).comment).toBe('Half written\n\nTyped early');
    // Already joined (or typed on top of it): not twice.
    expect(withEarlyEdits(fields({ comment: 'Typed' }), edits).comment).toBe('Typed early');
    // Typed and wiped: the draft's comment stays.
    expect(withEarlyEdits(fields({ comment: 'Half written' }), { ...edits, fields: fields({ comment: '  ' }) }).comment).toBe('Half written');
  });

  it('keeps untouched fields of a draft as the draft had them', () => {
    const draft = fields({ title: 'Edited title', section: '业界动态', project: null, comment: 'Half written' });
    expect(withEarlyEdits(draft, { fields: fields({ comment: 'More' }), touched: ['comment'], saveRequested: true })).toEqual({ ...draft, comment: 'Half written\n\nMore' });
  });
});

describe('a model stored by an older version', () => {
  it('is not used for suggestions nor for the early form, and is learned again when the extension updates', async () => {
    const { store, cache } = await seededCache();
    const current = await store.read((tx) => tx.meta.suggestionModel());
    const old = { ...current, version: 2 } as unknown as NonNullable<typeof current>;
    await store.write((tx) => tx.meta.setSuggestionModel(old));
    expect((await readDigestFacts(store, SEED_TODAY)).model).toBeUndefined();
    expect(checkCaptureCache({ ...cache, model: old }, 'en')).toBeUndefined();
    expect(await relearnStaleSuggestions(store)).toBe(true);
    const relearned = await store.read((tx) => tx.meta.suggestionModel());
    expect(relearned?.version).toBe(current?.version);
    expect(relearned?.items).toBeGreaterThanOrEqual(current?.items ?? Infinity);
    expect((await readDigestFacts(store, SEED_TODAY)).model?.version).toBe(current?.version);
    expect(await relearnStaleSuggestions(store)).toBe(false);
  });
});

describe('typing kept from an early form whose popup closed before the application took over', () => {
  const kept = (over: Partial<KeptEarlyEdits> = {}): KeptEarlyEdits => ({
    page: 'example.org/kept',
    form: 'form-1',
    fields: fields({ url: 'https://example.org/kept', title: 'Kept page', comment: 'Typed before closing' }),
    touched: ['comment'],
    saveRequested: false,
    ...over,
  });

  it('keeps each form’s edits beside the others’, never over them', () => {
    const a = kept({ form: 'a' });
    const b = kept({ form: 'b', page: 'example.org/other' });
    const stored = (list: KeptEarlyEdits[]): unknown => JSON.parse(JSON.stringify(list));
    const both = withFormEdits(keptEarlyEditsOf(stored(withFormEdits([], 'a', a))), 'b', b);
    expect(keptEarlyEditsOf(stored(both))).toEqual([a, b]);
    const aAgain = kept({ form: 'a', fields: fields({ comment: 'More' }) });
    expect(withFormEdits(both, 'a', aAgain)).toEqual([b, aAgain]);
    expect(withFormEdits(both, 'a', undefined)).toEqual([b]);
    expect(keptEarlyEditsOf([a, { form: 'junk' }, null])).toEqual([a]);
    expect(keptEarlyEditsOf(a)).toEqual([]);
  });

  it('makes several closed forms’ typing their pages’ drafts in one write', async () => {
    const { store } = testStore();
    await keepEarlyEdits(store, [kept({ form: 'a' }), kept({ form: 'b', page: 'example.org/other', fields: fields({ url: 'https://example.org/other', comment: 'Other' }) })], new Date('2015-05-02T10:00:00Z'));
    expect((await store.read((tx) => tx.drafts.get('example.org/other')))?.comment).toBe('Other');
    expect((await store.read((tx) => tx.drafts.get('example.org/kept')))?.comment).toBe('Typed before closing');
  });

  it('keeps an author typed there with the rest', async () => {
    const { store } = testStore();
    await keepEarlyEdits(store, [kept({ fields: fields({ url: 'https://example.org/kept', author: 'Jane Doe' }), touched: ['author'] })], new Date('2015-05-02T10:00:00Z'));
    expect((await store.read((tx) => tx.drafts.get('example.org/kept')))?.author).toBe('Jane Doe');
    expect(checkKeptEarlyEdits({ ...kept(), fields: fields({ author: 7 as unknown as string }) })).toBeUndefined();
  });

  it('keeps a kind picked there with the rest', async () => {
    const { store } = testStore();
    await keepEarlyEdits(store, [kept({ fields: fields({ url: 'https://example.org/kept', kind: '🐦' }), touched: ['kind'] })], new Date('2015-05-02T10:00:00Z'));
    expect((await store.read((tx) => tx.drafts.get('example.org/kept')))?.kind).toBe('🐦');
    expect(checkKeptEarlyEdits({ ...kept(), fields: fields({ kind: 7 as unknown as string }) })).toBeUndefined();
    expect(checkKeptEarlyEdits(JSON.parse(JSON.stringify(kept({ touched: ['kind'] }))))?.touched).toEqual(['kind']);
  });

  it('keeps a reading time set there with the rest', async () => {
    const { store } = testStore();
    await keepEarlyEdits(store, [kept({ fields: fields({ url: 'https://example.org/kept', minutes: 7 }), touched: ['minutes'] })], new Date('2015-05-02T10:00:00Z'));
    expect((await store.read((tx) => tx.drafts.get('example.org/kept')))?.minutes).toBe(7);
    expect(checkKeptEarlyEdits({ ...kept(), fields: fields({ minutes: '7' as unknown as number }) })).toBeUndefined();
    expect(checkKeptEarlyEdits(JSON.parse(JSON.stringify(kept({ touched: ['minutes'] }))))?.touched).toEqual(['minutes']);
  });

  it('reads back only what it wrote', () => {
    expect(checkKeptEarlyEdits(JSON.parse(JSON.stringify(kept())))).toEqual(kept());
    expect(checkKeptEarlyEdits({ ...kept(), touched: ['comment', 'evil'] })?.touched).toEqual(['comment']);
    for (const junk of [undefined, null, 'x', {}, { ...kept(), fields: null }, { ...kept(), fields: { url: 1 } }, { ...kept(), form: 3 }]) expect(checkKeptEarlyEdits(junk)).toBeUndefined();
  });

  it('becomes the page’s draft, as the form showed it', async () => {
    const { store } = testStore();
    await keepEarlyEdits(store, [kept()], new Date('2015-05-02T10:00:00Z'));
    expect(await store.read((tx) => tx.drafts.get('example.org/kept'))).toEqual({ key: 'example.org/kept', ...kept().fields, updatedAt: '2015-05-02T10:00:00.000Z' });
  });

  it('joins the draft the page had, keeping what that draft edits', async () => {
    const { store } = testStore();
    await store.write((tx) => tx.drafts.put(draftFor('example.org/kept', { comment: 'Half written', editingId: 'q1', section: '业界动态', project: null })));
    await keepEarlyEdits(store, [kept()], new Date('2015-05-02T10:00:00Z'));
    expect(await store.read((tx) => tx.drafts.get('example.org/kept'))).toMatchObject({ comment: 'Half written\n\nTyped before closing', editingId: 'q1', section: '业界动态', project: null });
  });

  it('writes nothing when nothing was typed', async () => {
    const { store } = testStore();
    await keepEarlyEdits(store, [kept({ touched: [] })], new Date());
    expect(await store.read((tx) => tx.drafts.get('example.org/kept'))).toBeUndefined();
  });
});
