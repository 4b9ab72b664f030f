import type { ChangeInterval, ChangeKind, WindowSeries } from './bootstrap.js'
import { tQuantile975 } from './student-t.js'

/**
 * Two short runs (fewer whole seconds than a block bootstrap needs, at
 * least this many each) still decide when their seconds do not overlap:
 * two stable 5 s runs at 20.7 ms and 26.6 ms are a change, not "run longer".
 */
export const MIN_FEW_WINDOWS = 3

/**
 * The change between two short runs: Welch's t interval on the windows'
 * figures (a ratio of means in log space for a relative change), each
 * side's variance inflated by its lag-1 autocorrelation, since neighbouring
 * seconds of a run share the machine's state and a plain t interval on
 * them is too narrow. Student's t with Welch–Satterthwaite degrees of
 * freedom makes the interval as wide as a handful of windows deserves.
 * Undefined when a side has fewer than MIN_FEW_WINDOWS windows with a figure.
 */
export function fewWindowsChange(
  baseline: WindowSeries,
  current: WindowSeries,
  kind: ChangeKind
): ChangeInterval | undefined {
  const b = describe(baseline)
  const c = describe(current)
  if (!b || !c) return undefined
  if (kind === 'points') {
    const vb = b.variance / b.n
    const vc = c.variance / c.n
    const half = tQuantile975(welchDf(vb, b.n, vc, c.n)) * Math.sqrt(vb + vc)
    const estimate = c.mean - b.mean
    return { estimate, low: estimate - half, high: estimate + half }
  }
  if (b.mean <= 0 || c.mean <= 0) return undefined
  // relative: the log of the ratio of means, its variance by the delta method
  const vb = b.variance / (b.n * b.mean ** 2)
  const vc = c.variance / (c.n * c.mean ** 2)
  const log = Math.log(c.mean / b.mean)
  const half = tQuantile975(welchDf(vb, b.n, vc, c.n)) * Math.sqrt(vb + vc)
  return { estimate: c.mean / b.mean - 1, low: Math.expm1(log - half), high: Math.expm1(log + half) }
}

/** The least lag-1 autocorrelation assumed of a short run's seconds. */
const R_FLOOR = 0.5

interface Described {
  n: number
  mean: number
  /** the sample variance, inflated by (1 + r) / (1 − r) for the lag-1 autocorrelation r (at least 3-fold) */
  variance: number
}

function describe(s: WindowSeries): Described | undefined {
  const xs: number[] = []
  for (let i = 0; i < s.num.length; i++) if (s.den[i] > 0) xs.push(s.num[i] / s.den[i])
  const n = xs.length
  if (n < MIN_FEW_WINDOWS) return undefined
  const mean = xs.reduce((a, x) => a + x, 0) / n
  let ss = 0
  let lag = 0
  for (let i = 0; i < n; i++) {
    ss += (xs[i] - mean) ** 2
    if (i > 0) lag += (xs[i] - mean) * (xs[i - 1] - mean)
  }
  const variance = ss / (n - 1)
  // a handful of windows estimates r poorly and too low (its bias is about −1/n): assume at least
  // 0.5, which neighbouring seconds of one run on a shared machine commonly reach, and at most 0.8
  const r = Math.min(0.8, Math.max(R_FLOOR, ss > 0 ? lag / ss : 0))
  return { n, mean, variance: variance * ((1 + r) / (1 - r)) }
}

/** Welch–Satterthwaite degrees of freedom for two variances of means. */
function welchDf(vb: number, nb: number, vc: number, nc: number): number {
  const den = vb ** 2 / (nb - 1) + vc ** 2 / (nc - 1)
  return den === 0 ? nb + nc - 2 : (vb + vc) ** 2 / den
}
