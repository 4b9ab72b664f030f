import { describe, expect, it } from '@jest/globals'
import { outcomeOfDocument } from '../../src/report/document-outcome.js'
import { fixtureRun, P95_ABORT, type FixtureOptions } from '../helpers/fixture-run.js'

/**
 * A run's outcome is decided once, when it ends; read back (summary,
 * compare, report, merge) it is worked out again from the document by the
 * same rule, and must come out the same.
 */
describe('outcomeOfDocument: a document read back is judged as it was written', () => {
  it.each<[string, FixtureOptions]>([
    ['a passing load test', {}],
    ['errors on every 3rd request', { failEvery: 3 }],
    ['errors under --fail-on warning', { failEvery: 20, failOn: 'warning' }],
    ['a slower run against a faster baseline', { baselineFactor: 0.5 }],
    ['a run stopped by a signal', { abortReason: 'stopped by SIGINT' }],
    ['a run stopped by a threshold’s abort_after', { thresholdAbort: P95_ABORT }],
    ['a stress ramp', { stages: 4 }],
    ['a paced run', { paced: true, rps: 50 }]
  ])('%s', (_name, options) => {
    const { doc } = fixtureRun(options)
    expect(outcomeOfDocument(doc)).toEqual(doc.outcome)
    expect(doc.verdict).toBe(doc.outcome.verdict)
  })

  it('does not take a document at its word: a claimed pass over a critical check is judged a fail', () => {
    const { doc } = fixtureRun({ failEvery: 2 })
    expect(doc.outcome.exit_code).toBe(1)
    const claimed = {
      ...doc,
      verdict: 'pass' as const,
      outcome: { ...doc.outcome, verdict: 'pass' as const, exit_code: 0 as const }
    }
    expect(outcomeOfDocument(claimed)).toMatchObject({ verdict: 'fail', exit_code: 1 })
  })
})
