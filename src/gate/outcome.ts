import type { FailOn } from '../config/thresholds.js'
import type { FailOnRegression } from '../config/regression.js'
import { regressionFails, type Comparison } from './compare.js'
import { gateFails, verdictOf, type Status, type ThresholdCheck, type Verdict } from './evaluate.js'
import type { ExitCode } from './exit-codes.js'

/** What a run's outcome is made of, each one said once in every view. */
export type ReasonKind =
  | 'threshold'
  | 'not_enough_requests'
  | 'not_judged'
  | 'regression'
  | 'inconclusive'
  | 'partial'
  | 'data_used_up'
  | 'generator_saturated'
  | 'threshold_abort'
  | 'invalid_input'
  | 'unreachable'

export interface OutcomeReason {
  kind: ReasonKind
  /** this reason alone sets the exit code (a critical threshold under `--fail-on critical`, a gated regression, a partial run) */
  decides: boolean
  /** a threshold's check or a compared metric: its name (`p95_response_time`) */
  name?: string
  /** a threshold's check: `overall`, or the endpoint (`GET /v1/crl`); a compared step: its endpoint */
  scope?: string
  /** the reason in words, for people: `95th percentile (GET /a): critical` */
  text: string
}

/** A run's verdict, why, and the exit code every face returns for it. */
export interface Outcome {
  /** the thresholds' worst status, or `fail` when a gated comparison failed the run */
  verdict: Verdict
  /** what every face returns for the run (docs/reference/exit-codes.md) */
  exit_code: ExitCode
  /** the verdict's rule in a few words: `fail-on critical`, and the comparison's when it failed the run */
  summary: string
  /** every threshold crossed, comparison that regressed or was inconclusive, a partial run, rows used up, a saturated generator */
  reasons: OutcomeReason[]
}

/** What a finished run (or a comparison of two) brings to its outcome. */
export interface RunFacts {
  /** the threshold checks (none for a comparison alone, `compare`) */
  checks?: readonly Pick<
    ThresholdCheck,
    'name' | 'scope' | 'label' | 'status' | 'not_enough_requests' | 'not_judged'
  >[]
  failOn: FailOn
  /** against a baseline run, or B against A */
  comparison?: {
    result: Pick<Comparison, 'metrics'>
    failOnRegression: FailOnRegression
    /** how the reasons name the other side */
    against: 'the baseline' | 'A'
  }
  /** stopped before its end (a signal, a failure; `merge`: a shard missing or out of step) */
  partial?: boolean
  abortReason?: string
  /** the load ended early without failing: a `unique` data file used up */
  stoppedEarly?: string
  /** the load generator was the bottleneck: the figures understate the service */
  generatorSaturated?: boolean
  /**
   * a threshold's critical band held for its `abort_after` and stopped the
   * run: it fails the gate (exit 1) whatever `failOn` says, as the rule asked
   */
  thresholdAbort?: { name: string; scope: string; label: string; abort_after: number }
}

/** What a finished run records of itself, as a run in memory or its metrics.json read back has it. */
export interface RunRecord {
  mode: string
  failOn: FailOn
  /** its comparison with a baseline run, or in an A/B run B's with A */
  baseline?: { comparison: Pick<Comparison, 'metrics'>; fail_on_regression: FailOnRegression }
  partial: boolean
  abortReason?: string
  stoppedEarly?: string
  thresholdAbort?: RunFacts['thresholdAbort']
}

/** A run's record as the outcome's facts: the same for a fresh run and one read back. */
export function factsOfRun(r: RunRecord): Omit<RunFacts, 'checks' | 'generatorSaturated'> {
  return {
    failOn: r.failOn,
    ...(r.baseline
      ? {
          comparison: {
            result: r.baseline.comparison,
            failOnRegression: r.baseline.fail_on_regression,
            against: r.mode === 'ab' ? 'A' : 'the baseline'
          }
        }
      : {}),
    partial: r.partial,
    ...(r.abortReason ? { abortReason: r.abortReason } : {}),
    ...(r.thresholdAbort ? { thresholdAbort: r.thresholdAbort } : {}),
    // a ramp's early end is its stop policy's, said with its breaking point; a load's is its data used up
    ...(r.stoppedEarly && r.mode !== 'stress' ? { stoppedEarly: r.stoppedEarly } : {})
  }
}

/** A run that never produced results: refused input (exit 2) or a target that could not be reached (exit 3). */
export interface Failure {
  failure: 'invalid_input' | 'unreachable'
  message: string
}

/**
 * The one rule of a run's outcome: the thresholds' worst status against
 * `failOn`, a gated comparison, and a partial run. Every face, renderer and
 * the library read its result; none decides again.
 */
