/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureDraft } from '../../src/core/model/capture-draft.ts';
import type { Item } from '../../src/core/model/item.ts';
import type { Page } from 'playwright-core';
import { ExtensionHarness } from './harness.ts';
import { openHeldPopup, releaseApplication } from './hold-application.ts';

/*
 * The popup paints its form from one classic script and the cache of the digest's headings,
 * then loads the application, which takes the form over. These tests hold the application back
 * (see hold-application.ts), so what happens in the early form, and across the hand-over, is
 * certain rather than a matter of timing.
 */


let h: ExtensionHarness;
beforeAll(async () => {
  h = await ExtensionHarness.launch();
  await h.choosePreset('openstack');
  // The first popup reads the database and leaves the cache the next ones start from.
  const { popup } = await h.capturePopup(h.server.page('warm-up', { title: 'Warm-up page' }));
  await popup.close();
});
afterAll(async () => {
  await h?.close();
});

const release = releaseApplication;

/** What the popup shows: which form, its fields and its notices' words. */
function shownForm(popup: Page) {
  return popup.evaluate(() => ({
    appShown: !(document.getElementById('app') as HTMLElement).hidden,
    title: (document.getElementById('capture-title') as HTMLTextAreaElement).value,
    project: (document.getElementById('capture-project') as HTMLSelectElement).value,
    comment: (document.getElementById('capture-comment') as HTMLTextAreaElement).value,
    notices: [...document.querySelectorAll('form.capture .notice')].map((n) => n.textContent?.trim() ?? ''),
  }));
}

/** A test page whose action was clicked, and its popup with the application held back. */
async function heldPopupFor(id: string, title: string) {
  const url = h.server.page(id, { title });
  const { page, tabId } = await h.openPage(url);
  await h.clickAction(page);
  const popup = await openHeldPopup(h, tabId);
  const close = async (): Promise<void> => {
    await popup.close();
    await page.close();
  };
  return { url, tabId, popup, close };
}

