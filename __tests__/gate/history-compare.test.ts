import { describe, expect, it } from '@jest/globals'
import type { RunWindows, Window } from '../../src/gate/compare.js'
import { compareWithHistory, MIN_HISTORY_RUNS } from '../../src/gate/history-compare.js'
import { seededRandom } from '../../src/engine/seeded-random.js'
import { tQuantile975 } from '../../src/metrics/student-t.js'
import { comparisonMethod } from '../../src/report/format/comparison-rows.js'

const VIEW = { runs: 10, first: { run: 'svc 1', commit: 'a1b2c3d4e5' }, last: { run: 'svc 10' } }

/** A 30 s run whose level is `p50` (p95 = 2 × p50), each second ±3% about it. */
function run(p50: number, seed: number, o: { errors?: number; rps?: number } = {}): RunWindows {
  const random = seededRandom(seed)
  const rps = o.rps ?? 1000
  const windows: Window[] = Array.from({ length: 30 }, () => {
    const j = 1 + 0.03 * (2 * random() - 1)
    return { requests: rps, sent: rps, errors: o.errors ?? 0, p50: p50 * j, p95: 2 * p50 * j, seconds: 1 }
  })
  return {
    windows,
    headline: {
      median_response_time: p50,
      p95_response_time: 2 * p50,
      requests_per_second: rps,
      error_rate: (100 * (o.errors ?? 0)) / rps
    }
  }
}

/** Ten runs of one unchanged service whose level moves from run to run by a normal factor (sd `cv`). */
function history(cv: number, seed: number, k = 10): RunWindows[] {
  const random = seededRandom(seed)
  return Array.from({ length: k }, (_, i) => run(0.01 * Math.exp(cv * normal(random)), seed * 100 + i))
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
}

const p95 = (c: ReturnType<typeof compareWithHistory>) =>
  c.metrics.find((m) => m.metric === 'p95_response_time')!

describe('compareWithHistory', () => {
  it("judges the run against the runs' spread: the prediction interval for one more run", () => {
    const h = [0.01, 0.011, 0.0095, 0.0102, 0.0098].map((p, i) => run(p, i + 1))
    const c = compareWithHistory(h, run(0.0125, 99), { ...VIEW, runs: 5 })
    const logs = [0.01, 0.011, 0.0095, 0.0102, 0.0098].map((v) => Math.log(2 * v))
    const m = logs.reduce((a, b) => a + b) / 5
    const s = Math.sqrt(logs.reduce((a, x) => a + (x - m) ** 2, 0) / 4)
    const half = tQuantile975(4) * s * Math.sqrt(1 + 1 / 5)
    const d = Math.log(0.025) - m
    expect(p95(c)).toMatchObject({
      baseline: Number(Math.exp(m).toFixed(6)),
      current: 0.025,
      change: Number(Math.expm1(d).toFixed(4)),
      ci_low: Number(Math.expm1(d - half).toFixed(4)),
      ci_high: Number(Math.expm1(d + half).toFixed(4))
    })
    expect(c).toMatchObject({
      method: 'run_history',
      windows: { baseline: 5, current: 30 },
      history: { runs: 5 }
    })
  })

  it('an unchanged service is no change, 30% slower is a regression, 30% faster an improvement', () => {
    const h = history(0.02, 7)
    expect(p95(compareWithHistory(h, run(0.01, 1), VIEW)).verdict).toBe('no_change')
    expect(p95(compareWithHistory(h, run(0.013, 1), VIEW)).verdict).toBe('regression')
    expect(p95(compareWithHistory(h, run(0.007, 1), VIEW)).verdict).toBe('improvement')
    expect(compareWithHistory(h, run(0.013, 1), VIEW).verdict).toBe('regression')
  })

  it('on seeded A/A histories (runs apart by 5%), at most 1 in 40 is called a regression', () => {
    let regressions = 0
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(10_000 + seed)
      const now = run(0.01 * Math.exp(0.05 * normal(random)), 50_000 + seed)
      if (compareWithHistory(history(0.05, seed), now, VIEW).verdict === 'regression') regressions++
    }
    expect(regressions).toBeLessThanOrEqual(5)
  })

  it('runs apart by 2% decide: at least 9 in 10 A/A runs are no change; apart by 5%, few can be', () => {
    const decided = (cv: number): number => {
      let n = 0
      for (let seed = 1; seed <= 100; seed++) {
        const random = seededRandom(20_000 + seed)
        const now = run(0.01 * Math.exp(cv * normal(random)), 60_000 + seed)
        if (p95(compareWithHistory(history(cv, seed), now, VIEW)).verdict === 'no_change') n++
      }
      return n
    }
    expect(decided(0.02)).toBeGreaterThanOrEqual(90)
    // t(9) · 5% · √1.1 ≈ 12%, wider than the 10% tolerance: decided only when the ten runs happened to lie close
    expect(decided(0.05)).toBeLessThanOrEqual(40)
    expect(decided(0.08)).toBeLessThanOrEqual(10)
  })

  it('a run inside the spread of a history 3% apart is no change, though the interval about it crosses the tolerance', () => {
    // t(9) · 3% · √1.1 ≈ 7%: a run 5% off its mean has the interval −2% … +12%, yet lies inside the spread
    const h = history(0.03, 7)
    const p50 = (r: RunWindows[]): number =>
      Math.exp(r.reduce((s, x) => s + Math.log(x.headline.median_response_time), 0) / r.length)
    const c = p95(compareWithHistory(h, run(p50(h) * 1.05, 77), VIEW))
    expect(c.ci_high!).toBeGreaterThan(0.1)
    expect(c.verdict).toBe('no_change')
    // 8% off the mean of a history 1% apart: beyond its spread, short of the tolerance: a change of unclear size
    const tight = history(0.01, 8)
    expect(p95(compareWithHistory(tight, run(p50(tight) * 1.08, 88), VIEW)).verdict).toBe('inconclusive')
  })

  it("a history tighter than the run's own seconds takes their noise as its width", () => {
    // four identical runs: no spread at all, yet this run's seconds move by ±3%
    const h = Array.from({ length: 4 }, (_, i) => run(0.01, 1 + i))
    const c = p95(compareWithHistory(h, run(0.0104, 9), { ...VIEW, runs: 4 }))
    expect(c.ci_high! - c.ci_low!).toBeGreaterThan(0.01)
  })

  it('error rates are judged in points, and a history of none against none is no change', () => {
    const h = history(0.02, 3)
    const rate = (c: ReturnType<typeof compareWithHistory>) =>
      c.metrics.find((m) => m.metric === 'error_rate')!
    expect(rate(compareWithHistory(h, run(0.01, 1), VIEW))).toMatchObject({
      change: 0,
      ci_low: 0,
      ci_high: 0,
      verdict: 'no_change'
    })
    expect(rate(compareWithHistory(h, run(0.01, 1, { errors: 50 }), VIEW))).toMatchObject({
      change: 5,
      verdict: 'regression'
    })
  })

  it(`needs ${MIN_HISTORY_RUNS} runs`, () => {
    expect(() => compareWithHistory([run(0.01, 1), run(0.01, 2)], run(0.01, 3), VIEW)).toThrow(
      '3 runs or more'
    )
  })

  it('its method sentence names the runs, by commit where they have one', () => {
    const text = comparisonMethod(compareWithHistory(history(0.02, 1), run(0.01, 1), VIEW))
    expect(text).toContain('95% prediction interval from the spread of 10 earlier runs (a1b2c3d … svc 10)')
  })
})
