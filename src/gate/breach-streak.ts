import { ABORTABLE_THRESHOLDS, type AbortableThreshold } from '../config/abort-after.js'
import {
  THRESHOLD_DEFINITIONS,
  type Band,
  type ThresholdUnit,
  type Thresholds
} from '../config/thresholds.js'
import { quantilesInPlace } from '../metrics/summary-stats.js'
import { bandStatus } from './evaluate.js'

/** A threshold with `abort_after`, in one scope: the run stops once its critical band holds that long. */
export interface BreachRule {
  name: AbortableThreshold
  /** `overall`, or the endpoint whose own threshold it is */
  scope: string
  /** the endpoint's index among the target's (the recorder's), unset for every request */
  endpoint?: number
  label: string
  unit: ThresholdUnit
  band: Band
  higherIsBetter: boolean
  /** seconds the critical band must hold */
  abortAfter: number
}

/** One judged second of one scope: what completed in it (several short windows' together). */
export interface SecondFigures {
  seconds: number
  requests: number
  failed: number
  /** µs, of every request that completed (reordered when a percentile is taken) */
  latenciesUs: Uint32Array
}

/** A sustained breach: the rule, since when (wall clock, ms) and its last second's value. */
export interface Breach {
  rule: BreachRule
  sinceMs: number
  atMs: number
  value: number
}

/**
 * Timers drift by a few milliseconds a second: a streak this close to
 * `abort_after` has held it (a 2 s rule is not left for a third second
 * because two seconds of load measured 1.998 s).
 */
const TIMER_SLACK_SEC = 0.05

/**
 * The value a rule judges in one second, in the threshold's unit; undefined
 * when the second has none: no request completed, so there is no response
 * time or error rate to judge (throughput is then 0, which is judged).
 */
export function secondValue(name: AbortableThreshold, f: SecondFigures): number | undefined {
  if (name === 'requests_per_second') return f.seconds > 0 ? (f.requests - f.failed) / f.seconds : undefined
  if (f.requests === 0) return undefined
  if (name === 'error_rate') return (f.failed / f.requests) * 100
  const lat = f.latenciesUs.subarray(0, f.requests)
  if (name === 'avg_response_time') {
    let sum = 0
    for (const v of lat) sum += v
    return sum / lat.length / 1e6
  }
  const p = name === 'p50_response_time' ? 0.5 : name === 'p95_response_time' ? 0.95 : 0.99
  return quantilesInPlace(lat, [p])[0] / 1e6
}

/**
 * One rule's streak of critical seconds. A second in the critical band
 * starts or lengthens it; a good or warning one ends it; a second with
 * nothing to judge (no request completed: a service that hangs) neither
 * breaks it nor starts one, but its time counts while a streak runs.
 */
export class BreachStreak {
  /** when the streak began (ms), and the seconds of load it has lasted */
  private since?: { ms: number; seconds: number }
  private last = NaN

  constructor(readonly rule: BreachRule) {}

  /** The second that ended at `nowMs`; the breach once the critical band has held `abortAfter`. */
  observe(f: SecondFigures, nowMs: number): Breach | undefined {
    const value = secondValue(this.rule.name, f)
    if (value === undefined) {
      if (!this.since) return undefined
      this.since.seconds += f.seconds
    } else if (bandStatus(value, this.rule.band, this.rule.higherIsBetter) === 'critical') {
      // the breach began with the second that showed it first
      this.since ??= { ms: nowMs - f.seconds * 1000, seconds: 0 }
      this.since.seconds += f.seconds
      this.last = value
    } else {
      this.since = undefined
      return undefined
    }
    if (this.since.seconds + TIMER_SLACK_SEC < this.rule.abortAfter) return undefined
    return { rule: this.rule, sinceMs: this.since.ms, atMs: nowMs, value: this.last }
  }
}

/** Every rule of a target: its overall thresholds' and its endpoints' own that say `abort_after`. */
export function breachRules(target: {
  thresholds: Thresholds
  endpoints: readonly { name: string; thresholds?: Thresholds }[]
}): BreachRule[] {
  const scopes = [
    { scope: 'overall', thresholds: target.thresholds, endpoint: undefined as number | undefined },
    ...target.endpoints.map((e, k) => ({ scope: e.name, thresholds: e.thresholds, endpoint: k }))
  ]
  return scopes.flatMap(({ scope, thresholds, endpoint }) =>
    ABORTABLE_THRESHOLDS.flatMap((name): BreachRule[] => {
      const band = thresholds?.[name]
      if (band?.abort_after === undefined) return []
      const def = THRESHOLD_DEFINITIONS[name]
      return [
        {
          name,
          scope,
          ...(endpoint !== undefined ? { endpoint } : {}),
          label: def.label,
          unit: def.unit,
          band,
          higherIsBetter: def.higherIsBetter,
          abortAfter: band.abort_after
        }
      ]
    })
  )
}
