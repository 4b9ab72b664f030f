import { describe, expect, it } from '@jest/globals'
import { compareRuns, comparabilityWarnings, type RunSample } from '../../src/gate/compare.js'
import { mannWhitneyP, twoProportionP } from '../../src/metrics/significance.js'

/** A deterministic spread of n values around `center` (±20%). */
const spread = (n: number, center: number): number[] =>
  Array.from({ length: n }, (_, i) => center * (0.8 + 0.4 * (((i * 7919) % n) / n)))
const run = (latency: number, rps = 100, failed = 0, n = 2000): RunSample => ({
  latencies: spread(n, latency),
  rps: spread(30, rps),
  total: n,
  failed
})

describe('statistics', () => {
  it('Mann–Whitney: the same distribution is not significant, a 30% shift is', () => {
    expect(mannWhitneyP(spread(500, 10), spread(500, 10))).toBeGreaterThan(0.5)
    expect(mannWhitneyP(spread(500, 10), spread(500, 13))).toBeLessThan(0.001)
    expect(mannWhitneyP([1], [2])).toBe(1)
  })
  it('two proportions: 1% vs 1% is not significant, 1% vs 5% on 2000 requests is', () => {
    expect(twoProportionP(20, 2000, 20, 2000)).toBeCloseTo(1, 5)
    expect(twoProportionP(20, 2000, 100, 2000)).toBeLessThan(0.001)
  })
})

describe('compareRuns', () => {
  it('no change when the runs match', () => {
    const c = compareRuns(run(0.02), run(0.02))
    expect(c.verdict).toBe('no_change')
    expect(c.metrics.map((m) => m.metric)).toEqual([
      'median_response_time',
      'p95_response_time',
      'requests_per_second',
      'error_rate'
    ])
  })
  it('a significant but small shift (5% < 10% tolerance) is no change: noise-proof', () => {
    const c = compareRuns(run(0.02, 100, 0, 20000), run(0.021, 100, 0, 20000))
    const median = c.metrics[0]
    expect(median.p_value).toBeLessThan(0.01)
    expect(median.verdict).toBe('no_change')
    expect(c.verdict).toBe('no_change')
  })
  it('slower, less throughput and more errors are regressions; the opposite an improvement', () => {
    const worse = compareRuns(run(0.02, 100, 10), run(0.03, 70, 100))
    expect(worse.verdict).toBe('regression')
    expect(Object.fromEntries(worse.metrics.map((m) => [m.metric, m.verdict]))).toEqual({
      median_response_time: 'regression',
      p95_response_time: 'regression',
      requests_per_second: 'regression',
      error_rate: 'regression'
    })
    expect(worse.metrics[0].change).toBeCloseTo(0.5, 1)
    expect(compareRuns(run(0.03), run(0.02)).verdict).toBe('improvement')
  })
})

describe('erfc', () => {
  it('matches known values, tails included', async () => {
    const { erfc } = await import('../../src/metrics/significance.js')
    expect(erfc(0)).toBeCloseTo(1, 6)
    expect(erfc(1)).toBeCloseTo(0.157299207, 6)
    expect(erfc(-1)).toBeCloseTo(1.842700793, 6)
    // z = 5 two-sided: 5.733e-7
    expect(erfc(5 / Math.SQRT2) / 5.733031e-7).toBeCloseTo(1, 3)
  })
})

describe('comparabilityWarnings', () => {
  const run = (over: Partial<{ service: string; mode: string; users: number; duration: number }> = {}) => ({
    service: over.service ?? 'api',
    mode: over.mode ?? 'load',
    config: { users: over.users ?? 10, duration: over.duration ?? 60 }
  })
  it('is empty for runs of the same settings, and names each difference otherwise', () => {
    expect(comparabilityWarnings(run(), run())).toEqual([])
    expect(
      comparabilityWarnings(run(), run({ service: 'web', mode: 'stress', users: 20, duration: 30 }))
    ).toEqual([
      'services differ: api in the baseline, web now',
      'modes differ: load in the baseline, stress now',
      'users differ: 10 in the baseline, 20 now',
      'durations differ: 60 s in the baseline, 30 s now'
    ])
  })
})
