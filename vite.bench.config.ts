import { defineConfig } from 'vite';

// The core's benchmarks bundled as the command-line tool is (see vite.cli.config.ts): measured as
// the code ships, not as tsx transforms it. Its place, two folders down, keeps the shared
// corpus where the test helpers look for it.
export default defineConfig({
  build: {
    ssr: 'bench/core-main.ts',
    outDir: 'build/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'core-main.js', format: 'es' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
