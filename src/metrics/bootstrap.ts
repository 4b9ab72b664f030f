import { seededRandom } from '../engine/seeded-random.js'
/**
 * Confidence intervals for the change of a metric between two runs, from
 * per-window figures (one window = one second of a run, or one slice of an
 * A/B run). Requests of one run are not independent (they share the
 * machine's state), so every test on per-request samples is overconfident;
 * windows are close to independent, and a block bootstrap keeps what
 * dependence is left between neighbouring windows.
 *
 * Pure numbers in, intervals out (gate/judge-change.ts turns them into verdicts). Seeded: the same inputs
 * always give the same interval, so a CI job can be re-run to the same answer.
 */

/** One metric of one run (or one side of an A/B run), window by window: value = Σnum / Σden. */
export interface WindowSeries {
  num: readonly number[]
  den: readonly number[]
}

/** How a change is expressed: relative (current / baseline − 1) or a difference in points (error rate). */
export type ChangeKind = 'relative' | 'points'

export interface ChangeInterval {
  /** the change on the full data */
  estimate: number
  /** the bounds of the interval at `level` */
  low: number
  high: number
}

export interface BootstrapOptions {
  /**
   * 0 (default): the statistic is Σnum/Σden over the windows (a rate, an
   * error ratio). Above 0: the mean of the windows' num/den with this share
   * cut from each end, so one hiccup second moves a latency comparison no
   * more than its neighbours do.
   */
  trim?: number
  /** confidence level of the interval (default 0.95) */
  level?: number
  /** bootstrap replicates (default 2000) */
  replicates?: number
  seed?: number
}

/** Fewer windows than this on a side and no verdict is given: with 5 per side, 6% of A/A comparisons on autocorrelated data called a regression. */
export const MIN_WINDOWS = 10

const DEFAULTS = { trim: 0, level: 0.95, replicates: 2000, seed: 0x5eed }

/** Block length for n windows: n^(1/3), the usual order for a moving-block bootstrap of a mean. */
export function blockLength(n: number): number {
  return Math.max(1, Math.round(Math.cbrt(n)))
}

function change(kind: ChangeKind, baseline: number, current: number): number {
  if (kind === 'points') return current - baseline
  return baseline === 0 ? (current === 0 ? 0 : Infinity) : current / baseline - 1
}

/** A series as the statistic reads it: each window's num and den, and a scratch buffer for resamples. */
class Windows {
  readonly num: Float64Array
  readonly den: Float64Array
  private readonly scratch: Float64Array

  constructor(s: WindowSeries) {
    this.num = Float64Array.from(s.num)
    this.den = Float64Array.from(s.den)
    this.scratch = new Float64Array(s.num.length)
  }

  get length(): number {
    return this.num.length
  }

  /** The statistic over windows `picked[0, count)` (indexes into this series). */
  statistic(picked: Int32Array, count: number, trim: number): number {
    if (trim === 0) {
      let num = 0
      let den = 0
      for (let k = 0; k < count; k++) {
        num += this.num[picked[k]]
        den += this.den[picked[k]]
      }
      return den === 0 ? 0 : num / den
    }
    let m = 0
    for (let k = 0; k < count; k++) {
      const i = picked[k]
      if (this.den[i] > 0) this.scratch[m++] = this.num[i] / this.den[i]
    }
    return trimmedMean(this.scratch.subarray(0, m), trim)
  }

  all(): Int32Array {
    return Int32Array.from({ length: this.length }, (_, i) => i)
  }
}

/** Mean of `values` without the lowest and highest `trim` share (values are sorted in place). */
export function trimmedMean(values: Float64Array, trim: number): number {
  const n = values.length
  if (n === 0) return 0
  values.sort()
  const cut = Math.min(Math.floor(n * trim), Math.floor((n - 1) / 2))
  let sum = 0
  for (let i = cut; i < n - cut; i++) sum += values[i]
  return sum / (n - 2 * cut)
}

/**
 * A circular moving-block resample of n windows: blocks of `len`
 * consecutive windows starting anywhere (wrapping at the end), written
 * into `out` until it holds n.
 */
function blockResample(n: number, len: number, random: () => number, out: Int32Array): void {
  for (let taken = 0; taken < n;) {
    const start = Math.floor(random() * n)
    for (let k = 0; k < len && taken < n; k++) out[taken++] = (start + k) % n
  }
}

/** The (1 − level)/2 and (1 + level)/2 quantiles of the replicates (sorted in place). */
function percentileInterval(replicates: Float64Array, level: number): [number, number] {
  replicates.sort()
  const at = (p: number): number => {
    const idx = (replicates.length - 1) * p
    const lo = Math.floor(idx)
    const hi = Math.min(lo + 1, replicates.length - 1)
    return replicates[lo] + (idx - lo) * (replicates[hi] - replicates[lo])
  }
  return [at((1 - level) / 2), at((1 + level) / 2)]
}

/**
 * The change from `baseline` to `current`, two independent runs, with a
 * percentile interval from a circular block bootstrap of each run's windows.
 */
