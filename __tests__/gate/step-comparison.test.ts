import { describe, expect, it } from '@jest/globals'
import { compareSlices, regressionFails, runWindows, type Window } from '../../src/gate/compare.js'
import { compareRunsWithSteps, withSliceSteps, type StepPairs } from '../../src/gate/step-comparison.js'
import { seededRandom } from '../../src/engine/seeded-random.js'

// Slices with a little noise (seeded): p95 around `ms`, 100 requests a 1 s slice, no errors.
function slices(n: number, ms: number, rand: () => number): Window[] {
  return Array.from({ length: n }, () => {
    const p95 = (ms * (1 + (rand() - 0.5) * 0.04)) / 1000
    return { requests: 100, sent: 100, errors: 0, p50: p95 / 2, p95, seconds: 1 }
  })
}

const figures = (ms: number) => ({
  median_response_time: ms / 2000,
  p95_response_time: ms / 1000,
  requests_per_second: 100,
  error_rate: 0
})

function step(endpoint: string, n: number, a: number, b: number, rand: () => number): StepPairs {
  const [as, bs] = [slices(n, a, rand), slices(n, b, rand)]
  return {
    endpoint,
    pairs: as.map((w, i) => ({ baseline: w, current: bs[i] })),
    headlines: { baseline: figures(a), current: figures(b) }
  }
}

describe('each journey step judged alone', () => {
  const rand = seededRandom(7)
  const run = step('run', 20, 10, 10, rand)
  const whole = compareSlices(run.pairs, run.headlines)

  it('a step 30% slower is a regression of its own, and the run’s verdict, while the run as a whole is unchanged', () => {
    expect(whole.verdict).toBe('no_change')
    const cmp = withSliceSteps(whole, [
      step('shop/browse', 20, 10, 10, rand),
      step('shop/checkout', 20, 10, 13, rand)
    ])
    const checkout = cmp.metrics.filter((m) => m.endpoint === 'shop/checkout')
    expect(checkout.find((m) => m.metric === 'p95_response_time')).toMatchObject({ verdict: 'regression' })
    expect(
      cmp.metrics.filter((m) => m.endpoint === 'shop/browse').every((m) => m.verdict === 'no_change')
    ).toBe(true)
    expect(cmp.verdict).toBe('regression')
    expect(regressionFails(cmp, 'regression')).toBe(true)
    // two steps: each at 1 − 0.05/2
    expect(cmp.step_level).toBeCloseTo(0.975, 10)
    expect(cmp.metrics.slice(0, whole.metrics.length)).toEqual(whole.metrics)
  })

  it('a step left undecided (too few pairs) is said, but neither makes the run inconclusive nor fails it', () => {
    const cmp = withSliceSteps(whole, [step('shop/rare', 3, 10, 10, rand)])
    expect(cmp.metrics.filter((m) => m.endpoint === 'shop/rare').map((m) => m.verdict)).toEqual(
      Array(4).fill('inconclusive')
    )
    expect(cmp.verdict).toBe('no_change')
    expect(regressionFails(cmp, 'inconclusive')).toBe(false)
    // the run's own inconclusive still fails under `inconclusive`
    expect(regressionFails({ metrics: [{ verdict: 'inconclusive' }] }, 'inconclusive')).toBe(true)
  })

  it('no steps: the comparison is the run’s, unchanged', () => {
    expect(withSliceSteps(whole, [])).toBe(whole)
  })

  it('two runs: only steps both have a per-second series of are judged', () => {
    const series = (ms: number) =>
      Array.from({ length: 30 }, (_, s) => ({
        second: s,
        requests: 100,
        errors: 0,
        requests_per_second: 100,
        p50_response_time: ms / 2000,
        p95_response_time: (ms * (1 + (rand() - 0.5) * 0.04)) / 1000,
        p99_response_time: ms / 500
      }))
    const run = (ms: number) => runWindows({ timeseries: series(ms), ...figures(ms) })
    const cmp = compareRunsWithSteps(
      {
        ...run(10),
        steps: [
          { endpoint: 'j/a', ...figures(10), timeseries: series(10) },
          { endpoint: 'j/b', ...figures(10) }
        ]
      },
      {
        ...run(10),
        steps: [
          { endpoint: 'j/a', ...figures(20), timeseries: series(20) },
          { endpoint: 'j/b', ...figures(20), timeseries: series(20) }
        ]
      }
    )
    expect([...new Set(cmp.metrics.flatMap((m) => (m.endpoint ? [m.endpoint] : [])))]).toEqual(['j/a'])
    expect(cmp.metrics.find((m) => m.endpoint === 'j/a' && m.metric === 'p95_response_time')?.verdict).toBe(
      'regression'
    )
    expect(cmp.step_level).toBeCloseTo(0.95, 10)
  })
})
