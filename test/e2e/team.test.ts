import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../src/core/model/item.ts';
import { GitServer } from '../helpers/git-server.ts';
import { check } from './audit.ts';
import { ExtensionHarness, waitUntil } from './harness.ts';

/**
 * Two editors, two browsers (an English one and a Chinese one), one blog repository served by
 * git http-backend on loopback: they connect from the options page, see each other's items with
 * who added them, keep working through a stopped network, and one publishes the post on a branch
 * of its own. Everything goes through the built extension's background and its IndexedDB git.
 */
const TOKEN = 'e2e-team-token';
let server: GitServer;
let ann: ExtensionHarness;
let bob: ExtensionHarness;
let blog = '';

beforeAll(async () => {
  server = new GitServer(TOKEN);
  await server.start();
  blog = server.createBlog('team-e2e');
  [ann, bob] = await Promise.all([
    ExtensionHarness.launch({ grantHosts: ['http://127.0.0.1/*'] }),
    ExtensionHarness.launch({ grantHosts: ['http://127.0.0.1/*'], lang: 'zh-CN', colorScheme: 'dark' }),
  ]);
});
afterAll(async () => {
  await Promise.all([ann?.close(), bob?.close()]);
  await server?.stop();
});

/** The titles of the items alive on the shared branch. */
const sharedTitles = (): string[] => server.teamTitles('team-e2e');

async function connect(h: ExtensionHarness, name: string): Promise<void> {
  const options = await h.context.newPage();
  await options.goto(h.url('src/options/index.html#team'));
  await options.locator('#team-url').fill(blog);
  await options.locator('#team-token').fill(TOKEN);
  await options.locator('#team-author').fill(name);
  await options.locator('#team-connect').click();
  await options.locator('#team-sync').waitFor();
  expect(await options.locator('#team').textContent()).toContain(name);
  await check(options);
  // The token is never shown back.
  expect(await options.content()).not.toContain(TOKEN);
  await options.close();
}

/** The team's records in a browser's database (`team`, `teamSync`, `teamOutbox`). */
async function teamRecord<T>(h: ExtensionHarness, key: string): Promise<T | undefined> {
  return (await h.readStore<{ key: string; value: T }>('meta')).find((m) => m.key === key)?.value;
}

/**
 * Saves a page as an editor does and reads the confirmation; the popup tells the worker, which
 * sends the change (or keeps it in the outbox when it cannot).
 */
async function save(h: ExtensionHarness, id: string, title: string): Promise<void> {
  const { popup, page } = await h.capturePopup(h.server.page(id, { title }));
  await popup.locator('#capture-comment').fill(`Why ${title} matters.`);
  await popup.locator('#capture-comment').press('Control+Enter');
  await waitUntil(async () => (await h.readStore<Item>('items')).some((i) => i.links[0]?.title === title));
  // Sent, or kept waiting because the network failed.
  await waitUntil(async () => {
    const outbox = await teamRecord<{ items: Record<string, string> }>(h, 'teamOutbox');
    const sync = await teamRecord<{ lastError: string | null }>(h, 'teamSync');
    return Object.keys(outbox?.items ?? {}).length === 0 || Boolean(sync?.lastError);
  }, 20_000);
  await popup.close();
  await page.close();
}

async function queuePopup(h: ExtensionHarness) {
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 440, height: 720 });
  await popup.goto(h.url('src/popup/index.html?view=queue'));
  await popup.locator('#app[data-ready]').waitFor();
  await popup.locator('#tab-queue').click();
  return popup;
}

describe('a team in two browsers', () => {
  it('connects, shares items both ways with who added them, and survives a stopped network', async () => {
    await connect(ann, 'Ann');
    await save(ann, 'ann-1', 'Ann’s first find');
    await waitUntil(async () => sharedTitles().includes('Ann’s first find'), 20_000);

    await connect(bob, 'Bob');
    const bobQueue = await queuePopup(bob);
    await bobQueue.locator('.item-author', { hasText: 'Ann' }).waitFor();
    await bobQueue.locator('#team-sync-now').waitFor();
    // A team's queue, in Chinese and dark, passes the audit every view passes.
    await check(bobQueue);
    await bobQueue.close();

    await save(bob, 'bob-1', 'Bob’s find');
    await waitUntil(async () => sharedTitles().includes('Bob’s find'), 20_000);
    const annQueue = await queuePopup(ann);
    await annQueue.locator('#team-sync-now').click();
    await annQueue.locator('.item-author', { hasText: 'Bob' }).waitFor();

    server.online = false;
    try {
      await save(ann, 'ann-2', 'Saved while offline');
      await waitUntil(async () => (await ann.badgeText()).endsWith('↑'), 20_000);
      expect(await ann.actionTitle()).toContain('wait to be sent to the team');
      expect(sharedTitles()).not.toContain('Saved while offline');
      // The team bar says why, in words an editor can act on, and passes the audit.
      await annQueue.reload();
      await annQueue.locator('#tab-queue').click();
      await annQueue.locator('.team-bar-error').getByText('cannot be reached right now').waitFor();
      await check(annQueue);
    } finally {
      server.online = true;
    }
    await annQueue.locator('#team-sync-now').click();
    await waitUntil(async () => sharedTitles().includes('Saved while offline'), 20_000);
    await waitUntil(async () => !(await ann.badgeText()).endsWith('↑'));
    await annQueue.close();
    expect(sharedTitles()).toEqual(['Ann’s first find', 'Bob’s find', 'Saved while offline']);
  });

  it('publishes the post on its own branch with every item, leaving the default branch alone', async () => {
    const mainBefore = server.head('team-e2e', 'main');
    const popup = await ann.context.newPage();
    await popup.goto(ann.url('src/popup/index.html?view=export'));
    await popup.locator('#app[data-ready]').waitFor();
    await popup.getByRole('button', { name: 'Mark as published' }).click();
    await popup.getByRole('button', { name: /^Archive 3 items as issue 1$/ }).click();
    await popup.getByRole('status').filter({ hasText: 'Post pushed on branch digest-issue-1.' }).waitFor({ timeout: 20_000 });
    const post = [...server.files('team-e2e', 'digest-issue-1')].filter(([path]) => path.startsWith('_posts/'));
    expect(post).toHaveLength(1);
    for (const title of ['Ann’s first find', 'Bob’s find', 'Saved while offline']) expect(post[0]?.[1]).toContain(title);
    expect(server.head('team-e2e', 'main')).toBe(mainBefore);
    await popup.close();
    // The other editor's queue empties: the issue is archived on the shared branch.
    const bobQueue = await queuePopup(bob);
    await bobQueue.locator('#team-sync-now').click();
    await waitUntil(async () => (await bob.readStore<Item>('items')).every((i) => i.issue !== null));
    await bobQueue.close();
  });
});
