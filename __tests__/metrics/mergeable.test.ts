import { describe, expect, it } from '@jest/globals'
import type { Target } from '../../src/config/resolve.js'
import { stepRules } from '../../src/config/session-rules.js'
import {
  mergeSessionSummaries,
  SessionStats,
  type SessionSummary
} from '../../src/engine/session/session-stats.js'
import { evaluateThresholds, journeyScope } from '../../src/gate/evaluate.js'
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

describe('mergeRuns: journeys and checks', () => {
  // a login once per user, then a looped browse with two checks and a pause
  const shop: Target = {
    ...target,
    endpoints: [
      {
        ...target.endpoints[1],
        name: 'shop/login',
        journey: 'shop',
        step: 'login',
        rules: stepRules({ once: true, check: { status: 200 } })
      },
      {
        ...target.endpoints[0],
        name: 'shop/browse',
        journey: 'shop',
        step: 'browse',
        rules: stepRules({ check: { status: 200, contains: 'ok' }, think: [0.5, 1.5] })
      }
    ],
    journeys: [{ name: 'shop', weight: 1, steps: [0, 1], once: 1 }]
  }
  const pooled: number[] = []
  /** one shard's virtual users: its iterations (the second shard's three times slower) and checks */
  const sessionsOf = (s: number): SessionSummary => {
    const stats = new SessionStats(['shop'])
    const random = seededRandom(7 + s)
    stats.users = 10
    for (let u = 0; u < 10; u++) stats.check(0, 'status 200', true)
    for (let i = 0; i < 2000 + 500 * s; i++) {
      const us = Math.round((s + 1) * 20_000 * Math.exp(random() - 0.5))
      const failed = random() < 0.05
      stats.iteration(0, us, failed ? 'failed' : 'ok')
      pooled.push(us)
      stats.check(1, 'status 200', true)
      stats.check(1, 'body contains "ok"', !failed)
    }
    stats.iteration(0, 1000, 'restarted')
    return stats.summary()
  }
  const sessions = [sessionsOf(0), sessionsOf(1)]
  const rows = records().map((r): Parameters<Recorder['add']> => [r[0], r[1], r[2], r[3], r[4], r[5], 0])
  const shardRun = (s: number, result: LoadTestResult) =>
    mergeableRun(result, calculateMetrics(result), { index: s + 1, of: 2 }, thresholds, {
      ...TEST,
      endpoints: shop.endpoints.map((e) => e.name)
    })
  const journeyRun = (list: typeof rows, users: number, summary: SessionSummary): LoadTestResult => {
    const r = run(list, users)
    return { ...r, mode: 'load', target: shop, outcome: { ...r.outcome, stages: [], sessions: summary } }
  }
  const shards = [0, 1].map((s) =>
    shardRun(
      s,
      journeyRun(
        rows.filter((_, i) => i % 2 === s),
        20,
        sessions[s]
      )
    )
  )
  const merged = mergeRuns(shards.map((s) => JSON.parse(JSON.stringify(s))))
  const m = metricsFromMergeable(merged, 'load_test_svc')
  // the same requests and virtual users as one run
  const whole = calculateMetrics(journeyRun(rows, 40, mergeSessionSummaries(sessions)!))

  it("a shard writes its steps and its users' tallies", () => {
    expect(shards[0].endpoints.map((e) => [e.journey, e.step, e.once, e.think])).toEqual([
      ['shop', 'login', true, 0],
      ['shop', 'browse', false, 1]
    ])
    expect(shards[1].sessions!.journeys[0]).toMatchObject({ name: 'shop', iterations: 2500, restarted: 1 })
  })

  it('iterations and checks add up; the journey figures are those of one run of all of them', () => {
    const [j] = m.journeys!
    expect(j.iterations).toBe(2000 + 2500)
    expect(j.restarted_iterations).toBe(2)
    expect(j.failed_iterations).toBe(sessions[0].journeys[0].failed + sessions[1].journeys[0].failed)
    expect(m.checks!.total).toBe(20 + 2 * 4500)
    expect(m.checks!.failed).toBe(j.failed_iterations)
    expect(m.journeys).toEqual(whole.journeys)
    expect(m.checks).toEqual(whole.checks)
    expect(m.check_pass_rate).toBe(whole.check_pass_rate)
    expect(j).toMatchObject({ steps: ['login', 'browse'], once_steps: 1, step_think: [0, 1] })
  })

  it('per endpoint: journey, step and check pass rate', () => {
    expect(m.per_endpoint.map((e) => [e.endpoint, e.journey, e.step, e.check_pass_rate])).toEqual(
      whole.per_endpoint.map((e) => [e.endpoint, e.journey, e.step, e.check_pass_rate])
    )
    expect(m.per_endpoint[0].check_pass_rate).toBe(100)
    expect(m.per_endpoint[1].check_pass_rate).toBeLessThan(100)
  })

  it("the p95 journey duration is within the histogram's precision of all iterations together", () => {
    const us = Uint32Array.from(pooled)
    const [p50, p95, p99] = quantilesInPlace(us, [0.5, 0.95, 0.99]).map((v) => v / 1e6)
    const [j] = m.journeys!
    expect(Math.abs(j.median_duration / p50 - 1)).toBeLessThanOrEqual(0.001)
    expect(Math.abs(j.p95_duration / p95 - 1)).toBeLessThanOrEqual(0.001)
    expect(Math.abs(j.p99_duration / p99 - 1)).toBeLessThanOrEqual(0.001)
    // averaging the shards' own p95s would be far off: the second shard is three times slower
    const own = shards.map((s) => metricsFromMergeable(s, 'x').journeys![0].p95_duration)
    expect(Math.abs((own[0] + own[1]) / 2 / p95 - 1)).toBeGreaterThan(0.05)
  })

  it('the merged run gates on the journey thresholds the shards carried', () => {
    const gate = evaluateThresholds(
      m,
      { check_pass_rate: { warning: 99, critical: 90 } },
      { [journeyScope('shop')]: { p95_journey_duration: { warning: 0.01, critical: 0.02 } } }
    )
    const status = (scope: string, name: string) =>
      gate.checks.find((c) => c.scope === scope && c.name === name)?.status
    // 5% of iterations failed a check: under 99% passed, above 90%
    expect(status('overall', 'check_pass_rate')).toBe('warning')
    expect(status('journey shop', 'p95_journey_duration')).toBe('critical')
    expect(gate.verdict).toBe('fail')
  })

  it('a shard without sessions (an older perf-gate) leaves them out rather than count some shards only', () => {
    const { sessions: _, ...bare } = shards[1]
    expect(mergeRuns([shards[0], bare]).sessions).toBeUndefined()
  })
})
