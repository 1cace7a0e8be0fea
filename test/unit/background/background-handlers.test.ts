import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers, SNAPSHOT_ALARM, type BackgroundDeps } from '../../../src/background/background-handlers.ts';
import type { Badge } from '../../../src/platform/action.ts';
import { failingWrites, testStore } from '../../helpers/db.ts';
import { makeIssue } from '../../helpers/builders.ts';
import { translator } from '../../helpers/translate.ts';
import { OPENSTACK_PRESET } from '../../../src/core/template/presets.ts';

/** Fakes that hold state: the badge as the toolbar would show it, the menus as created. */
function world(overrides: Partial<BackgroundDeps> = {}) {
  const state = {
    badge: { text: '', color: '', title: '' } as Badge,
    menus: [] as string[],
    alarms: new Map<string, number>(),
    /** One-off alarms, by when they ring. */
    rings: new Map<string, Date>(),
    notifications: [] as { id: string; title: string; message: string }[],
    tabs: [] as string[],
    broadcasts: 0,
    persisted: false,
    now: new Date('2014-07-21T08:00:00Z'),
  };
  let id = 0;
  const deps: BackgroundDeps = {
    store: testStore().store,
    t: translator('en'),
    setBadge: async (badge) => {
      state.badge = badge;
    },
    createMenus: async (titles) => {
      state.menus = [titles.addPage, titles.addLink, titles.addSelection, titles.openPanel];
    },
    ensureAlarm: async (name, period) => void state.alarms.set(name, period),
    alarmIn: async (name, delay) => void state.rings.set(name, new Date(state.now.getTime() + delay * 60_000)),
    notify: async (nid, title, message) => void state.notifications.push({ id: nid, title, message }),
    openTab: async (url) => void state.tabs.push(url),
    extensionUrl: (path) => `chrome-extension://test/${path}`,
    persistStorage: async () => (state.persisted = true),
    broadcastQueueChanged: async () => {
      state.broadcasts++;
    },
    now: () => state.now,
    newId: () => `bg-${++id}`,
    ...overrides,
  };
  return { state, deps, handlers: createBackgroundHandlers(deps) };
}

