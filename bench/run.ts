import { writeFileSync } from 'node:fs';
import { arch, cpus, platform, totalmem } from 'node:os';
import { coreBenchmarks } from './core-bench.ts';
import type { Measure } from './measure.ts';

/**
 * `npm run bench`: medians over repeated runs, printed as a table and written to
 * bench/results.json. Speed is measured here, never in timed tests.
 */
const runs = Number(process.env.BENCH_RUNS ?? 30);
const results: Measure[] = [...coreBenchmarks(runs)];

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${arch()}, Node ${process.version}`;
console.log(`\nDigest Clipper benchmarks — ${machine}\n`);
console.table(Object.fromEntries(results.map((r) => [r.name, { median: r.value, unit: r.unit, min: r.min, max: r.max, runs: r.runs }])));
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results.map(({ name, value, unit, runs }) => ({ name, value, unit, runs })), null, 2) + '\n');
console.log('Written to bench/results.json');
