import { describe, expect, it } from '@jest/globals'
import { seededRandom } from '../../src/engine/seeded-random.js'
import { judgeChange } from '../../src/gate/judge-change.js'
import {
  blockLength,
  independentChange,
  pairedChange,
  trimmedMean,
  type WindowSeries
} from '../../src/metrics/bootstrap.js'

const series = (values: number[]): WindowSeries => ({ num: values, den: values.map(() => 1) })

/** Normal draws (Box–Muller) from a seeded uniform source. */
function normal(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
}

describe('seededRandom', () => {
  it('is deterministic per seed and uniform on [0, 1)', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    const c = seededRandom(43)
    const xs = Array.from({ length: 100_000 }, () => a())
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs.slice(0, 5))
    expect(c()).not.toBe(xs[0])
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...xs)).toBeLessThan(1)
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length
    // uniform: mean 1/2, standard error 0.289/√n ≈ 0.0009
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.004)
    // deciles each hold ~10%
    const deciles = new Array(10).fill(0)
    for (const x of xs) deciles[Math.floor(x * 10)]++
    for (const d of deciles) expect(Math.abs(d / xs.length - 0.1)).toBeLessThan(0.005)
  })
})

describe('independentChange', () => {
  it('a constant series gives the exact change with a zero-width interval', () => {
    const iv = independentChange(series(new Array(20).fill(100)), series(new Array(30).fill(120)), 'relative')
    expect(iv.estimate).toBeCloseTo(0.2, 12)
    expect(iv.low).toBeCloseTo(0.2, 12)
    expect(iv.high).toBeCloseTo(0.2, 12)
  })

  it('weights windows by their denominators (error rate in points: Σerrors / Σrequests)', () => {
    // errors × 100 over requests: percent
    const base = { num: [0, 1000], den: [100, 900] } // 1%
    const cur = { num: [3000, 0], den: [1000, 1000] } // 1.5%
    const iv = independentChange(base, cur, 'points', { replicates: 200 })
    expect(iv.estimate).toBeCloseTo(0.5, 12)
  })

  it('matches the normal-theory width for independent windows (mean 100, sd 10, 100 windows a side)', () => {
    const rnd = normal(seededRandom(1))
    const draw = (): number[] => Array.from({ length: 100 }, () => 100 + 10 * rnd())
    const iv = independentChange(series(draw()), series(draw()), 'relative')
    // sd of the ratio ≈ √(2 · 0.1² / 100) = 0.01414; 95% half-width ≈ 1.96 · 0.01414 = 0.0277
    const half = (iv.high - iv.low) / 2
    expect(half).toBeGreaterThan(0.0277 * 0.8)
    expect(half).toBeLessThan(0.0277 * 1.2)
    expect(iv.low).toBeLessThan(iv.estimate)
    expect(iv.high).toBeGreaterThan(iv.estimate)
  })

  it('is reproducible: the same inputs give the same interval', () => {
    const rnd = normal(seededRandom(3))
    const b = series(Array.from({ length: 30 }, () => 50 + 5 * rnd()))
    const c = series(Array.from({ length: 30 }, () => 55 + 5 * rnd()))
    expect(independentChange(b, c, 'relative')).toEqual(independentChange(b, c, 'relative'))
  })
})

describe('trimmedMean', () => {
  it('cuts the given share from each end, never everything', () => {
    expect(trimmedMean(Float64Array.from([1, 2, 3, 4, 100]), 0.2)).toBe(3)
    expect(trimmedMean(Float64Array.from([5, 1, 3, 2, 4, 1000, 6, 7, 8, 9]), 0.1)).toBe(5.5)
    expect(trimmedMean(Float64Array.from([1, 3]), 0.5)).toBe(2)
    expect(trimmedMean(new Float64Array(0), 0.1)).toBe(0)
  })

  it('a trimmed statistic is not moved by one hiccup window', () => {
    const flat = new Array(20).fill(100)
    const hiccup = [...flat.slice(0, 19), 300]
    const iv = independentChange(series(flat), series(hiccup), 'relative', { trim: 0.1 })
    expect(iv.estimate).toBe(0)
    expect(independentChange(series(flat), series(hiccup), 'relative').estimate).toBeCloseTo(0.1, 12)
  })
})

describe('pairedChange', () => {
  it('cancels drift shared by the two slices of a pair, which independent resampling cannot', () => {
    const random = seededRandom(4)
    const pairs = Array.from({ length: 12 }, () => {
      // each pair of slices runs at its own machine speed, 0.5× to 1.5×
      const speed = 0.5 + random()
      const slice = (scale: number): WindowSeries =>
        series(Array.from({ length: 5 }, () => 100 * speed * scale * (1 + 0.02 * (random() - 0.5))))
      return { baseline: slice(1), current: slice(1.2) }
    })
    const paired = pairedChange(pairs, 'relative')
    expect(paired.estimate).toBeCloseTo(0.2, 2)
    expect(paired.high - paired.low).toBeLessThan(0.02)
    expect(judgeChange(paired, 0.1, 'up')).toBe('regression')
    const concat = (side: 'baseline' | 'current'): WindowSeries =>
      series(pairs.flatMap((p) => [...p[side].num]))
    const independent = independentChange(concat('baseline'), concat('current'), 'relative')
    expect(independent.high - independent.low).toBeGreaterThan(10 * (paired.high - paired.low))
  })
})

describe('blockLength', () => {
  it('picks a block length that grows as n^(1/3)', () => {
    expect([1, 8, 27, 60, 1000].map(blockLength)).toEqual([1, 2, 3, 4, 10])
  })
})
