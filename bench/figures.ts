// How the bench and the A/B run print and summarize their timings: `name: value` lines, and the
// median, p95 and mean of a set of samples.

export function line(name: string, value: string | number): void {
  console.log(`${name}: ${value}`);
}

export function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(3) : ms.toFixed(1);
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at] as number;
}

export interface Timing {
  readonly median: number;
  readonly p95: number;
  readonly mean: number;
}

export function timingOf(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), mean: samples.reduce((sum, s) => sum + s, 0) / samples.length };
}
