import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { earlyScript } from './scripts/early-script-plugin.ts';

/**
 * One manifest for both browsers: Chrome reads `background.service_worker` and `side_panel`;
 * Firefox reads `background.scripts`, `sidebar_action` and `browser_specific_settings`. Each
 * build drops the keys its browser does not use, so neither warns. package.json is the one place the version
 * lives.
 */
const browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

function manifestFor(target: 'chrome' | 'firefox') {
  const { background, browser_specific_settings, minimum_chrome_version, side_panel, sidebar_action, permissions, ...rest } = manifest;
  const common = { ...rest, version: pkg.version };
  if (target === 'firefox') {
    // Firefox's panel is the sidebar; it has no `sidePanel` permission.
    return {
      ...common,
      permissions: permissions.filter((p) => p !== 'sidePanel'),
      sidebar_action,
      background: { scripts: background.scripts, type: background.type },
      browser_specific_settings,
    };
  }
  return { ...common, permissions, side_panel, minimum_chrome_version, background: { service_worker: background.service_worker, type: background.type } };
}

export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest: manifestFor(browser) as never, browser }),
    // The popup paints its form from one classic script before the application's modules load.
    earlyScript({
      entry: fileURLToPath(new URL('./src/popup/early/early-main.tsx', import.meta.url)),
      page: 'src/popup/index.html',
      fileName: 'assets/popup-early.js',
      target: browser === 'firefox' ? 'firefox128' : 'chrome116',
    }),
  ],
  // The team's git libraries (lightning-fs's text encoding shim) look for Node's `global`; a
  // service worker has neither it nor `window`, only `globalThis`.
  define: { global: 'globalThis' },
  // isomorphic-git's SHA-1 from sha.js brings a Buffer shim chain that evaluates strings as code;
  // ours hashes the same with nothing else (src/git/sha1.ts).
  resolve: { alias: { 'sha.js/sha1.js': fileURLToPath(new URL('./src/git/sha1.ts', import.meta.url)) } },
  build: {
    outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: browser === 'firefox' ? 'firefox128' : 'chrome116',
    sourcemap: false,
    // Extension pages load their chunks from disk; preloading buys nothing and costs a helper.
    modulePreload: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
});
