import { describe, expect, it } from '@jest/globals'
import type { Target } from '../../src/config/resolve.js'
import { Recorder } from '../../src/engine/recorder.js'
import type { LoadTestResult } from '../../src/engine/result.js'
import { seededRandom } from '../../src/engine/seeded-random.js'
import { calculateMetrics } from '../../src/metrics/calculate.js'
import { metricsFromHistograms } from '../../src/metrics/histogram-metrics.js'
import { RunHistograms } from '../../src/metrics/run-histograms.js'

// The same requests kept two ways: each one (exact), and folded into histograms batch by batch
// while the recorder frees what was folded, as a soak does.

const target: Target = {
  service: 'svc',
  baseUrl: 'http://127.0.0.1:1',
  unreachableMessage: '',
  thresholds: {},
  secrets: [],
  endpoints: [
    { name: 'GET /a', method: 'GET', path: '/a', headers: {}, weight: 1 },
    { name: 'GET /b', method: 'GET', path: '/b', headers: {}, weight: 1 }
  ]
}

const SECONDS = 20
const N = 200_000

/** Requests over 20 s: /a ~ log-normal around 3 ms, /b bimodal 10 ms / 200 ms, 1% 500s, a few refused. */
function record(r: Recorder, onBatch: (from: number, to: number) => void): void {
  const rand = seededRandom(11)
  const err = r.errorId('http_5xx', 'HTTP 500')
  const refused = r.errorId('connection_refused', 'connect ECONNREFUSED')
  let flushed = 0
  for (let i = 0; i < N; i++) {
    const sendUs = (i / N) * SECONDS * 1e6
    const ep = i % 3 === 0 ? 1 : 0
    const latency =
      ep === 0
        ? Math.round(3000 * Math.exp((rand() - 0.5) * 1.5))
        : rand() < 0.9
          ? 10_000 + Math.round(rand() * 2000)
          : 200_000 + Math.round(rand() * 50_000)
    const fail = i % 100 === 7
    const down = i % 5003 === 1
    r.add(sendUs, down ? 50 : latency, ep, down ? 0 : fail ? 500 : 200, down ? refused : fail ? err : 0, 120)
    // a batch a second, as the run feed hands them over
    if (Math.floor(((i + 1) / N) * SECONDS) > Math.floor((i / N) * SECONDS)) {
      onBatch(flushed, i + 1)
      flushed = i + 1
    }
  }
  onBatch(flushed, N)
}

function resultOf(recorder: Recorder): LoadTestResult {
  return {
    mode: 'soak',
    target,
    settings: { users: 10, duration: SECONDS, timeout: 10 },
    outcome: {
      recorder,
      startedAtMs: recorder.epochMs,
      endedAtMs: recorder.epochMs + SECONDS * 1000,
      startUs: 0,
      endUs: SECONDS * 1e6,
      partial: false,
      stages: []
    }
  }
}

describe('a run kept as histograms', () => {
  const exactRecorder = new Recorder(Date.UTC(2026, 0, 1))
  record(exactRecorder, () => undefined)
  const exact = calculateMetrics(resultOf(exactRecorder))

  const folded = new Recorder(Date.UTC(2026, 0, 1))
  const h = new RunHistograms(2, false)
  record(folded, (from, to) => {
    h.add(folded, from, to)
    folded.release(to)
  })
  const kept = metricsFromHistograms(resultOf(folded), h)

  it('frees the records it folded: the recorder holds at most its last chunk', () => {
    expect(folded.allocatedBytes).toBeLessThan(exactRecorder.allocatedBytes / 2)
    expect(() => folded.latencyUs(0)).toThrow()
  })

  it('gives every percentile within 0.1% of the exact one, overall and per endpoint', () => {
    const keys = ['median_response_time', 'p95_response_time', 'p99_response_time'] as const
    const worst = Math.max(
      ...[exact, ...exact.per_endpoint].flatMap((a, k) => {
        const b = k === 0 ? kept : kept.per_endpoint[k - 1]
        return keys.map((key) => Math.abs(b[key] / a[key] - 1))
      })
    )
    expect(worst).toBeLessThanOrEqual(0.001)
    // the extremes and the mean are exact: kept beside the histogram
    expect(kept.min_response_time).toBe(exact.min_response_time)
    expect(kept.max_response_time).toBe(exact.max_response_time)
    expect(kept.average_response_time).toBeCloseTo(exact.average_response_time, 6)
  })

  it('keeps every count exact: requests, failures, statuses, error types and messages', () => {
    for (const key of ['total_requests', 'failed_requests', 'successful_requests', 'error_rate'] as const)
      expect([key, kept[key]]).toEqual([key, exact[key]])
    expect(kept.status_codes).toEqual(exact.status_codes)
    expect(kept.error_types).toEqual(exact.error_types)
    expect(kept.error_messages).toEqual(exact.error_messages)
    expect(kept.per_endpoint.map((e) => [e.total_requests, e.failed_requests, e.errors])).toEqual(
      exact.per_endpoint.map((e) => [e.total_requests, e.failed_requests, e.errors])
    )
    expect(kept.latency_histogram).toEqual(exact.latency_histogram)
  })

  it('has a per-second series over the whole run and says where its percentiles come from', () => {
    expect(kept.timeseries.reduce((n, p) => n + p.requests, 0)).toBe(N)
    expect(kept.timeseries.length).toBeGreaterThanOrEqual(SECONDS)
    expect(kept.timeseries.length).toBeLessThanOrEqual(SECONDS + 1)
    expect(kept.recording).toEqual({ mode: 'histograms', note: expect.stringContaining('within 0.1%') })
    expect(exact.recording).toBeUndefined()
  })

  it('a straggler for a second already closed is counted in it, not lost', () => {
    const r = new Recorder(Date.UTC(2026, 0, 1))
    const late = new RunHistograms(1, false)
    r.add(0, 1000, 0, 200, 0, 1)
    r.add(5_000_000, 1000, 0, 200, 0, 1)
    late.add(r, 0, 2)
    r.add(100_000, 2000, 0, 200, 0, 1)
    late.add(r, 2, 3)
    const f = late.figures([target.endpoints[0]])
    expect(f.seconds.map((s) => [s.at - f.seconds[0].at, s.requests])).toEqual([
      [0, 2],
      [5, 1]
    ])
  })
})
