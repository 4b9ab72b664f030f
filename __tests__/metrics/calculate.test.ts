import { describe, expect, it } from '@jest/globals'
import type { Target } from '../../src/config/resolve.js'
import { Recorder } from '../../src/engine/recorder.js'
import type { LoadTestResult } from '../../src/engine/result.js'
import { calculateMetrics } from '../../src/metrics/calculate.js'

const target: Target = {
  service: 'svc',
  baseUrl: 'http://127.0.0.1:1',
  unreachableMessage: '',
  thresholds: {},
  secrets: [],
  endpoints: [
    { name: 'GET /a', method: 'GET', path: '/a', headers: {}, weight: 1 },
    { name: 'POST /b', method: 'POST', path: '/b', headers: {}, weight: 1 }
  ]
}

function result(recorder: Recorder, durationUs: number): LoadTestResult {
  return {
    mode: 'load',
    target,
    settings: { users: 1, duration: durationUs / 1e6, timeout: 10 },
    outcome: {
      recorder,
      startedAtMs: recorder.epochMs,
      endedAtMs: recorder.epochMs + durationUs / 1000,
      startUs: 0,
      endUs: durationUs,
      partial: false,
      stages: []
    }
  }
}

describe('calculateMetrics', () => {
  it('computes the seed keys from the rows, percentiles by linear interpolation', () => {
    const r = new Recorder(Date.UTC(2026, 0, 1))
    // /a: 1..10 ms, one 500; /b: 100 ms and a timeout of 1 s
    for (let i = 1; i <= 10; i++) {
      const err = i === 10 ? r.errorId('http_5xx', 'HTTP 500') : 0
      r.add(i * 100_000, i * 1000, 0, i === 10 ? 500 : 200, err, 10)
    }
    r.add(1_500_000, 100_000, 1, 201, 0, 20)
    r.add(1_600_000, 1_000_000, 1, 0, r.errorId('timeout', 'request timed out'), 0)
    const m = calculateMetrics(result(r, 4_000_000))

    expect(m.total_requests).toBe(12)
    expect(m.successful_requests).toBe(10)
    expect(m.failed_requests).toBe(2)
    expect(m.error_rate).toBeCloseTo(16.6667, 4)
    expect(m.requests_per_second).toBe(3)
    expect(m.total_duration).toBe(4)
    expect(m.min_response_time).toBe(0.001)
    expect(m.max_response_time).toBe(1)
    expect(m.status_codes).toEqual({ '200': 9, '500': 1, '201': 1 })
    expect(m.error_types).toEqual({ timeout: 1, http_5xx: 1 })
    expect(m.test_name).toBe('load_test_svc')
    expect(m.timestamp).toBe('2026-01-01T00:00:00.000Z')

    const a = m.per_endpoint[0]
    expect(a).toMatchObject({ endpoint: 'GET /a', total_requests: 10, failed_requests: 1, error_rate: 10 })
    // p95 of 1..10 ms is 9.55 ms, the median 5.5 ms
    expect(a.p95_response_time).toBeCloseTo(0.00955, 9)
    expect(a.median_response_time).toBeCloseTo(0.0055, 9)
    expect(a.average_response_time).toBeCloseTo(0.0055, 9)
    expect(m.per_endpoint[1]).toMatchObject({
      endpoint: 'POST /b',
      total_requests: 2,
      failed_requests: 1,
      max_response_time: 1
    })
  })

  it('buckets the time series by completion second and keeps every request', () => {
    const r = new Recorder(0)
    r.add(100_000, 50_000, 0, 200, 0, 1) // ends 0.15 s
    r.add(900_000, 200_000, 0, 200, 0, 1) // ends 1.1 s
    r.add(1_500_000, 10_000, 0, 503, r.errorId('http_5xx', 'HTTP 503'), 1) // ends 1.51 s
    const m = calculateMetrics(result(r, 2_500_000))
    expect(m.timeseries.map((p) => [p.second, p.requests, p.errors])).toEqual([
      [0, 1, 0],
      [1, 2, 1],
      [2, 0, 0]
    ])
    // the last bucket is half a second long: its rate is scaled, not halved
    expect(m.timeseries[2].requests_per_second).toBe(0)
    expect(m.timeseries[1].p95_response_time).toBeCloseTo(0.01 + 0.95 * 0.19, 6)
  })

  it('never emits NaN for an endpoint without requests', () => {
    const r = new Recorder(0)
    r.add(0, 1000, 0, 200, 0, 1)
    const text = JSON.stringify(calculateMetrics(result(r, 1_000_000)))
    expect(text).not.toMatch(/NaN|null|Infinity/)
  })
})
