/// <reference types="chrome" />
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/core/model/item.ts';
import { CORPUS_DIR, corpusAvailable, corpusFiles, FIXTURES_DIR, fixtureFiles } from '../helpers/corpus.ts';
import { ExtensionHarness } from './harness.ts';

let h: ExtensionHarness;
let options: Page;

async function openOptions(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.url('src/options/index.html'));
  await page.getByRole('heading', { name: 'Past issues' }).waitFor();
  return page;
}

async function exportMarkdown(): Promise<string> {
  const { page, tabId } = await h.openPage(h.server.page(`export-${Math.random()}`, { title: 'Export viewer' }));
  await h.clickAction(page);
  const popup = await h.openPopup(tabId);
  await popup.getByRole('tab', { name: 'Export' }).click();
  const markdown = await popup.getByRole('textbox', { name: 'Markdown' }).inputValue();
  await popup.close();
  await page.close();
  return markdown;
}

const importFiles = corpusAvailable
  ? corpusFiles().map((f) => join(CORPUS_DIR, f.name))
  : fixtureFiles('issues').map((f) => join(FIXTURES_DIR, 'issues', f.name));
const newestIssue = corpusAvailable ? 17 : 103;

beforeAll(async () => {
  h = await ExtensionHarness.launch();
  options = await openOptions();
});
afterAll(async () => {
  await h?.close();
});

describe('past issues', () => {
  it('imports published issues through the options page, previewing them first', async () => {
    await options.getByLabel('Import published issues').setInputFiles(importFiles);
    const preview = options.getByRole('region', { name: 'This import will:' });
    await preview.waitFor();
    expect(await preview.getByRole('row').count()).toBe(importFiles.length + 1);
    // Worked out in the page's worker, off its thread (a long archive takes seconds).
    expect(options.workers().map((w) => w.url())).toEqual([expect.stringMatching(/\/assets\/import-worker-[\w-]+\.js$/)]);
    await options.getByRole('button', { name: 'Apply' }).click();
    await options.getByRole('status').filter({ hasText: `Imported ${importFiles.length} issues.` }).waitFor();
    await options.getByText(`the open issue is number ${newestIssue + 1}`).waitFor();
    const items = await h.readStore<Item>('items');
    expect(items.length).toBeGreaterThan(corpusAvailable ? 300 : 20);
    expect(items.every((i) => i.issue !== null)).toBe(true);
  });

  it('changes nothing when the same files come again', async () => {
    const before = await h.readStore<Item>('items');
    await options.getByLabel('Import published issues').setInputFiles(importFiles);
    await options.getByText('Nothing to change: these issues are already stored as they are.').waitFor();
    expect(await options.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
    await options.getByRole('button', { name: 'Cancel' }).click();
    expect(await h.readStore<Item>('items')).toEqual(before);
  });

  it('names a file that is not an issue, and the line', async () => {
    const bad = join(tmpdir(), 'not-an-issue.md');
    writeFileSync(bad, '# My reading notes\n\nnothing here\n');
    await options.getByLabel('Import published issues').setInputFiles([bad]);
    await options.getByRole('alert').filter({ hasText: 'not-an-issue.md, line 1: The title “My reading notes” names no issue number' }).waitFor();
    await options.getByRole('button', { name: 'Cancel' }).click();
  });

  it('says, before it is applied, which issue has no entry it can read', async () => {
    const empty = join(tmpdir(), 'notes-3.md');
    // Its links in a block of HTML laid out as no list, table or paragraph of entries, as a
    // newsletter exported whole from its HTML may have them.
    writeFileSync(empty, '# Notes 3\n\n## Reading\n\n<div class="links"><a href="https://example.org/a">A</a> · <a href="https://example.org/b">B</a></div>\n');
    await options.getByLabel('Import published issues').setInputFiles([empty]);
    await options.getByRole('status').filter({ hasText: 'No entries found in Notes 3: nothing there links in a form Digest Clipper reads yet.' }).waitFor();
    await options.getByRole('button', { name: 'Cancel' }).click();
  });

  it.skipIf(!corpusAvailable)('then says, at capture, which issue published a link', async () => {
    // A link issue 17 published; the browser gets the page from us, as the network is closed.
    const url = 'http://otherwiseguy.tumblr.com/post/89880974499/neutron-external-sanity-checks';
    await h.context.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Neutron external sanity checks</title><p>Post</p>' }),
    );
    const { popup } = await h.capturePopup(url);
    await popup.getByText('Published in issue 17').waitFor();
    await popup.getByText('You can still add it again.').waitFor();
    await popup.close();
  });
});

