import type { Thresholds } from '../config/thresholds.js'
import type { Metrics } from '../metrics/types.js'
import { findBreakingPoint, type StressVerdict } from './breaking-point.js'
import type { GateResult } from './evaluate.js'
import { decideOutcome, factsOfRun, type Outcome, type RunFacts, type RunRecord } from './outcome.js'

/** Everything the gate says of one finished run; the reports lay it out and decide nothing. */
export interface Judgement {
  gate: GateResult
  outcome: Outcome
  /** a stress ramp: where the service broke */
  stress?: StressVerdict
}

export interface JudgeInput extends Omit<RunFacts, 'checks' | 'generatorSaturated'> {
  metrics: Pick<Metrics, 'stages' | 'generator'>
  gate: GateResult
  /** the overall thresholds, which a stress ramp's breaking point is judged by */
  thresholds: Thresholds
  /** a paced ramp: its throughput is set, so a throughput plateau is no knee */
  rps?: number
}

/** A finished run judged once: its thresholds' outcome and, for a ramp, its breaking point. */
export function judgeRun(input: JudgeInput): Judgement {
  const { metrics, gate, thresholds, rps, ...facts } = input
  const stress = metrics.stages ? findBreakingPoint(metrics.stages, thresholds, { knee: !rps }) : undefined
  const saturated = metrics.generator?.saturated || (stress?.generator_bound_stages.length ?? 0) > 0
  return {
    gate,
    outcome: decideOutcome({ ...facts, checks: gate.checks, generatorSaturated: saturated }),
    ...(stress ? { stress } : {})
  }
}

/** What `judgeResult` reads of a run: where it went, how it was set, and how it ended. */
interface JudgedRun {
  mode: string
  target: { thresholds: Thresholds }
  settings: { rps?: number }
  outcome: { partial: boolean; abortReason?: string; stoppedEarly?: string }
  /** stopped by a threshold's `abort_after` */
  thresholdAbort?: { threshold: string; scope: string; label: string; abort_after: number }
}

/** A test's run judged: its checks against `failOn`, and the comparison with its baseline (or A) when it has one. */
export function judgeResult(
  result: JudgedRun,
  metrics: JudgeInput['metrics'],
  gate: GateResult,
  o: Pick<RunRecord, 'failOn' | 'baseline'>
): Judgement {
  return judgeRun({
    metrics,
    gate,
    thresholds: result.target.thresholds,
    rps: result.settings.rps,
    ...factsOfRun({
      ...o,
      mode: result.mode,
      ...result.outcome,
      ...(result.thresholdAbort ? { thresholdAbort: abortFact(result.thresholdAbort) } : {})
    })
  })
}

/** A run's `threshold_abort` (metrics.json's shape) as the outcome reads it. */
export function abortFact(
  a: NonNullable<JudgedRun['thresholdAbort']>
): NonNullable<RunRecord['thresholdAbort']> {
  return { name: a.threshold, scope: a.scope, label: a.label, abort_after: a.abort_after }
}
