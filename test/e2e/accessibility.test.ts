import { afterAll, beforeAll, describe, it } from 'vitest';
import { check } from './audit.ts';
import { ExtensionHarness } from './harness.ts';

/**
 * Every view, checked as rendered in the real browser: an axe-core audit (the test's own script,
 * never shipped), and no text under 12px (Chromium gives extension pages a smaller default size,
 * `body { font-size: 75% }`). The popup's three tabs, the side panel and the options page, in
 * English light and Chinese dark.
 */
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
