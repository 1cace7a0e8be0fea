import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The accessibility checks every view passes, as rendered in the real browser: an axe-core audit
 * (the test's own script, never shipped), and no text under 12px (Chromium gives extension pages a
 * smaller default size, `body { font-size: 75% }`).
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function violations(page: Page): Promise<string[]> {
  // Evaluated through the debugger, which the extension page's content security policy (rightly
  // no inline scripts) does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

export async function tooSmall(page: Page): Promise<string[]> {
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

/** No axe violation and no text under 12px on the page as it is now. */
export const check = async (page: Page): Promise<void> => {
  expect(await violations(page)).toEqual([]);
  expect(await tooSmall(page)).toEqual([]);
};
