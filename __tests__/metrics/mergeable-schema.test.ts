import { describe, expect, it } from '@jest/globals'
import { SessionStats } from '../../src/engine/session/session-stats.js'
import { calculateMetrics } from '../../src/metrics/calculate.js'
import { mergeableRun } from '../../src/metrics/mergeable-from-run.js'
import {
  mergeableHistogramProblem,
  mergeableProblem,
  mergeableSchema
} from '../../src/metrics/mergeable-schema.js'
import { checkRunDocument } from '../../src/report/files/run-schema.js'
import { fixtureRun, type FixtureOptions } from '../helpers/fixture-run.js'
import { deflateSync } from 'node:zlib'
import { encodeHdr, hdrOf, tryDecodeHdr } from '../../src/metrics/hdr.js'
import { nestsDeeperThan } from '../../src/report/files/read-run.js'

/**
 * The checks on run directories read back (issue 29) refuse hostile files,
 * so they must pass every document a real run writes: plain, failing,
 * stress, paced, compared with a baseline, stopped early.
 */
const KINDS: [string, FixtureOptions][] = [
  ['plain', {}],
  ['failing', { failEvery: 3 }],
  ['stress', { stages: 4 }],
  ['paced', { paced: true }],
  ['with a baseline', { baselineFactor: 0.5 }],
  ['partial', { abortReason: 'stopped by SIGTERM', seconds: 2 }],
  ['empty', { rps: 1, seconds: 0 }]
]

describe("a real run's documents pass the checks", () => {
  it.each(KINDS)('%s', (_name, o) => {
    const { result, doc } = fixtureRun(o)
    expect(checkRunDocument(JSON.parse(JSON.stringify(doc)))).toEqual({ doc: expect.anything() })
    const m = mergeableRun(
      result,
      calculateMetrics(result),
      { index: 1, of: 2 },
      { overall: result.target.thresholds, per_endpoint: {} },
      { users: 10, duration: 10, base_url: 'http://127.0.0.1:8080', endpoints: ['GET /a', 'GET /b'] }
    )
    const parsed = mergeableSchema.safeParse(JSON.parse(JSON.stringify(m)))
    expect(parsed.error?.issues).toBeUndefined()
    expect(mergeableProblem(m)).toBeUndefined()
    expect(mergeableHistogramProblem(m)).toBeUndefined()
  })
})

describe('hostile documents are named by field', () => {
  it.each<[string, (d: Record<string, unknown>) => void, string]>([
    ['a string time', (d) => (d.p95_response_time = '<b>'), 'p95_response_time'],
    ['a null point', (d) => (d.timeseries = [null]), 'timeseries[0]'],
    ['counts that do not add up', (d) => (d.failed_requests = 1e6), 'successful_requests'],
    ['a negative status count', (d) => (d.status_codes = { '200': -1 }), 'status_codes.200'],
    ['not a date', (d) => (d.timestamp = 'yesterday'), 'timestamp']
  ])('%s', (_name, change, field) => {
    const doc = JSON.parse(JSON.stringify(fixtureRun().doc)) as Record<string, unknown>
    change(doc)
    const r = checkRunDocument(doc)
    expect('problem' in r && r.problem[0]).toBe(field)
  })
})

describe('bounds a fresh-clone review found past the numbered cases', () => {
  const shard = () => {
    const { result } = fixtureRun({ failEvery: 3 })
    return mergeableRun(
      result,
      calculateMetrics(result),
      { index: 1, of: 2 },
      { overall: result.target.thresholds, per_endpoint: {} },
      { users: 10, duration: 10, base_url: 'http://127.0.0.1:8080', endpoints: ['GET /a', 'GET /b'] }
    )
  }

  it('counts that contradict each other: 500s with no failed request, error messages past the failures', () => {
    expect(mergeableProblem(shard())).toBeUndefined()
    const m = shard()
    const n = m.latency.count
    expect(mergeableProblem({ ...m, status_codes: { '200': 1, '500': n - 1 } })?.[0]).toBe(
      'mergeable.status_codes'
    )
    const flood = [{ type: 'timeout' as const, message: 'x', count: 1e15 }]
    expect(mergeableProblem({ ...m, error_messages: flood })?.[0]).toMatch(
      /^mergeable\.(error_messages|error_types)$/
    )
  })

  it('a histogram string that inflates to gigabytes is refused before the decoder inflates it', () => {
    const real = Buffer.from(encodeHdr(hdrOf([100, 2000, 30000])), 'base64')
    const body = deflateSync(Buffer.alloc(64 * 2 ** 20))
    const head = Buffer.alloc(8)
    real.copy(head, 0, 0, 4) // the encoding's cookie
    head.writeInt32BE(body.length, 4)
    const bomb = Buffer.concat([head, body]).toString('base64')
    expect(bomb.length).toBeLessThan(2 ** 20)
    expect(tryDecodeHdr(bomb)).toBe('inflates to more than 16 MiB')
    expect(typeof tryDecodeHdr(encodeHdr(hdrOf([100, 2000, 30000])))).toBe('object')
  })

  it('JSON nested deeper than any metrics.json is caught by a scan, strings skipped', () => {
    expect(nestsDeeperThan('['.repeat(65) + ']'.repeat(65), 64)).toBe(true)
    expect(nestsDeeperThan(JSON.stringify(fixtureRun().doc), 64)).toBe(false)
    expect(nestsDeeperThan(JSON.stringify({ a: '['.repeat(100) }), 64)).toBe(false)
    expect(nestsDeeperThan('{"a":"\\"' + '['.repeat(100) + '"}', 64)).toBe(false)
  })
})

