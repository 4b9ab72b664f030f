import type { ChangeKind } from './bootstrap.js'
import { bestSplit, type Split } from './energy-split.js'
import { segmentChange } from './segment-change.js'
import { PermutationTest } from './split-significance.js'

/**
 * Where did a history of per-run figures (the p95 of each run of the main
 * branch, oldest first) change level? E-Divisive means (Matteson & James
 * 2014, JASA 109:334), as MongoDB (Daly et al., ICPE 2020) and Apache Otava,
 * formerly Datastax Hunter (Fleming et al., ICPE 2023), run it on CI
 * histories: univariate, α = 1 (absolute differences). Split the segment
 * with the largest Q̂ (energy-split.ts) at its best (τ, κ); keep the split
 * when the permutation test says it is significant (split-significance.ts);
 * search all segments again; stop at the first split that is not.
 *
 * Defaults: significance 0.05 per split; 99 shuffles per test, so p-values
 * come in steps of 0.01 (MongoDB and Otava use 100, the R package ecp 199:
 * each shuffle costs an O(n²) search, and 99 keeps 300 runs with three
 * changes near 40 ms); segments of at least 5 runs, so one odd run is not
 * a segment of its own; seed 0x5eed. The permutation test is chosen over
 * Hunter's t-test on the two sides of the chosen split, which ignores that
 * the split was the best of all and so calls noise a change unless its
 * level is made far stricter (Hunter's 0.001, then a merge pass); the
 * shuffles are seeded, so the same history always gives the same points.
 * Each split after a real one is another test at alpha, so noise between
 * real changes can add a small one (0.0004 to 0.0026 a run in
 * change-points-calibration.test.ts).
 *
 * Latency and throughput are searched as logs, so a 10% step is the same
 * step at 5 ms and at 500 ms and multiplicative noise is even (as given
 * when a figure is 0 or below); error rates (`kind: 'points'`) as they are.
 * Pure: numbers in, change points out.
 */

export interface ChangePointOptions {
  /** 'relative' (default): latency, throughput; changes are ratios. 'points': error rates; changes are differences */
  kind?: ChangeKind
  /** significance level of each split's permutation test (default 0.05) */
  alpha?: number
  /** fewest runs on each side of a change point, and in every segment (default 5, at least 2) */
  minSegment?: number
  /** shuffles per permutation test (default 199); alpha·(permutations + 1) must be at least 1 */
  permutations?: number
  seed?: number
}

/** One side of a change point: the runs between it and its neighbouring change point (or the series' end). */
export interface SegmentSummary {
  /** index of the segment's first run */
  start: number
  /** runs in the segment */
  n: number
  /** mean of their figures */
  mean: number
}

export interface ChangePoint {
  /** index in the series of the first run after the change */
  index: number
  before: SegmentSummary
  after: SegmentSummary
  /** after.mean / before.mean − 1, or after.mean − before.mean for kind 'points' */
  change: number
  /** 95% interval of `change`, Welch's t on the two segments (segment-change.ts) */
  ci_low: number
  ci_high: number
  /** the permutation test's p-value when the split was made, (1 + shuffles at least as good) / (permutations + 1) */
  p_value: number
  /** Q̂ of the split, on the searched scale (logs for 'relative') */
  q: number
}

export const CHANGE_POINT_DEFAULTS = {
  kind: 'relative' as ChangeKind,
  alpha: 0.05,
  minSegment: 5,
  permutations: 99,
  seed: 0x5eed
}

/** The change points of `series`, in index order; none for a series shorter than 2·minSegment or without a change. */
export function changePoints(series: readonly number[], options: ChangePointOptions = {}): ChangePoint[] {
  const o = { ...CHANGE_POINT_DEFAULTS, ...options }
  checkOptions(o)
  if (series.some((v) => !Number.isFinite(v)))
    throw new RangeError('changePoints: every figure must be a finite number')
  if (series.length < 2 * o.minSegment) return []
  const z = Float64Array.from(
    series,
    o.kind === 'relative' && series.every((v) => v > 0) ? Math.log : (v) => v
  )
  const test = new PermutationTest(z, o)
  const splits = new Map<string, Split>()
  const found: { index: number; q: number; p_value: number }[] = []
  for (;;) {
    const bounds = [0, ...found.map((f) => f.index).sort((a, b) => a - b), z.length]
    const segments = bounds.slice(1).map((end, i) => [bounds[i], end] as const)
    let best = { index: -1, q: 0 }
    for (const [a, b] of segments) {
      const key = `${a}:${b}`
      if (!splits.has(key)) splits.set(key, bestSplit(z.subarray(a, b), o.minSegment))
      const s = splits.get(key)!
      if (s.q > best.q) best = { index: a + s.index, q: s.q }
    }
    if (best.q <= 0) break
    const t = test.test(segments, best.q)
    if (!t.significant) break
    found.push({ ...best, p_value: t.p_value })
  }
  return describe(series, found, o.kind)
}

function checkOptions(o: Required<ChangePointOptions>): void {
  if (!Number.isInteger(o.minSegment) || o.minSegment < 2)
    throw new RangeError('changePoints: minSegment must be an integer of at least 2')
  if (!(o.alpha > 0 && o.alpha < 1)) throw new RangeError('changePoints: alpha must be between 0 and 1')
  if (!Number.isInteger(o.permutations) || o.alpha * (o.permutations + 1) < 1)
    throw new RangeError('changePoints: permutations must be an integer with alpha·(permutations + 1) ≥ 1')
}

/** Each change point with its neighbouring segments in the final segmentation, figures as given. */
function describe(
  series: readonly number[],
  found: readonly { index: number; q: number; p_value: number }[],
  kind: ChangeKind
): ChangePoint[] {
  const sorted = [...found].sort((a, b) => a.index - b.index)
  const bounds = [0, ...sorted.map((f) => f.index), series.length]
  const summary = (start: number, end: number): SegmentSummary => {
    let sum = 0
    for (let i = start; i < end; i++) sum += series[i]
    return { start, n: end - start, mean: sum / (end - start) }
  }
  return sorted.map((f, i) => {
    const before = series.slice(bounds[i], f.index)
    const after = series.slice(f.index, bounds[i + 2])
    return {
      index: f.index,
      before: summary(bounds[i], f.index),
      after: summary(f.index, bounds[i + 2]),
      ...segmentChange(before, after, kind),
      p_value: f.p_value,
      q: f.q
    }
  })
}
