import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ExtensionHarness } from '../test/e2e/harness.ts';
import { openHeldPopup, releaseApplication } from '../test/e2e/hold-application.ts';
import { GitServer } from '../test/helpers/git-server.ts';
import { CORPUS_DIR, corpusAvailable, corpusFiles, FIXTURES_DIR, fixtureFiles } from '../test/helpers/corpus.ts';

const importFiles = corpusAvailable
  ? corpusFiles().map((f) => join(CORPUS_DIR, f.name))
  : fixtureFiles('issues').map((f) => join(FIXTURES_DIR, 'issues', f.name));

// Screenshots of every view, English and Chinese, light and dark, into artifacts/screenshots/.
// `npm run screenshots` after `npm run build`; look at them before calling UI work done.
const out = 'artifacts/screenshots';
mkdirSync(out, { recursive: true });

// The Team views talk to a real repository on loopback, one per browser.
const git = new GitServer('screenshot-token');
await git.start();

for (const lang of ['en-US', 'zh-CN'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const h = await ExtensionHarness.launch({ lang, colorScheme, grantHosts: ['http://127.0.0.1/*'] });
    try {
      const tag = `${lang}-${colorScheme}`;
      // The first run: nothing known yet, the import offered.
      const welcome = await h.capturePopup(h.server.page('welcome', { title: 'A first page' }));
      await welcome.popup.locator('.welcome').waitFor();
      await welcome.popup.screenshot({ path: `${out}/popup-first-run-${tag}.png`, fullPage: true });
      await welcome.popup.close();

      // The options page, importing the past issues as an editor would.
      const options = await h.context.newPage();
      await options.setViewportSize({ width: 1100, height: 900 });
      await options.emulateMedia({ colorScheme });
      await options.goto(h.url('src/options/index.html'));
      await options.locator('#import-files').setInputFiles(importFiles);
      await options.locator('#import .preview-box').waitFor();
      await options.screenshot({ path: `${out}/options-import-${tag}.png` });
      await options.locator('#import .preview-box button.primary').click();
      await options.locator('#import .preview-box').waitFor({ state: 'detached' });

      const pages = [
        ['dvr', 'Neutron DVR lands in Juno', '分布式路由（DVR）终于合入，L3 agent 可在计算节点上运行。'],
        ['bluemix', 'IBM announces Bluemix general availability', 'IBM 宣布 Bluemix 正式上线，基于 Cloud Foundry。'],
        ['nova', '[openstack-dev] [nova] Scheduler placement status', ''],
      ] as const;
      const tabs = new Map<string, number>();
      for (const [id, title, comment] of pages) {
        const { popup, tabId } = await h.capturePopup(h.server.page(id, { title }));
        tabs.set(id, tabId);
        if (comment) await popup.locator('#capture-comment').fill(comment);
        await popup.locator('button.primary').click();
        await popup.locator('.notice-success').waitFor();
        if (id === 'nova') await popup.screenshot({ path: `${out}/popup-saved-${tag}.png`, fullPage: true });
        await popup.close();
      }
      // The early form, its application held back, then the same page once the application has it.
      const heat = await h.openPage(h.server.page('new', { title: 'Heat: software config deep dive (part 2), with a long title that runs over the line' }));
      await h.clickAction(heat.page);
      const early = await openHeldPopup(h, heat.tabId, colorScheme);
      await early.screenshot({ path: `${out}/popup-early-${tag}.png`, fullPage: true });
      await releaseApplication(early);
      await early.locator('#app[data-ready]').waitFor();
      await early.screenshot({ path: `${out}/popup-early-taken-over-${tag}.png`, fullPage: true });
      await early.close();
      // A queued page's early form: its item and the notice, read before the application loads.
      const queued = await openHeldPopup(h, tabs.get('dvr') as number, colorScheme);
      await queued.locator('form.capture .notice').waitFor();
      await queued.screenshot({ path: `${out}/popup-early-queued-${tag}.png`, fullPage: true });
      await queued.close();
      const popup = await h.openPopup(heat.tabId);
      await popup.locator('#capture-comment').fill('Heat 软件配置详解，第二部分。');
      await popup.screenshot({ path: `${out}/popup-capture-${tag}.png`, fullPage: true });
      await popup.locator('#tab-queue').click();
      await popup.locator('.queue').waitFor();
      await popup.screenshot({ path: `${out}/popup-queue-${tag}.png`, fullPage: true });
      await popup.locator('.add-note').click();
      await popup.locator('.editor').waitFor();
      await popup.screenshot({ path: `${out}/popup-note-${tag}.png`, fullPage: true });
      await popup.locator('.editor button.secondary').last().click();
      await popup.locator('#tab-export').click();
      await popup.locator('.rendered').waitFor();
      await popup.screenshot({ path: `${out}/popup-export-${tag}.png`, fullPage: true });
      const restricted = await h.openPage('chrome://version');
      await h.clickAction(restricted.page);
      const manual = await h.openPopup(restricted.tabId);
      await manual.screenshot({ path: `${out}/popup-restricted-${tag}.png`, fullPage: true });
      const panel = await h.context.newPage();
      await panel.setViewportSize({ width: 380, height: 860 });
      await panel.emulateMedia({ colorScheme });
      await panel.goto(h.url('src/popup/index.html?panel=1'));
      await panel.locator('#app[data-ready]').waitFor();
      await panel.screenshot({ path: `${out}/side-panel-${tag}.png`, fullPage: true });
      await panel.close();
      const inTab = await h.context.newPage();
      await inTab.emulateMedia({ colorScheme });
      await inTab.goto(h.url('src/popup/index.html?view=export'));
      await inTab.locator('.rendered').waitFor();
      await inTab.screenshot({ path: `${out}/export-in-tab-${tag}.png`, fullPage: true });

      await options.reload();
      await options.locator('#format').waitFor();
      for (const id of ['schedule', 'popup', 'format', 'taxonomy', 'rules', 'backup']) {
        await options.locator(`#${id}`).screenshot({ path: `${out}/options-${id}-${tag}.png` });
      }
      await options.locator('#archive-search').fill('Neutron');
      await options.locator('#archive .result').first().waitFor();
      await options.locator('#archive').screenshot({ path: `${out}/options-archive-${tag}.png` });

      // Team: joining, joined, and the queue of a team while the network is down.
      await options.locator('#team').scrollIntoViewIfNeeded();
      await options.locator('#team').screenshot({ path: `${out}/options-team-${tag}.png` });
      await options.locator('#team-url').fill(git.createBlog(`shots-${tag}`));
      await options.locator('#team-token').fill('screenshot-token');
      await options.locator('#team-author').fill(lang === 'zh-CN' ? '小王' : 'Ann');
      await options.locator('#team-connect').click();
      await options.locator('#team-sync').waitFor({ timeout: 30_000 });
      await options.locator('#team').screenshot({ path: `${out}/options-team-connected-${tag}.png` });
      git.online = false;
      const teamQueue = await h.context.newPage();
      await teamQueue.setViewportSize({ width: 440, height: 720 });
      await teamQueue.goto(h.url('src/popup/index.html?view=queue'));
      await teamQueue.locator('#app[data-ready]').waitFor();
      await teamQueue.locator('#tab-queue').click();
      await teamQueue.locator('#team-sync-now').click();
      await teamQueue.locator('.team-bar-error').waitFor({ timeout: 30_000 });
      await teamQueue.screenshot({ path: `${out}/popup-team-queue-${tag}.png`, fullPage: true });
      git.online = true;
      console.log(`screenshots for ${tag}`);
    } finally {
      await h.close();
    }
  }
}
await git.stop();
