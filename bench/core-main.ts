import { coreBenchmarks } from './core-bench.ts';

/*
 * The core's benchmarks as their own process, run from the bundle `vite.bench.config.ts` builds:
 * the code as the extension and the CLI ship it. Run through tsx, every function a function
 * declares is wrapped to keep its name (esbuild's keepNames), which the build does not do and
 * which cost the export a fifth of its time. Prints the measures as JSON.
 */
const runs = Number(process.argv[2] ?? 30);
process.stdout.write(JSON.stringify(coreBenchmarks(runs)));
