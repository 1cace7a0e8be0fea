/// <reference types="chrome" />
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, ExtensionHarness } from '../test/e2e/harness.ts';
import { summarize, type Measure } from './measure.ts';
import { seedDigest, seedRecords } from './seed.ts';
import { issueSummaryOf, type Issue } from '../src/core/model/issue.ts';

const BLANK = 'bench-blank.html';
// The same blank page with one empty script: what any page that runs code pays before it can.
const SCRIPTED = 'bench-scripted.html';
const SCRIPT = 'bench-empty.js';

/** Writes records straight into the extension's database, in the extension's origin. */
async function seed(h: ExtensionHarness, records: { items: unknown[]; issues?: Issue[]; meta?: unknown[] }): Promise<void> {
  const sw = await h.worker();
  // Each issue's summary beside it, as the store keeps them.
  const data = { ...records, summaries: (records.issues ?? []).map(issueSummaryOf) };
  await sw.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('digest-clipper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['items', 'issues', 'issueSummaries', 'meta'], 'readwrite');
          for (const item of data.items) tx.objectStore('items').put(item);
          for (const issue of data.issues ?? []) tx.objectStore('issues').put(issue);
          for (const summary of data.summaries) tx.objectStore('issueSummaries').put(summary);
          for (const meta of data.meta ?? []) tx.objectStore('meta').put(meta);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    data,
  );
}

/** When a page set the performance mark `name`, waiting for it. */
function markTime(page: Page, name: string): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        const look = (): void => {
          const mark = performance.getEntriesByName(wanted)[0];
          if (mark) resolve(mark.startTime);
          else requestAnimationFrame(look);
        };
        look();
      }),
    name,
  );
}

/**
 * When the page first painted content (`first-contentful-paint`): what the editor sees. The
 * popup's page has nothing to paint until its form is drawn, so for it this is the form's paint.
 */
function paintTime(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const look = (): void => {
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          if (paint) resolve(paint.startTime);
          else requestAnimationFrame(look);
        };
        look();
      }),
  );
}

/** When the blank page's document was ready: the floor the popup is measured against. */
function blankReady(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const look = (): void => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          if (nav && nav.domContentLoadedEventEnd > 0) resolve(nav.domContentLoadedEventEnd);
          else requestAnimationFrame(look);
        };
        look();
      }),
  );
}

async function measurePage<T>(h: ExtensionHarness, url: string, read: (page: Page) => Promise<T>): Promise<T> {
  const page = await h.context.newPage();
  await page.goto(url);
  const value = await read(page);
  await page.close();
  return value;
}

/**
 * The popup, the queue, the save and the archive search in real Chromium, over a database of
 * years of history. Each figure is the median of `runs`; warm-up runs are not counted.
 */
