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
