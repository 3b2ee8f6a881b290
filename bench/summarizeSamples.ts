export interface SampleSummary {
  readonly count: number;
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

const EMPTY: SampleSummary = { count: 0, mean: 0, p50: 0, p95: 0, p99: 0, max: 0 };

/** Nearest-rank percentiles of a set of samples (no interpolation: every number shown was measured). */
export function summarizeSamples(samples: ArrayLike<number>): SampleSummary {
  const count = samples.length;
  if (count === 0) return EMPTY;
  const sorted = Float64Array.from(samples).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  const rank = (p: number): number => sorted[Math.min(count - 1, Math.max(0, Math.ceil((p / 100) * count) - 1))] ?? 0;
  return { count, mean: sum / count, p50: rank(50), p95: rank(95), p99: rank(99), max: sorted[count - 1] ?? 0 };
}
