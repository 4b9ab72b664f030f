import { describe, expect, it } from '@jest/globals'
import { EXIT_CODES } from '../../src/gate/exit-codes.js'
import {
  answerCheckStatus,
  combineOutcomes,
  decideOutcome,
  type RunFacts,
  type Failure
} from '../../src/gate/outcome.js'
import type { MetricComparison } from '../../src/gate/compare.js'
import type { ThresholdCheck } from '../../src/gate/evaluate.js'

type Check = Pick<ThresholdCheck, 'name' | 'scope' | 'label' | 'status' | 'not_enough_requests'>
const check = (status: Check['status'], extra: Partial<Check> = {}): Check => ({
  name: 'p95_response_time',
  scope: 'overall',
  label: 'p95 response time',
  status,
  ...extra
})
const metric = (verdict: MetricComparison['verdict']): MetricComparison =>
  ({ metric: 'p95_response_time', verdict }) as MetricComparison
const compared = (
  verdict: MetricComparison['verdict'],
  failOnRegression: 'regression' | 'inconclusive' | 'never' = 'regression'
): RunFacts['comparison'] => ({
  result: { metrics: [metric(verdict)] },
  failOnRegression,
  against: 'the baseline'
})

/** Every row of the exit-code table (docs/reference/exit-codes.md), from the one rule. */
const TABLE: [string, RunFacts | Failure, 0 | 1 | 2 | 3, string][] = [
  ['all good', { checks: [check('good')], failOn: 'critical' }, 0, 'pass'],
  ['a warning under --fail-on critical', { checks: [check('warning')], failOn: 'critical' }, 0, 'warning'],
  ['a warning under --fail-on warning', { checks: [check('warning')], failOn: 'warning' }, 1, 'warning'],
  ['a critical threshold', { checks: [check('good'), check('critical')], failOn: 'critical' }, 1, 'fail'],
  ['a critical threshold under --fail-on never', { checks: [check('critical')], failOn: 'never' }, 0, 'fail'],
  [
    'too few requests, under --fail-on warning',
    { checks: [check('warning', { not_enough_requests: { min: 20 } })], failOn: 'warning' },
    1,
    'warning'
  ],
  [
    'a regression against the baseline',
    { checks: [check('good')], failOn: 'critical', comparison: compared('regression') },
    1,
    'fail'
  ],
  [
    'an inconclusive comparison under fail-on-regression regression',
    { checks: [check('good')], failOn: 'critical', comparison: compared('inconclusive') },
    0,
    'pass'
  ],
  [
    'an inconclusive comparison under fail-on-regression inconclusive',
    { checks: [check('good')], failOn: 'critical', comparison: compared('inconclusive', 'inconclusive') },
    1,
    'fail'
  ],
  [
    'a regression under fail-on-regression never',
    { checks: [check('good')], failOn: 'critical', comparison: compared('regression', 'never') },
    0,
    'pass'
  ],
  [
    'compare: no thresholds, a regression',
    { failOn: 'never', comparison: compared('regression') },
    1,
    'fail'
  ],
  [
    'a partial run, even one that failed its thresholds',
    { checks: [check('critical')], failOn: 'critical', partial: true, abortReason: 'stopped by SIGINT' },
    3,
    'fail'
  ],
  [
    'stopped by a threshold’s abort_after: the gate failed, whatever --fail-on',
    {
      checks: [check('good')],
      failOn: 'never',
      partial: true,
      abortReason: 'thresholds.p95_response_time.abort_after (30s): …',
      thresholdAbort: {
        name: 'p95_response_time',
        scope: 'overall',
        label: '95th percentile',
        abort_after: 30
      }
    },
    1,
    'fail'
  ],
  ['invalid input', { failure: 'invalid_input', message: '--users must be a whole number' }, 2, 'fail'],
  ['an unreachable target', { failure: 'unreachable', message: 'nothing listens on 127.0.0.1:9' }, 3, 'fail']
]

describe('decideOutcome: the exit-code table', () => {
  it.each(TABLE)('%s → exit %s', (_name, facts, code, verdict) => {
    const o = decideOutcome(facts)
    expect(o.exit_code).toBe(code)
    expect(o.verdict).toBe(verdict)
  })

  it('covers every exit code the docs list', () => {
    const codes = new Set(TABLE.map((row) => row[2]))
    expect([...codes].sort()).toEqual(EXIT_CODES.map((e) => e.code))
  })
})

