import { describe, expect, it } from '@jest/globals'
import type { Target } from '../../src/config/resolve.js'
import { Recorder } from '../../src/engine/recorder.js'
import type { LoadTestResult } from '../../src/engine/result.js'
import { seededRandom } from '../../src/engine/seeded-random.js'
import { calculateMetrics } from '../../src/metrics/calculate.js'
import { decodeHdr, encodeHdr, hdrOf, hdrQuantile } from '../../src/metrics/hdr.js'
import { mergeableRun } from '../../src/metrics/mergeable-from-run.js'
import { mergeRuns } from '../../src/metrics/mergeable-merge.js'
import { metricsFromMergeable } from '../../src/metrics/mergeable-metrics.js'
import { quantilesInPlace } from '../../src/metrics/summary-stats.js'

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
const EPOCH = Date.UTC(2026, 10, 26, 12, 0, 0, 437)
const SECONDS = 30
const STAGES = [0, 1, 2].map((k) => ({
  index: k,
  users: 10 * (k + 1),
  startUs: k * 10e6,
  endUs: (k + 1) * 10e6,
  firstRecord: 0,
  eventLoopP99Ms: 12 + k,
  cpuPercent: 40 + 10 * k
}))

/** A stress run of 60,000 requests with long-tailed latencies and two kinds of error. */
function records(): Parameters<Recorder['add']>[] {
  const random = seededRandom(42)
  const out: Parameters<Recorder['add']>[] = []
  const n = 60_000
  for (let i = 0; i < n; i++) {
    const sendUs = (i / n) * SECONDS * 1e6
    // log-normal-ish: most near 5 ms, a tail to a second
    // and the fourth shard's machine three times slower: averaged percentiles would be far off
    const latency = Math.round(
      (i % 4 === 3 ? 3 : 1) * 5000 * Math.exp(1.2 * (random() + random() + random() - 1.5) * 1.5)
    )
    const kind = random()
    const [status, error] = kind < 0.01 ? [500, 1] : kind < 0.015 ? [0, 2] : [200, 0]
    out.push([sendUs, latency, i % 2, status, error, 100 + (i % 7), Math.floor(sendUs / 10e6)])
  }
  return out
}

function run(rows: Parameters<Recorder['add']>[], users: number): LoadTestResult {
  const r = new Recorder(EPOCH)
  r.errorId('http_5xx', 'HTTP 500')
  r.errorId('timeout', 'request timed out')
  for (const row of rows) r.add(...row)
  return {
    mode: 'stress',
    target,
    settings: { users, duration: SECONDS, timeout: 10 },
    outcome: {
      recorder: r,
      startedAtMs: EPOCH,
      endedAtMs: EPOCH + SECONDS * 1000,
      startUs: 0,
      endUs: SECONDS * 1e6,
      partial: false,
      stages: STAGES.map((s) => ({ ...s, users: s.users / (40 / users) }))
    }
  }
}

const thresholds = { overall: {}, per_endpoint: {} }
const TEST = { users: 40, duration: SECONDS, base_url: target.baseUrl, endpoints: ['GET /a', 'POST /b'] }

describe('hdr', () => {
  it('encodes and decodes to the same counts; a quantile is within 0.05% of the exact one', () => {
    const values = Uint32Array.from({ length: 10_000 }, (_, i) => 1000 + ((i * 7919) % 900_000))
    const h = decodeHdr(encodeHdr(hdrOf(values)))
    expect(h.totalCount).toBe(10_000)
    for (const q of [0.5, 0.95, 0.99]) {
      const [exact] = quantilesInPlace(Uint32Array.from(values), [q])
      expect(Math.abs(hdrQuantile(h, q) / exact - 1)).toBeLessThan(0.0006)
    }
  })

  it('interpolates between ranks as a run does: the median of half 100 µs, half 20 ms lies between', () => {
    const values = Uint32Array.from({ length: 1000 }, (_, i) => (i % 2 ? 20_000 : 100))
    // 500 of each: R-7's median is halfway between the 500th and 501st value
    const [exact] = quantilesInPlace(Uint32Array.from(values), [0.5])
    expect(exact).toBe(10_050)
    expect(Math.abs(hdrQuantile(hdrOf(values), 0.5) / exact - 1)).toBeLessThan(0.0006)
    expect(hdrQuantile(hdrOf([7]), 0.99)).toBe(7)
  })
})

