/** Small statistics for the benchmark's figures. */

/** The p-th percentile by nearest rank (p50 is the median); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** One decimal place, for the JSON line. */
export const round1 = (value: number) => Math.round(value * 10) / 10;
