import type { Metrics } from '../metrics/types.js'
import {
  DEFAULT_THRESHOLDS,
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
  name: ThresholdName
  /** `overall`, or the endpoint's name (`GET /v1/crl`) */
  scope: string
  label: string
  unit: ThresholdUnit
  value: number
  warning: number
  critical: number
  higher_is_better: boolean
  status: Status
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

/**
 * Checks the overall metrics against `thresholds` (the seed's table by
 * default) and each endpoint against its own thresholds, when it has any.
 */
export function evaluateThresholds(
  metrics: Metrics,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  endpointThresholds: Readonly<Record<string, Thresholds | undefined>> = {}
): GateResult {
  const checks = checkAll('overall', metrics, thresholds)
  for (const ep of metrics.per_endpoint) {
    const t = endpointThresholds[ep.endpoint]
    if (t) checks.push(...checkAll(ep.endpoint, ep, t))
  }
  return { checks, verdict: verdictOf(checks) }
}

function checkAll(
  scope: string,
  values: Pick<Metrics, (typeof THRESHOLD_DEFINITIONS)[ThresholdName]['metric']>,
  thresholds: Thresholds
): ThresholdCheck[] {
  return THRESHOLD_NAMES.filter((name) => thresholds[name]).map((name) => {
    const def = THRESHOLD_DEFINITIONS[name]
    const band = thresholds[name]!
    const value = values[def.metric]
    return {
      name,
      scope,
      label: def.label,
      unit: def.unit,
      value,
      warning: band.warning,
      critical: band.critical,
      higher_is_better: def.higherIsBetter,
      status: bandStatus(value, band, def.higherIsBetter)
    }
  })
}

export function verdictOf(checks: readonly ThresholdCheck[]): Verdict {
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