describe('mergeRuns', () => {
  const all = records()
  const whole = calculateMetrics(run(all, 40))
  // four shards of the same test, side by side: each a quarter of the requests
  const shards = [0, 1, 2, 3].map((s) => {
    const result = run(
      all.filter((_, i) => i % 4 === s),
      10
    )
    return mergeableRun(result, calculateMetrics(result), { index: s + 1, of: 4 }, thresholds, TEST)
  })
  // through JSON, as metrics.json carries them between machines
  const merged = mergeRuns(shards.map((s) => JSON.parse(JSON.stringify(s))))
  const m = metricsFromMergeable(merged, 'stress_test_svc')

  it('counts are exact: requests, failures, status codes, error types and messages', () => {
    expect(m.total_requests).toBe(whole.total_requests)
    expect(m.failed_requests).toBe(whole.failed_requests)
    expect(m.status_codes).toEqual(whole.status_codes)
    expect(m.error_types).toEqual(whole.error_types)
    expect(m.error_messages).toEqual(whole.error_messages)
    expect(m.error_rate).toBe(whole.error_rate)
    expect(m.latency_histogram).toEqual(whole.latency_histogram)
    expect(merged.users).toBe(40)
  })

  it('min, max and average exact; p50, p95, p99 within 0.1% of all samples together', () => {
    expect(m.min_response_time).toBe(whole.min_response_time)
    expect(m.max_response_time).toBe(whole.max_response_time)
    expect(m.average_response_time).toBeCloseTo(whole.average_response_time, 6)
    for (const k of ['median_response_time', 'p95_response_time', 'p99_response_time'] as const) {
      expect(Math.abs(m[k] / whole[k] - 1)).toBeLessThanOrEqual(0.001)
      // what averaging the shards' own percentiles would have said
      const averaged = shards.reduce((t, s) => t + metricsFromMergeable(s, 'x')[k], 0) / 4
      expect(Math.abs(averaged / whole[k] - 1)).toBeGreaterThan(0.05)
    }
  })

  it('per endpoint and per stage alike; the stage users add up', () => {
    m.per_endpoint.forEach((e, k) => {
      const w = whole.per_endpoint[k]
      expect([e.endpoint, e.total_requests, e.failed_requests]).toEqual([
        w.endpoint,
        w.total_requests,
        w.failed_requests
      ])
      // what each endpoint failed with adds up too (500s and timeouts, both endpoints)
      expect(e.errors).toEqual(w.errors)
      expect(e.errors?.map((x) => [x.type, x.status])).toEqual([
        ['http_5xx', 500],
        ['timeout', 0]
      ])
      expect(Math.abs(e.p95_response_time / w.p95_response_time - 1)).toBeLessThanOrEqual(0.001)
    })
    expect(m.stages!.map((s) => [s.users, s.requests, s.error_types])).toEqual(
      whole.stages!.map((s) => [s.users, s.requests, s.error_types])
    )
    m.stages!.forEach((s, k) => expect(Math.abs(s.p99 / whole.stages![k].p99 - 1)).toBeLessThanOrEqual(0.001))
  })

  it('the per-second series sums the shards by wall-clock second', () => {
    const total = m.timeseries.reduce((t, p) => t + p.requests, 0)
    expect(total).toBe(whole.total_requests)
    // a start at .437 s: 31 wall-clock seconds, the first and last partly inside the run and rated over that part
    expect(m.timeseries).toHaveLength(31)
    const mid = m.timeseries[10]
    expect(mid.requests_per_second).toBe(mid.requests)
    const firstPoint = m.timeseries[0]
    expect(firstPoint.requests_per_second).toBeCloseTo(firstPoint.requests / 0.563, 0)
    for (const s of shards) {
      for (const sec of s.seconds) {
        const point = m.timeseries.find((p) => p.second === sec.at - merged.seconds[0].at)!
        expect(point.requests).toBeGreaterThanOrEqual(sec.requests)
      }
    }
    // every wall-clock second holds all four shards' requests of that second
    const at = merged.seconds[5]
    expect(at.requests).toBe(
      shards.reduce((t, s) => t + (s.seconds.find((x) => x.at === at.at)?.requests ?? 0), 0)
    )
  })

  it('a second in which nothing ended is there, with zeros: a stall shows', () => {
    const gap = { ...merged, seconds: merged.seconds.filter((s) => s.at !== merged.seconds[7].at) }
    const series = metricsFromMergeable(gap, 'x').timeseries
    expect(series).toHaveLength(m.timeseries.length)
    expect(series[7]).toMatchObject({ requests: 0, requests_per_second: 0, p95_response_time: 0 })
  })

  it('one shard read back alone gives its own figures', () => {
    const one = metricsFromMergeable(mergeRuns([shards[0]]), 'x')
    const own = calculateMetrics(
      run(
        all.filter((_, i) => i % 4 === 0),
        10
      )
    )
    expect(one.total_requests).toBe(own.total_requests)
    expect(one.requests_per_second).toBe(own.requests_per_second)
    expect(Math.abs(one.p95_response_time / own.p95_response_time - 1)).toBeLessThanOrEqual(0.001)
  })
})
