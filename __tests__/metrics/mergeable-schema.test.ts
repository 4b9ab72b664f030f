import { describe, expect, it } from '@jest/globals'
import { calculateMetrics } from '../../src/metrics/calculate.js'
import { mergeableRun } from '../../src/metrics/mergeable.js'
import {
  mergeableHistogramProblem,
  mergeableProblem,
  mergeableSchema
} from '../../src/metrics/mergeable-schema.js'
import { checkRunDocument } from '../../src/report/files/run-schema.js'
import { fixtureRun, type FixtureOptions } from '../helpers/fixture-run.js'

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
