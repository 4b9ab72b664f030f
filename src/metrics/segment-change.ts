import { mean, sampleVariance } from 'simple-statistics'
import type { ChangeKind } from './bootstrap.js'
import { tQuantile975 } from './student-t.js'

/**
 * How much two neighbouring segments of a history differ, with a 95%
 * interval from Welch's t (unequal variances, Welch–Satterthwaite degrees
 * of freedom). The runs of a history are separate CI jobs, so unlike the
 * windows of one run they are close to independent and a t interval fits;
 * a bootstrap would add a seed and nothing else. A relative change is
 * taken on the log of the ratio of the means (delta method), so its
 * interval stays above −100% and is as wide either way on a log scale, as
 * the bootstrap's widened intervals are (student-t.ts).
 */

export interface SegmentChange {
  /** after / before − 1 (relative) or after − before (points) */
  change: number
  /** the change's 95% interval; NaN for a relative change when a mean is not above 0 */
  ci_low: number
  ci_high: number
}

/** The change from `before` to `after` (each at least 2 figures). */
export function segmentChange(
  before: readonly number[],
  after: readonly number[],
  kind: ChangeKind
): SegmentChange {
  const mb = mean(before as number[])
  const ma = mean(after as number[])
  if (kind === 'points') {
    const d = ma - mb
    const h = welchHalfWidth(
      sampleVariance(before as number[]) / before.length,
      before.length,
      sampleVariance(after as number[]) / after.length,
      after.length
    )
    return { change: d, ci_low: d - h, ci_high: d + h }
  }
  const change = mb === 0 ? (ma === 0 ? 0 : Infinity) : ma / mb - 1
  if (!(mb > 0 && ma > 0)) return { change, ci_low: NaN, ci_high: NaN }
  // var(log mean) ≈ var(mean) / mean²
  const vb = sampleVariance(before as number[]) / before.length / (mb * mb)
  const va = sampleVariance(after as number[]) / after.length / (ma * ma)
  const h = welchHalfWidth(vb, before.length, va, after.length)
  const l = Math.log(ma / mb)
  return { change, ci_low: Math.expm1(l - h), ci_high: Math.expm1(l + h) }
}

/** t(0.975, ν)·√(v1 + v2), the variances of the two means given; 0 when both are 0. */
function welchHalfWidth(v1: number, n1: number, v2: number, n2: number): number {
  const v = v1 + v2
  if (v === 0) return 0
  const df = (v * v) / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1))
  return tQuantile975(df) * Math.sqrt(v)
}
