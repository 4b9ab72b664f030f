/**
 * The best split of one segment by the energy statistic of Matteson & James
 * (2014, "A Nonparametric Approach for Multiple Change Point Analysis of
 * Multivariate Data", JASA 109:334), univariate with α = 1: the scaled
 * sample divergence
 *
 *   Q̂(τ, κ) = mn/(m+n) · [ 2/(mn) Σ|x−y| − 1/C(n,2) Σ|x−x'| − 1/C(m,2) Σ|y−y'| ]
 *
 * between X = z[0, τ) and Y = z[τ, κ), maximised over τ and κ. Maximising
 * over κ too (not only κ = the segment's end, as MongoDB's
 * signal_processing_algorithms does) is the paper's and Apache Otava's
 * choice (otava/change_point_divisive/calculator.py): a change that comes
 * back, a regression then its fix, stands out as the short middle piece.
 * A pair that is alone on its side has no within-sample term (C(1,2) = 0),
 * as in Otava.
 */

// read once: in a vm context (jest's test modules) every read of the global Math is a slow lookup
const abs = Math.abs

export interface Split {
  /** first index of the right-hand side, relative to the segment's start */
  index: number
  /** Q̂ at the best (τ, κ); 0 when no split is allowed or the segment is constant */
  q: number
}

/**
 * The (τ, κ) with the largest Q̂ in `z`, both sides at least `minSegment`
 * long. O(m²) time, O(m) memory: each τ adds one point to X, and Y grows
 * one point at a time while κ walks to the end. Ties keep the first τ.
 */
export function bestSplit(z: Float64Array, minSegment: number, work = new SplitWork(z.length)): Split {
  const m = z.length
  const best: Split = { index: -1, q: 0 }
  if (m < 2 * minSegment) return best
  // toLeft[k]: Σ over the current X of |z_i − z_k|; before[k]: Σ over all i < k
  const { toLeft, before } = work.reset(m)
  for (let k = 1; k < m; k++) {
    let s = 0
    const zk = z[k]
    for (let i = 0; i < k; i++) s += abs(z[i] - zk)
    before[k] = s
  }
  let withinX = 0
  for (let tau = 1; tau <= m - minSegment; tau++) {
    // point tau − 1 joins X
    const joined = z[tau - 1]
    withinX += before[tau - 1]
    if (tau < minSegment) {
      for (let k = tau; k < m; k++) toLeft[k] += abs(joined - z[k])
      continue
    }
    const n = tau
    const xTerm = n > 1 ? withinX / (n - 1) : 0
    let between = 0
    let withinY = 0
    for (let k = tau; k < m; k++) {
      const left = toLeft[k] + abs(joined - z[k])
      toLeft[k] = left
      between += left
      withinY += before[k] - left
      const my = k - tau + 1
      if (my < minSegment) continue
      const q = (2 * between - 2 * my * xTerm - (my > 1 ? (2 * n * withinY) / (my - 1) : 0)) / (n + my)
      if (q > best.q) {
        best.q = q
        best.index = tau
      }
    }
  }
  return best
}

/** Scratch arrays for `bestSplit`, kept across the many calls of a permutation test. */
export class SplitWork {
  private toLeft: Float64Array
  private before: Float64Array

  constructor(size: number) {
    this.toLeft = new Float64Array(size)
    this.before = new Float64Array(size)
  }

  reset(m: number): { toLeft: Float64Array; before: Float64Array } {
    if (this.toLeft.length < m) {
      this.toLeft = new Float64Array(m)
      this.before = new Float64Array(m)
    }
    this.toLeft.fill(0, 0, m)
    this.before[0] = 0
    return { toLeft: this.toLeft, before: this.before }
  }
}
