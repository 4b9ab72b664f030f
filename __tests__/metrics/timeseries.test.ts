import { describe, expect, it } from '@jest/globals'
import { Recorder } from '../../src/engine/recorder.js'
import { timeSeries } from '../../src/metrics/timeseries.js'

describe('timeSeries', () => {
  it('by wall-clock second, the last shorter second scaled', () => {
    const r = new Recorder(0)
    for (let k = 0; k < 25; k++) r.add(k * 100_000, 1000, 0, 200, 0, 10) // 10 a second for 2.5 s
    const ts = timeSeries(r, 0, 2_500_000)
    expect(ts.map((t) => t.requests)).toEqual([10, 10, 5])
    expect(ts[2].requests_per_second).toBe(10)
  })

  it("an A/B side's seconds are its own: the other side's slices in between are left out", () => {
    const r = new Recorder(0)
    // this side ran 0–1 s and 3–4 s; the other side ran in between
    for (let k = 0; k < 10; k++) r.add(k * 100_000, 1000, 0, 200, 0, 10)
    for (let k = 0; k < 20; k++) r.add(3_000_000 + k * 50_000, 1000, 0, 200, 0, 10)
    const slices = [
      { startUs: 0, endUs: 1_000_000 },
      { startUs: 3_000_000, endUs: 4_000_000 }
    ]
    const ts = timeSeries(r, 0, 4_000_000, undefined, slices)
    expect(ts.map((t) => t.requests)).toEqual([10, 20])
    expect(ts.map((t) => t.requests_per_second)).toEqual([10, 20])
  })
})
