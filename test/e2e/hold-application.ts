import type { Page } from 'playwright-core';
import type { ExtensionHarness } from './harness.ts';

/**
 * Holds the popup's application back: its module script, which the early script appends, is
 * kept from the page until `releaseApplication`. Keys pressed are timed (`__keys`) to show when
 * the hand-over came.
 */
export const HOLD_APPLICATION = `(() => {
  const held = [];
  const append = Element.prototype.append;
  Element.prototype.append = function (...nodes) {
    if (!window.__releaseApp.done && nodes.some((n) => n instanceof HTMLScriptElement && n.type === 'module')) {
      held.push([this, nodes]);
      return;
    }
    return append.apply(this, nodes);
  };
  window.__releaseApp = () => {
    window.__releaseApp.done = true;
    for (const [parent, nodes] of held) append.apply(parent, nodes);
  };
  window.__keys = [];
  addEventListener('keydown', () => window.__keys.push(performance.now()), true);
})();`;

/** The popup for a tab, its application held back, once the early form shows. */
export async function openHeldPopup(h: ExtensionHarness, tabId: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.addInitScript({ content: HOLD_APPLICATION });
  await popup.setViewportSize({ width: 440, height: 720 });
  await popup.emulateMedia({ colorScheme });
  await popup.goto(h.url(`src/popup/index.html?tab=${tabId}`));
  await popup.locator('#capture-comment').waitFor();
  return popup;
}

export function releaseApplication(popup: Page): Promise<void> {
  return popup.evaluate(() => (window as unknown as { __releaseApp: () => void }).__releaseApp());
}
