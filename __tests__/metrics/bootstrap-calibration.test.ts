import { describe, expect, it } from '@jest/globals'
import { seededRandom } from '../../src/engine/seeded-random.js'
import { judgeChange } from '../../src/gate/judge-change.js'
import { independentChange, MIN_WINDOWS, pairedRatioChange } from '../../src/metrics/bootstrap.js'
import { PAIR_TRIM } from '../../src/gate/compare.js'

/**
 * Calibration on synthetic per-second data that looks like a real run's:
 * autocorrelated (AR(1), φ = 0.6: a slow second tends to follow a slow
 * second), skewed (log-normal), with an occasional hiccup second (GC, a
 * noisy neighbour) 3× slower. Seeded, so the counts below are exact and
 * reproducible; they are printed for the README.
 */
function runWindows(random: () => number, seconds: number, level: number): number[] {
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  const phi = 0.6
  const sd = 0.1
  let e = gauss() * sd
  return Array.from({ length: seconds }, () => {
    e = phi * e + Math.sqrt(1 - phi * phi) * sd * gauss()
    const hiccup = random() < 0.02 ? 3 : 1
    return level * Math.exp(e) * hiccup
  })
}

const ones = (n: number): number[] => new Array<number>(n).fill(1)

function verdicts(slowdown: number, seconds: number, reps = 200) {
  const random = seededRandom(20261126 + Math.round(slowdown * 1000) + seconds)
  const counts = { regression: 0, improvement: 0, no_change: 0, inconclusive: 0 }
  for (let r = 0; r < reps; r++) {
    const base = runWindows(random, seconds, 0.1)
    const cur = runWindows(random, seconds, 0.1 * (1 + slowdown))
    const iv = independentChange(
      { num: base, den: ones(seconds) },
      { num: cur, den: ones(seconds) },
      'relative',
      { replicates: 500, seed: r, trim: 0.1 }
    )
    counts[judgeChange(iv, 0.1, 'up')]++
  }
  return counts
}

describe('calibration on autocorrelated synthetic windows (200 repetitions each, latency trimmed 10%)', () => {
  it.each([MIN_WINDOWS, 60, 120])('same distribution over %p windows: a regression in at most 5%', (n) => {
    const c = verdicts(0, n)
    console.log(`A/A, ${n} windows:`, c)
    expect(c.regression).toBeLessThanOrEqual(10)
    expect(c.improvement).toBeLessThanOrEqual(10)
  })

  it('a true 20% slowdown over 120 windows (two minutes of seconds): detected in at least 95%', () => {
    const c = verdicts(0.2, 120)
    console.log('+20%, 120 windows:', c)
    expect(c.regression).toBeGreaterThanOrEqual(190)
    expect(c.improvement).toBe(0)
  })

  it('over 60 windows the same slowdown is detected in most runs and never called no change', () => {
    const c = verdicts(0.2, 60)
    console.log('+20%, 60 windows:', c)
    expect(c.regression).toBeGreaterThanOrEqual(120)
    expect(c.no_change + c.improvement).toBe(0)
  })
})

/**
 * A/B pairs as a shared runner gives them: the machine's speed drifts
 * (AR(1) over pairs, shared by both slices of a pair), each slice has its
 * own noise, and now and then a burst (a neighbour, GC) slows one slice of a
 * pair 2× and not the other.
 */
function abPairs(random: () => number, n: number, slowdown: number) {
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  let drift = 0
  return Array.from({ length: n }, () => {
    drift = 0.8 * drift + 0.6 * 0.15 * gauss()
    const slice = (level: number) => {
      const burst = random() < 0.05 ? 2 : 1
      const v = level * Math.exp(drift + 0.05 * gauss()) * burst
      return { num: [v], den: [1] }
    }
    return { baseline: slice(0.1), current: slice(0.1 * (1 + slowdown)) }
  })
}

function abVerdicts(slowdown: number, n: number, reps = 200) {
  const random = seededRandom(4711 + Math.round(slowdown * 1000) + n)
  const counts = { regression: 0, improvement: 0, no_change: 0, inconclusive: 0 }
  for (let r = 0; r < reps; r++) {
    const iv = pairedRatioChange(abPairs(random, n, slowdown), { replicates: 500, seed: r, trim: PAIR_TRIM })
    counts[judgeChange(iv, 0.1, 'up')]++
  }
  return counts
}

describe('calibration of the A/B statistic on drifting pairs with one-sided bursts (200 repetitions each)', () => {
  it.each([10, 30, 60])('the same service on both sides, %p pairs: a regression in at most 5%', (n) => {
    const c = abVerdicts(0, n)
    console.log(`A/B A/A, ${n} pairs:`, c)
    expect(c.regression).toBeLessThanOrEqual(10)
    expect(c.improvement).toBeLessThanOrEqual(10)
  })

  it('B 20% slower over 30 pairs (a minute of 1 s slices): detected in at least 95%', () => {
    const c = abVerdicts(0.2, 30)
    console.log('A/B +20%, 30 pairs:', c)
    expect(c.regression).toBeGreaterThanOrEqual(190)
  })
})

/** Normal draws (Box–Muller) from a seeded uniform source. */
function normal(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
}

describe('independentChange on independent normal windows (200 repetitions)', () => {
  const series = (values: number[]) => ({ num: values, den: values.map(() => 1) })

  it('covers the true change in about 95% of repetitions', () => {
    const rnd = normal(seededRandom(2))
    let covered = 0
    const reps = 200
    for (let r = 0; r < reps; r++) {
      const base = Array.from({ length: 40 }, () => 100 + 10 * rnd())
      const cur = Array.from({ length: 40 }, () => 110 + 11 * rnd())
      const iv = independentChange(series(base), series(cur), 'relative', { replicates: 1000, seed: r })
      if (iv.low <= 0.1 && 0.1 <= iv.high) covered++
    }
    expect(covered / reps).toBeGreaterThan(0.88)
    expect(covered / reps).toBeLessThanOrEqual(1)
  })
})