describe('format and taxonomy', () => {
  it('a template edit changes the export', async () => {
    await options.getByLabel('Title pattern').fill('OpenStack周报 第{number:zh}期 ({start:MM.DD}-{end:MM.DD})');
    await options.getByLabel('Description', { exact: true }).selectOption('fixed');
    await options.getByLabel('Description text').fill('来自华为OpenStack社区团队出品的周报');
    const preview = await options.getByLabel(/Preview/).inputValue();
    expect(preview).toContain('title: OpenStack周报 第');
    await options.getByRole('button', { name: 'Save format' }).click();
    await options.getByRole('status').filter({ hasText: 'Format saved.' }).waitFor();
    const markdown = await exportMarkdown();
    expect(markdown).toMatch(/\ntitle: OpenStack周报 第[零一二三四五六七八九十百]+期 \(\d\d\.\d\d-\d\d\.\d\d\)\n/);
    expect(markdown).toContain('\ndescription: 来自华为OpenStack社区团队出品的周报\n');
  });

  it('renames a project and the queued items follow', async () => {
    const queuedNeutron = (await h.readStore<Item>('items')).filter((i) => i.issue === null && i.project === 'Neutron').length;
    const field = options.getByRole('listitem', { name: 'Neutron', exact: true }).getByRole('textbox', { name: 'Project name' });
    await field.fill('Neutron (网络)');
    await field.press('Enter');
    await options.getByRole('status').filter({ hasText: `Renamed; ${queuedNeutron} queued items follow.` }).waitFor();
    expect((await h.readStore<Item>('items')).filter((i) => i.issue === null && i.project === 'Neutron (网络)')).toHaveLength(queuedNeutron);
    // Published items keep the name they were published under.
    expect((await h.readStore<Item>('items')).some((i) => i.issue !== null && i.project === 'Neutron')).toBe(true);
  });
});

describe('the archive', () => {
  it('searches every published item by text, URL, project and issue', async () => {
    const search = options.getByRole('searchbox', { name: 'Search archive' });
    await search.fill(corpusAvailable ? 'Ceilometer' : 'Nova');
    const status = options.locator('#archive [role=status]');
    await expect.poll(async () => /of \d+ items/.test(await status.innerText())).toBe(true);
    const total = Number(/of (\d+) items/.exec(await status.innerText())?.[1]);
    expect(total).toBeGreaterThan(0);
    await options.getByLabel('Issue', { exact: true }).selectOption(String(newestIssue));
    await expect.poll(async () => Number(/of (\d+) items/.exec(await status.innerText())?.[1] ?? 0)).toBeLessThan(total + 1);
    await options.getByLabel('Issue', { exact: true }).selectOption('');
    await search.fill('zzzz-no-such-thing');
    await options.getByText('Nothing found.').waitFor();
    await search.fill('');
  });

  it('brings an item back into the open issue', async () => {
    const queued = (await h.readStore<Item>('items')).filter((i) => i.issue === null).length;
    await options.locator('#archive .result').first().getByRole('button', { name: 'Bring back' }).click();
    await options.getByRole('status').filter({ hasText: 'Added to the open issue’s queue.' }).waitFor();
    expect((await h.readStore<Item>('items')).filter((i) => i.issue === null)).toHaveLength(queued + 1);
  });
});

describe('backup and restore', () => {
  let backupPath = '';

  it('backs up everything to one file', async () => {
    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Back up' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^digest-clipper-backup-.*\.json$/);
    backupPath = (await download.path()) as string;
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { format: string; items: unknown[] };
    expect(backup.format).toBe('digest-clipper-backup');
    expect(backup.items).toHaveLength((await h.readStore('items')).length);
  });

  it('restores a backup after a wipe, giving back the same export', async () => {
    const before = await exportMarkdown();
    await options.close();
    const sw = await h.worker();
    await sw.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('digest-clipper');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    options = await openOptions();
    expect(await h.readStore('items')).toEqual([]);
    await options.getByLabel('Restore', { exact: true }).setInputFiles(backupPath);
    await options.getByRole('region', { name: /Restoring/ }).waitFor();
    await options.getByLabel('Replace everything here').check();
    await options.getByRole('button', { name: 'Restore this backup' }).click();
    await options.getByRole('status').filter({ hasText: 'Restored.' }).waitFor();
    expect(await exportMarkdown()).toBe(before);
  });

  it('refuses a corrupted backup, naming what is wrong, and changes nothing', async () => {
    const items = await h.readStore('items');
    const issues = await h.readStore('issues');
    const broken = JSON.parse(readFileSync(backupPath, 'utf8')) as { items: { links: { url: unknown }[] }[] };
    const withLink = broken.items.findIndex((i) => i.links.length > 0);
    (broken.items[withLink] as { links: { url: unknown }[] }).links[0]!.url = 42;
    const brokenPath = join(tmpdir(), 'broken-backup.json');
    writeFileSync(brokenPath, JSON.stringify(broken));
    await options.getByLabel('Restore', { exact: true }).setInputFiles(brokenPath);
    await options.getByRole('alert').filter({ hasText: `items.${withLink}.links.0.url` }).waitFor();
    await options.getByText('Nothing was changed.').waitFor();
    writeFileSync(brokenPath, '{"format": "something-else"}');
    await options.getByLabel('Restore', { exact: true }).setInputFiles(brokenPath);
    await options.getByRole('alert').filter({ hasText: 'not a Digest Clipper backup' }).waitFor();
    expect(await h.readStore('items')).toEqual(items);
    expect(await h.readStore('issues')).toEqual(issues);
  });

  it('keeps snapshots inside the extension, with the time of the last one', async () => {
    await options.getByText(/^Last snapshot: /).waitFor();
    await options.locator('.snapshots li').filter({ hasText: 'before a restore' }).first().waitFor();
    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: /^Download snapshot of / }).first().click();
    expect((await downloading).suggestedFilename()).toMatch(/^digest-clipper-snapshot-/);
  });
});
