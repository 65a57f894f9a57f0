/** Order statistics of timings. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: p99 of 50 samples is the largest, not an interpolation past it.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Milliseconds with one decimal, for tables. */
export const ms = (value: number) => (Number.isFinite(value) ? Math.round(value * 10) / 10 : 'n/a');

export const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)} x` : 'n/a');
