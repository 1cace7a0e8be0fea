/** The value given most often (the first to reach the count, on a tie); undefined for none. */
export function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  for (const v of values) {
    counts.set(v, (counts.get(v) ?? 0) + 1);
    if (best === undefined || (counts.get(v) as number) > (counts.get(best) as number)) best = v;
  }
  return best;
}

/** The value given most often, where more than half of `total` entries give one; undefined where half or fewer do. */
export function mostCommonOfMost<T>(values: readonly T[], total: number): T | undefined {
  return values.length * 2 > total ? mostCommon(values) : undefined;
}