describe('background handlers', () => {
  it('creates the menus, asks for persistent storage and shows the count on install', async () => {
    const { state, handlers } = world();
    await handlers.installed();
    expect(state.menus).toEqual(['Add page to digest', 'Add link to digest', 'Add selection to digest', 'Open Digest Clipper’s side panel']);
    expect(state.persisted).toBe(true);
    expect(state.alarms.get('daily-check')).toBe(60);
    expect(state.badge).toEqual({ text: '', color: '#c0392b', title: 'Digest Clipper — 0 queued for issue 1' });
  });

  it('adds a link from the context menu under the suggested project, and confirms on the badge', async () => {
    const { state, deps, handlers } = world();
    await deps.store.write((tx) => tx.meta.setTemplate(OPENSTACK_PRESET));
    const result = await handlers.menuClicked({ menuItemId: 'add-link', linkUrl: 'https://github.com/openstack/heat', linkText: 'openstack/heat' }, undefined);
    expect(result?.outcome).toBe('added');
    expect((await deps.store.read((tx) => tx.items.queue())).map((i) => [i.project, i.links[0]?.title])).toEqual([['Heat', 'openstack/heat']]);
    expect(state.badge.text).toBe('1');
    expect(state.badge.title).toBe('Added “openstack/heat” — 1 queued');
    expect(state.broadcasts).toBe(1);
  });

  it('adds the current page from the shortcut, once, and refuses browser pages visibly', async () => {
    const { state, deps, handlers } = world();
    const tab = { id: 1, url: 'https://wiki.openstack.org/wiki/Nova', title: 'Nova - OpenStack' };
    expect((await handlers.command('add-page', tab))?.outcome).toBe('added');
    expect((await handlers.command('add-page', { ...tab, url: 'https://wiki.openstack.org/wiki/Nova#History' }))?.outcome).toBe('already-queued');
    expect(await deps.store.read((tx) => tx.items.queueCount())).toBe(1);
    expect((await handlers.command('add-page', { id: 2, url: 'file:///etc/hosts', title: 'hosts' }))?.outcome).toBe('refused');
    expect(state.badge).toMatchObject({ text: '!', title: 'Not added: a local file' });
    expect(handlers.command('something-else', tab)).toBeUndefined();
  });

  it('adds the page with the selection as its comment, its own address and its day, from "Add selection to digest"', async () => {
    const { deps, handlers } = world({
      readPageFacts: async () => ({ canonical: 'https://example.com/a', publishedTimes: ['2014-07-17T08:00:00Z'], selection: 'ignored: the menu gives the selection' }),
    });
    const result = await handlers.menuClicked({ menuItemId: 'add-selection', selectionText: 'Neutron DVR lands.', pageUrl: 'https://example.com/a?utm_source=x' }, { id: 3, url: 'https://example.com/a?utm_source=x', title: 'DVR' });
    expect(result?.outcome).toBe('added');
    const [item] = await deps.store.read((tx) => tx.items.queue());
    expect(item).toMatchObject({ comment: 'Neutron DVR lands.', eventDate: '2014-07-17', links: [{ url: 'https://example.com/a', title: 'DVR' }] });
  });

  it('keeps the page’s picture where the digest shows pictures, and not where it does not', async () => {
    const readPageFacts = async () => ({ image: '/img/a.png' });
    const plain = world({ readPageFacts });
    await plain.handlers.command('add-page', { id: 4, url: 'https://example.com/a', title: 'A' });
    expect((await plain.deps.store.read((tx) => tx.items.queue()))[0]?.links[0]).not.toHaveProperty('image');
    const pictured = world({ readPageFacts });
    await pictured.deps.store.write(async (tx) => tx.meta.setTemplate({ ...(await tx.meta.template()), items: { ...(await tx.meta.template()).items, picture: { at: 'under', linked: false, titled: false } } }));
    await pictured.handlers.command('add-page', { id: 4, url: 'https://example.com/a', title: 'A' });
    expect((await pictured.deps.store.read((tx) => tx.items.queue()))[0]?.links[0]).toEqual({ url: 'https://example.com/a', title: 'A', image: 'https://example.com/img/a.png' });
  });

  it('keeps how long the page takes to read where the digest gives reading times, and not where it does not', async () => {
    // A page of 1,150 words, counted only when asked (counting lays the page out).
    const readPageFacts = async (_tab: number, asked: { words: boolean }) => (asked.words ? { words: 1150 } : {});
    const plain = world({ readPageFacts });
    await plain.handlers.command('add-page', { id: 4, url: 'https://example.com/a', title: 'A' });
    expect((await plain.deps.store.read((tx) => tx.items.queue()))[0]?.links[0]).not.toHaveProperty('minutes');
    const timed = world({ readPageFacts });
    await timed.deps.store.write(async (tx) => tx.meta.setTemplate({ ...(await tx.meta.template()), items: { ...(await tx.meta.template()).items, readingTime: '({minutes} min read)' } }));
    await timed.handlers.command('add-page', { id: 4, url: 'https://example.com/a', title: 'A' });
    expect((await timed.deps.store.read((tx) => tx.items.queue()))[0]?.links[0]).toEqual({ url: 'https://example.com/a', title: 'A', minutes: 5 });
  });

  it('adds a page as before where the page cannot be read', async () => {
    const { deps, handlers } = world({ readPageFacts: async () => undefined });
    expect((await handlers.command('add-page', { id: 4, url: 'https://example.com/plain', title: 'Plain' }))?.outcome).toBe('added');
    const [item] = await deps.store.read((tx) => tx.items.queue());
    expect(item).toMatchObject({ comment: '', links: [{ url: 'https://example.com/plain', title: 'Plain' }] });
    expect(item?.eventDate).toBeUndefined();
  });

  it('says so on the badge when storage fails, and adds nothing', async () => {
    const { state, deps, handlers } = world();
    const disk = failingWrites(1);
    const result = await handlers.command('add-page', { id: 1, url: 'https://example.com/a', title: 'A' })?.finally(disk.stop);
    expect(result).toMatchObject({ outcome: 'failed', error: { code: 'storage-quota' } });
    expect(state.badge).toMatchObject({ text: '!', title: `Not added: ${translator('en')('errorQuota')} Open the popup to try again.` });
    expect(await deps.store.read((tx) => tx.items.queueCount())).toBe(0);
  });
});

