/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/core/model/item.ts';
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

describe('capture from the toolbar button', () => {
  it('opens the real popup filled with the page, suggests a project, saves with Ctrl+Enter and closes', async () => {
    const url = h.server.page('real-popup', { title: '[openstack-dev] [nova] Scheduler placement status' });
    const { page } = await h.openPage(url);
    const popupTarget = await h.clickAction(page);
    const form = await h.evaluateInTarget<{ url: string; title: string; project: string; focused: string }>(
      popupTarget,
      `new Promise((resolve) => {
        const read = () => {
          if (!document.querySelector('#app[data-ready]')) return requestAnimationFrame(read);
          resolve({
            url: document.getElementById('capture-url').value,
            title: document.getElementById('capture-title').value,
            project: document.getElementById('capture-project').value,
            focused: document.activeElement?.id ?? '',
          });
        };
        read();
      })`,
    );
    expect(form).toEqual({ url, title: '[openstack-dev] [nova] Scheduler placement status', project: 'Nova', focused: 'capture-comment' });

    await h.evaluateInTarget(
      popupTarget,
      `(() => {
        const comment = document.getElementById('capture-comment');
        comment.value = 'Placement 的进展。';
        comment.dispatchEvent(new Event('input', { bubbles: true }));
        comment.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      })()`,
    );
    await expect.poll(async () => (await h.readStore<Item>('items')).map((i) => [i.comment, i.project, i.links[0]?.url])).toEqual([
      ['Placement 的进展。', 'Nova', url],
    ]);
    await expect.poll(() => h.badgeText()).toBe('1');
    // Saved, said so, and, as clippers do, the popup goes.
    await expect.poll(() => h.targetOpen(popupTarget)).toBe(false);
  });

  it('keeps the real popup open after a save when the editor says so in the options', async () => {
    const options = await h.context.newPage();
    await options.goto(h.url('src/options/index.html'));
    await options.getByLabel(/Close the popup a moment after a save/).uncheck();
    await expect.poll(async () => (await h.readStore<{ key: string; value: { closeAfterSave?: boolean } }>('meta')).find((m) => m.key === 'settings')?.value.closeAfterSave).toBe(false);
    await options.close();
    const { page } = await h.openPage(h.server.page('stays-open', { title: 'Stays open' }));
    const popupTarget = await h.clickAction(page);
    const saidSaved = await h.evaluateInTarget<string>(
      popupTarget,
      `new Promise((resolve) => {
        const go = () => {
          if (!document.querySelector('#app[data-ready]')) return requestAnimationFrame(go);
          document.getElementById('capture-comment').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
          const wait = () => {
            const saved = document.querySelector('.notice-success');
            if (!saved) return requestAnimationFrame(wait);
            // Confirmed, and no close scheduled: the popup stays.
            resolve(saved.textContent + (document.querySelector('form[data-closing]') ? ' (closing)' : ''));
          };
          wait();
        };
        go();
      })`,
    );
    expect(saidSaved).toMatch(/^Saved · \d+ in the queue$/);
    expect(await h.targetOpen(popupTarget)).toBe(true);
    const options2 = await h.context.newPage();
    await options2.goto(h.url('src/options/index.html'));
    await options2.getByLabel(/Close the popup a moment after a save/).check();
    await options2.close();
  });

  it('saves with every field the editor set, from the popup page', async () => {
    const url = h.server.page('full', { title: 'Neutron DVR lands in Juno' });
    const { popup } = await h.capturePopup(url);
    expect(await popup.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Neutron DVR lands in Juno');
    expect(await popup.getByRole('textbox', { name: 'URL' }).inputValue()).toBe(url);
    expect(await popup.getByRole('combobox', { name: 'Project' }).inputValue()).toBe('Neutron');
    // Why, in the interface's words; gone once the editor picks other headings.
    await popup.getByText('Suggested: “Neutron” in the title').waitFor();
    await popup.getByRole('textbox', { name: 'Title' }).fill('Neutron DVR 合入');
    await popup.getByRole('combobox', { name: 'Section' }).selectOption('社区跟踪');
    await popup.getByRole('combobox', { name: 'Project' }).selectOption('Nova');
    await expect.poll(() => popup.getByText(/^Suggested: /).count()).toBe(0);
    await popup.getByRole('textbox', { name: 'Comment' }).fill('分布式路由终于合入。');
    // Nova's saved entries carry no day: the date waits behind a button, and stays once asked for.
    expect(await popup.getByLabel('Event date').count()).toBe(0);
    await popup.getByRole('button', { name: 'Add an event date' }).click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('capture-date');
    await popup.getByLabel('Event date').fill('2014-07-28');
    await popup.getByRole('combobox', { name: 'Project' }).selectOption('Neutron');
    await popup.getByRole('combobox', { name: 'Project' }).selectOption('Nova');
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved · 3 in the queue' }).waitFor();
    const saved = (await h.readStore<Item>('items')).find((i) => i.links[0]?.url === url);
    expect(saved).toMatchObject({
      section: '社区跟踪',
      project: 'Nova',
      comment: '分布式路由终于合入。',
      eventDate: '2014-07-28',
      issue: null,
      links: [{ url, title: 'Neutron DVR 合入' }],
    });
    await popup.close();
  });
});

describe('the same page again', () => {
  it('says "Already in the queue" and edits that item', async () => {
    const url = h.server.page('again', { title: 'Keystone tokens compressed' });
    const first = await h.capturePopup(url);
    await first.popup.getByRole('textbox', { name: 'Comment' }).fill('PKI token 压缩。');
    await first.popup.getByRole('button', { name: 'Save' }).click();
    await first.popup.getByRole('status').filter({ hasText: 'Saved ·' }).waitFor();
    const before = (await h.readStore<Item>('items')).length;
    await first.popup.close();

    const popup = await h.openPopup(first.tabId);
    await popup.getByText('Already in the queue').waitFor();
    expect(await popup.getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('PKI token 压缩。');
    await popup.getByRole('textbox', { name: 'Comment' }).fill('PKI token 压缩，减轻 Keystone 负担。');
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved · the queued item is updated' }).waitFor();
    const items = await h.readStore<Item>('items');
    expect(items).toHaveLength(before);
    expect(items.filter((i) => i.links[0]?.url === url).map((i) => i.comment)).toEqual(['PKI token 压缩，减轻 Keystone 负担。']);
    await popup.close();
  });

  it('finds the page by its canonical URL: www, tracking parameters and fragments do not matter', async () => {
    const url = h.server.page('canonical', { title: 'Canonical page' });
    const first = await h.capturePopup(url);
    await first.popup.getByRole('button', { name: 'Save' }).click();
    await first.popup.getByRole('status').filter({ hasText: 'Saved ·' }).waitFor();
    const { popup } = await h.capturePopup(`${url}?utm_source=twitter&utm_medium=social#comments`);
    await popup.getByText('Already in the queue').waitFor();
  });
});

describe('what the editor types', () => {
  it('keeps the Save button where it is at the first keystroke: Discard draft holds its place, unseen until there is a draft', async () => {
    const { popup, page } = await h.capturePopup(h.server.page('steady-row', { title: 'A steady row' }));
    const save = popup.getByRole('button', { name: 'Save', exact: true });
    const before = await save.boundingBox();
    expect(await popup.getByRole('button', { name: 'Discard draft' }).count()).toBe(0);
    await popup.getByRole('textbox', { name: 'Comment' }).pressSequentially('W');
    await popup.getByRole('button', { name: 'Discard draft' }).waitFor();
    expect(await save.boundingBox()).toEqual(before);
    await popup.close();
    await page.close();
  });

  it('survives the popup closing and is there on reopening for the same page, until discarded', async () => {
    const url = h.server.page('draft', { title: 'Draft survival' });
    const { popup, tabId } = await h.capturePopup(url);
    await popup.getByRole('textbox', { name: 'Comment' }).pressSequentially('还没写完的点评');
    await popup.getByRole('combobox', { name: 'Section' }).selectOption('业界动态');
    await popup.close();

    const again = await h.openPopup(tabId);
    await again.getByText('Your unsaved draft is back.').waitFor();
    expect(await again.getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('还没写完的点评');
    expect(await again.getByRole('combobox', { name: 'Section' }).inputValue()).toBe('业界动态');
    await again.getByRole('button', { name: 'Discard draft' }).click();
    await again.getByRole('status').filter({ hasText: 'Draft discarded.' }).waitFor();
    expect(await again.getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('');
    await again.close();

    const fresh = await h.openPopup(tabId);
    expect(await fresh.getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('');
    expect(await fresh.getByText('Your unsaved draft is back.').count()).toBe(0);
    await fresh.close();
  });

  it('an Enter that confirms an input-method candidate does not save', async () => {
    const url = h.server.page('ime', { title: 'IME page' });
    const { popup } = await h.capturePopup(url);
    const comment = popup.getByRole('textbox', { name: 'Comment' });
    await comment.fill('中文');
    const before = (await h.readStore<Item>('items')).length;
    await comment.dispatchEvent('keydown', { key: 'Enter', ctrlKey: true, isComposing: true, keyCode: 229 });
    await comment.press('Enter');
    expect((await h.readStore<Item>('items')).length).toBe(before);
    await comment.press('Control+Enter');
    await popup.getByRole('status').filter({ hasText: 'Saved ·' }).waitFor();
    expect((await h.readStore<Item>('items')).length).toBe(before + 1);
    await popup.close();
  });
});

describe('attach to a queued item', () => {
  it('adds this page as another link of an item already in the queue', async () => {
    const spec = h.server.page('spec', { title: 'Spec: neutron DVR' });
    const review = h.server.page('review', { title: 'Review: neutron DVR patch' });
    const first = await h.capturePopup(spec);
    await first.popup.getByRole('textbox', { name: 'Comment' }).fill('DVR 的规格和评审。');
    await first.popup.getByRole('button', { name: 'Save' }).click();
    await first.popup.getByRole('status').filter({ hasText: 'Saved ·' }).waitFor();
    await first.popup.close();
    const count = (await h.readStore<Item>('items')).length;

    const { popup } = await h.capturePopup(review);
    await popup.getByLabel('Attach to a queued item').selectOption({ label: 'Spec: neutron DVR' });
    await popup.getByRole('button', { name: 'Attach' }).click();
    await popup.getByRole('status').filter({ hasText: 'Attached to “Spec: neutron DVR”.' }).waitFor();
    const items = await h.readStore<Item>('items');
    expect(items).toHaveLength(count);
    expect(items.find((i) => i.links[0]?.url === spec)?.links).toEqual([
      { url: spec, title: 'Spec: neutron DVR' },
      { url: review, title: 'Review: neutron DVR patch' },
    ]);
    await popup.close();
  });
});

describe('what the page says about itself', () => {
  it('fills an empty comment with the selection, the URL with the page’s canonical address, the date with its publication, and offers its description', async () => {
    const canonical = h.server.page('facts-canonical', { title: 'Canonical' });
    const url = h.server.page('facts', {
      title: 'Cinder volume replication in Juno',
      head: `<link rel="canonical" href="${canonical}"><meta name="description" content="Replication between backends, explained."><meta property="article:published_time" content="2014-07-17T09:00:00+08:00">`,
      body: '<p id="lead">Cinder gains volume replication between backends.</p><p>More text.</p>',
    });
    const { page, tabId } = await h.openPage(url);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('lead') as HTMLElement);
      getSelection()?.addRange(range);
    });
    await h.clickAction(page);
    const popup = await h.openPopup(tabId);
    await expect.poll(() => popup.getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('Cinder gains volume replication between backends.');
    expect(await popup.getByRole('textbox', { name: 'URL' }).inputValue()).toBe(canonical);
    expect(await popup.getByLabel('Event date').inputValue()).toBe('2014-07-17');
    await popup.getByRole('button', { name: 'Use the page’s description: “Replication between backends, explained.”' }).click();
    expect(await popup.getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('Cinder gains volume replication between backends.\n\nReplication between backends, explained.');
    await popup.close();
    await page.close();
  });

  it('takes the site’s name off the page’s title where the page names its site, and keeps a title the editor typed', async () => {
    const named = h.server.page('titled', { title: 'Cinder volume replication in Juno | Kite Blog', head: '<meta property="og:site_name" content="Kite Blog">' });
    const first = await h.capturePopup(named);
    await expect.poll(() => first.popup.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Cinder volume replication in Juno');
    await first.popup.close();
    await first.page.close();
    // Typed before the page is read: the editor's stays.
    const typed = h.server.page('titled-typed', { title: 'Swift rings | Kite Blog', head: '<meta property="og:title" content="Swift rings">' });
    const second = await h.capturePopup(typed);
    const title = second.popup.getByRole('textbox', { name: 'Title' });
    await title.fill('Swift rings, explained');
    await second.popup.getByRole('textbox', { name: 'Comment' }).fill('Rings.');
    await second.popup.getByRole('button', { name: 'Save' }).click();
    await second.popup.getByRole('status').filter({ hasText: 'Saved ·' }).waitFor();
    expect((await h.readStore<Item>('items')).find((i) => i.links[0]?.url === typed)?.links[0]?.title).toBe('Swift rings, explained');
    await second.popup.close();
    await second.page.close();
  });

  it('leaves a page without them as it was, and never overwrites what the editor typed', async () => {
    const { popup } = await h.capturePopup(h.server.page('no-facts', { title: 'No facts here' }));
    await popup.getByRole('textbox', { name: 'Comment' }).waitFor();
    expect(await popup.getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('');
    expect(await popup.getByRole('textbox', { name: 'URL' }).inputValue()).toBe(h.server.page('no-facts', { title: 'No facts here' }));
    // No day from the page: no date, whether the heading shows the field or keeps it behind a button.
    const date = popup.getByLabel('Event date');
    expect((await date.count()) === 0 ? '' : await date.inputValue()).toBe('');
    await popup.close();
  });
});

describe('pages the extension cannot read', () => {
  it('says why, checks and files a URL and title typed by hand as it would the page’s, and saves them', async () => {
    // A page queued before, to be typed again by hand.
    const queued = h.server.page('queued-before', { title: 'Queued before' });
    const first = await h.capturePopup(queued);
    await first.popup.getByRole('button', { name: 'Save' }).click();
    await first.popup.getByRole('status').filter({ hasText: 'Saved ·' }).waitFor();
    await first.popup.close();

    const { page, tabId } = await h.openPage('chrome://version');
    await h.clickAction(page);
    const popup = await h.openPopup(tabId);
    await popup.getByText('Digest Clipper cannot read this page (the browser does not share the address of its own pages or the web store)').waitFor();
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('capture-url');
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByRole('alert').filter({ hasText: 'Type the page’s address (http or https) to save it.' }).waitFor();

    // Typed by hand: the duplicate check and the suggestion follow what is typed.
    await popup.getByRole('textbox', { name: 'URL' }).fill(queued);
    await popup.getByText('This address is already in the queue, as “Queued before”.').waitFor();
    await popup.getByRole('textbox', { name: 'Title' }).fill('[openstack-dev] [nova] Typed by hand');
    await expect.poll(() => popup.getByRole('combobox', { name: 'Project' }).inputValue()).toBe('Nova');
    await popup.getByRole('textbox', { name: 'URL' }).fill('https://www.openstack.org/blog/typed-by-hand/');
    await expect.poll(() => popup.getByText('already in the queue').count()).toBe(0);
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved ·' }).waitFor();
    const saved = (await h.readStore<Item>('items')).find((i) => i.links[0]?.url === 'https://www.openstack.org/blog/typed-by-hand/');
    expect(saved?.links[0]?.title).toBe('[openstack-dev] [nova] Typed by hand');
    expect(saved?.project).toBe('Nova');
    await popup.close();
  });

  it('uses the URL for a page with no title, and says so', async () => {
    const url = h.server.page('untitled', {});
    const { popup } = await h.capturePopup(url);
    await popup.getByText('This page has no title').waitFor();
    expect(await popup.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(url);
    await popup.close();
  });
});
