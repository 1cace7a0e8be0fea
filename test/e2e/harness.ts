/// <reference types="chrome" />
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CdpConnection } from './cdp-connection.ts';

export const DIST = process.env.DIGEST_CLIPPER_DIST ? resolve(process.env.DIGEST_CLIPPER_DIST) : resolve(import.meta.dirname, '../../dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

/** A test page: its title (omitted for a page without one) and body. */
export interface PageSpec {
  title?: string;
  body?: string;
  /** More of the head: meta tags, a canonical link. */
  head?: string;
  /** Served as it is, of this content type, in place of a page (a picture: `image/svg+xml`). */
  raw?: { type: string; content: string };
}

/** Serves test pages from 127.0.0.1: `/page/<id>` with the title and body registered for it, or a path of its own (see `at`). */
export class TestServer {
  private readonly pages = new Map<string, PageSpec>();
  private readonly paths = new Map<string, PageSpec>();
  private server: Server | undefined;
  private port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '').replace(/[?#].*$/, '');
      const spec = this.paths.get(path) ?? this.pages.get(decodeURIComponent(path.replace(/^\/page\//, '')));
      if (!spec) {
        res.writeHead(404).end('not found');
        return;
      }
      if (spec.raw) {
        res.writeHead(200, { 'content-type': spec.raw.type });
        res.end(spec.raw.content);
        return;
      }
      const title = spec.title === undefined ? '' : `<title>${escapeHtml(spec.title)}</title>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><meta charset="utf-8">${title}${spec.head ?? ''}</head><body>${spec.body ?? '<p>An article.</p>'}</body></html>`);
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as { port: number }).port;
  }

  /** Registers a page and returns its URL. */
  page(id: string, spec: PageSpec = {}): string {
    this.pages.set(id, spec);
    return `http://127.0.0.1:${this.port}/page/${encodeURIComponent(id)}`;
  }

  /** Registers a page at a path of its own (`/kite/kite/pull/4072`: a code host's address) and returns its URL. */
  at(path: string, spec: PageSpec = {}): string {
    this.paths.set(path, spec);
    return `http://127.0.0.1:${this.port}${path}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()));
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

export interface LaunchOptions {
  /** Browser UI language, e.g. `zh-CN`. */
  lang?: string;
  colorScheme?: 'light' | 'dark';
  /**
   * Hosts the extension holds as granted from the start. Chromium asks the editor before it grants
   * an optional host permission, a prompt no test can answer; a copy of the build that lists these
   * hosts makes `permissions.request` answer yes at once, as it does once the editor said yes.
   */
  grantHosts?: string[];
}

/**
 * Real Chromium with the built extension, in a fresh profile. A second CDP connection to the
 * browser target gives what Playwright does not: the toolbar button's click
 * (`Extensions.triggerAction`) and the real popup.
 */
export class ExtensionHarness {
  readonly server = new TestServer();
  context!: BrowserContext;
  extensionId = '';
  private profile = '';
  private browserCdp!: CdpConnection;
  private colorScheme: 'light' | 'dark' = 'light';

  static async launch(options: LaunchOptions = {}): Promise<ExtensionHarness> {
    const h = new ExtensionHarness();
    await h.start(options);
    return h;
  }

  private async start(options: LaunchOptions): Promise<void> {
    if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`No extension build in ${DIST}: run npm run build first.`);
    await this.server.start();
    this.profile = mkdtempSync(join(tmpdir(), 'digest-clipper-e2e-'));
    let dist = DIST;
    if (options.grantHosts) {
      dist = join(this.profile, 'extension');
      cpSync(DIST, dist, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      writeFileSync(join(dist, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: options.grantHosts }));
    }
    const lang = options.lang ?? 'en-US';
    this.colorScheme = options.colorScheme ?? 'light';
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: lang,
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: 1000, height: 800 },
      env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
      args: [
        `--disable-extensions-except=${dist}`,
        `--load-extension=${dist}`,
        `--lang=${lang}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--remote-debugging-port=0',
      ],
    });
    const worker = this.context.serviceWorkers()[0] ?? (await this.context.waitForEvent('serviceworker'));
    this.extensionId = new URL(worker.url()).host;
    const port = readFileSync(join(this.profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    this.browserCdp = await CdpConnection.connect(`http://127.0.0.1:${port}`);
    await this.browserCdp.send('Target.setDiscoverTargets', { discover: true });
  }

  /** Lets extension pages use the clipboard, as a focused popup may. */
  async grantClipboard(): Promise<void> {
    await this.browserCdp.send('Browser.grantPermissions', {
      origin: `chrome-extension://${this.extensionId}`,
      permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
    });
  }

  /** The service worker, started again if the browser stopped it. */
  async worker(): Promise<Worker> {
    if (!(await this.workerTarget())) {
      // A message from an extension page wakes the worker, as any event would.
      const page = await this.context.newPage();
      await page.goto(this.url('src/options/index.html'));
      await page.evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => undefined));
      await waitUntil(async () => (await this.workerTarget()) !== undefined);
      await page.close();
    }
    const worker = this.context.serviceWorkers().find((w) => w.url().includes(this.extensionId));
    return worker ?? (await this.context.waitForEvent('serviceworker'));
  }

  private async workerTarget(): Promise<{ targetId: string } | undefined> {
    const { targetInfos } = await this.browserCdp.send<{ targetInfos: { targetId: string; type: string; url: string }[] }>('Target.getTargets');
    return targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(this.extensionId));
  }

  url(path: string): string {
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  /** Opens a test page in a tab and returns it with the extension's id for that tab. */
  async openPage(url: string): Promise<{ page: Page; tabId: number }> {
    const page = await this.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    const sw = await this.worker();
    const tabId = await sw.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    return { page, tabId };
  }

  /** Clicks the toolbar button on a tab, as a user would: the real popup opens and activeTab is granted. */
  async clickAction(page: Page): Promise<string> {
    const { targetInfos } = await this.browserCdp.send<{ targetInfos: { targetId: string; url: string }[] }>('Target.getTargets', {
      filter: [{ type: 'tab' }],
    });
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`No tab target for ${page.url()}`);
    const popupUrl = this.url('src/popup/index.html');
    const opened = this.waitForTarget((t) => t.type === 'page' && t.url.startsWith(popupUrl));
    await this.browserCdp.send('Extensions.triggerAction', { id: this.extensionId, targetId: tab.targetId });
    return (await opened).targetId;
  }

  private async waitForTarget(match: (t: { type: string; url: string }) => boolean): Promise<{ targetId: string }> {
    return new Promise((resolveTarget) => {
      const stops: (() => void)[] = [];
      const onTarget = (params: Record<string, unknown>): void => {
        const info = params.targetInfo as { targetId: string; type: string; url: string };
        if (!match(info)) return;
        for (const stop of stops) stop();
        resolveTarget(info);
      };
      stops.push(this.browserCdp.on('Target.targetCreated', onTarget), this.browserCdp.on('Target.targetInfoChanged', onTarget));
    });
  }

  /**
   * The side panel once it opens: a target Playwright does not expose as a page, reached like the
   * real popup (`evaluateInTarget`).
   */
  async waitForSidePanel(): Promise<string> {
    const panelUrl = this.url('src/popup/index.html?panel=1');
    const { targetInfos } = await this.browserCdp.send<{ targetInfos: { targetId: string; url: string }[] }>('Target.getTargets');
    const open = targetInfos.find((t) => t.url === panelUrl);
    if (open) return open.targetId;
    return (await this.waitForTarget((t) => t.type === 'page' && t.url === panelUrl)).targetId;
  }

  /** Whether a target (the real popup) is still open. */
  async targetOpen(targetId: string): Promise<boolean> {
    const { targetInfos } = await this.browserCdp.send<{ targetInfos: { targetId: string }[] }>('Target.getTargets');
    return targetInfos.some((t) => t.targetId === targetId);
  }

  /** Stops the extension's service worker, as the browser may at any moment. */
  async stopServiceWorker(): Promise<void> {
    const target = await this.workerTarget();
    if (!target) throw new Error('No service worker target to stop');
    await this.browserCdp.send('Target.closeTarget', { targetId: target.targetId });
    // Chromium sends no event when a worker target goes; wait on the condition itself.
    await waitUntil(async () => (await this.workerTarget()) === undefined);
  }

  /** Sends CDP commands to a target over the browser connection, in one session; answers the last. */
  private async sendToTarget(targetId: string, ...commands: [string, Record<string, unknown>][]): Promise<unknown> {
    const { sessionId } = await this.browserCdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: false });
    let result: unknown;
    for (const [method, params] of commands) result = await this.sendInSession(sessionId, method, params);
    // The target may have gone meanwhile (a popup that closed itself): nothing to detach.
    await this.browserCdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return result;
  }

  private async sendInSession(sessionId: string, method: string, params: Record<string, unknown>): Promise<unknown> {
    const id = Math.floor(Math.random() * 1e9);
    const answer = new Promise<unknown>((resolveAnswer, reject) => {
      const stop = this.browserCdp.on('Target.receivedMessageFromTarget', (event) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message as string) as { id?: number; result?: unknown; error?: { message: string } };
        if (message.id !== id) return;
        stop();
        if (message.error) reject(new Error(message.error.message));
        else resolveAnswer(message.result);
      });
    });
    await this.browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    return answer;
  }

  /**
   * Evaluates an expression in the real popup (a target Playwright does not expose as a page), as
   * a user's action would run: with a user gesture, which some APIs (the side panel) require.
   */
  async evaluateInTarget<T>(targetId: string, expression: string): Promise<T> {
    const result = (await this.sendToTarget(targetId, ['Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true, userGesture: true }])) as {
      result: { value: T };
      exceptionDetails?: unknown;
    };
    if (result.exceptionDetails) throw new Error(JSON.stringify(result.exceptionDetails));
    return result.result.value;
  }

  /**
   * The popup as an ordinary page for a tab whose action was clicked: activeTab lasts until the
   * tab navigates, so the page reads the same URL and title the real popup does.
   */
  async openPopup(tabId: number): Promise<Page> {
    const popup = await this.context.newPage();
    await popup.setViewportSize({ width: 440, height: 720 });
    await popup.emulateMedia({ colorScheme: this.colorScheme });
    await popup.goto(this.url(`src/popup/index.html?tab=${tabId}`));
    await popup.locator('#app[data-ready]').waitFor();
    return popup;
  }

  /** Clicks the action on a test page and opens the popup for it as a page. */
  async capturePopup(url: string): Promise<{ page: Page; popup: Page; tabId: number }> {
    const { page, tabId } = await this.openPage(url);
    await this.clickAction(page);
    const popup = await this.openPopup(tabId);
    return { page, popup, tabId };
  }

  /**
   * Chooses a built-in digest in the options page, as an editor starting one would: OpenStack's
   * sections, projects and suggestion rules, with no past issue imported.
   */
  async choosePreset(preset: 'openstack'): Promise<void> {
    const options = await this.context.newPage();
    await options.goto(this.url('src/options/index.html'));
    // By id, not by text: the page may be in any language.
    await options.locator('#format-preset').selectOption(preset);
    await options.locator('#format .actions button.primary').click();
    await options.locator('.toast').waitFor();
    await options.close();
  }

  /** Every record of a store, read in the extension's origin. */
  async readStore<T>(store: 'items' | 'issues' | 'meta' | 'drafts'): Promise<T[]> {
    const sw = await this.worker();
    return sw.evaluate(
      (name) =>
        new Promise<T[]>((resolveAll, reject) => {
          const open = indexedDB.open('digest-clipper');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction(name).objectStore(name).getAll();
            request.onsuccess = () => {
              db.close();
              resolveAll(request.result as T[]);
            };
            request.onerror = () => reject(request.error);
          };
        }),
      store,
    );
  }

  /**
   * Fires browser events at the worker's own listeners. Native menus and shortcuts cannot be
   * pressed from a test; Chromium's extension events carry a `dispatch` that runs the listeners
   * the extension registered, exactly as a real click or key would.
   */
  async dispatch(events: BrowserEvent[]): Promise<void> {
    const sw = await this.worker();
    await sw.evaluate((list) => {
      type Dispatchable = { dispatch: (...args: unknown[]) => void };
      for (const e of list) {
        if (e.kind === 'menu') (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(e.info, e.tab);
        else (chrome.commands.onCommand as unknown as Dispatchable).dispatch(e.name, e.tab);
      }
    }, events);
  }

  async actionTitle(): Promise<string> {
    const sw = await this.worker();
    return sw.evaluate(() => chrome.action.getTitle({}));
  }

  async badgeText(): Promise<string> {
    const sw = await this.worker();
    return sw.evaluate(() => chrome.action.getBadgeText({}));
  }

  async close(): Promise<void> {
    this.browserCdp?.close();
    await this.context?.close().catch(() => undefined);
    await this.server.stop();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** Polls a condition until it holds (what Playwright's own waits do), failing after `timeout` ms. */
export async function waitUntil(condition: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A context-menu click or a keyboard command, as the browser hands it to the worker's listeners. */
export type BrowserEvent =
  | { kind: 'menu'; info: { menuItemId: string; linkUrl?: string; linkText?: string; pageUrl?: string; selectionText?: string }; tab?: { id: number; url: string; title: string } }
  | { kind: 'command'; name: string; tab?: { id: number; url: string; title: string } };
