/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Issue } from '../../src/core/model/issue.ts';
import type { Item } from '../../src/core/model/item.ts';
import { parseIssue } from '../../src/core/issue/issue-parser.ts';
import { ExtensionHarness } from './harness.ts';
import type { Page } from 'playwright-core';

let h: ExtensionHarness;
const urls: Record<string, string> = {};

async function capture(id: string, title: string, comment: string, project?: string): Promise<void> {
  urls[id] = h.server.page(id, { title });
  const { popup, page } = await h.capturePopup(urls[id]);
  await popup.getByRole('combobox', { name: 'Section' }).selectOption('社区跟踪');
  if (project) await popup.getByRole('combobox', { name: 'Project' }).selectOption(project);
  await popup.getByRole('textbox', { name: 'Comment' }).fill(comment);
  await popup.getByRole('button', { name: 'Save' }).click();
  await popup.getByRole('status').filter({ hasText: 'Saved ·' }).waitFor();
  await popup.close();
  await page.close();
}

async function queueOrder(): Promise<string[]> {
  return (await h.readStore<Item>('items'))
    .filter((i) => i.issue === null)
    .sort((a, b) => a.order - b.order)
    .map((i) => i.comment);
}

async function openTab(name: 'Queue' | 'Export'): Promise<Page> {
  const { page, tabId } = await h.openPage(h.server.page(`viewer-${name}-${Math.random()}`, { title: 'Viewer' }));
  await h.clickAction(page);
  const popup = await h.openPopup(tabId);
  await popup.getByRole('tab', { name }).click();
  return popup;
}

beforeAll(async () => {
  h = await ExtensionHarness.launch();
  // OpenStack's digest, its projects and rules, as its editors use it.
  await h.choosePreset('openstack');
  await capture('n1', 'Nova one', 'Nova 第一条', 'Nova');
  await capture('n2', 'Nova two', 'Nova 第二条', 'Nova');
  await capture('n3', 'Nova three', 'Nova 第三条', 'Nova');
  await capture('k1', 'Keystone one', 'Keystone 一条', 'Keystone');
});
afterAll(async () => {
  await h?.close();
});

describe('the queue', () => {
  it('lists items grouped by section and project with counts', async () => {
    const popup = await openTab('Queue');
    const nova = popup.getByRole('region', { name: '社区跟踪 › Nova' });
    await nova.waitFor();
    expect(await nova.getByRole('listitem').count()).toBe(3);
    expect(await popup.getByRole('region', { name: '社区跟踪 › Keystone' }).getByRole('listitem').count()).toBe(1);
    await popup.close();
  });

  it('edits an item in place', async () => {
    const popup = await openTab('Queue');
    await popup.getByRole('listitem', { name: 'Nova two' }).getByRole('button', { name: 'Edit' }).click();
    await popup.getByRole('textbox', { name: 'Comment' }).fill('Nova 第二条（改）');
    await popup.getByRole('combobox', { name: 'Project' }).selectOption('Keystone');
    await popup.getByRole('button', { name: 'Done' }).click();
    await popup.getByRole('region', { name: '社区跟踪 › Keystone' }).getByRole('listitem', { name: 'Nova two' }).waitFor();
    const edited = (await h.readStore<Item>('items')).find((i) => i.links[0]?.url === urls.n2);
    expect(edited).toMatchObject({ comment: 'Nova 第二条（改）', project: 'Keystone' });
    await popup.close();
  });

  it('moves items with the keyboard and the buttons', async () => {
    const popup = await openTab('Queue');
    const three = popup.getByRole('listitem', { name: 'Nova three' });
    await three.focus();
    await popup.keyboard.press('Alt+ArrowUp');
    const novaGroup = async (): Promise<string[]> => (await queueOrder()).filter((c) => c === 'Nova 第一条' || c === 'Nova 第三条');
    await expect.poll(novaGroup).toEqual(['Nova 第三条', 'Nova 第一条']);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Nova three');
    await popup.getByRole('listitem', { name: 'Nova three' }).getByRole('button', { name: 'Move down' }).click();
    await expect.poll(novaGroup).toEqual(['Nova 第一条', 'Nova 第三条']);
    await popup.close();
  });

  it('moves an item to another group by dragging it', async () => {
    const popup = await openTab('Queue');
    await popup.getByRole('listitem', { name: 'Keystone one' }).dragTo(popup.getByRole('listitem', { name: 'Nova one' }));
    await popup.getByRole('region', { name: '社区跟踪 › Nova' }).getByRole('listitem', { name: 'Keystone one' }).waitFor();
    const moved = (await h.readStore<Item>('items')).find((i) => i.links[0]?.url === urls.k1);
    expect(moved?.project).toBe('Nova');
    const order = await queueOrder();
    expect(order.indexOf('Keystone 一条')).toBe(order.indexOf('Nova 第一条') - 1);
    await popup.close();
  });

  it('deletes an item and brings it back with Undo', async () => {
    const popup = await openTab('Queue');
    const before = await h.readStore<Item>('items');
    await popup.getByRole('listitem', { name: 'Nova one' }).getByRole('button', { name: 'Delete' }).click();
    await popup.getByRole('status').filter({ hasText: 'Deleted “Nova one”.' }).waitFor();
    await expect.poll(async () => (await h.readStore<Item>('items')).length).toBe(before.length - 1);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByRole('listitem', { name: 'Nova one' }).waitFor();
    const after = await h.readStore<Item>('items');
    expect(after.find((i) => i.links[0]?.url === urls.n1)).toEqual(before.find((i) => i.links[0]?.url === urls.n1));
    await popup.close();
  });
});

