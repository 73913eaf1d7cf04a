/** Percentiles of a list of times (ms), as the report prints them. */
export interface TimeSummary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

export function describeTimes(times: number[]): TimeSummary {
  const sorted = times.filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
  return { n: sorted.length, median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? Number.NaN };
}
