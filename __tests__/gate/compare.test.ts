import { describe, expect, it } from '@jest/globals'
import {
  compareRuns,
  compareSlices,
  MIN_PAIRS,
  regressionFails,
  runWindows,
  type RunWindows,
  type Window
} from '../../src/gate/compare.js'
import { seededRandom } from '../../src/engine/seeded-random.js'
import { MIN_FEW_WINDOWS } from '../../src/metrics/few-windows.js'
import { tQuantile975 } from '../../src/metrics/student-t.js'
import { comparisonRows } from '../../src/report/format/comparison-rows.js'

/** A run of `seconds` windows: latency around `p50` (p95 = 2 × p50), ±`noise` per second, seeded. */
function run(
  seconds: number,
  p50: number,
  o: { rps?: number; errors?: number; noise?: number; seed?: number } = {}
): RunWindows {
  const random = seededRandom(o.seed ?? 1)
  const rps = o.rps ?? 1000
  const jitter = (): number => 1 + (o.noise ?? 0.05) * (2 * random() - 1)
  const windows: Window[] = Array.from({ length: seconds }, () => {
    const j = jitter()
    const requests = Math.round(rps * jitter())
    return {
      requests,
      sent: requests,
      errors: o.errors ?? 0,
      p50: p50 * j,
      p95: 2 * p50 * j,
      seconds: 1
    }
  })
  const total = windows.reduce((a, w) => a + w.requests, 0)
  return {
    windows,
    headline: {
      median_response_time: p50,
      p95_response_time: 2 * p50,
      requests_per_second: total / seconds,
      error_rate: (100 * (o.errors ?? 0) * seconds) / total
    }
  }
}

const verdicts = (c: ReturnType<typeof compareRuns>) =>
  Object.fromEntries(c.metrics.map((m) => [m.metric, m.verdict]))

