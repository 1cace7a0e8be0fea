import * as fs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'isomorphic-git/http/node';
import { applyToBranch } from '../src/app/team/apply-to-branch.ts';
import type { TeamOp } from '../src/core/team/team-ops.ts';
import { GitRemote } from '../src/git/git-remote.ts';
import { ExtensionHarness, waitUntil } from '../test/e2e/harness.ts';
import { GitServer } from '../test/helpers/git-server.ts';
import { summarize, type Measure } from './measure.ts';

const TOKEN = 'bench-token';
const ON_BRANCH = 300;

/**
 * Save → the item on the team's remote, in real Chromium: the popup saves, the background sends
 * the change through its IndexedDB git to `git http-backend` on loopback, with 300 items already
 * on the shared branch. Timed from the Save keystroke to the server's answer to the push.
 */
export async function teamBenchmarks(runs: number): Promise<Measure[]> {
  const server = new GitServer(TOKEN);
  await server.start();
  const h = await ExtensionHarness.launch({ grantHosts: ['http://127.0.0.1/*'] });
  const scratch = mkdtempSync(join(tmpdir(), 'digest-bench-git-'));
  try {
    const url = server.createBlog('bench');
    const options = await h.context.newPage();
    await options.goto(h.url('src/options/index.html#team'));
    await options.locator('#team-url').fill(url);
    await options.locator('#team-token').fill(TOKEN);
    await options.locator('#team-author').fill('Bench');
    await options.locator('#team-connect').click();
    await options.locator('#team-sync').waitFor({ timeout: 30_000 });
    // Another editor's 300 items, in one push; this browser takes them in.
    const at = new Date().toISOString();
    const ops: TeamOp[] = Array.from({ length: ON_BRANCH }, (_, i) => ({
      kind: 'put-item',
      id: `other-${i}`,
      author: 'Other',
      at,
      capturedAt: at,
      fields: { section: null, project: null, comment: `Item ${i}`, links: [{ url: `https://example.org/${i}`, title: `Item ${i}` }], order: i, issue: null },
    }));
    const remote = new GitRemote(url, TOKEN, { fs, http, dir: scratch, now: () => new Date() });
    await applyToBranch(remote, ops, { message: 'bench: 300 items', author: 'Other' }, async () => undefined);
    await options.locator('#team-sync').click();
    await waitUntil(async () => (await h.readStore('items')).length >= ON_BRANCH, 30_000);
    await options.close();

    const samples: number[] = [];
    for (let run = 0; run < runs + 2; run++) {
      const { popup, page } = await h.capturePopup(h.server.page(`bench-${run}`, { title: `Bench page ${run}` }));
      await popup.locator('#capture-comment').fill('A line of commentary.');
      const pushed = new Promise<number>((resolve) => (server.onPushed = () => resolve(performance.now())));
      const start = performance.now();
      await popup.locator('#capture-comment').press('Control+Enter');
      const end = await pushed;
      if (run >= 2) samples.push(end - start);
      await popup.close();
      await page.close();
    }
    return [summarize('team_save_to_remote_ms', samples)];
  } finally {
    server.onPushed = undefined;
    await h.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
