import { quantileSorted } from 'simple-statistics'

/**
 * Latency statistics over a sorted array of microseconds. Percentiles use
 * linear interpolation between closest ranks (R-7, numpy's default), as
 * simple-statistics ≥ 7.8.9 does: p95 of 1..10 is 9.55.
 */
export interface LatencySummary {
  /** all in seconds */
  average: number
  median: number
  p95: number
  p99: number
  min: number
  max: number
}

export const EMPTY_SUMMARY: LatencySummary = Object.freeze({
  average: 0,
  median: 0,
  p95: 0,
  p99: 0,
  min: 0,
  max: 0
})

export function summarizeSortedUs(sorted: ArrayLike<number>): LatencySummary {
  const n = sorted.length
  if (n === 0) return EMPTY_SUMMARY
  let sum = 0
  for (let i = 0; i < n; i++) sum += sorted[i]
  const q = (p: number): number => quantileSorted(sorted as unknown as number[], p)
  return {
    average: seconds(sum / n),
    median: seconds(q(0.5)),
    p95: seconds(q(0.95)),
    p99: seconds(q(0.99)),
    min: seconds(sorted[0]),
    max: seconds(sorted[n - 1])
  }
}

/** µs → seconds, kept to the microsecond. */
export function seconds(us: number): number {
  return Math.round(us) / 1e6
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/** Percent of part in whole, 0 when whole is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : round((part / whole) * 100, 4)
}
