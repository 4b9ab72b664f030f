import { describe, expect, it } from '@jest/globals'
import { bandStatus, evaluateThresholds, gateFails, verdictOf } from '../../src/gate/evaluate.js'
import { DEFAULT_THRESHOLDS } from '../../src/config/thresholds.js'
import type { Metrics } from '../../src/metrics/types.js'

function metrics(over: Partial<Metrics>): Metrics {
  return {
    total_requests: 100,
    successful_requests: 100,
    failed_requests: 0,
    average_response_time: 0.1,
    median_response_time: 0.1,
    p95_response_time: 0.2,
    p99_response_time: 0.3,
    min_response_time: 0.01,
    max_response_time: 0.5,
    requests_per_second: 50,
    successful_requests_per_second: 50,
    error_rate: 0,
    total_duration: 2,
    test_name: 't',
    latency_basis: 'actual_send',
    timestamp: '2026-01-01T00:00:00.000Z',
    per_endpoint: [],
    status_codes: {},
    error_types: {},
    error_messages: [],
    timeseries: [],
    latency_histogram: [],
    ...over
  }
}

describe('bands (the seed table)', () => {
  it('lower is better: below warning good, below critical warning, at critical critical', () => {
    const band = { warning: 1, critical: 5 }
    expect(bandStatus(0.99, band, false)).toBe('good')
    expect(bandStatus(1, band, false)).toBe('warning')
    expect(bandStatus(4.99, band, false)).toBe('warning')
    expect(bandStatus(5, band, false)).toBe('critical')
  })
  it('throughput: above 10 good, above 1 warning, 1 or less critical', () => {
    const band = DEFAULT_THRESHOLDS.requests_per_second!
    expect(bandStatus(10.01, band, true)).toBe('good')
    expect(bandStatus(10, band, true)).toBe('warning')
    expect(bandStatus(1.01, band, true)).toBe('warning')
    expect(bandStatus(1, band, true)).toBe('critical')
  })
})

describe('evaluateThresholds', () => {
  it('judges throughput on the requests that succeeded: errors answered fast are no throughput', () => {
    const g = evaluateThresholds(metrics({ requests_per_second: 500, successful_requests_per_second: 4 }))
    expect(g.checks.find((c) => c.name === 'requests_per_second')).toMatchObject({
      label: 'Throughput (successful)',
      value: 4,
      status: 'warning'
    })
  })

  it('checks the four default metrics and passes a healthy run', () => {
    const g = evaluateThresholds(metrics({}))
    expect(g.checks.map((c) => [c.name, c.status])).toEqual([
      ['error_rate', 'good'],
      ['avg_response_time', 'good'],
      ['p95_response_time', 'good'],
      ['requests_per_second', 'good']
    ])
    expect(g.verdict).toBe('pass')
  })

  it('gives warning and fail verdicts from the worst check', () => {
    expect(evaluateThresholds(metrics({ error_rate: 2 })).verdict).toBe('warning')
    const g = evaluateThresholds(metrics({ error_rate: 2, p95_response_time: 6 }))
    expect(g.verdict).toBe('fail')
    expect(g.checks.find((c) => c.name === 'p95_response_time')).toMatchObject({
      value: 6,
      warning: 2,
      critical: 5,
      status: 'critical'
    })
  })

  it('checks an endpoint against its own thresholds', () => {
    const m = metrics({
      per_endpoint: [
        {
          endpoint: 'GET /slow',
          method: 'GET',
          path: '/slow',
          total_requests: 10,
          successful_requests: 10,
          failed_requests: 0,
          error_rate: 0,
          requests_per_second: 5,
          successful_requests_per_second: 5,
          average_response_time: 0.4,
          median_response_time: 0.4,
          p95_response_time: 0.9,
          p99_response_time: 1,
          min_response_time: 0.3,
          max_response_time: 1
        }
      ]
    })
    const g = evaluateThresholds(m, DEFAULT_THRESHOLDS, {
      'GET /slow': { p95_response_time: { warning: 0.2, critical: 0.5 } }
    })
    const ep = g.checks.filter((c) => c.scope === 'GET /slow')
    expect(ep).toHaveLength(1)
    expect(ep[0].status).toBe('critical')
    expect(g.verdict).toBe('fail')
  })

  it('fail_on decides which verdict fails the job', () => {
    expect(gateFails('fail', 'critical')).toBe(true)
    expect(gateFails('warning', 'critical')).toBe(false)
    expect(gateFails('warning', 'warning')).toBe(true)
    expect(gateFails('pass', 'warning')).toBe(false)
    expect(gateFails('fail', 'never')).toBe(false)
    expect(verdictOf([])).toBe('pass')
  })
})

