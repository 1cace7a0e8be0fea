import { defineConfig } from 'vitest/config';

// Tests of what `npm run build` produced: the CLI and the extension in real Chromium. One file at
// a time: two browsers at once on a two-core machine measure the machine, not the extension.
export default defineConfig({
  test: {
    include: ['test/cli/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