describe("a shard's journeys and checks", () => {
  /** a shard whose virtual users ran journey `j` over its second endpoint, with one check */
  const shard = () => {
    const { result } = fixtureRun()
    const stats = new SessionStats(['j'])
    for (let i = 0; i < 40; i++) {
      stats.iteration(0, 1000 + i * 100, i % 10 === 0 ? 'failed' : 'ok')
      stats.check(1, 'status 200', i % 10 !== 0)
    }
    result.outcome.sessions = stats.summary()
    return mergeableRun(
      result,
      calculateMetrics(result),
      { index: 1, of: 2 },
      { overall: result.target.thresholds, per_endpoint: {} },
      { users: 10, duration: 10, base_url: 'http://127.0.0.1:8080', endpoints: ['GET /a', 'GET /b'] }
    )
  }

  it('a real one passes every check', () => {
    const m = shard()
    expect(mergeableSchema.safeParse(JSON.parse(JSON.stringify(m))).error?.issues).toBeUndefined()
    expect(mergeableProblem(m)).toBeUndefined()
    expect(mergeableHistogramProblem(m)).toBeUndefined()
  })

  it('iterations that are not its histogram of durations: refused, naming the field', () => {
    const m = shard()
    const lying = { ...m.sessions!, journeys: [{ ...m.sessions!.journeys[0], iterations: 4000 }] }
    expect(mergeableHistogramProblem({ ...m, sessions: lying })).toEqual([
      'mergeable.sessions.journeys[0].duration_hdr',
      'holds 40 values, not the 4000 its count says'
    ])
    const garbage = { ...m.sessions!, journeys: [{ ...m.sessions!.journeys[0], duration_hdr: 'AAAA' }] }
    expect(mergeableHistogramProblem({ ...m, sessions: garbage })?.[0]).toBe(
      'mergeable.sessions.journeys[0].duration_hdr'
    )
  })

  it('a check of an endpoint the shard does not have, more failures than iterations: refused', () => {
    const m = shard()
    const beyond = { ...m.sessions!, checks: [{ ...m.sessions!.checks[0], endpoint: 2 }] }
    expect(mergeableProblem({ ...m, sessions: beyond })).toEqual([
      'mergeable.sessions.checks[0].endpoint',
      "is not an endpoint's index (there are 2)"
    ])
    const failed = { ...m.sessions!, journeys: [{ ...m.sessions!.journeys[0], failed: 41 }] }
    expect(mergeableProblem({ ...m, sessions: failed })?.[0]).toBe('mergeable.sessions.journeys[0].failed')
  })

  it('the schema bounds its counts like the others', () => {
    const raw = JSON.parse(JSON.stringify(shard()))
    raw.sessions.checks[0].passed = -1
    raw.sessions.journeys[0].iterations = 1e308
    const paths = new Set(mergeableSchema.safeParse(raw).error?.issues.map((i) => i.path.join('.')))
    expect([...paths]).toEqual(['sessions.journeys.0.iterations', 'sessions.checks.0.passed'])
  })

  it("endpoints that are not its test's: refused (merged by position, checks name them by index)", () => {
    const m = shard()
    expect(mergeableProblem({ ...m, endpoints: m.endpoints.slice(1) })?.[0]).toBe('mergeable.endpoints')
  })
})