export async function browserBenchmarks(runs: number): Promise<Measure[]> {
  writeFileSync(join(DIST, BLANK), '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p>blank</p></body></html>');
  writeFileSync(join(DIST, SCRIPTED), `<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p>blank</p><script src="/${SCRIPT}"></script></body></html>`);
  writeFileSync(join(DIST, SCRIPT), "performance.mark('bench:script-start');");
  const h = await ExtensionHarness.launch();
  // tsx keeps function names with a `__name` helper that pages evaluating our functions lack.
  await h.context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  try {
    await seed(h, seedRecords(100, 100, 300));
    const { page: article, tabId } = await h.openPage(h.server.page('bench', { title: '[openstack-dev] [nova] Placement API status' }));
    await h.clickAction(article);
    const popupUrl = h.url(`src/popup/index.html?tab=${tabId}`);

    const ready = async (page: Page) => [await markTime(page, 'digest-clipper:form-ready'), await paintTime(page)] as const;
    const blank = async (page: Page) => [await blankReady(page), await paintTime(page)] as const;
    const interactive = (page: Page) => markTime(page, 'digest-clipper:app-ready');
    const scriptStart = (page: Page) => markTime(page, 'bench:script-start');
    const readySamples: number[] = [];
    const blankSamples: number[] = [];
    const readyPaintSamples: number[] = [];
    const blankPaintSamples: number[] = [];
    const interactiveSamples: number[] = [];
    const scriptSamples: number[] = [];
    // The first open writes the cache the early form starts from.
    await measurePage(h, popupUrl, interactive);
    for (let i = 0; i < runs + 2; i++) {
      // Alternate the pages so all see the same machine state.
      const [r, rPaint] = await measurePage(h, popupUrl, ready);
      const [b, bPaint] = await measurePage(h, h.url(BLANK), blank);
      const a = await measurePage(h, popupUrl, interactive);
      const s = await measurePage(h, h.url(SCRIPTED), scriptStart);
      if (i >= 2) {
        readySamples.push(r);
        blankSamples.push(b);
        readyPaintSamples.push(rPaint);
        blankPaintSamples.push(bPaint);
        interactiveSamples.push(a);
        scriptSamples.push(s);
      }
    }
    const readyMedian = summarize('popup_ready_ms', readySamples);
    const blankMedian = summarize('popup_blank_ms', blankSamples);
    const ratios = readySamples.map((r, i) => r / (blankSamples[i] as number));
    const ratio = { ...summarize('popup_ready_ratio', ratios, 'x'), value: Math.round((readyMedian.value / blankMedian.value) * 100) / 100 };
    const scriptMedian = summarize('blank_script_start_ms', scriptSamples);
    const floor = {
      ...summarize('blank_script_start_ratio', scriptSamples.map((s, i) => s / (blankSamples[i] as number)), 'x'),
      value: Math.round((scriptMedian.value / blankMedian.value) * 100) / 100,
    };
    // The popup against that floor: how much after any script could first run is the form ready.
    const overFloor = {
      ...summarize('popup_ready_over_script_ratio', readySamples.map((r, i) => r / (scriptSamples[i] as number)), 'x'),
      value: Math.round((readyMedian.value / scriptMedian.value) * 100) / 100,
    };

    // The same two pages by what is seen: each one's first paint (the popup's is its filled form).
    const readyPaint = summarize('popup_paint_ms', readyPaintSamples);
    const blankPaint = summarize('popup_blank_paint_ms', blankPaintSamples);
    const paintRatio = {
      ...summarize('popup_paint_ratio', readyPaintSamples.map((r, i) => r / (blankPaintSamples[i] as number)), 'x'),
      value: Math.round((readyPaint.value / blankPaint.value) * 100) / 100,
    };

    // The save of a new page, clicked at once after typing (behind the typing's own draft write)
    // and a moment later, as an editor who reads the comment over; then a queued page saved again.
    const saveSamples: number[] = [];
    const settledSaveSamples: number[] = [];
    const updateSamples: number[] = [];
    const timeSave = (page: Page): Promise<number> =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            // Until the form confirms the save.
            const form = document.querySelector('form.capture') as HTMLElement;
            const start = performance.now();
            new MutationObserver((_, observer) => {
              if (form.querySelector('.notice-success')) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            }).observe(form, { childList: true, subtree: true });
            (document.querySelector('button.primary') as HTMLButtonElement).click();
          }),
      );
    for (let i = 0; i < runs + 2; i++) {
      for (const kind of ['add', 'settled', 'update'] as const) {
        if (kind !== 'update') await article.goto(h.server.page(`bench-save-${i}-${kind}`, { title: `Bench page ${i} ${kind}` }));
        const page = await h.context.newPage();
        await page.goto(popupUrl);
        await page.locator('#app[data-ready]').waitFor();
        await page.locator('#capture-comment').fill(`Bench save ${i} ${kind}`);
        if (kind !== 'add') await page.waitForTimeout(300);
        const ms = await timeSave(page);
        if (i >= 2) ({ add: saveSamples, settled: settledSaveSamples, update: updateSamples })[kind].push(ms);
        await page.close();
      }
    }

    // 2,000 queued items for the queue view.
    await seed(h, { items: seedRecords(0, 0, 2000).items.map((item, i) => ({ ...(item as object), id: `bulk-${i}`, order: 10_000 + i })) });
    const queueSamples: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const page = await h.context.newPage();
      await page.goto(popupUrl);
      await page.locator('#app[data-ready]').waitFor();
      // The queue's code is loaded once by the first run; later runs measure rendering.
      const ms = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            // Interactive: the rows are in the document with their handlers (Preact has committed).
            new MutationObserver((_, observer) => {
              if (!document.querySelector('.queue .item')) return;
              observer.disconnect();
              resolve(performance.now() - start);
            }).observe(document.body, { childList: true, subtree: true });
            (document.getElementById('tab-queue') as HTMLButtonElement).click();
          }),
      );
      if (i >= 2) queueSamples.push(ms);
      await page.close();
    }

    const options = await h.context.newPage();
    await options.goto(h.url('src/options/index.html'));
    await options.locator('#archive [role=status]').waitFor();
    const searchSamples: number[] = [];
    const words = ['blueprint', 'nova', 'thread 4', 'item-77', 'reliability', '社区', 'topic/12', 'zzz-nothing'];
    for (let i = 0; i < runs + 2; i++) {
      const word = words[i % words.length] as string;
      const ms = await options.evaluate(
        (query) =>
          new Promise<number>((resolve) => {
            const input = document.getElementById('archive-search') as HTMLInputElement;
            const archive = document.getElementById('archive') as HTMLElement;
            // Done when the results for this query are in the document.
            new MutationObserver((_, observer) => {
              if (archive.querySelector<HTMLElement>('[role=status]')?.dataset.query !== query) return;
              observer.disconnect();
              resolve(performance.now() - start);
            }).observe(archive, { childList: true, subtree: true, attributes: true, characterData: true });
            const start = performance.now();
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        `${word} ${i}`.trim(),
      );
      if (i >= 2) searchSamples.push(ms);
    }
    await options.close();

    return [
      readyMedian,
      blankMedian,
      ratio,
      scriptMedian,
      floor,
      overFloor,
      readyPaint,
      blankPaint,
      paintRatio,
      summarize('popup_interactive_ms', interactiveSamples),
      summarize('save_ms', saveSamples),
      summarize('save_after_typing_ms', settledSaveSamples),
      summarize('save_update_ms', updateSamples),
      summarize('queue_render_ms', queueSamples),
      summarize('archive_search_ms', searchSamples),
    ];
  } finally {
    await h.close();
    for (const file of [BLANK, SCRIPTED, SCRIPT]) rmSync(join(DIST, file), { force: true });
  }
}