export function decideOutcome(facts: RunFacts | Failure): Outcome {
  if ('failure' in facts) {
    const kind = facts.failure
    return {
      verdict: 'fail',
      exit_code: kind === 'invalid_input' ? 2 : 3,
      summary:
        kind === 'invalid_input' ? 'invalid input: nothing was run' : 'the target could not be reached',
      reasons: [{ kind, decides: true, text: facts.message }]
    }
  }
  const checks = facts.checks ?? []
  const thresholdVerdict = verdictOf(checks)
  const thresholdsFail = gateFails(thresholdVerdict, facts.failOn)
  const cmp = facts.comparison
  const comparisonFails = cmp !== undefined && regressionFails(cmp.result, cmp.failOnRegression)
  const reasons: OutcomeReason[] = [
    ...checks
      .filter((c) => c.status !== 'good')
      // a check decides the exit code when it alone would fail the gate under `failOn`
      .map((c) => checkReason(c, gateFails(verdictOf([c]), facts.failOn))),
    ...(cmp ? comparisonReasons(cmp) : []),
    ...stopReasons(facts),
    ...(facts.stoppedEarly
      ? [{ kind: 'data_used_up' as const, decides: false, text: facts.stoppedEarly }]
      : []),
    ...(facts.generatorSaturated
      ? [
          {
            kind: 'generator_saturated' as const,
            decides: false,
            text: 'the load generator was saturated: the figures understate the service'
          }
        ]
      : [])
  ]
  const stopped = facts.thresholdAbort
  return {
    // a gated regression, or a run stopped on a sustained breach, fails like a critical threshold
    verdict: comparisonFails || stopped ? 'fail' : thresholdVerdict,
    // stopped by its own rule, the run failed the gate: it was not cut short by something else
    exit_code: stopped ? 1 : facts.partial ? 3 : thresholdsFail || comparisonFails ? 1 : 0,
    summary: stopped
      ? `${summaryOf(facts.failOn, comparisonFails ? cmp : undefined)}; stopped by ${stopped.name}.abort_after (${stopped.abort_after} s critical)`
      : summaryOf(facts.failOn, comparisonFails ? cmp : undefined),
    reasons
  }
}

/** Why the run ended early, when it did: a sustained breach (it decides, exit 1), or anything else (exit 3). */
function stopReasons(facts: RunFacts): OutcomeReason[] {
  const a = facts.thresholdAbort
  if (a)
    return [
      {
        kind: 'threshold_abort',
        decides: true,
        name: a.name,
        scope: a.scope,
        text: facts.abortReason ?? `${a.label}: critical for ${a.abort_after} s (abort_after)`
      }
    ]
  if (!facts.partial) return []
  return [{ kind: 'partial', decides: true, text: `stopped early: ${facts.abortReason ?? 'aborted'}` }]
}

/**
 * How every view marks a check on answers (`check:`) that failed, from the
 * outcome rather than each view's own rule: a failed check is a failed
 * request, so the thresholds on those (error_rate, check_pass_rate) and
 * `fail_on` already judged it. It fails where the gate failed the run, and
 * only warns where the run passed (a warning band, `fail_on: never`): a
 * view that showed ❌ beside a passing exit code, or passed it beside a
 * failing one, would contradict the gate.
 */
export function answerCheckStatus(outcome: Pick<Outcome, 'exit_code'>, failed: number): Status {
  if (failed === 0) return 'good'
  return outcome.exit_code === 1 ? 'critical' : 'warning'
}

/**
 * Several runs as one command's result (`quick`, `all`, `demo`): aborted
 * when nothing ran or a run was stopped, failed when any failed or any
 * service could not be reached.
 */
export function combineOutcomes(outcomes: readonly Outcome[]): ExitCode {
  const ran = outcomes.filter((o) => !o.reasons.some((r) => r.kind === 'unreachable'))
  if (ran.length === 0 || ran.some((o) => o.exit_code === 3)) return 3
  return outcomes.some((o) => o.exit_code !== 0) ? 1 : 0
}

function checkReason(
  c: Pick<ThresholdCheck, 'name' | 'scope' | 'label' | 'status' | 'not_enough_requests' | 'not_judged'>,
  decides: boolean
): OutcomeReason {
  const where = c.scope === 'overall' ? '' : ` (${c.scope})`
  if (c.not_judged)
    return {
      kind: 'not_judged',
      decides,
      name: c.name,
      scope: c.scope,
      text: `${c.label}${where}: not judged, ${c.not_judged.reason}`
    }
  return c.not_enough_requests && c.status === 'warning'
    ? {
        kind: 'not_enough_requests',
        decides,
        name: c.name,
        scope: c.scope,
        text: `${c.label}${where}: fewer than ${c.not_enough_requests.min} requests behind it`
      }
    : { kind: 'threshold', decides, name: c.name, scope: c.scope, text: `${c.label}${where}: ${c.status}` }
}

function comparisonReasons(cmp: NonNullable<RunFacts['comparison']>): OutcomeReason[] {
  return cmp.result.metrics
    .filter((m) => m.verdict === 'regression' || m.verdict === 'inconclusive')
    .map((m) => ({
      kind: m.verdict as 'regression' | 'inconclusive',
      decides: regressionFails({ metrics: [m] }, cmp.failOnRegression),
      name: m.metric,
      ...(m.endpoint ? { scope: m.endpoint } : {}),
      text: `${m.metric}${m.endpoint ? ` (${m.endpoint})` : ''} against ${cmp.against}: ${m.verdict}`
    }))
}

function summaryOf(failOn: FailOn, failing: RunFacts['comparison']): string {
  // said the same in every view: the verdict is the thresholds', the exit code is not theirs
  const rule = failOn === 'never' ? 'fail-on never: thresholds reported, not gating' : `fail-on ${failOn}`
  if (!failing) return rule
  const what = failing.result.metrics.some((m) => m.verdict === 'regression') ? 'regression' : 'inconclusive'
  return `${rule}; against the baseline: ${what}, fail-on-regression ${failing.failOnRegression}`
}