describe('compareRuns', () => {
  it('the same service twice: no change on every metric, each interval within the tolerance', () => {
    const c = compareRuns(run(60, 0.02, { seed: 1 }), run(60, 0.02, { seed: 2 }))
    expect(c.verdict).toBe('no_change')
    expect(c.method).toBe('block_bootstrap')
    expect(c.windows).toEqual({ baseline: 60, current: 60 })
    expect(c.metrics.map((m) => m.metric)).toEqual([
      'median_response_time',
      'p95_response_time',
      'requests_per_second',
      'error_rate'
    ])
    for (const m of c.metrics) {
      expect(m.ci_low!).toBeLessThanOrEqual(m.change)
      expect(m.ci_high!).toBeGreaterThanOrEqual(m.change)
      expect(Math.max(Math.abs(m.ci_low!), Math.abs(m.ci_high!))).toBeLessThanOrEqual(m.tolerance)
    }
  })

  it('30% slower, 30% less throughput and 2 points more errors are regressions; the reverse improvements', () => {
    const worse = compareRuns(run(60, 0.02), run(60, 0.026, { rps: 700, errors: 20, seed: 3 }))
    expect(verdicts(worse)).toEqual({
      median_response_time: 'regression',
      p95_response_time: 'regression',
      requests_per_second: 'regression',
      error_rate: 'regression'
    })
    expect(worse.verdict).toBe('regression')
    expect(worse.metrics[0].change).toBeCloseTo(0.3, 1)
    expect(worse.metrics[0].ci_low!).toBeGreaterThan(0.1)
    // the figures shown are each run's own
    expect(worse.metrics[0].baseline).toBe(0.02)
    expect(worse.metrics[0].current).toBe(0.026)
    const better = compareRuns(run(60, 0.026, { rps: 700, seed: 4 }), run(60, 0.02, { rps: 1000, seed: 5 }))
    expect(better.verdict).toBe('improvement')
  })

  it('a change at the tolerance with noisy seconds is inconclusive, and says how long a run would decide', () => {
    const c = compareRuns(run(20, 0.02, { noise: 0.3, seed: 6 }), run(20, 0.0216, { noise: 0.3, seed: 7 }))
    const p95 = c.metrics[1]
    expect(p95.verdict).toBe('inconclusive')
    expect(p95.ci_low!).toBeLessThan(0.1)
    expect(p95.ci_high!).toBeGreaterThan(0.1)
    expect(p95.seconds_to_decide === null || p95.seconds_to_decide! > 20).toBe(true)
    expect(c.verdict).toBe('inconclusive')
  })

  it(`fewer than ${MIN_FEW_WINDOWS} seconds a side: inconclusive without an interval, naming the run length needed`, () => {
    const c = compareRuns(run(60, 0.02), run(2, 0.04))
    for (const m of c.metrics) {
      expect(m.verdict).toBe('inconclusive')
      expect(m.ci_low).toBeNull()
      expect(m.seconds_to_decide).toBe(MIN_FEW_WINDOWS + 1)
    }
    expect(c.metrics[0].change).toBeCloseTo(1, 6)
  })

  it('two stable 5 s runs, 20.7 → 26.6 ms with no overlap: a regression, from a t interval on their 4 whole seconds', () => {
    const c = compareRuns(run(4, 0.0207, { noise: 0.03, seed: 3 }), run(4, 0.0266, { noise: 0.03, seed: 4 }))
    expect(c.windows).toEqual({ baseline: 4, current: 4 })
    expect(c.metrics[0]).toMatchObject({ metric: 'median_response_time', verdict: 'regression' })
    expect(c.metrics[0].ci_low!).toBeGreaterThan(0.1)
    expect(c.metrics[0].ci_high!).toBeLessThan(0.45)
  })

  it('short A/A runs (4–9 s of noisy, autocorrelated seconds) call no regression in 200 pairs', () => {
    /** seconds whose latency drifts: each second's log-latency keeps 60% of the last one's deviation */
    const drifting = (seconds: number, seed: number): RunWindows => {
      const random = seededRandom(seed)
      const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
      let dev = 0
      const windows: Window[] = Array.from({ length: seconds }, () => {
        dev = 0.6 * dev + 0.15 * normal()
        const p50 = 0.02 * Math.exp(dev)
        return { requests: 500, sent: 500, errors: 0, p50, p95: 2 * p50, seconds: 1 }
      })
      const headline = {
        median_response_time: 0.02,
        p95_response_time: 0.04,
        requests_per_second: 500,
        error_rate: 0
      }
      return { windows, headline }
    }
    let regressions = 0
    for (let k = 0; k < 200; k++) {
      const seconds = 4 + (k % 6)
      const c = compareRuns(drifting(seconds, 2 * k + 1), drifting(seconds, 2 * k + 2))
      if (c.verdict === 'regression') regressions++
    }
    // 5% of A/A pairs would be the interval's own miss rate at a zero tolerance; the 10% tolerance leaves fewer
    expect(regressions).toBeLessThanOrEqual(4)
  })

  it('the run length an inconclusive comparison needs is said as the --duration to set', () => {
    const c = compareRuns(run(60, 0.02), run(2, 0.04))
    expect(comparisonRows(c.metrics)[0].verdict).toBe(
      'inconclusive: a run of about 4 s would decide (--duration 4 or more)'
    )
  })

  it('beyond an hour, the run length is said as a fact, not as a --duration to set', () => {
    const rows = comparisonRows([
      { ...compareRuns(run(60, 0.02), run(2, 0.04)).metrics[0], seconds_to_decide: 52_174 }
    ])
    expect(rows[0].verdict).toBe(
      'inconclusive: the change sits near the tolerance (a run of about 14h29m34s would decide)'
    )
  })

  it('a no change says the smallest change it could see: the tolerance, the half-width and 80% power', () => {
    const c = compareRuns(run(60, 0.02, { seed: 1 }), run(60, 0.02, { seed: 2 }))
    const m = c.metrics[1]
    const half = (m.ci_high! - m.ci_low!) / 2
    expect(m.detectable_change).toBeCloseTo(0.1 + half * (1 + 0.8416 / 1.96), 4)
    expect(m.detectable_change!).toBeGreaterThan(0.1)
    expect(comparisonRows([m])[0].verdict).toBe(
      `no change (sees ±${(m.detectable_change! * 100).toFixed(1)}% or more)`
    )
    // the error rate's in points
    const e = c.metrics.find((x) => x.metric === 'error_rate')!
    expect(comparisonRows([e])[0].verdict).toMatch(/^no change \(sees ±0\.\d\d pp or more\)$/)
  })

  it('per-metric tolerances apply: a 30% slowdown within a 50% tolerance is no change', () => {
    const c = compareRuns(run(60, 0.02), run(60, 0.026, { seed: 8 }), {
      tolerances: { median_response_time: 0.5, p95_response_time: 0.5 }
    })
    expect(c.metrics[0]).toMatchObject({ verdict: 'no_change', tolerance: 0.5 })
    expect(c.metrics[2].tolerance).toBe(0.1)
  })

  it('reads windows from a time series: the last, shorter second is left out', () => {
    const point = (second: number, requests: number) => ({
      second,
      requests,
      errors: 1,
      requests_per_second: requests,
      p50_response_time: 0.01,
      p95_response_time: 0.02,
      p99_response_time: 0.03
    })
    const w = runWindows({
      timeseries: [point(0, 100), point(1, 110), point(2, 40)],
      median_response_time: 0.01,
      p95_response_time: 0.02,
      requests_per_second: 100,
      error_rate: 1
    })
    expect(w.windows.map((x) => x.requests)).toEqual([100, 110])
    expect(w.windows.map((x) => x.sent)).toEqual([100, 110])
    expect(w.headline.requests_per_second).toBe(100)
  })
})

