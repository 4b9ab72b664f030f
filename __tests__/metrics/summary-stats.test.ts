import { describe, expect, it } from '@jest/globals'
import { quantileSorted } from 'simple-statistics'
import { quantilesInPlace, summarizeUs } from '../../src/metrics/summary-stats.js'

/** A deterministic pseudo-random sequence (LCG), so a failure can be replayed. */
function lcg(seed: number): () => number {
  let x = seed >>> 0
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32
}

describe('quantilesInPlace', () => {
  it('gives exactly what a sort and simple-statistics quantileSorted give, for any length and ties', () => {
    const next = lcg(7)
    const ps = [0.01, 0.5, 0.9, 0.95, 0.99, 0.999]
    for (const n of [1, 2, 3, 5, 10, 99, 100, 101, 601, 602, 5000, 100_003]) {
      for (const spread of [3, 1000, 2 ** 31]) {
        const values = Uint32Array.from({ length: n }, () => Math.floor(next() * spread))
        const sorted = Array.from(values).sort((a, b) => a - b)
        const expected = ps.map((p) => quantileSorted(sorted, p))
        const got = quantilesInPlace(values, ps)
        expect(got).toEqual(expected)
        // reordered, not changed
        expect(Array.from(values).sort((a, b) => a - b)).toEqual(sorted)
      }
    }
  })

  it('handles quantiles that fall on the same or neighbouring ranks', () => {
    const values = Uint32Array.from([40, 10, 30, 20])
    // (n-1)p = 1.5 twice, then 1.8 and 3: ranks 1-2 are reused
    expect(quantilesInPlace(values, [0.5, 0.5, 0.6, 1])).toEqual([25, 25, 28, 40])
  })
})

describe('summarizeUs', () => {
  it('is R-7 (numpy linear): p95 of 1..10 µs is 9.55 µs; min, max and mean exact', () => {
    const s = summarizeUs(Uint32Array.from([10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((v) => v * 1e6)))
    expect(s).toEqual({ average: 5.5, median: 5.5, p95: 9.55, p99: 9.91, min: 1, max: 10 })
  })

  it('is all zeros for no values', () => {
    expect(summarizeUs(new Uint32Array(0))).toEqual({ average: 0, median: 0, p95: 0, p99: 0, min: 0, max: 0 })
  })
})
