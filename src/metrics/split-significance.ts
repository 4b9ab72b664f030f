import { seededRandom } from '../engine/seeded-random.js'
import { bestSplit, SplitWork } from './energy-split.js'

/**
 * Is the best split significant? Matteson & James's permutation test, as
 * MongoDB's signal_processing_algorithms (energy_statistics.py) and Apache
 * Otava's original E-Divisive (change_point_divisive/significance_test.py)
 * run it: shuffle the values within each current segment, take the largest
 * Q̂ over all segments of the shuffled series, and count how often that
 * beats the observed one. Because every shuffle is searched for its own
 * best split, the search over all (τ, κ) is in the null distribution: no
 * Bonferroni factor is needed, unlike a t-test on the chosen split
 * (Hunter's, which therefore asks for p < 0.001).
 *
 * Deterministic and cheaper than the references in two ways that leave the
 * test unchanged: each segment has its own seeded stream of shuffles (seeded
 * from the segment's bounds), so a segment's null sample is drawn once and
 * reused by every later test that still has that segment; and a test stops
 * drawing as soon as enough shuffles have beaten the observed Q̂ that it
 * cannot be significant (Besag & Clifford's sequential p-value, 1991).
 */

export interface PermutationOptions {
  /** shuffles per test, R; the p-value is (1 + beaten) / (R + 1), so never 0 */
  permutations: number
  alpha: number
  minSegment: number
  seed: number
}

export interface Significance {
  significant: boolean
  /** (1 + b)/(R + 1); when the test stopped early, the p-value so far (already above alpha) */
  p_value: number
}

/** Shuffles whose best Q̂ is within this share of the observed one count as beating it: equal in exact arithmetic. */
const TIE = 1e-12

/** One segment's null sample: the best Q̂ of each of its seeded shuffles, drawn as far as asked. */
class SegmentNull {
  private readonly drawn: number[] = []
  private readonly values: Float64Array
  private readonly random: () => number

  constructor(
    values: Float64Array,
    seed: number,
    private readonly minSegment: number,
    private readonly work: SplitWork
  ) {
    this.values = values.slice()
    this.random = seededRandom(seed)
  }

  at(r: number): number {
    if (this.values.length < 2 * this.minSegment) return 0
    while (this.drawn.length <= r) {
      shuffle(this.values, this.random)
      this.drawn.push(bestSplit(this.values, this.minSegment, this.work).q)
    }
    return this.drawn[r]
  }
}

/** Fisher–Yates, in place. */
function shuffle(values: Float64Array, random: () => number): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = (random() * (i + 1)) | 0
    const t = values[i]
    values[i] = values[j]
    values[j] = t
  }
}

/** A segment's own seed, from the test's seed and its bounds: the same segment draws the same shuffles. */
function segmentSeed(seed: number, start: number, end: number): number {
  return (seed + Math.imul(start + 1, 0x9e3779b1) + Math.imul(end + 1, 0x85ebca6b)) >>> 0
}

/** The permutation tests of one series, one per step of the divisive search. */
export class PermutationTest {
  private readonly nulls = new Map<string, SegmentNull>()
  private readonly work: SplitWork

  constructor(
    private readonly z: Float64Array,
    private readonly o: PermutationOptions
  ) {
    this.work = new SplitWork(z.length)
  }

  /** The test of `observed`, the largest Q̂ over `segments` ([start, end) pairs covering the series). */
  test(segments: ReadonlyArray<readonly [number, number]>, observed: number): Significance {
    const R = this.o.permutations
    // more shuffles than this beating the observed Q̂ and p > alpha whatever the rest do
    const allowed = Math.floor(this.o.alpha * (R + 1) + 1e-9) - 1
    const nulls = segments.map(([a, b]) => this.segmentNull(a, b))
    let beaten = 0
    for (let r = 0; r < R; r++) {
      let q = 0
      for (const n of nulls) {
        const v = n.at(r)
        if (v > q) q = v
      }
      if (q >= observed * (1 - TIE)) beaten++
      if (beaten > allowed) return { significant: false, p_value: (1 + beaten) / (R + 1) }
    }
    const p = (1 + beaten) / (R + 1)
    return { significant: p <= this.o.alpha, p_value: p }
  }

  private segmentNull(start: number, end: number): SegmentNull {
    const key = `${start}:${end}`
    let n = this.nulls.get(key)
    if (!n) {
      n = new SegmentNull(
        this.z.subarray(start, end),
        segmentSeed(this.o.seed, start, end),
        this.o.minSegment,
        this.work
      )
      this.nulls.set(key, n)
    }
    return n
  }
}
