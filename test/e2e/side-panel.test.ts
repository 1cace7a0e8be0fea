import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/core/model/item.ts';
import { ExtensionHarness } from './harness.ts';

/**
 * The side panel: opened from the popup, the same views, following the page being read. Without
 * the optional `tabs` permission (a prompt no test can answer) it reads the pages the browser
 * shares: those the editor clicked the toolbar button on. The panel is not a Playwright page; it
 * is driven like the real popup, through CDP, each step as a user's gesture.
 */
let h: ExtensionHarness;
let panel = '';
beforeAll(async () => {
  h = await ExtensionHarness.launch();
  await h.choosePreset('openstack');
});
afterAll(async () => {
  await h?.close();
});

/** Waits in the panel until `condition` (an expression) holds, and answers `value`. */
const whenInPanel = (condition: string, value: string) =>
  h.evaluateInTarget<string>(panel, `new Promise((resolve) => { const look = () => (${condition}) ? resolve(${value}) : requestAnimationFrame(look); look(); })`);
const title = () => h.evaluateInTarget<string>(panel, `document.getElementById('capture-title')?.value ?? ''`);
const clickIn = (target: string, text: string) =>
  h.evaluateInTarget(
    target,
    `new Promise((resolve) => { const go = () => { const b = [...document.querySelectorAll('button')].find((x) => x.textContent === ${JSON.stringify(text)}); if (!b) return requestAnimationFrame(go); b.click(); resolve(true); }; go(); })`,
  );

describe('the side panel', () => {
  it('opens from the popup, which closes, and shows the page being read', async () => {
    const a = await h.openPage(h.server.page('panel-a', { title: 'Page A: Nova scheduler' }));
    const popupTarget = await h.clickAction(a.page);
    // The popup closes itself once the panel is open; its answer may never come.
    await clickIn(popupTarget, 'Side panel').catch(() => undefined);
    panel = await h.waitForSidePanel();
    await expect.poll(title).toBe('Page A: Nova scheduler');
    await expect.poll(() => h.targetOpen(popupTarget)).toBe(false);
    // Without `tabs`, it says what it could do with it, and why.
    expect(await whenInPanel(`document.querySelector('[aria-label="Follow the page you read"]')`, `'shown'`)).toBe('shown');
  });

  it('follows a tab switch, and takes a page the browser shares when the editor says so', async () => {
    const b = await h.openPage(h.server.page('panel-b', { title: 'Page B: Neutron DVR' }));
    // Turned to B: the panel follows; B's address is not shared yet.
    expect(await whenInPanel(`document.body.textContent.includes('cannot read this page')`, `'followed'`)).toBe('followed');
    // The editor clicks the toolbar button on B (the browser now shares it), then "Use this page".
    const popupTarget = await h.clickAction(b.page);
    await h.evaluateInTarget(popupTarget, 'window.close()').catch(() => undefined);
    await clickIn(panel, 'Use this page');
    await expect.poll(title).toBe('Page B: Neutron DVR');
    // Back to A, shared since its own click: the panel follows at once.
    const a = h.context.pages().find((p) => p.url().includes('panel-a'));
    await a?.bringToFront();
    await expect.poll(title).toBe('Page A: Nova scheduler');
  });

  it('saves from the panel; the popup sees the item at once', async () => {
    await h.evaluateInTarget(
      panel,
      `(() => { const c = document.getElementById('capture-comment'); c.value = 'From the side panel.'; c.dispatchEvent(new Event('input', { bubbles: true })); c.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true })); })()`,
    );
    expect(await whenInPanel(`document.querySelector('.notice-success')`, `document.querySelector('.notice-success').textContent`)).toMatch(/^Saved · \d+ in the queue$/);
    const saved = (await h.readStore<Item>('items')).find((i) => i.comment === 'From the side panel.');
    expect(saved?.links[0]?.title).toBe('Page A: Nova scheduler');
    const a = h.context.pages().find((p) => p.url().includes('panel-a'));
    const popupTarget = await h.clickAction(a!);
    const notice = await h.evaluateInTarget<string>(
      popupTarget,
      `new Promise((resolve) => { const look = () => { const n = [...document.querySelectorAll('.notice-title')].find((x) => x.textContent === 'Already in the queue'); n ? resolve(n.textContent) : requestAnimationFrame(look); }; look(); })`,
    );
    expect(notice).toBe('Already in the queue');
  });
});
