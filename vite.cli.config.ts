import { defineConfig } from 'vite';

// The command-line tool: the core bundled into one Node script, so `npm run digest` needs no
// TypeScript at run time.
export default defineConfig({
  build: {
    ssr: 'src/cli/digest.ts',
    outDir: 'build/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'digest.js', format: 'es' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
