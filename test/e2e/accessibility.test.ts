import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionHarness } from './harness.ts';

/**
 * Every view, checked as rendered in the real browser: an axe-core audit (the test's own script,
 * never shipped), and no text under 12px (Chromium gives extension pages a smaller default size,
 * `body { font-size: 75% }`). The popup's three tabs, the side panel and the options page, in
 * English light and Chinese dark.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page: Page): Promise<string[]> {
  // Evaluated through the debugger, which the extension page's content security policy (rightly
  // no inline scripts) does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

async function tooSmall(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const control = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || el instanceof HTMLButtonElement;
      const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!control && !text) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 12) small.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className} “${(el.textContent ?? '').trim().slice(0, 30)}” ${size}px`);
    }
    return small;
  });
}

const check = async (page: Page): Promise<void> => {
  expect(await violations(page)).toEqual([]);
  expect(await tooSmall(page)).toEqual([]);
};

describe.each([
  ['en-US', 'light'],
  ['zh-CN', 'dark'],
] as const)('accessibility and text size (%s, %s)', (lang, colorScheme) => {
  let h: ExtensionHarness;
  beforeAll(async () => {
    h = await ExtensionHarness.launch({ lang, colorScheme });
    await h.choosePreset('openstack');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('holds in the popup’s three views', async () => {
    const { popup } = await h.capturePopup(h.server.page('a11y', { title: 'An accessible page' }));
    await check(popup);
    await popup.locator('#capture-comment').fill('Comment.');
    await popup.locator('#capture-comment').press('Control+Enter');
    await popup.locator('.notice-success').waitFor();
    await check(popup);
    await popup.locator('#tab-queue').click();
    await popup.locator('.queue').waitFor();
    await check(popup);
    await popup.locator('#tab-export').click();
    await popup.locator('.rendered').waitFor();
    await check(popup);
    await popup.close();
  });

  it('holds in the side panel', async () => {
    const panel = await h.context.newPage();
    await panel.emulateMedia({ colorScheme });
    await panel.goto(h.url('src/popup/index.html?panel=1'));
    await panel.locator('#app[data-ready]').waitFor();
    await check(panel);
    await panel.close();
  });

  it('holds in the options page', async () => {
    const options = await h.context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.goto(h.url('src/options/index.html'));
    await options.locator('#format').waitFor();
    await check(options);
    await options.close();
  });
});
