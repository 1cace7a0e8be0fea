import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionHarness } from './harness.ts';

/**
 * Text an editor reads all day: nothing under 12px in any view. Chromium gives extension pages a
 * smaller default size (`body { font-size: 75% }`), so sizes are checked as rendered, in the
 * real browser, in both languages.
 */
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

describe.each(['en-US', 'zh-CN'])('text size (%s)', (lang) => {
  let h: ExtensionHarness;
  beforeAll(async () => {
    h = await ExtensionHarness.launch({ lang });
    await h.choosePreset('openstack');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is at least 12px in every view of the popup', async () => {
    const { popup } = await h.capturePopup(h.server.page('readable', { title: 'A page to read' }));
    expect(await tooSmall(popup)).toEqual([]);
    await popup.locator('#capture-comment').fill('A comment.');
    await popup.locator('#capture-comment').press('Control+Enter');
    await popup.locator('.notice-success').waitFor();
    expect(await tooSmall(popup)).toEqual([]);
    await popup.locator('#tab-queue').click();
    await popup.locator('.queue').waitFor();
    expect(await tooSmall(popup)).toEqual([]);
    await popup.locator('#tab-export').click();
    await popup.locator('.rendered').waitFor();
    expect(await tooSmall(popup)).toEqual([]);
  });

  it('is at least 12px in the options page', async () => {
    const options = await h.context.newPage();
    await options.goto(h.url('src/options/index.html'));
    await options.locator('#format').waitFor();
    expect(await tooSmall(options)).toEqual([]);
  });
});
