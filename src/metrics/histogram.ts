/**
 * Latency histogram on fixed log-spaced bucket edges (10 per decade, from
 * 10 µs to 100 s). Fixed edges make histograms of different runs mergeable
 * by adding counts, and keep the report's histogram chart to a few dozen bars.
 */
export interface HistogramBucket {
  /** lower and upper edge in seconds; the bucket holds lower ≤ t < upper */
  from: number
  to: number
  count: number
}

const PER_DECADE = 10
const MIN_EXP = 1 // 10^1 µs = 10 µs
const MAX_EXP = 8 // 10^8 µs = 100 s

export function bucketEdgeUs(k: number): number {
  return 10 ** (MIN_EXP + k / PER_DECADE)
}

export const BUCKETS = (MAX_EXP - MIN_EXP) * PER_DECADE

/** The bucket of a latency; latencies outside 10 µs–100 s land in the end buckets. */
export function bucketOf(us: number): number {
  const k = us <= 0 ? 0 : Math.floor((Math.log10(us) - MIN_EXP) * PER_DECADE + 1e-9)
  return Math.min(BUCKETS - 1, Math.max(0, k))
}

export function latencyHistogram(latenciesUs: ArrayLike<number>): HistogramBucket[] {
  const counts = new Array<number>(BUCKETS).fill(0)
  for (let i = 0; i < latenciesUs.length; i++) counts[bucketOf(latenciesUs[i])]++
  return bucketsOf(counts)
}

/** Bucket counts (by bucketOf) as the buckets from the first to the last non-empty one. */
export function bucketsOf(counts: readonly number[]): HistogramBucket[] {
  const first = counts.findIndex((c) => c > 0)
  if (first < 0) return []
  let last = BUCKETS - 1
  while (counts[last] === 0) last--
  const out: HistogramBucket[] = []
  for (let k = first; k <= last; k++) {
    out.push({ from: round6(bucketEdgeUs(k) / 1e6), to: round6(bucketEdgeUs(k + 1) / 1e6), count: counts[k] })
  }
  return out
}

function round6(s: number): number {
  return Number(s.toPrecision(6))
}
