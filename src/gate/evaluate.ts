import type { DriftName } from '../config/drift.js'
import { driftChecks } from './drift.js'
import type { Metrics } from '../metrics/types.js'
import { resourceChecks } from './resource-checks.js'
import {
  DEFAULT_MIN_REQUESTS,
  DEFAULT_THRESHOLDS,
  JOURNEY_THRESHOLDS,
  SERVICE_THRESHOLDS,
  THRESHOLD_DEFINITIONS,
  THRESHOLD_NAMES,
  type Band,
  type FailOn,
  type ThresholdName,
  type ThresholdUnit,
  type Thresholds
} from '../config/thresholds.js'

export type Status = 'good' | 'warning' | 'critical'
export type Verdict = 'pass' | 'warning' | 'fail'

/** One metric against its bands. */
export interface ThresholdCheck {
  /** a threshold's name, or a soak's drift (scope `drift`) */
  name: ThresholdName | DriftName
  /** `overall`, the endpoint's name (`GET /v1/crl`, a step's `browse/login`), or `journey browse` */
  scope: string
  label: string
  unit: ThresholdUnit
  value: number
  warning: number
  critical: number
  higher_is_better: boolean
  status: Status
  /** the requests the value was computed from (the service's memory: the samples fitted) */
  requests: number
  /** fewer requests than `min_requests` behind the value: said, and the status is at least a warning */
  not_enough_requests?: { min: number }
  /** set but not judged (no process watched, too few samples): a warning that says why; `value` is then 0 */
  not_judged?: { reason: string }
}

export interface GateResult {
  checks: ThresholdCheck[]
  verdict: Verdict
}

/**
 * The seed's bands: below `warning` is good, below `critical` is warning, at
 * or beyond `critical` is critical; for throughput the other way round.
 */
export function bandStatus(value: number, band: Band, higherIsBetter: boolean): Status {
  if (higherIsBetter) return value > band.warning ? 'good' : value > band.critical ? 'warning' : 'critical'
  return value < band.warning ? 'good' : value < band.critical ? 'warning' : 'critical'
}

/** How thresholds name a journey's scope (and its own thresholds, among the endpoints'). */
export const journeyScope = (name: string): string => `journey ${name}`

/**
 * Checks the overall metrics against `thresholds` (the seed's table by
 * default), each endpoint against its own thresholds, when it has any, and
 * each journey against the journey bands of `thresholds` and its own
 * (`scoped` holds both kinds, endpoints by name, journeys by `journeyScope`).
 */
export function evaluateThresholds(
  metrics: Metrics,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  scoped: Readonly<Record<string, Thresholds | undefined>> = {}
): GateResult {
  const min = thresholds.min_requests ?? DEFAULT_MIN_REQUESTS
  const checks = [
    ...checkAll('overall', metrics, thresholds, min),
    ...resourceChecks(metrics.resources, thresholds)
  ]
  for (const ep of metrics.per_endpoint) {
    const t = scoped[ep.endpoint]
    if (t) checks.push(...checkAll(ep.endpoint, ep, t, t.min_requests ?? min))
  }
  const journeyBands = Object.fromEntries(JOURNEY_THRESHOLDS.map((n) => [n, thresholds[n]]))
  for (const j of metrics.journeys ?? []) {
    const scope = journeyScope(j.journey)
    const t: Thresholds = { ...journeyBands, ...scoped[scope] }
    checks.push(...checkAll(scope, { ...j, total_requests: j.iterations }, t, t.min_requests ?? min))
  }
  checks.push(...driftChecks(metrics.drift, metrics.total_requests))
  return { checks, verdict: verdictOf(checks) }
}

type Judged = Partial<Record<(typeof THRESHOLD_DEFINITIONS)[ThresholdName]['metric'], number>> &
  Pick<Metrics, 'total_requests'>

/**
 * Each threshold whose metric the run has (late and dropped requests only
 * under a rate); the service's process is judged apart (resource-checks.ts).
 */
function checkAll(
  scope: string,
  values: Judged,
  thresholds: Thresholds,
  minRequests: number
): ThresholdCheck[] {
  const service: readonly string[] = SERVICE_THRESHOLDS
  return THRESHOLD_NAMES.filter((name) => thresholds[name] && !service.includes(name)).flatMap((name) => {
    const def = THRESHOLD_DEFINITIONS[name]
    const band = thresholds[name]!
    const value = values[def.metric]
    if (value === undefined) return []
    const requests = values.total_requests
    const status = bandStatus(value, band, def.higherIsBetter)
    // the run's length is no statistic of its requests: no minimum sample
    const few = name !== 'run_completion' && requests < minRequests
    return [
      {
        name,
        scope,
        label: def.label,
        unit: def.unit,
        value,
        warning: band.warning,
        critical: band.critical,
        higher_is_better: def.higherIsBetter,
        status: few && status === 'good' ? 'warning' : status,
        requests,
        ...(few ? { not_enough_requests: { min: minRequests } } : {})
      }
    ]
  })
}

export function verdictOf(checks: readonly Pick<ThresholdCheck, 'status'>[]): Verdict {
  if (checks.some((c) => c.status === 'critical')) return 'fail'
  if (checks.some((c) => c.status === 'warning')) return 'warning'
  return 'pass'
}

/** Whether the job should fail: `fail_on: critical` fails on `fail`, `warning` also on `warning`. */
export function gateFails(verdict: Verdict, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  if (failOn === 'warning') return verdict !== 'pass'
  return verdict === 'fail'
}
