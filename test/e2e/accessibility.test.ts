import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionHarness } from './harness.ts';

/**
 * An axe-core audit of every view, in the real browser: the popup's three tabs, the side panel
 * and the options page, light and dark. axe runs in the page (a test's own script, never shipped).
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page: Page): Promise<string[]> {
  // Evaluated through the debugger, which the extension page's content security policy (rightly
  // no inline scripts) does not govern.
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  return found;
}

describe.each(['light', 'dark'] as const)('accessibility (%s)', (colorScheme) => {
  let h: ExtensionHarness;
  beforeAll(async () => {
    h = await ExtensionHarness.launch({ colorScheme });
    await h.choosePreset('openstack');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('finds no violations in the popup’s three views', async () => {
    const { popup } = await h.capturePopup(h.server.page('a11y', { title: 'An accessible page' }));
    expect(await violations(popup)).toEqual([]);
    await popup.locator('#capture-comment').fill('Comment.');
    await popup.locator('#capture-comment').press('Control+Enter');
    await popup.locator('.notice-success').waitFor();
    await popup.locator('#tab-queue').click();
    await popup.locator('.queue').waitFor();
    expect(await violations(popup)).toEqual([]);
    await popup.locator('#tab-export').click();
    await popup.locator('.rendered').waitFor();
    expect(await violations(popup)).toEqual([]);
    await popup.close();
  });

  it('finds no violations in the side panel', async () => {
    const panel = await h.context.newPage();
    await panel.emulateMedia({ colorScheme });
    await panel.goto(h.url('src/popup/index.html?panel=1'));
    await panel.locator('#app[data-ready]').waitFor();
    expect(await violations(panel)).toEqual([]);
    await panel.close();
  });

  it('finds no violations in the options page', async () => {
    const options = await h.context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.goto(h.url('src/options/index.html'));
    await options.locator('#format').waitFor();
    expect(await violations(options)).toEqual([]);
    await options.close();
  });
});