describe('the early form', () => {
  it('shows the page’s title, address and suggested project, with why, before the application loads', async () => {
    const { url, popup, close } = await heldPopupFor('early-suggest', '[openstack-dev] [nova] Cells v2 status');
    const early = await popup.evaluate(() => ({
      appShown: !(document.getElementById('app') as HTMLElement).hidden,
      title: (document.getElementById('capture-title') as HTMLTextAreaElement).value,
      url: (document.getElementById('capture-url') as HTMLInputElement).value,
      project: (document.getElementById('capture-project') as HTMLSelectElement).value,
      why: document.querySelector('.why')?.textContent ?? '',
      focused: document.activeElement?.id,
      marks: performance.getEntriesByType('mark').map((m) => m.name),
    }));
    expect(early).toMatchObject({ appShown: false, title: '[openstack-dev] [nova] Cells v2 status', url, project: 'Nova', focused: 'capture-comment' });
    expect(early.why).toContain('nova');
    expect(early.marks).toContain('digest-clipper:form-ready');
    expect(early.marks).not.toContain('digest-clipper:app-ready');
    await release(popup);
    await popup.locator('#app[data-ready]').waitFor();
    expect(await popup.locator('#capture-project').count()).toBe(1);
    await close();
  });

  it('loses no keystroke across the hand-over: typing before, during and after the application takes over', async () => {
    const { url, popup, close } = await heldPopupFor('early-typing', 'Typing while the popup loads');
    await popup.keyboard.type('Before. ');
    const during = 'During the hand-over, one key at a time. ';
    // The application is let go while the keys keep coming.
    await Promise.all([popup.keyboard.type(during, { delay: 15 }), popup.waitForTimeout(30).then(() => release(popup))]);
    await popup.locator('#app[data-ready]').waitFor();
    await popup.keyboard.type('After.');
    const typed = `Before. ${during}After.`;
    expect(await popup.locator('#capture-comment').inputValue()).toBe(typed);
    // The application took over while keys were still being typed.
    const [first, last, takeover] = await popup.evaluate(() => {
      const keys = (window as unknown as { __keys: number[] }).__keys;
      return [keys[0], keys[keys.length - 1], performance.getEntriesByName('digest-clipper:app-ready')[0]?.startTime];
    });
    expect(takeover).toBeGreaterThan(first as number);
    expect(takeover).toBeLessThan(last as number);
    // Kept as the page's draft, then saved as typed.
    await expect.poll(async () => (await h.readStore<CaptureDraft>('drafts')).find((d) => d.url === url)?.comment).toBe(typed);
    await popup.keyboard.press('Control+Enter');
    await expect.poll(async () => (await h.readStore<Item>('items')).find((i) => i.links[0]?.url === url)?.comment).toBe(typed);
    await close();
  });

  it('keeps the keyboard where the editor put it: in the title, mid-word', async () => {
    const { popup, close } = await heldPopupFor('early-caret', 'Placement API');
    await popup.locator('#capture-title').focus();
    // The caret after "Placement".
    await popup.evaluate(() => (document.getElementById('capture-title') as HTMLTextAreaElement).setSelectionRange(9, 9));
    await release(popup);
    await popup.locator('#app[data-ready]').waitFor();
    await popup.keyboard.type(' service');
    expect(await popup.locator('#capture-title').inputValue()).toBe('Placement service API');
    await close();
  });

  it('makes the save asked for in the early form as soon as the application takes over', async () => {
    const { url, popup, close } = await heldPopupFor('early-save', '[openstack-dev] [neutron] DVR notes');
    await popup.keyboard.type('Saved before the application was there.');
    await popup.keyboard.press('Control+Enter');
    expect(await popup.locator('button.primary[disabled]').count()).toBe(1);
    await release(popup);
    await expect.poll(async () => (await h.readStore<Item>('items')).find((i) => i.links[0]?.url === url)).toMatchObject({
      comment: 'Saved before the application was there.',
      project: 'Neutron',
    });
    await popup.locator('.notice-success').waitFor();
    await close();
  });

  it('opens a page with a draft on its draft, with the notice, before the application loads; typing goes on from it', async () => {
    const url = h.server.page('early-draft', { title: 'A page with a draft' });
    const { page, tabId } = await h.openPage(url);
    await h.clickAction(page);
    const first = await h.openPopup(tabId);
    await first.locator('#capture-comment').fill('Half written');
    await first.locator('#capture-section').selectOption('社区跟踪');
    await first.locator('#capture-project').selectOption('Neutron');
    await expect.poll(async () => (await h.readStore<CaptureDraft>('drafts')).find((d) => d.url === url)?.comment).toBe('Half written');
    await first.close();
    const popup = await openHeldPopup(h, tabId);
    // The early form reads the page's draft itself: the application is still held back.
    await expect.poll(() => popup.locator('#capture-comment').inputValue()).toBe('Half written');
    const early = await shownForm(popup);
    expect(early).toMatchObject({ appShown: false, project: 'Neutron', notices: ['Your unsaved draft is back.'] });
    await popup.keyboard.type(' More');
    await release(popup);
    await popup.locator('#app[data-ready]').waitFor();
    // The application opens on the same form: nothing moves, nothing is lost.
    expect(await shownForm(popup)).toEqual({ ...early, appShown: true, comment: 'Half written More' });
    await popup.keyboard.type('!');
    expect(await popup.locator('#capture-comment').inputValue()).toBe('Half written More!');
    await popup.close();
    await page.close();
  });

  it('opens a queued page on its item, with the notice, before the application loads', async () => {
    const { page, popup: saving, tabId } = await h.capturePopup(h.server.page('early-queued', { title: 'A page already queued' }));
    await saving.locator('#capture-comment').fill('Queued words');
    await saving.locator('#capture-section').selectOption('社区跟踪');
    await saving.locator('#capture-project').selectOption('Cinder');
    await saving.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await h.readStore<Item>('items')).find((i) => i.comment === 'Queued words')?.project).toBe('Cinder');
    await saving.close().catch(() => undefined);
    const popup = await openHeldPopup(h, tabId);
    await expect.poll(() => popup.locator('#capture-comment').inputValue()).toBe('Queued words');
    const early = await shownForm(popup);
    expect(early).toMatchObject({ appShown: false, project: 'Cinder' });
    expect(early.notices).toHaveLength(1);
    await release(popup);
    await popup.locator('#app[data-ready]').waitFor();
    expect(await shownForm(popup)).toEqual({ ...early, appShown: true });
    await popup.close();
    await page.close();
  });

  it('holds the attach box’s place while the queue is unread, so the popup does not grow when the application takes over', async () => {
    const { page: saved, popup: saving } = await h.capturePopup(h.server.page('early-attach-target', { title: 'A page to attach to' }));
    await saving.locator('#capture-comment').fill('Attach here');
    await saving.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await h.readStore<Item>('items')).some((i) => i.comment === 'Attach here')).toBe(true);
    // The cache the next popup starts from counts it (written just after the save's confirmation).
    await expect.poll(() => saving.evaluate(() => JSON.parse(localStorage.getItem('digest-clipper:capture-cache') ?? '{}').queueCount ?? 0)).toBeGreaterThan(0);
    await saving.close().catch(() => undefined);
    await saved.close();

    const { popup, close } = await heldPopupFor('early-attach', 'A page for a queued item');
    const box = () =>
      popup.evaluate(() => {
        const select = document.getElementById('capture-attach') as HTMLSelectElement | null;
        return { shown: select !== null, disabled: select?.disabled, options: select?.options.length ?? 0, height: document.querySelector('form.capture')?.getBoundingClientRect().height };
      });
    const early = await box();
    expect(early).toMatchObject({ shown: true, disabled: true, options: 1 });
    await release(popup);
    await popup.locator('#app[data-ready]').waitFor();
    await expect.poll(async () => (await box()).options).toBeGreaterThan(1);
    const taken = await box();
    expect(taken).toMatchObject({ shown: true, disabled: false });
    expect(taken.height).toBe(early.height);
    await close();
  });

  it('keeps what was typed when the popup closes before the application takes over: the next popup has it, with its own early typing', async () => {
    const { url, tabId, popup, close } = await heldPopupFor('early-closed', 'A popup closed too soon');
    await popup.keyboard.type('Typed, then the popup went');
    // Closed with the application never loaded.
    await popup.close();
    // The next popup's early form is typed in too before its application takes over.
    const again = await openHeldPopup(h, tabId);
    await again.keyboard.type('And more');
    await release(again);
    await again.locator('#app[data-ready]').waitFor();
    expect(await again.locator('#capture-comment').inputValue()).toBe('Typed, then the popup went\n\nAnd more');
    await expect.poll(async () => (await h.readStore<CaptureDraft>('drafts')).find((d) => d.url === url)?.comment).toBe('Typed, then the popup went\n\nAnd more');
    expect(await again.evaluate(() => localStorage.getItem('digest-clipper:early-edits'))).toBe('[]');
    await again.close();
    await close();
  });

  it('has its styles in the page and loads them no second time, once the queue and export views are opened', async () => {
    const { page, popup } = await h.capturePopup(h.server.page('styles-once', { title: 'Styles once' }));
    await popup.getByRole('tab', { name: 'Queue' }).click();
    await popup.locator('.queue').waitFor();
    await popup.getByRole('tab', { name: 'Export' }).click();
    await popup.locator('textarea.markdown').waitFor();
    // The lazy views' loader adds a stylesheet link when it sees none for their styles.
    expect(await popup.evaluate(() => [...document.styleSheets].map((sheet) => sheet.ownerNode?.nodeName))).toEqual(['STYLE']);
    await popup.close();
    await page.close();
  });

  it('is drawn afresh by the options page after a change there, so the next popup shows the early form at once', async () => {
    const options = await h.context.newPage();
    await options.goto(h.url('src/options/index.html'));
    const cached = () => options.evaluate(() => localStorage.getItem('digest-clipper:capture-cache') !== null);
    await options.evaluate(() => localStorage.removeItem('digest-clipper:capture-cache'));
    // A change saved in the options page: the digest's rhythm.
    await options.locator('#cadence-days').fill('9');
    await options.locator('#cadence-days').press('Tab');
    await expect.poll(cached, { timeout: 10_000 }).toBe(true);
    const { popup, close } = await heldPopupFor('early-after-options', '[openstack-dev] [neutron] DVR notes');
    const early = await shownForm(popup);
    expect(early).toMatchObject({ appShown: false, title: '[openstack-dev] [neutron] DVR notes', project: 'Neutron' });
    await release(popup);
    await close();
    await options.close();
  });

  it('opens the application’s own form when the cache cannot be drawn from, and writes it afresh', async () => {
    const { page, tabId } = await h.openPage(h.server.page('early-broken-cache', { title: 'A broken cache' }));
    await h.clickAction(page);
    const popup = await h.context.newPage();
    // Passes the cache's check, breaks the drawing: a header without its due state.
    await popup.goto(h.url('src/popup/index.html?view=queue'));
    await popup.evaluate(() => {
      const key = 'digest-clipper:capture-cache';
      const cache = JSON.parse(localStorage.getItem(key) as string);
      cache.status.due = null;
      localStorage.setItem(key, JSON.stringify(cache));
    });
    await popup.goto(h.url(`src/popup/index.html?tab=${tabId}`));
    await popup.locator('#app[data-ready]').waitFor();
    expect(await popup.locator('#app').isVisible()).toBe(true);
    expect(await popup.locator('#capture-title').inputValue()).toBe('A broken cache');
    await expect.poll(() => popup.evaluate(() => JSON.parse(localStorage.getItem('digest-clipper:capture-cache') as string).status.due)).not.toBeNull();
    await popup.close();
    await page.close();
  });
});
