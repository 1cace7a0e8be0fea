import preact from '@preact/preset-vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests run in the zone of the digest's first editors (UTC+8), not the machine's (often
// UTC): a calendar day taken in UTC where the editor's own zone was meant shows up as a failure.
process.env.TZ = 'Asia/Shanghai';

// Unit tests: no extension build involved. Node by default, so a core module that reaches for
// `document` fails its own tests; UI tests opt into happy-dom per file.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
    // Every core: Vitest keeps one for its own process by default, idle while tests run, which on
    // CI's two cores ran the files one at a time (192 s against 118 s with both).
    maxWorkers: availableParallelism(),
  },
});
