// Timing and summary helpers shared by the benchmark sections (bench/run.ts). The same definitions as
// the local helpers of bench/extract.ts (`timed`, `median`), plus percentiles and a distribution.
import { performance } from 'node:perf_hooks';

/** Runs `fn` once and returns its value and the milliseconds it took. */
export function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : 0;
};

/** The p-th percentile (0..100), linear between the two nearest ranks; 0 for no data. */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const at = ((s.length - 1) * p) / 100;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}

export interface Dist {
  n: number;
  median: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

export function dist(xs: number[]): Dist {
  return {
    n: xs.length,
    median: median(xs),
    p95: percentile(xs, 95),
    mean: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0,
    min: xs.length ? Math.min(...xs) : 0,
    max: xs.length ? Math.max(...xs) : 0,
  };
}

/** a / b, or null when b is 0 (nothing to compare with). */
export const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