describe('the due date', () => {
  async function withPublished(days: string[]) {
    const w = world();
    await w.deps.store.write(async (tx) => {
      for (const [i, published] of days.entries()) await tx.issues.put(makeIssue({ number: i + 16, title: `第${i + 16}期`, published }));
    });
    return w;
  }

  it('reminds once on the day the issue is due, and opens the export when clicked', async () => {
    const { state, handlers } = await withPublished(['2014-07-06', '2014-07-20']);
    state.now = new Date('2014-08-02T09:00:00Z');
    await handlers.alarm('daily-check');
    expect(state.notifications).toEqual([]);
    expect(state.badge.color).toBe('#d35400');
    state.now = new Date('2014-08-03T09:00:00Z');
    await handlers.alarm('daily-check');
    await handlers.alarm('daily-check');
    expect(state.notifications).toEqual([{ id: 'issue-due', title: 'Issue 18 is due', message: 'It is due today (2014-08-03). Click to open the export.' }]);
    state.now = new Date('2014-08-04T09:00:00Z');
    await handlers.alarm('daily-check');
    expect(state.notifications.map((n) => n.message)).toEqual([
      'It is due today (2014-08-03). Click to open the export.',
      'It was due on 2014-08-03. Click to open the export.',
    ]);
    await handlers.notificationClicked('issue-due');
    expect(state.tabs).toEqual(['chrome-extension://test/src/popup/index.html?view=export']);
  });

  it('says nothing when reminders are off, and leaves the badge its usual colour', async () => {
    const { state, deps, handlers } = await withPublished(['2014-07-06', '2014-07-20']);
    await deps.store.write((tx) => tx.meta.setSettings({ openIssue: {}, reminders: { enabled: false, cadenceDays: null } }));
    state.now = new Date('2014-08-05T09:00:00Z');
    await handlers.alarm('daily-check');
    expect(state.notifications).toEqual([]);
    expect(state.badge.color).toBe('#c0392b');
  });
});

describe('automatic backups', () => {
  it('keeps a snapshot at least daily while items change, not more, a minute after the last change of a run', async () => {
    const { state, deps, handlers } = world();
    const snapshots = async () => (await deps.store.read((tx) => tx.snapshots.list())).map((s) => [s.reason, s.itemCount]);
    const ring = async () => {
      const when = state.rings.get(SNAPSHOT_ALARM);
      if (when === undefined) return false;
      state.rings.delete(SNAPSHOT_ALARM);
      state.now = when;
      await handlers.alarm(SNAPSHOT_ALARM);
      return true;
    };
    await handlers.command('add-page', { id: 1, url: 'https://example.com/1', title: 'One' });
    // Not right after the save: the next popup would wait for it.
    expect(await snapshots()).toEqual([]);
    state.now = new Date(state.now.getTime() + 20_000);
    await handlers.command('add-page', { id: 1, url: 'https://example.com/2', title: 'Two' });
    // A minute after the last change of the run, holding both.
    expect(state.rings.get(SNAPSHOT_ALARM)).toEqual(new Date(state.now.getTime() + 60_000));
    expect(await ring()).toBe(true);
    expect(await snapshots()).toEqual([['daily', 2]]);
    // Another change that day asks for none.
    await handlers.queueChanged();
    expect(await ring()).toBe(false);
    state.now = new Date(state.now.getTime() + 25 * 3_600_000);
    await handlers.command('add-page', { id: 1, url: 'https://example.com/3', title: 'Three' });
    expect(await ring()).toBe(true);
    expect(await snapshots()).toEqual([
      ['daily', 3],
      ['daily', 2],
    ]);
  });
});