describe('checks that a handful of requests cannot pass', () => {
  const endpoint = (total: number) => ({
    endpoint: 'GET /rare',
    method: 'GET',
    path: '/rare',
    total_requests: total,
    successful_requests: total,
    failed_requests: 0,
    error_rate: 0,
    requests_per_second: 1,
    successful_requests_per_second: 1,
    average_response_time: 0.01,
    median_response_time: 0.01,
    p95_response_time: 0.01,
    p99_response_time: 0.01,
    min_response_time: 0.01,
    max_response_time: 0.01
  })
  const fast = { p95_response_time: { warning: 0.1, critical: 0.2 } }

  it('an endpoint threshold judged on one request is a warning that says why, not good', () => {
    const g = evaluateThresholds(metrics({ per_endpoint: [endpoint(1)] }), DEFAULT_THRESHOLDS, {
      'GET /rare': fast
    })
    const check = g.checks.find((c) => c.scope === 'GET /rare')!
    expect(check).toMatchObject({ status: 'warning', requests: 1, not_enough_requests: { min: 20 } })
    expect(g.verdict).toBe('warning')
    expect(gateFails(g.verdict, 'warning')).toBe(true)
  })

  it('enough requests: judged on its value alone; min_requests is configurable, per endpoint too', () => {
    const enough = evaluateThresholds(metrics({ per_endpoint: [endpoint(20)] }), DEFAULT_THRESHOLDS, {
      'GET /rare': fast
    })
    expect(enough.verdict).toBe('pass')
    const lower = evaluateThresholds(metrics({ per_endpoint: [endpoint(3)] }), DEFAULT_THRESHOLDS, {
      'GET /rare': { ...fast, min_requests: 3 }
    })
    expect(lower.verdict).toBe('pass')
    const overall = evaluateThresholds(metrics({ total_requests: 100 }), {
      ...DEFAULT_THRESHOLDS,
      min_requests: 500
    })
    expect(overall.checks.every((c) => c.status === 'warning' && c.not_enough_requests?.min === 500)).toBe(
      true
    )
  })

  it('a critical value on few requests stays critical', () => {
    const g = evaluateThresholds(metrics({ total_requests: 5, error_rate: 40 }))
    expect(g.checks.find((c) => c.name === 'error_rate')).toMatchObject({ status: 'critical', requests: 5 })
    expect(g.verdict).toBe('fail')
  })

  it('late and dropped requests under a rate have default bands; runs without a rate have no such checks', () => {
    expect(evaluateThresholds(metrics({})).checks.map((c) => c.name)).not.toContain('dropped_requests')
    const over = evaluateThresholds(metrics({ late_request_rate: 41, dropped_request_rate: 28 }))
    expect(over.checks.find((c) => c.name === 'late_requests')).toMatchObject({
      status: 'critical',
      value: 41
    })
    expect(over.checks.find((c) => c.name === 'dropped_requests')).toMatchObject({
      status: 'critical',
      value: 28
    })
    expect(over.verdict).toBe('fail')
    const fine = evaluateThresholds(metrics({ late_request_rate: 2, dropped_request_rate: 0 }))
    expect(fine.verdict).toBe('pass')
  })

  it('a load test that ran 1 s of the 20 s asked for is a warning', () => {
    const g = evaluateThresholds(metrics({ run_completion: 5 }))
    expect(g.checks.find((c) => c.name === 'run_completion')).toMatchObject({ status: 'warning', value: 5 })
    expect(g.verdict).toBe('warning')
    expect(evaluateThresholds(metrics({ run_completion: 100 })).verdict).toBe('pass')
  })
})