describe('export and publish', () => {
  it('shows the draft issue as Markdown and a sanitised preview', async () => {
    const popup = await openTab('Export');
    const markdown = await popup.getByRole('textbox', { name: 'Markdown' }).inputValue();
    expect(markdown).toMatch(/^---\nlayout: post\ntitle: OpenStack社区动态第一期\(\d{4}-\d{4}\)\n/);
    expect(markdown).toContain('## 社区跟踪\n### Nova\n');
    const parsed = parseIssue(markdown, { today: '2026-01-01' });
    expect(parsed.ok && parsed.value.items.map((i) => i.comment).sort()).toEqual(
      ['Keystone 一条', 'Nova 第一条', 'Nova 第三条', 'Nova 第二条（改）'].sort(),
    );
    await popup.locator('.rendered h3', { hasText: 'Nova' }).waitFor();
    expect(await popup.getByRole('textbox', { name: 'Markdown' }).getAttribute('readonly')).not.toBeNull();
    await popup.close();
  });

  it('copies the Markdown and downloads it under the _posts/ file name', async () => {
    await h.grantClipboard();
    const popup = await openTab('Export');
    const markdown = await popup.getByRole('textbox', { name: 'Markdown' }).inputValue();
    await popup.getByRole('button', { name: 'Copy Markdown' }).click();
    await popup.getByRole('status').filter({ hasText: 'Markdown copied.' }).waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
    const downloading = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Download' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-openstack-activity-\d{4}-\d{4}\.md$/);
    expect(readFileSync((await download.path()) as string, 'utf8')).toBe(markdown);
    await popup.close();
  });

  it('lists pre-publish problems: no comment, tracking parameters', async () => {
    const id = 'tracked';
    const { popup: capturePopup } = await h.capturePopup(h.server.page(id, { title: 'Tracked page' }) + '?utm_source=feed');
    await capturePopup.getByRole('button', { name: 'Save' }).click();
    await capturePopup.getByRole('status').filter({ hasText: 'Saved ·' }).waitFor();
    await capturePopup.close();
    const popup = await openTab('Export');
    await popup.getByText('No comment: Tracked page').waitFor();
    await popup.getByText(/Tracking parameters \(utm_source\)/).waitFor();
    await popup.getByRole('button', { name: /^Remove the tracking parameters from .*utm_source=feed$/ }).click();
    await popup.getByText(/Tracking parameters \(/).waitFor({ state: 'detached' });
    await popup.getByRole('status').filter({ hasText: 'Tracking parameters removed from' }).waitFor();
    const cleaned = (await h.readStore<Item>('items')).find((i) => i.links[0]?.title === 'Tracked page');
    expect(cleaned?.links[0]?.url).toBe(h.server.page(id, { title: 'Tracked page' }));
    expect(await popup.getByRole('textbox', { name: 'Markdown' }).inputValue()).not.toContain('utm_source');
    await popup.close();
  });

  it('marks the issue as published, archives the items and opens the next issue', async () => {
    const popup = await openTab('Export');
    const queued = (await h.readStore<Item>('items')).filter((i) => i.issue === null);
    const end = await popup.getByLabel('To').inputValue();
    await popup.getByRole('button', { name: 'Mark as published' }).click();
    await popup.getByRole('button', { name: `Archive ${queued.length} items as issue 1` }).click();
    await popup.getByRole('status').filter({ hasText: 'Issue 1 is archived; issue 2 is open.' }).waitFor();
    const items = await h.readStore<Item>('items');
    expect(items).toHaveLength(queued.length);
    expect(items.every((i) => i.issue === '1')).toBe(true);
    const [issue] = await h.readStore<Issue>('issues');
    expect(issue).toMatchObject({ key: '1', number: 1, period: { end } });
    expect(await popup.getByLabel('Issue', { exact: true }).inputValue()).toBe('2');
    await popup.getByRole('heading', { name: 'Issue 2' }).waitFor();
    expect(await popup.getByLabel('From').inputValue()).toBe(end);
    await expect.poll(() => h.badgeText()).toBe('');
    await popup.close();

    const { popup: next } = await h.capturePopup(urls.n1 as string);
    await next.getByText('Published in issue 1').waitFor();
    await next.getByRole('heading', { name: 'Issue 2' }).waitFor();
    await next.close();
  });
});