export function independentChange(
  baseline: WindowSeries,
  current: WindowSeries,
  kind: ChangeKind,
  options: BootstrapOptions = {}
): ChangeInterval {
  const o = { ...DEFAULTS, ...options }
  const random = seededRandom(o.seed)
  const b = new Windows(baseline)
  const c = new Windows(current)
  const lb = blockLength(b.length)
  const lc = blockLength(c.length)
  const pb = new Int32Array(b.length)
  const pc = new Int32Array(c.length)
  const reps = new Float64Array(o.replicates)
  for (let r = 0; r < o.replicates; r++) {
    blockResample(b.length, lb, random, pb)
    blockResample(c.length, lc, random, pc)
    reps[r] = change(kind, b.statistic(pb, b.length, o.trim), c.statistic(pc, c.length, o.trim))
  }
  const [low, high] = percentileInterval(reps, o.level)
  const estimate = change(
    kind,
    b.statistic(b.all(), b.length, o.trim),
    c.statistic(c.all(), c.length, o.trim)
  )
  return { estimate, low, high }
}

/** One A/B pair of slices run back to back: the baseline side's windows and the current side's. */
export interface SlicePair {
  baseline: WindowSeries
  current: WindowSeries
}

/**
 * The change from baseline to current in an A/B run, with a percentile
 * interval from resampling whole pairs of slices: drift and neighbours' noise
 * that hit both sides of a pair cancel out instead of widening the interval.
 */
export function pairedChange(
  pairs: readonly SlicePair[],
  kind: ChangeKind,
  options: BootstrapOptions = {}
): ChangeInterval {
  const o = { ...DEFAULTS, ...options }
  const random = seededRandom(o.seed)
  // each side's windows, all pairs end to end, and where each pair's windows begin
  const side = (which: 'baseline' | 'current') => {
    const w = new Windows({
      num: pairs.flatMap((p) => [...p[which].num]),
      den: pairs.flatMap((p) => [...p[which].den])
    })
    const starts: number[] = []
    let at = 0
    for (const p of pairs) {
      starts.push(at)
      at += p[which].num.length
    }
    const lengths = pairs.map((p) => p[which].num.length)
    // a resample draws pairs.length slices, each at most the longest
    const picked = new Int32Array(pairs.length * Math.max(0, ...lengths))
    return { w, starts, lengths, picked }
  }
  const b = side('baseline')
  const c = side('current')
  const drawn = new Int32Array(pairs.length)
  const statistic = (s: ReturnType<typeof side>, pairIdx: Int32Array): number => {
    let count = 0
    for (const k of pairIdx) {
      for (let j = 0; j < s.lengths[k]; j++) s.picked[count++] = s.starts[k] + j
    }
    return s.w.statistic(s.picked, count, o.trim)
  }
  const reps = new Float64Array(o.replicates)
  for (let r = 0; r < o.replicates; r++) {
    for (let k = 0; k < pairs.length; k++) drawn[k] = Math.floor(random() * pairs.length)
    reps[r] = change(kind, statistic(b, drawn), statistic(c, drawn))
  }
  const [low, high] = percentileInterval(reps, o.level)
  const every = Int32Array.from({ length: pairs.length }, (_, k) => k)
  return { estimate: change(kind, statistic(b, every), statistic(c, every)), low, high }
}

/**
 * The relative change from baseline to current in an A/B run, pair by pair:
 * each pair's log ratio current/baseline of its statistic (Σnum/Σden of the
 * slice), then the trimmed mean of those. Noise that hits both slices of a
 * pair (drift, a busy neighbour for seconds) cancels in each ratio; a burst
 * that hits one slice alone makes one outlying pair, which the trimming sets
 * aside instead of letting it widen the interval. The interval resamples
 * pairs in moving blocks (what dependence is left between neighbouring
 * pairs stays in the resamples). Pairs where a side has no figure (no
 * request in a slice) are left out.
 */
export function pairedRatioChange(
  pairs: readonly SlicePair[],
  options: BootstrapOptions = {}
): ChangeInterval & { pairs: number } {
  const o = { ...DEFAULTS, ...options }
  const value = (w: WindowSeries): number => {
    let num = 0
    let den = 0
    for (let i = 0; i < w.num.length; i++) {
      num += w.num[i]
      den += w.den[i]
    }
    return den === 0 ? NaN : num / den
  }
  const ratios = pairs
    .map((p) => Math.log(value(p.current) / value(p.baseline)))
    .filter((r) => Number.isFinite(r))
  const n = ratios.length
  if (n === 0) return { estimate: 0, low: 0, high: 0, pairs: 0 }
  const d = Float64Array.from(ratios)
  const scratch = new Float64Array(n)
  const picked = new Int32Array(n)
  const random = seededRandom(o.seed)
  const len = blockLength(n)
  const reps = new Float64Array(o.replicates)
  for (let r = 0; r < o.replicates; r++) {
    blockResample(n, len, random, picked)
    for (let k = 0; k < n; k++) scratch[k] = d[picked[k]]
    reps[r] = trimmedMean(scratch, o.trim)
  }
  const [low, high] = percentileInterval(reps, o.level)
  return {
    estimate: Math.expm1(trimmedMean(d.slice(), o.trim)),
    low: Math.expm1(low),
    high: Math.expm1(high),
    // the pairs with a figure on both sides: what the interval rests on
    pairs: n
  }
}
