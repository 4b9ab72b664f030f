import type { ChangeInterval, ChangeKind } from './bootstrap.js'

/** Student's t 97.5% quantile (two-sided 95%) for df degrees of freedom. */
export function tQuantile975(df: number): number {
  const TABLE = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
    2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042
  ]
  if (df <= TABLE.length) return TABLE[Math.max(1, Math.floor(df)) - 1]
  // beyond 30: the Cornish–Fisher expansion's first terms are within 0.001
  const z = 1.959964
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df)
}

/**
 * A percentile interval from few resampled units is too narrow (with 6
 * pairs, by about a third): widen it about the estimate by Student's t over
 * the normal quantile, with the bootstrap's n/(n − 1) variance correction.
 * A relative change is widened as a ratio (in log space), so its interval
 * stays above −100% however wide it grows.
 */
export function widenByStudentT(iv: ChangeInterval, n: number, kind: ChangeKind): ChangeInterval {
  const f = (tQuantile975(n - 1) / 1.959964) * Math.sqrt(n / (n - 1))
  const [to, from] =
    kind === 'relative' && Math.min(iv.low, iv.estimate) > -1
      ? [(v: number) => Math.log1p(v), (v: number) => Math.expm1(v)]
      : [(v: number) => v, (v: number) => v]
  const e = to(iv.estimate)
  return {
    estimate: iv.estimate,
    low: from(e - (e - to(iv.low)) * f),
    high: from(e + (to(iv.high) - e) * f)
  }
}
