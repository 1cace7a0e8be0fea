import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Issue } from '../../src/core/model/issue.ts';
import type { Item } from '../../src/core/model/item.ts';
import { FIXTURES_DIR, fixtureFiles } from '../helpers/corpus.ts';
import { ExtensionHarness } from './harness.ts';

/**
 * An editor's first hour, as issue 12 tells it: the first run points to the import, the dates of
 * a digest silent since 2015 say so, publishing can be undone and any published issue exported
 * again, and a note needs no link.
 */
let h: ExtensionHarness;
beforeAll(async () => {
  h = await ExtensionHarness.launch();
});
afterAll(async () => {
  await h?.close();
});

const pastIssues = fixtureFiles('issues').map((f) => join(FIXTURES_DIR, 'issues', f.name));

async function options(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.url('src/options/index.html'));
  await page.locator('#import').waitFor();
  return page;
}

describe('the first run', () => {
  it('offers the import of past issues, opening the options there, and can be set aside for good', async () => {
    const first = await h.capturePopup(h.server.page('first-run', { title: 'First page' }));
    const offer = first.popup.getByRole('region', { name: 'Start from your digest’s past issues' });
    await offer.waitFor();
    const opened = h.context.waitForEvent('page');
    await offer.getByRole('button', { name: 'Import past issues' }).click();
    const optionsTab = await opened;
    await optionsTab.waitForURL(/options\/index\.html#import$/);
    await optionsTab.locator('#import').waitFor();
    await optionsTab.close();
    await offer.getByRole('button', { name: 'Start without' }).click();
    await expect.poll(() => offer.count()).toBe(0);
    await first.popup.close();
    const again = await h.capturePopup(h.server.page('first-run-again', { title: 'Again' }));
    await again.popup.locator('#capture-comment').waitFor();
    expect(await again.popup.getByRole('region', { name: 'Start from your digest’s past issues' }).count()).toBe(0);
    await again.popup.close();
  });

  it('previews the format with sample items in the editor’s language before any heading or item exists', async () => {
    const page = await options();
    await page.locator('#format-grammar').selectOption('bullet');
    const preview = await page.getByLabel('Preview with sample items (the queue is empty)').inputValue();
    // The sample with a day opens with it, before its link, as a dated list entry does.
    expect(preview).toMatch(/^\* \d{4}-\d{2}-\d{2}: \[Sample 1\]\(https:\/\/example\.com\/sample-1\) - A release/m);
    expect(preview).toContain('* [Sample 2](https://example.com/sample-2) - ');
    expect(preview).toContain('A discussion on the mailing list, summed up:');
    expect(preview).not.toMatch(/OpenStack|BP：|[\u4e00-\u9fff]/);
    // Paragraphs with their addresses bare on the line under them (PostgreSQL Weekly News).
    await page.locator('#format-grammar').selectOption('paragraph');
    await page.getByLabel('Links').selectOption({ label: 'url on its own line' });
    const bare = await page.getByLabel('Preview with sample items (the queue is empty)').inputValue();
    expect(bare).toMatch(/ {2}\nhttps:\/\/example\.com\/sample-1\n/);
    expect(bare).not.toContain('<https://');
    await page.close();
  });
});

describe('a digest silent since 2015', () => {
  it('says it is resting, not overdue by years, and starts the next issue today', async () => {
    const page = await options();
    await page.getByLabel('Import published issues').setInputFiles(pastIssues);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('status').filter({ hasText: `Imported ${pastIssues.length} issues.` }).waitFor();
    await page.getByText('No issue since 2015-04-01: the digest is resting.').waitFor();
    await page.close();
    const { popup } = await h.capturePopup(h.server.page('resting', { title: 'Resting' }));
    await popup.locator('.header').getByText('Quiet since 2015-04-01').waitFor();
    await popup.locator('#tab-export').click();
    await popup.getByText('The digest has been resting for a long while: this issue covers from today.').waitFor();
    const today = new Date().toISOString().slice(0, 10);
    expect(await popup.getByLabel('From').inputValue()).toBe(today);
    await popup.close();
  });
});

describe('publishing', () => {
  it('warns of Markdown never taken out, can be undone exactly, and any issue can be exported again', async () => {
    const { popup } = await h.capturePopup(h.server.page('to-publish', { title: 'To publish' }));
    await popup.locator('#capture-comment').fill('一条要发表的条目。');
    await popup.locator('#capture-comment').press('Control+Enter');
    await popup.locator('.notice-success').waitFor();
    await popup.locator('#tab-export').click();
    await popup.getByRole('button', { name: 'Mark as published' }).click();
    await popup.getByRole('alert').filter({ hasText: 'neither copied nor downloaded' }).waitFor();
    const queued = (await h.readStore<Item>('items')).filter((i) => i.issue === null).map((i) => i.id);
    await popup.getByRole('button', { name: /^Archive \d+ items as issue 104$/ }).click();
    await popup.getByRole('status').filter({ hasText: 'Issue 104 is archived; issue 105 is open.' }).waitFor();
    await popup.locator('.header').getByText('Issue 105').waitFor();
    expect((await h.readStore<Issue>('issues')).map((i) => i.key)).toContain('104');

    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByRole('status').filter({ hasText: /Issue 104 is open again/ }).waitFor();
    await popup.locator('.header').getByText('Issue 104').waitFor();
    expect((await h.readStore<Issue>('issues')).map((i) => i.key)).not.toContain('104');
    expect((await h.readStore<Item>('items')).filter((i) => i.issue === null).map((i) => i.id)).toEqual(queued);
    await popup.close();

    const page = await options();
    await page.locator('#archive-issue').selectOption('103');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download issue 103' }).click();
    expect((await downloading).suggestedFilename()).toBe('2015-03-20-bullets-quotes-dates.md');
    await page.close();
  });
});

describe('the queue', () => {
  it('takes a note with no link, and keeps the keyboard on it', async () => {
    const { popup } = await h.capturePopup(h.server.page('queue-note', { title: 'Queue note' }));
    await popup.locator('#tab-queue').click();
    await popup.getByRole('button', { name: 'Add a note' }).click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await popup.keyboard.type('社区宣布K版本代号：Kilo');
    await popup.keyboard.press('Control+Enter');
    await popup.getByRole('status').filter({ hasText: /^Note added\./ }).waitFor();
    const note = (await h.readStore<Item>('items')).find((i) => i.comment === '社区宣布K版本代号：Kilo');
    expect(note?.links).toEqual([]);
    await expect.poll(() => popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.itemId)).toBe(note?.id);
    await popup.close();
  });
});
