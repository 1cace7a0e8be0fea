import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

// The Chrome build in dist/. package.json is the one place the version lives.
export default defineConfig({
  plugins: [preact(), crx({ manifest: { ...manifest, version: pkg.version } as typeof manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
    // Extension pages load their chunks from disk; preloading buys nothing and costs a helper.
    modulePreload: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
});