describe('decideOutcome: reasons', () => {
  it('names each crossed threshold with its scope, and which decide the exit code', () => {
    const o = decideOutcome({
      checks: [
        check('critical'),
        check('warning', { scope: 'GET /a', label: 'error rate', name: 'error_rate' })
      ],
      failOn: 'critical'
    })
    expect(o.reasons).toEqual([
      {
        kind: 'threshold',
        decides: true,
        name: 'p95_response_time',
        scope: 'overall',
        text: 'p95 response time: critical'
      },
      {
        kind: 'threshold',
        decides: false,
        name: 'error_rate',
        scope: 'GET /a',
        text: 'error rate (GET /a): warning'
      }
    ])
    expect(o.summary).toBe('fail-on critical')
  })

  it('says a failing comparison in the summary, as the terminal and the action print it', () => {
    const o = decideOutcome({ checks: [], failOn: 'critical', comparison: compared('regression') })
    expect(o.summary).toBe(
      'fail-on critical; against the baseline: regression, fail-on-regression regression'
    )
    expect(o.reasons).toEqual([
      {
        kind: 'regression',
        decides: true,
        name: 'p95_response_time',
        text: 'p95_response_time against the baseline: regression'
      }
    ])
  })

  it('keeps rows used up and a saturated generator as reasons that do not decide', () => {
    const o = decideOutcome({
      checks: [],
      failOn: 'warning',
      stoppedEarly: 'the data file ran out of unique rows after 15 requests',
      generatorSaturated: true
    })
    expect(o.exit_code).toBe(0)
    expect(o.reasons.map((r) => [r.kind, r.decides])).toEqual([
      ['data_used_up', false],
      ['generator_saturated', false]
    ])
  })

  it('says a partial run, and that it decides', () => {
    const o = decideOutcome({
      checks: [],
      failOn: 'critical',
      partial: true,
      abortReason: 'stopped by SIGTERM'
    })
    expect(o.reasons).toEqual([{ kind: 'partial', decides: true, text: 'stopped early: stopped by SIGTERM' }])
  })
})

describe('decideOutcome: a run stopped by abort_after', () => {
  it('says which threshold stopped it, in place of a partial run, and that it decides', () => {
    const o = decideOutcome({
      checks: [check('warning')],
      failOn: 'critical',
      partial: true,
      abortReason: 'thresholds.p95_response_time.abort_after (30s): 95th percentile was critical …',
      thresholdAbort: {
        name: 'p95_response_time',
        scope: 'GET /a',
        label: '95th percentile',
        abort_after: 30
      }
    })
    expect(o.exit_code).toBe(1)
    expect(o.summary).toBe('fail-on critical; stopped by p95_response_time.abort_after (30 s critical)')
    expect(o.reasons).toEqual([
      {
        kind: 'threshold',
        decides: false,
        name: 'p95_response_time',
        scope: 'overall',
        text: 'p95 response time: warning'
      },
      {
        kind: 'threshold_abort',
        decides: true,
        name: 'p95_response_time',
        scope: 'GET /a',
        text: 'thresholds.p95_response_time.abort_after (30s): 95th percentile was critical …'
      }
    ])
  })

  it('a quick or all command goes on after it (exit 1), and stops after a signal (exit 3)', () => {
    const stopped = decideOutcome({
      checks: [],
      failOn: 'critical',
      partial: true,
      thresholdAbort: { name: 'error_rate', scope: 'overall', label: 'Error rate', abort_after: 5 }
    })
    const pass = decideOutcome({ checks: [check('good')], failOn: 'critical' })
    expect(combineOutcomes([stopped, pass])).toBe(1)
  })
})

describe('combineOutcomes: several runs of one command', () => {
  const pass = decideOutcome({ checks: [check('good')], failOn: 'critical' })
  const fail = decideOutcome({ checks: [check('critical')], failOn: 'critical' })
  const partial = decideOutcome({ checks: [], failOn: 'critical', partial: true })
  const down = decideOutcome({ failure: 'unreachable', message: 'down' })

  it.each([
    ['all passed', [pass, pass], 0],
    ['one failed', [pass, fail], 1],
    ['one service down, the others ran', [pass, down], 1],
    ['every service down', [down, down], 3],
    ['nothing ran', [], 3],
    ['one run stopped early', [fail, partial], 3]
  ] as const)('%s → exit %s', (_name, outcomes, code) => {
    expect(combineOutcomes(outcomes)).toBe(code)
  })
})

describe('answerCheckStatus', () => {
  const errorRate = (status: Check['status']): Check => ({
    ...check(status),
    name: 'error_rate',
    label: 'Error rate'
  })
  it.each([
    ['no failed check', 'critical', 'critical', 0, 'good'],
    ['a warning band under fail_on critical: the run passes', 'warning', 'critical', 3, 'warning'],
    ['a critical band under fail_on never: the run passes', 'critical', 'never', 3, 'warning'],
    ['a warning band under fail_on warning: the run fails', 'warning', 'warning', 3, 'critical'],
    ['a critical band under fail_on critical: the run fails', 'critical', 'critical', 3, 'critical']
  ] as const)('%s', (_name, band, failOn, failed, status) => {
    const outcome = decideOutcome({ checks: [errorRate(band)], failOn })
    expect(answerCheckStatus(outcome, failed)).toBe(status)
  })
})
