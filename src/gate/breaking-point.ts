import type { StageMetrics } from '../metrics/stages.js'
import { bandStatus, type Status } from './evaluate.js'
import type { Thresholds } from '../config/thresholds.js'

const ms = (s: number): string => `${+(s * 1000).toFixed(1)} ms`
const rate = (r: number): string => `${+r.toFixed(1)} req/s`

export type BreakReason = 'error_rate' | 'p95_response_time' | 'throughput_plateau'

export interface BreakingPoint {
  stage: number
  users: number
  rps: number
  reason: BreakReason
  /** the reason in words, with the numbers */
  detail: string
}

export interface StressVerdict {
  breaking_point?: BreakingPoint
  /** the last good stage before the break (or the last stage when nothing broke) */
  max_sustainable?: { stage: number; users: number; rps: number; p95: number }
  /** stages where the load generator, not the service, was the limit */
  generator_bound_stages: number[]
  /** one sentence for people */
  conclusion: string
}

/**
 * A knee: more users but (almost) no more throughput, while latency climbs.
 * In a closed loop an unsaturated service answers `u` times the users with
 * about `u` times the throughput; a saturated one with the same throughput
 * and `u` times the latency (Little's law).
 */
export function isKnee(prev: StageMetrics, cur: StageMetrics): boolean {
  const u = cur.users / Math.max(1, prev.users)
  if (u < 1.1 || prev.rps <= 0 || prev.p95 <= 0) return false
  const rpsGain = cur.rps / prev.rps
  const latencyGain = cur.p95 / prev.p95
  return rpsGain < 1 + 0.25 * (u - 1) && latencyGain >= 1 + 0.5 * (u - 1)
}

/** A stage's status against the error-rate and p95 bands. */
export function stageStatus(s: StageMetrics, t: Thresholds): Status {
  const statuses: Status[] = []
  if (t.error_rate) statuses.push(bandStatus(s.error_rate, t.error_rate, false))
  if (t.p95_response_time) statuses.push(bandStatus(s.p95, t.p95_response_time, false))
  return statuses.includes('critical') ? 'critical' : statuses.includes('warning') ? 'warning' : 'good'
}

/**
 * How stages are judged. Under a fixed rate (`--rps`) throughput is flat by
 * design, so a knee says nothing and is not looked for.
 */
export interface BreakOptions {
  /** look for a throughput knee (default true) */
  knee?: boolean
}

/** The reason a stage breaks the service, if it does: critical thresholds first, then the knee. */
export function breakReason(
  s: StageMetrics,
  prev: StageMetrics | undefined,
  t: Thresholds,
  o: BreakOptions = {}
): BreakingPoint | undefined {
  const at = { stage: s.stage, users: s.users, rps: s.rps }
  if (t.error_rate && s.error_rate >= t.error_rate.critical) {
    return {
      ...at,
      reason: 'error_rate',
      detail: `error rate ${s.error_rate}% reached the critical ${t.error_rate.critical}%`
    }
  }
  if (t.p95_response_time && s.p95 >= t.p95_response_time.critical) {
    return {
      ...at,
      reason: 'p95_response_time',
      detail: `p95 ${ms(s.p95)} reached the critical ${ms(t.p95_response_time.critical)}`
    }
  }
  if ((o.knee ?? true) && prev && !prev.generator_bound && isKnee(prev, s)) {
    return {
      ...at,
      reason: 'throughput_plateau',
      detail: `${prev.users}→${s.users} users gave ${rate(prev.rps)}→${rate(s.rps)} while p95 rose ${ms(prev.p95)}→${ms(s.p95)}`
    }
  }
  return undefined
}

/** Where the service broke, judged only from stages the generator could drive. */
export function findBreakingPoint(
  stages: readonly StageMetrics[],
  t: Thresholds,
  o: BreakOptions = {}
): StressVerdict {
  const generatorBound = stages.filter((s) => s.generator_bound).map((s) => s.stage)
  let lastGood: StageMetrics | undefined
  let prev: StageMetrics | undefined
  for (const s of stages) {
    if (s.generator_bound) break
    const bp = breakReason(s, prev, t, o)
    if (bp) {
      return {
        breaking_point: bp,
        ...(lastGood ? { max_sustainable: sustainable(lastGood) } : {}),
        generator_bound_stages: generatorBound,
        conclusion:
          `Breaking point at ${bp.users} users (${bp.rps} req/s): ${bp.detail}.` +
          (lastGood
            ? ` Sustains ${lastGood.users} users at ${lastGood.rps} req/s.`
            : ' Not even the first stage was sustained.')
      }
    }
    lastGood = s
    prev = s
  }
  const maxUsers = stages.length ? stages[stages.length - 1].users : 0
  if (generatorBound.length > 0) {
    const first = stages.find((s) => s.generator_bound)!
    return {
      ...(lastGood ? { max_sustainable: sustainable(lastGood) } : {}),
      generator_bound_stages: generatorBound,
      conclusion:
        `No breaking point up to ${lastGood?.users ?? 0} users; from ${first.users} users the load generator itself was saturated ` +
        `(event-loop p99 ${first.generator.event_loop_p99_ms} ms, CPU ${first.generator.cpu_percent}%), so the service's limit is unknown: ` +
        'more generator capacity is needed (another machine, or several perf-gate processes).'
    }
  }
  return {
    ...(lastGood ? { max_sustainable: sustainable(lastGood) } : {}),
    generator_bound_stages: [],
    conclusion: `No breaking point up to ${maxUsers} users.`
  }
}

function sustainable(s: StageMetrics): NonNullable<StressVerdict['max_sustainable']> {
  return { stage: s.stage, users: s.users, rps: s.rps, p95: s.p95 }
}
