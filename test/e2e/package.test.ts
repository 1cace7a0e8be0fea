import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

async function entries(browser: 'chrome' | 'firefox'): Promise<{ files: string[]; manifest: Record<string, unknown>; zip: JSZip }> {
  const zip = await JSZip.loadAsync(readFileSync(join(root, 'artifacts', `digest-clipper-${browser}-${version}.zip`)));
  const files = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
  const manifest = JSON.parse(await (zip.file('manifest.json') as JSZip.JSZipObject).async('string')) as Record<string, unknown>;
  return { files, manifest, zip };
}

describe.each(['chrome', 'firefox'] as const)('the %s package', (browser) => {
  it('holds a manifest of the version in package.json', async () => {
    const { manifest } = await entries(browser);
    expect(manifest.version).toBe(version);
    expect(manifest.manifest_version).toBe(3);
  });

  it('holds the build and nothing else: no source maps, sources, tests or node_modules', async () => {
    const { files } = await entries(browser);
    for (const file of files) {
      expect(file).toMatch(/^(manifest\.json|service-worker-loader\.js|_locales\/(en|zh_CN)\/messages\.json|icons\/icon-\d+\.png|assets\/[\w.-]+\.(js|css)|src\/(popup|options)\/index\.html)$/);
    }
    expect(files.some((f) => f.endsWith('.map') || f.endsWith('.ts') || f.includes('node_modules') || f.startsWith('test/'))).toBe(false);
  });

  it('runs no remote code, no eval and no inline script, under the default content security policy', async () => {
    const { files, manifest, zip } = await entries(browser);
    expect(manifest).not.toHaveProperty('content_security_policy');
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = await (zip.file(file) as JSZip.JSZipObject).async('string');
      for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
        expect(script, `${file} has an inline script`).toMatch(/^<script\b[^>]*\ssrc="\/[^"]+"[^>]*><\/script>$/);
      }
      expect(html).not.toMatch(/\son\w+=/);
    }
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const code = await (zip.file(file) as JSZip.JSZipObject).async('string');
      expect(code, `${file} calls eval`).not.toMatch(/\beval\s*\(|\bnew Function\s*\(/);
      expect(code, `${file} imports remote code`).not.toMatch(/\bimport\s*\(\s*["']https?:|from\s*["']https?:/);
    }
  });
});

describe('the two manifests', () => {
  it('come from one source: Chrome gets a service worker and a side panel, Firefox background scripts, a sidebar and an add-on id', async () => {
    const chrome = (await entries('chrome')).manifest as { background: Record<string, unknown> };
    const firefox = (await entries('firefox')).manifest as { background: Record<string, unknown>; browser_specific_settings: { gecko: { id: string } } };
    expect(Object.keys(chrome.background)).toEqual(['service_worker', 'type']);
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expect(Object.keys(firefox.background)).toEqual(['scripts', 'type']);
    expect(firefox.browser_specific_settings.gecko.id).toBe('digest-clipper@digest-clipper.dev');
    // The panel: Chrome's side panel and its permission, Firefox's sidebar, the same page.
    const { side_panel: panel, permissions: chromePermissions } = chrome as unknown as { side_panel: { default_path: string }; permissions: string[] };
    const { sidebar_action: sidebar, permissions: firefoxPermissions } = firefox as unknown as { sidebar_action: { default_panel: string }; permissions: string[] };
    expect(sidebar.default_panel).toBe(panel.default_path);
    expect(chromePermissions.filter((p) => p !== 'sidePanel')).toEqual(firefoxPermissions);
    const { background: _c, minimum_chrome_version: _m, side_panel: _s, permissions: _p, ...chromeRest } = chrome as Record<string, unknown>;
    const { background: _f, browser_specific_settings: _b, sidebar_action: _a, permissions: _q, ...firefoxRest } = firefox as unknown as Record<string, unknown>;
    expect(firefoxRest).toEqual(chromeRest);
  });
});
