import { describe, expect, it } from '@jest/globals'
import { historyChanges, MIN_CHANGE_POINT_STEP } from '../../src/gate/history-changes.js'
import { changePoints } from '../../src/metrics/change-points.js'

/** 30 runs of one test whose p95 steps by `step` at run 10, each run ±0.2% about its level. */
function runs(step: number) {
  return Array.from({ length: 30 }, (_, i) => {
    const p95 = 0.0065 * (i < 10 ? 1 : 1 + step) * (1 + 0.002 * Math.sin(i * 2.1))
    return {
      run: `run ${i}`,
      service: 'svc',
      mode: 'load',
      figures: {
        median_response_time: 0.003,
        p95_response_time: p95,
        requests_per_second: 1000,
        error_rate: 0
      }
    }
  })
}

describe('historyChanges: steps too small to matter are not change points', () => {
  it(`a 1% step is real to the method, but below ${MIN_CHANGE_POINT_STEP.relative * 100}%: not reported`, () => {
    const series = runs(0.01)
    expect(changePoints(series.map((r) => r.figures.p95_response_time)).map((c) => c.index)).toEqual([10])
    expect(historyChanges(series)[0].changes).toEqual([])
  })

  it('a 10% step is reported at its run', () => {
    const [t] = historyChanges(runs(0.1))
    expect(t.changes.map((c) => [c.metric, c.index])).toEqual([['p95_response_time', 10]])
  })
})
