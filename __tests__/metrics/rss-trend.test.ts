import { describe, expect, it } from '@jest/globals'
import {
  fitRssTrend,
  lag1Autocorrelation,
  MIN_TREND_POINTS,
  trendStart,
  type RssTrend
} from '../../src/metrics/rss-trend.js'
import { seededRandom } from '../../src/engine/seeded-random.js'
import { MAX_RESOURCE_POINTS, ResourceSeries } from '../../src/metrics/resource-series.js'
import { resourceMetrics } from '../../src/metrics/resources.js'
import { resourceChecks } from '../../src/gate/resource-checks.js'
import { seriesOf, syntheticReadings } from '../helpers/resource-readings.js'

const MB = 1e6
const START = Date.UTC(2026, 10, 25, 12, 0, 0)
const proc = { pid: 4242, watched: 'start' as const, command: 'node server.js' }
const band = { rss_growth_per_hour: { warning: 20 * MB, critical: 50 * MB } }

/** A run of `seconds` whose service's RSS grows `bytesPerHour` under AR(1) noise, through the real pipeline. */
function run(seconds: number, bytesPerHour: number, seed = 7, noiseBytes = 3 * MB) {
  const readings = syntheticReadings({ seconds, startMs: START, bytesPerHour, noiseBytes, seed })
  return resourceMetrics(seriesOf(readings), proc, { startedAtMs: START, durationSec: seconds, mode: 'load' })
}

describe('the RSS trend: least squares, its interval from the effective sample size of autocorrelated readings', () => {
  it('a flat, noisy series: the interval covers 0 and the threshold passes', () => {
    const r = run(1800, 0)
    const t = r.rss_trend!
    expect(t.ci_low).toBeLessThan(0)
    expect(t.ci_high).toBeGreaterThan(0)
    expect(resourceChecks(r, band)).toEqual([
      expect.objectContaining({ name: 'rss_growth_per_hour', status: 'good', value: t.ci_low })
    ])
  })

  it('a 100 MB/h leak under the same noise: the interval excludes 0, and at a 50 MB critical band it is critical', () => {
    const r = run(1800, 100 * MB)
    const t = r.rss_trend!
    expect(t.ci_low).toBeGreaterThan(50 * MB)
    expect(t.ci_low).toBeLessThan(100 * MB)
    expect(t.ci_high).toBeGreaterThan(100 * MB)
    expect(Math.abs(t.bytes_per_hour - 100 * MB)).toBeLessThan(25 * MB)
    expect(resourceChecks(r, band)[0]).toMatchObject({ status: 'critical', value: t.ci_low })
    // judged on the lower bound: bands above it pass what the noise could explain
    expect(resourceChecks(r, { rss_growth_per_hour: { warning: 500 * MB, critical: 1e9 } })[0].status).toBe(
      'good'
    )
  })

  it.each([
    [480, 0.8, 0.1],
    [480, 0.95, 0.12],
    [60, 0.8, 0.1],
    [2880, 0.95, 0.08]
  ])(
    'is honest about autocorrelation: of 200 flat series of %d readings (AR(1) noise, r %d), at most %d exclude 0',
    (seconds, rho, most) => {
      // the textbook OLS interval excludes 0 in most of these; a 95% interval should in about 5%
      let excludesZero = 0
      for (let seed = 1; seed <= 200; seed++) {
        const readings = syntheticReadings({
          seconds,
          startMs: START,
          bytesPerHour: 0,
          noiseBytes: 3 * MB,
          rho,
          seed
        })
        const t = fitRssTrend(
          readings.map((x) => ({ second: (x.atMs - START) / 1000, rss_bytes: x.rssBytes }))
        ) as RssTrend
        if (t.ci_low > 0 || t.ci_high < 0) excludesZero++
      }
      expect(excludesZero / 200).toBeLessThanOrEqual(most)
    }
  )

  it('fits after the warm-up and the first fifth of the run (at most 10 minutes); the same series gives the same interval', () => {
    expect([trendStart(15), trendStart(3600), trendStart(86400)]).toEqual([3, 600, 600])
    const a = run(300, 100 * MB).rss_trend!
    expect(a).toMatchObject({ from_second: 60, to_second: 300, points: 241, level: 0.95 })
    expect(a.method).toBe('ols_ar1_effective_n')
    expect(a.effective_points).toBeLessThan(a.points / 3)
    expect(run(300, 100 * MB).rss_trend).toEqual(a)
  })

  it("reads the residuals' lag-1 autocorrelation, bias-corrected and held within [0, 0.99]", () => {
    const random = seededRandom(3)
    const white = Array.from({ length: 1000 }, () => random() - 0.5)
    expect(lag1Autocorrelation(white)).toBeLessThan(0.08)
    let x = 0
    const correlated = Array.from({ length: 1000 }, () => (x = 0.9 * x + random() - 0.5))
    expect(lag1Autocorrelation(correlated)).toBeGreaterThan(0.85)
    expect(lag1Autocorrelation(correlated)).toBeLessThan(0.95)
    // alternating residuals would narrow the interval below OLS's: held at 0
    expect(lag1Autocorrelation(Array.from({ length: 100 }, (_, i) => (i % 2 ? 1 : -1)))).toBe(0)
    expect(lag1Autocorrelation(Array.from({ length: 100 }, (_, i) => i))).toBe(0.99)
    expect(lag1Autocorrelation(new Array(20).fill(0))).toBe(0)
  })

  it('a series that wanders more than it trends (a slow swell) gets an interval too wide to call a leak', () => {
    const swell = Array.from({ length: 200 }, (_, i) => ({
      second: i,
      rss_bytes: 80 * MB + 5 * MB * Math.sin((2 * Math.PI * i) / 300)
    }))
    const t = fitRssTrend(swell) as RssTrend
    expect(t).toMatchObject({ lag1_autocorrelation: 0.99, effective_points: 1 })
    expect(t.ci_low).toBeLessThan(0)
    expect(t.ci_high).toBeGreaterThan(0)
  })

  it('a flat series with one small step (a page more, as real services do) is judged, tightly', () => {
    const step = Array.from({ length: 15 }, (_, i) => ({
      second: i + 4,
      rss_bytes: i < 6 ? 59_580_000 : 59_600_000
    }))
    const t = fitRssTrend(step) as RssTrend
    expect(t.ci_low).toBeLessThan(50 * MB)
    expect(t.ci_high).toBeLessThan(100 * MB)
  })

  it(`fewer than ${MIN_TREND_POINTS} samples to fit: no trend, and the threshold is not judged, a warning that says why`, () => {
    const r = run(10, 100 * MB)
    expect(r.rss_trend).toBeUndefined()
    expect(r.rss_trend_skipped).toBe(
      "too few samples after the warm-up and the run's first 2 s: 9 samples, 10 needed; run longer"
    )
    expect(resourceChecks(r, band)[0]).toMatchObject({
      status: 'warning',
      value: 0,
      not_judged: { reason: r.rss_trend_skipped }
    })
  })

  it('a stress ramp is not fitted: its rising load grows memory by design', () => {
    const readings = syntheticReadings({
      seconds: 120,
      startMs: START,
      bytesPerHour: 100 * MB,
      noiseBytes: MB
    })
    const r = resourceMetrics(seriesOf(readings), proc, {
      startedAtMs: START,
      durationSec: 120,
      mode: 'stress'
    })
    expect(r.rss_trend).toBeUndefined()
    expect(r.rss_trend_skipped).toMatch(/^a stress ramp raises the load/)
    expect(r.samples).toHaveLength(120)
  })

  it('no process watched, or no /proc: not judged, never a pass by silence', () => {
    expect(resourceChecks(undefined, band)[0]).toMatchObject({
      status: 'warning',
      not_judged: { reason: expect.stringMatching(/^no service process was watched: start it with --start/) }
    })
    const none = resourceMetrics(
      new ResourceSeries(),
      { ...proc, unavailable: 'memory and CPU are read from /proc, which only Linux has (this is darwin)' },
      { startedAtMs: START, durationSec: 60, mode: 'load' }
    )
    expect(none).toMatchObject({ source: 'unavailable', samples: [] })
    expect(resourceChecks(none, band)[0].not_judged!.reason).toBe(
      'no figures: memory and CPU are read from /proc, which only Linux has (this is darwin)'
    )
    // no threshold set: no check at all
    expect(resourceChecks(none, {})).toEqual([])
  })
})