describe('compareSlices (A/B)', () => {
  /** Pairs of slices whose machine speed drifts 0.6×–1.4× from pair to pair; current = baseline × factor. */
  function pairs(n: number, factor: number, seed = 9) {
    const random = seededRandom(seed)
    return Array.from({ length: n }, () => {
      const drift = 0.6 + 0.8 * random()
      const slice = (f: number): Window => {
        const j = 1 + 0.03 * (2 * random() - 1)
        const requests = Math.round(5000 / (drift * f * j))
        return {
          requests,
          sent: requests,
          errors: 0,
          p50: 0.01 * drift * f * j,
          p95: 0.02 * drift * f * j,
          seconds: 5
        }
      }
      return { baseline: slice(1), current: slice(factor) }
    })
  }
  const headlines = { baseline: run(10, 0.01).headline, current: run(10, 0.012).headline }

  it('sees a 20% slowdown through drift that moves every slice by ±40%', () => {
    const c = compareSlices(pairs(12, 1.2), headlines)
    expect(c.method).toBe('paired_slices')
    expect(c.windows).toEqual({ baseline: 12, current: 12 })
    expect(verdicts(c)).toMatchObject({
      median_response_time: 'regression',
      p95_response_time: 'regression',
      requests_per_second: 'regression'
    })
    expect(c.metrics[1].change).toBeCloseTo(0.2, 1)
  })

  it('the same service on both sides: no change despite the drift', () => {
    const c = compareSlices(pairs(12, 1), headlines)
    expect(verdicts(c)).toMatchObject({
      median_response_time: 'no_change',
      p95_response_time: 'no_change',
      requests_per_second: 'no_change'
    })
  })

  it('undecided: the seconds that would decide count both sides of a pair, or one when they ran side by side (duet)', () => {
    // the pairs' change (about +2.3%) at a 2.5% tolerance: the interval straddles it
    const tolerances = { median_response_time: 0.025 }
    const apart = compareSlices(pairs(6, 1.05), headlines, { tolerances }).metrics[0]
    const duet = compareSlices(pairs(6, 1.05), headlines, { tolerances, duet: true }).metrics[0]
    expect(apart.verdict).toBe('inconclusive')
    expect(apart.seconds_to_decide).toBeGreaterThan(0)
    // the same pairs: each 2 × 5 s one after the other, or 5 s side by side
    expect(Math.abs(duet.seconds_to_decide! - apart.seconds_to_decide! / 2)).toBeLessThanOrEqual(1)
  })

  it(`fewer than ${MIN_PAIRS} pairs: inconclusive`, () => {
    const c = compareSlices(pairs(MIN_PAIRS - 1, 1.5), headlines)
    expect(c.metrics.every((m) => m.verdict === 'inconclusive' && m.ci_low === null)).toBe(true)
  })

  it('a relative change widened for few pairs stays above −100% (widened as a ratio)', () => {
    // B lost most of its throughput in some pairs and none in others: a wide interval far below 0
    const wild = pairs(6, 1).map((p, k) => ({
      baseline: p.baseline,
      current: { ...p.current, sent: k % 2 ? p.current.sent : Math.round(p.current.sent / 50) }
    }))
    const rps = compareSlices(wild, headlines).metrics.find((m) => m.metric === 'requests_per_second')!
    expect(rps.ci_low).toBeGreaterThan(-1)
    expect(rps.ci_low!).toBeLessThan(rps.change)
    expect(rps.ci_high!).toBeGreaterThan(rps.change)
    expect(rps.verdict).not.toBe('no_change')
  })

  it('B sent nothing in some slices: a throughput regression, not set aside; no latency figure there', () => {
    const stalled = pairs(10, 1).map((p, k) => ({
      baseline: p.baseline,
      current: k < 4 ? { ...p.current, requests: 0, sent: 0, p50: 0, p95: 0 } : p.current
    }))
    const c = compareSlices(stalled, headlines)
    const rps = c.metrics.find((m) => m.metric === 'requests_per_second')!
    expect(rps.verdict).not.toBe('no_change')
    expect(rps.change).toBeLessThan(-0.3)
    expect(rps.ci_high!).toBeLessThan(0)
    // the latency figures rest on the 6 pairs with requests on both sides
    expect(c.metrics.find((m) => m.metric === 'p95_response_time')!.ci_low).not.toBeNull()
    const dead = pairs(10, 1).map((p, k) => ({
      baseline: p.baseline,
      current: k < 7 ? { ...p.current, requests: 0, sent: 0, p50: 0, p95: 0 } : p.current
    }))
    const p95 = compareSlices(dead, headlines).metrics.find((m) => m.metric === 'p95_response_time')!
    expect([p95.verdict, p95.ci_low]).toEqual(['inconclusive', null])
    // B answered nothing at all: its throughput fell 100%
    const none = pairs(10, 1).map((p) => ({
      baseline: p.baseline,
      current: { ...p.current, requests: 0, sent: 0, p50: 0, p95: 0 }
    }))
    const gone = compareSlices(none, headlines).metrics.find((m) => m.metric === 'requests_per_second')!
    expect([gone.verdict, gone.change]).toEqual(['regression', -1])
  })

  it("widens few pairs' intervals by Student's t (known quantiles)", () => {
    expect(tQuantile975(1)).toBe(12.706)
    expect(tQuantile975(5)).toBe(2.571)
    expect(tQuantile975(30)).toBe(2.042)
    // beyond the table: 2.0003 at 60, 1.984 at 100 (R's qt)
    expect(tQuantile975(60)).toBeCloseTo(2.0003, 3)
    expect(tQuantile975(100)).toBeCloseTo(1.984, 3)
  })
})

describe('regressionFails', () => {
  const cmp = (...v: string[]) =>
    ({ metrics: v.map((verdict) => ({ verdict })) }) as Parameters<typeof regressionFails>[0]
  it('fails on a regression unless never; on inconclusive only when asked', () => {
    expect(regressionFails(cmp('no_change', 'regression'), 'regression')).toBe(true)
    expect(regressionFails(cmp('no_change', 'regression'), 'never')).toBe(false)
    expect(regressionFails(cmp('inconclusive', 'improvement'), 'regression')).toBe(false)
    expect(regressionFails(cmp('inconclusive', 'improvement'), 'inconclusive')).toBe(true)
    expect(regressionFails(cmp('no_change'), 'inconclusive')).toBe(false)
  })
})
