/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/core/model/item.ts';
import { DIST, ExtensionHarness } from './harness.ts';

let h: ExtensionHarness;
beforeAll(async () => {
  h = await ExtensionHarness.launch();
  // OpenStack's digest, its projects and rules, as its editors use it.
  await h.choosePreset('openstack');
});
afterAll(async () => {
  await h?.close();
});

describe('without the popup', () => {
  it('registers the context-menu entries and the shortcut', async () => {
    const sw = await h.worker();
    // Entries are created when the extension is installed, which may still be under way.
    const exists = () =>
      sw.evaluate(async () =>
        Promise.all(
          ['add-page', 'add-link', 'add-selection', 'no-such-entry'].map((id) =>
            chrome.contextMenus.update(id, {}).then(
              () => true,
              () => false,
            ),
          ),
        ),
      );
    await expect.poll(exists).toEqual([true, true, true, false]);
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { commands: Record<string, unknown> };
    expect(Object.keys(manifest.commands)).toContain('add-page');
  });

  it('"Add link to digest" adds the link with its text, filed by the suggestion, and counts it on the badge', async () => {
    await h.dispatch([
      {
        kind: 'menu',
        info: { menuItemId: 'add-link', linkUrl: 'https://blueprints.launchpad.net/neutron/+spec/dvr', linkText: 'DVR blueprint', pageUrl: 'https://example.com/page' },
        tab: { id: 1, url: 'https://example.com/page', title: 'Some page' },
      },
    ]);
    await expect.poll(() => h.badgeText()).toBe('1');
    const items = await h.readStore<Item>('items');
    expect(items.map((i) => [i.links[0]?.url, i.links[0]?.title, i.section, i.project])).toEqual([
      ['https://blueprints.launchpad.net/neutron/+spec/dvr', 'DVR blueprint', '社区跟踪', 'Neutron'],
    ]);
    await expect.poll(() => h.actionTitle()).toBe('Added “DVR blueprint” — 1 queued');
  });

  it('"Add page to digest" and the shortcut add the current page', async () => {
    const url = h.server.page('menu-page', { title: 'Heat convergence' });
    const { page } = await h.openPage(url);
    const shortcutUrl = h.server.page('shortcut', { title: 'Ceilometer alarms' });
    await h.dispatch([
      { kind: 'menu', info: { menuItemId: 'add-page', pageUrl: url }, tab: { id: 2, url, title: 'Heat convergence' } },
      { kind: 'command', name: 'add-page', tab: { id: 3, url: shortcutUrl, title: 'Ceilometer alarms' } },
    ]);
    await expect.poll(() => h.badgeText()).toBe('3');
    const items = await h.readStore<Item>('items');
    expect(items.map((i) => i.links[0]?.title).sort()).toEqual(['Ceilometer alarms', 'DVR blueprint', 'Heat convergence']);
    expect(items.find((i) => i.links[0]?.url === url)?.project).toBe('Heat');
    await page.close();
  });

  it('adds a page already queued only once, and refuses pages that are not web pages, visibly', async () => {
    await h.dispatch([{ kind: 'command', name: 'add-page', tab: { id: 3, url: 'https://blueprints.launchpad.net/neutron/+spec/dvr#x', title: 'x' } }]);
    await expect.poll(() => h.actionTitle()).toBe('Already in the queue: DVR blueprint');
    await h.dispatch([{ kind: 'command', name: 'add-page', tab: { id: 4, url: 'chrome://settings/', title: 'Settings' } }]);
    await expect.poll(() => h.actionTitle()).toBe('Not added: a browser page');
    expect(await h.badgeText()).toBe('!');
    expect(await h.readStore<Item>('items')).toHaveLength(3);
  });

  it('never loses a save when many come at once', async () => {
    await h.dispatch(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0
          ? { kind: 'menu' as const, info: { menuItemId: 'add-link', linkUrl: `https://example.org/burst/${i}`, linkText: `Burst ${i}` } }
          : { kind: 'command' as const, name: 'add-page', tab: { id: 10 + i, url: `https://example.org/burst/${i}`, title: `Burst ${i}` } },
      ),
    );
    const burstItems = async () => (await h.readStore<Item>('items')).filter((i) => i.links[0]?.url.includes('/burst/'));
    await expect.poll(async () => (await burstItems()).length).toBe(40);
    const burst = await burstItems();
    expect(burst).toHaveLength(40);
    expect(new Set(burst.map((i) => i.order)).size).toBe(40);
    for (const item of burst) expect(item.links[0]?.title).toBe(`Burst ${item.links[0]?.url.split('/').pop()}`);
    await expect.poll(() => h.badgeText()).toBe('43');
  });

  it('keeps nothing in memory: a stopped worker starts again and carries on', async () => {
    await (await h.worker()).evaluate(() => {
      (globalThis as { marker?: string }).marker = 'before the stop';
    });
    await h.stopServiceWorker();
    const url = h.server.page('after-restart', { title: 'After restart' });
    const { popup } = await h.capturePopup(url);
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved · 44 in the queue' }).waitFor();
    await expect.poll(() => h.badgeText()).toBe('44');
    const sw = await h.worker();
    expect(await sw.evaluate(() => (globalThis as { marker?: string }).marker)).toBeUndefined();
    await h.dispatch([{ kind: 'command', name: 'add-page', tab: { id: 99, url: 'https://example.org/after-restart-2', title: 'Two' } }]);
    await expect.poll(() => h.badgeText()).toBe('45');
    await popup.close();
  });
});
