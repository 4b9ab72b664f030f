import { quickselect } from 'simple-statistics'

/**
 * Latency statistics of an array of microseconds. Percentiles use linear
 * interpolation between closest ranks (R-7, numpy's default), as
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

/** Summarizes `values` (µs), reordering them in place. */
export function summarizeUs(values: Uint32Array): LatencySummary {
  const n = values.length
  if (n === 0) return EMPTY_SUMMARY
  let sum = 0
  let min = values[0]
  let max = values[0]
  for (let i = 0; i < n; i++) {
    const v = values[i]
    sum += v
    if (v < min) min = v
    else if (v > max) max = v
  }
  const [median, p95, p99] = quantilesInPlace(values, [0.5, 0.95, 0.99])
  return {
    average: seconds(sum / n),
    median: seconds(median),
    p95: seconds(p95),
    p99: seconds(p99),
    min: seconds(min),
    max: seconds(max)
  }
}

/**
 * R-7 quantiles `ps` (ascending, each in [0, 1]) of `values`, which are
 * reordered in place. Selection (Floyd–Rivest) costs O(n) where a sort costs
 * O(n log n); the figures are exactly those of simple-statistics'
 * quantileSorted on the sorted values.
 */
export function quantilesInPlace(values: Uint32Array, ps: readonly number[]): number[] {
  const n = values.length
  const arr = values as unknown as number[]
  // invariant: values[0, from) are placed and none exceeds any value at or after `from`
  let from = 0
  return ps.map((p) => {
    const idx = (n - 1) * p
    const lower = Math.floor(idx)
    if (lower >= from) quickselect(arr, lower, from, n - 1)
    from = Math.max(from, lower + 1)
    if (idx === lower) return values[lower]
    // the next order statistic is the least value after `lower`
    quickselect(arr, lower + 1, lower + 1, n - 1)
    from = lower + 2
    return values[lower] + (idx - lower) * (values[lower + 1] - values[lower])
  })
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
