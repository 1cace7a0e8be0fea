import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { arch, cpus, platform, totalmem } from 'node:os';
import { DIST } from '../test/e2e/harness.ts';
import { browserBenchmarks, kindsPopupBenchmarks } from './browser-bench.ts';
import { bundleSizes } from './bundle-size.ts';
import type { Measure } from './measure.ts';
import { teamBenchmarks } from './team-bench.ts';

/**
 * `npm run bench`: medians over repeated runs, printed as a table and written to
 * bench/results.json. Speed is measured here, never in timed tests.
 */
const runs = Number(process.env.BENCH_RUNS ?? 15);
const TARGETS: Record<string, number> = {
  popup_ready_ratio: 1.3,
  popup_js_gzip_kb: 20,
  save_ms: 7.5,
  queue_render_ms: 50,
  archive_search_ms: 30,
  export_1000_ms: 20,
  export_1mb_published_edited_ms: 500,
  import_corpus_ms: 150,
  import_1mb_entries_ms: 500,
  import_1mb_links_ms: 500,
};

/** The core's benchmarks, run from their bundle (bench/core-main.ts) in a process of their own. */
function coreMeasures(n: number): Measure[] {
  const out = execFileSync(process.execPath, [new URL('../build/bench/core-main.js', import.meta.url).pathname, String(n)], { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  return JSON.parse(out.toString()) as Measure[];
}

const results: Measure[] = [...(await browserBenchmarks(runs)), ...(await kindsPopupBenchmarks(runs)), ...(await teamBenchmarks(Math.min(runs, 10))), ...coreMeasures(runs * 2), ...bundleSizes(DIST)];

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${arch()}, Node ${process.version}`;
console.log(`\nDigest Clipper benchmarks — ${machine}\n`);
console.table(
  Object.fromEntries(
    results.map((r) => {
      const target = TARGETS[r.name];
      const verdict = target === undefined ? '' : r.value <= target ? `≤ ${target} ✓` : `> ${target} ✗`;
      return [r.name, { median: r.value, unit: r.unit, min: r.min, max: r.max, runs: r.runs, target: verdict }];
    }),
  ),
);
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results.map(({ name, value, unit, runs: n }) => ({ name, value, unit, runs: n })), null, 2) + '\n');
console.log('Written to bench/results.json');