describe('the series in constant memory', () => {
  it(`keeps at most ${MAX_RESOURCE_POINTS} points however long the run: neighbours merged, means and peaks kept`, () => {
    const day = syntheticReadings({ seconds: 86_400, startMs: START, bytesPerHour: 10 * MB, noiseBytes: MB })
    const series = seriesOf(day)
    const points = series.points()
    expect(points.length).toBeLessThanOrEqual(MAX_RESOURCE_POINTS + 1)
    expect(points.length).toBeGreaterThan(MAX_RESOURCE_POINTS / 2)
    expect(series.readingsPerPoint).toBe(32)
    // every reading is in exactly one point, and the means add up to the readings' sum
    expect(points.reduce((a, p) => a + p.readings, 0)).toBe(86_400)
    const sum = day.reduce((a, r) => a + r.rssBytes, 0)
    expect(points.reduce((a, p) => a + p.rssBytes * p.readings, 0)).toBeCloseTo(sum, -3)
    expect(Math.max(...points.map((p) => p.rssPeak))).toBe(Math.max(...day.map((r) => r.rssBytes)))
    expect(series.latest).toEqual(day[day.length - 1])
  })

  it('halving a small series: pairs merged in order, the span doubling each time', () => {
    const s = new ResourceSeries(4)
    for (let i = 0; i < 9; i++) s.add({ atMs: i * 1000, rssBytes: i, cpuPercent: 10 * i, processes: 1 })
    expect(s.readingsPerPoint).toBe(4)
    expect(s.points().map((p) => [p.atMs, p.rssBytes, p.readings, p.rssPeak])).toEqual([
      [1500, 1.5, 4, 3],
      [5500, 5.5, 4, 7],
      [8000, 8, 1, 8]
    ])
  })

  it('the figures are of the measured run: the warm-up before 0 is in the samples, not in the peak or the mean CPU', () => {
    const readings = [
      { atMs: START - 2000, rssBytes: 500 * MB, cpuPercent: 90, processes: 1 },
      { atMs: START - 1000, rssBytes: 400 * MB, cpuPercent: 90, processes: 3 },
      { atMs: START + 1000, rssBytes: 100 * MB, cpuPercent: 10, processes: 2 },
      { atMs: START + 2000, rssBytes: 120 * MB, cpuPercent: 30, processes: 2 }
    ]
    const r = resourceMetrics(seriesOf(readings), proc, { startedAtMs: START, durationSec: 2, mode: 'load' })
    expect(r).toMatchObject({
      source: 'proc',
      pid: 4242,
      processes: 3,
      sample_seconds: 1,
      peak_rss_bytes: 120 * MB,
      final_rss_bytes: 120 * MB,
      average_cpu_percent: 20
    })
    expect(r.samples.map((p) => p.second)).toEqual([-2, -1, 1, 2])
  })
})
