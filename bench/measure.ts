/** One benchmark figure, as written to bench/results.json. */
export interface Measure {
  name: string;
  value: number;
  unit: string;
  runs: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarize(name: string, samples: readonly number[], unit = 'ms'): Measure {
  return {
    name,
    value: round(median(samples)),
    unit,
    runs: samples.length,
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
  };
}

/** Times `fn` `runs` times after two warm-up calls, in milliseconds. */
export function repeat(name: string, runs: number, fn: () => unknown): Measure {
  fn();
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarize(name, samples);
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
