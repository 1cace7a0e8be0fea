/// <reference types="chrome" />
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/core/model/item.ts';
import { parseIssue } from '../../src/core/issue/issue-parser.ts';
import { ExtensionHarness } from './harness.ts';


let h: ExtensionHarness;
beforeAll(async () => {
  h = await ExtensionHarness.launch();
  // OpenStack's digest, its projects and rules, as its editors use it.
  await h.choosePreset('openstack');
});
afterAll(async () => {
  await h?.close();
});

async function clearItems(): Promise<void> {
  const sw = await h.worker();
  await sw.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('digest-clipper');
        open.onsuccess = () => {
          const tx = open.result.transaction('items', 'readwrite');
          tx.objectStore('items').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

describe('nothing that runs', () => {
  it('renders hostile titles, comments and imported issues as text: no handler, no javascript: link, no script runs', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>';
    const url = h.server.page('evil', { title: evil });
    const { popup } = await h.capturePopup(url);
    expect(await popup.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(evil.replace(/\s+/g, ' '));
    await popup.getByRole('textbox', { name: 'Comment' }).fill(`[click](javascript:window.__pwned=3) ${evil} <a href="javascript:window.__pwned=4">a</a>`);
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved ·' }).waitFor();
    await popup.close();

    const issue = [
      '---',
      'layout: post',
      'title: OpenStack社区动态第五期(1216-1226)',
      '---',
      '',
      '## 业界动态',
      `导入的条目 ${evil} [x](javascript:window.__pwned=5)`,
      '<iframe src="javascript:window.__pwned=6"></iframe>',
      '',
    ].join('\n');
    const file = join(tmpdir(), '2013-12-26-evil.md');
    writeFileSync(file, issue);
    const options = await h.context.newPage();
    await options.goto(h.url('src/options/index.html'));
    await options.getByLabel('Import published issues').setInputFiles(file);
    await options.getByRole('button', { name: 'Apply' }).click();
    await options.getByRole('status').filter({ hasText: 'Imported 1 issues.' }).waitFor();
    await options.getByRole('searchbox', { name: 'Search archive' }).fill('导入的条目');
    await options.locator('#archive .result').first().waitFor();

    const { page: viewer, tabId } = await h.openPage(h.server.page('viewer', { title: 'viewer' }));
    await h.clickAction(viewer);
    const exportPage = await h.openPopup(tabId);
    await exportPage.getByRole('tab', { name: 'Export' }).click();
    await exportPage.locator('.rendered p').first().waitFor();

    for (const page of [exportPage, options] as Page[]) {
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('[onerror], [onclick], [onload]').count()).toBe(0);
      const dangerous = await page.locator('a[href^="javascript:" i], iframe, script:not([src])').evaluateAll((els) => els.map((e) => e.outerHTML));
      expect(dangerous).toEqual([]);
    }
    const markdown = await exportPage.getByRole('textbox', { name: 'Markdown' }).inputValue();
    // The export is still a well-formed issue: one item, the page's link recoverable.
    const back = parseIssue(markdown, { today: '2014-01-01' });
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.value.items).toHaveLength(1);
    expect(back.value.items[0]?.links.map((l) => l.url)).toContain(url);
    await options.close();
    await exportPage.close();
  });
});

describe('races', () => {
  it('keeps all of 100 saves made at once from popups, the context menu and the shortcut, each with its own page', async () => {
    await clearItems();
    const popups: Page[] = [];
    const urls: string[] = [];
    for (let i = 0; i < 5; i++) {
      const url = h.server.page(`race-${i}`, { title: `Race popup ${i}` });
      urls.push(url);
      const { popup } = await h.capturePopup(url);
      await popup.getByRole('textbox', { name: 'Comment' }).fill(`popup ${i}`);
      popups.push(popup);
    }
    const background = h.dispatch(
      Array.from({ length: 95 }, (_, i) =>
        i % 2 === 0
          ? { kind: 'menu' as const, info: { menuItemId: 'add-link', linkUrl: `https://example.org/race/${i}`, linkText: `Race ${i}` } }
          : { kind: 'command' as const, name: 'add-page', tab: { id: 1000 + i, url: `https://example.org/race/${i}`, title: `Race ${i}` } },
      ),
    );
    const clicks = popups.map((p) => p.getByRole('button', { name: 'Save' }).click());
    await background;
    await Promise.all(clicks);
    // Each popup confirms its own save in its form.
    await Promise.all(popups.map((p) => p.getByRole('status').filter({ hasText: 'Saved ·' }).waitFor()));
    await expect.poll(async () => (await h.readStore<Item>('items')).length).toBe(100);

    const items = await h.readStore<Item>('items');
    expect(new Set(items.map((i) => i.order)).size).toBe(100);
    for (const item of items) {
      const link = item.links[0] as { url: string; title: string };
      const popup = urls.indexOf(link.url);
      if (popup !== -1) expect([link.title, item.comment]).toEqual([`Race popup ${popup}`, `popup ${popup}`]);
      else expect(link.title).toBe(`Race ${link.url.split('/').pop()}`);
    }
    await Promise.all(popups.map((p) => p.close()));
  });

  it('loses no finished save when the service worker is stopped in the middle of work, and works on', async () => {
    await clearItems();
    // Start a burst without waiting for it, then stop the worker while it is under way.
    await h.dispatch(Array.from({ length: 60 }, (_, i) => ({ kind: 'command' as const, name: 'add-page', tab: { id: 1, url: `https://example.org/burst/${i}`, title: `Burst ${i}` } })));
    const url = h.server.page('during-stop', { title: 'Saved from the popup meanwhile' });
    const { popup } = await h.capturePopup(url);
    await h.stopServiceWorker();
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved ·' }).waitFor();

    const items = await h.readStore<Item>('items');
    expect(items.some((i) => i.links[0]?.url === url)).toBe(true);
    // Whatever the worker had committed is whole: no item holds another page's title.
    for (const item of items.filter((i) => i.links[0]?.url.includes('/burst/'))) {
      expect(item.links[0]?.title).toBe(`Burst ${item.links[0]?.url.split('/').pop()}`);
    }
    await h.dispatch([{ kind: 'command', name: 'add-page', tab: { id: 2, url: 'https://example.org/after', title: 'After' } }]);
    await expect.poll(async () => (await h.readStore<Item>('items')).some((i) => i.links[0]?.url === 'https://example.org/after')).toBe(true);
    expect((await h.readStore<Item>('items')).length).toBe(items.length + 1);
    await popup.close();
  });
});