/**
 * The popup of a digest that marks its entries' kinds (This Week in React's corpus imported: its
 * template, archive and learned model, kinds and all), ready against the blank page, alternating:
 * the early form picks a kind as well as a heading. None where the shared corpus is absent.
 */
export async function kindsPopupBenchmarks(runs: number): Promise<Measure[]> {
  const records = seedDigest('this-week-in-react');
  if (!records) {
    console.warn('The shared corpus of other digests is absent: popup_ready_kinds_ratio is not measured.');
    return [];
  }
  writeFileSync(join(DIST, BLANK), '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p>blank</p></body></html>');
  const h = await ExtensionHarness.launch();
  await h.context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  try {
    await seed(h, records);
    const { page: article, tabId } = await h.openPage(h.server.page('bench-kinds', { title: 'React Native 0.80 RC - New architecture by default' }));
    await h.clickAction(article);
    const popupUrl = h.url(`src/popup/index.html?tab=${tabId}`);
    // The first open writes the cache the early form starts from.
    await measurePage(h, popupUrl, (page) => markTime(page, 'digest-clipper:app-ready'));
    const readySamples: number[] = [];
    const blankSamples: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const r = await measurePage(h, popupUrl, (page) => markTime(page, 'digest-clipper:form-ready'));
      const b = await measurePage(h, h.url(BLANK), blankReady);
      if (i >= 2) {
        readySamples.push(r);
        blankSamples.push(b);
      }
    }
    const readyMedian = summarize('popup_ready_kinds_ms', readySamples);
    const blankMedian = summarize('popup_blank_kinds_ms', blankSamples);
    return [
      readyMedian,
      { ...summarize('popup_ready_kinds_ratio', readySamples.map((r, i) => r / (blankSamples[i] as number)), 'x'), value: Math.round((readyMedian.value / blankMedian.value) * 100) / 100 },
    ];
  } finally {
    await h.close();
    rmSync(join(DIST, BLANK), { force: true });
  }
}
