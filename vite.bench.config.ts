import { mergeConfig } from 'vite';
import cli from './vite.cli.config.ts';

// The core's benchmarks bundled as the command-line tool is: measured as the code ships, not as
// tsx transforms it. Its place, two folders down, keeps the shared corpus where the test helpers
// look for it.
export default mergeConfig(cli, {
  build: { ssr: 'bench/core-main.ts', outDir: 'build/bench', rollupOptions: { output: { entryFileNames: 'core-main.js' } } },
});
