import { shownPath } from '../config/resolve.js'
import type { ErrorType } from '../engine/error-types.js'
import type { LoadTestResult } from '../engine/result.js'
import type { Recorder } from '../engine/recorder.js'
import { group, groupLatencies } from './group-latencies.js'
import { encodeHdr, hdrOf } from './hdr.js'
import {
  mergeableSessions,
  mergeableStep,
  sortMessages,
  type MergeableLatency,
  type MergeableRun,
  type MergeableSecond,
  type MergeableStage,
  type MergeableTest
} from './mergeable.js'
import type { StageMetrics } from './stages.js'
import { stepInfos } from './session-metrics.js'
import { round } from './summary-stats.js'
import type { ErrorMessageCount, Metrics, RateMetrics } from './types.js'

function latencyOf(valuesUs: Uint32Array | readonly number[]): MergeableLatency {
  let sum = 0
  let min = Infinity
  let max = 0
  for (let i = 0; i < valuesUs.length; i++) {
    const v = valuesUs[i]
    sum += v
    if (v < min) min = v
    if (v > max) max = v
  }
  return {
    count: valuesUs.length,
    sum_us: sum,
    min_us: valuesUs.length ? min : 0,
    max_us: max,
    hdr: encodeHdr(hdrOf(valuesUs))
  }
}

/** A finished run's mergeable form (the run's metrics give what they already hold). */
export function mergeableRun(
  result: LoadTestResult,
  metrics: Metrics,
  shard: { index: number; of: number },
  thresholds: MergeableRun['thresholds'],
  test: MergeableTest
): MergeableRun {
  const { recorder, pacing } = result.outcome
  const endpoints = result.target.endpoints
  const n = recorder.length
  // the one count the run's figures do not keep per endpoint
  const unsentBy = new Array<number>(endpoints.length).fill(0)
  for (let i = 0; i < n; i++) {
    if (recorder.errorIdAt(i) !== 0 && !recorder.wasSent(i)) unsentBy[recorder.endpoint(i)]++
  }
  const all = recorder.latencies()
  const latency = latencyOf(all)
  const byEndpoint = groupLatencies(recorder, endpoints.length, (i) => recorder.endpoint(i), all)
  const steps = stepInfos(endpoints)
  const perEndpoint = endpoints.map((e, k) => ({
    endpoint: e.name,
    method: e.method,
    path: shownPath(e),
    requests: metrics.per_endpoint[k].total_requests,
    failed: metrics.per_endpoint[k].failed_requests,
    unsent: unsentBy[k],
    latency: latencyOf(group(byEndpoint, k)),
    ...(metrics.per_endpoint[k].errors ? { errors: metrics.per_endpoint[k].errors } : {}),
    ...mergeableStep(steps[k])
  }))
  return {
    format: 1,
    shard,
    started_ms: result.outcome.startedAtMs,
    ended_ms: result.outcome.endedAtMs,
    active_seconds: metrics.total_duration,
    users: result.settings.users,
    ...(result.settings.rps !== undefined ? { rps: result.settings.rps } : {}),
    latency,
    ...(pacing ? { service_time: latencyOf(recorder.serviceTimes(0, n)) } : {}),
    unsent: unsentBy.reduce((a, b) => a + b, 0),
    endpoints: perEndpoint,
    seconds: wallSeconds(recorder, all),
    ...(metrics.stages ? { stages: stagesOf(result, metrics.stages, all) } : {}),
    status_codes: metrics.status_codes,
    error_messages: allMessages(recorder),
    latency_histogram: metrics.latency_histogram,
    ...(metrics.generator
      ? {
          generator: {
            event_loop_p99_ms: metrics.generator.event_loop_p99_ms,
            cpu_percent: metrics.generator.cpu_percent
          }
        }
      : {}),
    ...(pacing && metrics.rate
      ? { pacing: { ...withoutAchieved(metrics.rate), due: pacing.due, sent: pacing.sent } }
      : {}),
    latency_basis: metrics.latency_basis,
    thresholds,
    test,
    error_types: metrics.error_types,
    ...(result.outcome.sessions ? { sessions: mergeableSessions(result.outcome.sessions) } : {})
  }
}

function withoutAchieved(r: RateMetrics): Omit<RateMetrics, 'achieved_rps' | 'due_requests'> {
  const { achieved_rps: _, due_requests: _due, ...rest } = r
  return rest
}

/** Each wall-clock second in which requests ended: counts, and their latencies' histogram. */
function wallSeconds(recorder: Recorder, scratch: Uint32Array): MergeableSecond[] {
  const n = recorder.length
  if (n === 0) return []
  const epochUs = recorder.epochMs * 1000
  const secondOf = (i: number): number => Math.floor((epochUs + recorder.endUs(i)) / 1e6)
  let first = Infinity
  let last = -Infinity
  for (let i = 0; i < n; i++) {
    const s = secondOf(i)
    if (s < first) first = s
    if (s > last) last = s
  }
  const len = last - first + 1
  const errors = new Array<number>(len).fill(0)
  const unsent = new Array<number>(len).fill(0)
  const refused = new Array<boolean>(len).fill(false)
  const answered = new Array<boolean>(len).fill(false)
  for (let i = 0; i < n; i++) {
    const k = secondOf(i) - first
    const id = recorder.errorIdAt(i)
    if (id !== 0) {
      errors[k]++
      if (!recorder.wasSent(i)) unsent[k]++
    }
    if (id !== 0 && recorder.errorOf(id)!.type === 'connection_refused') refused[k] = true
    else answered[k] = true
  }
  const bySecond = groupLatencies(recorder, len, (i) => secondOf(i) - first, scratch)
  const out: MergeableSecond[] = []
  for (let k = 0; k < len; k++) {
    const lat = group(bySecond, k)
    if (lat.length === 0) continue
    out.push({
      at: first + k,
      requests: lat.length,
      errors: errors[k],
      unsent: unsent[k],
      refused: refused[k],
      answered: answered[k],
      hdr: encodeHdr(hdrOf(lat))
    })
  }
  return out
}

/** Each stress stage: its figures (the run's own), its wall-clock span and its latencies' histogram. */
function stagesOf(
  result: LoadTestResult,
  stages: readonly StageMetrics[],
  scratch: Uint32Array
): MergeableStage[] {
  const { recorder, stages: timings } = result.outcome
  const slot = new Map(timings.map((t, k) => [t.index, k]))
  const byStage = groupLatencies(recorder, timings.length, (i) => slot.get(recorder.stage(i)) ?? -1, scratch)
  const wall = (us: number): number => round(recorder.epochMs + us / 1000, 3)
  return timings.map((t, k) => ({
    stage: stages[k].stage,
    users: stages[k].users,
    started_ms: wall(t.startUs),
    ended_ms: wall(t.endUs),
    requests: stages[k].requests,
    error_types: stages[k].error_types,
    hdr: encodeHdr(hdrOf(group(byStage, k))),
    ...stages[k].generator
  }))
}

function allMessages(recorder: Recorder): ErrorMessageCount[] {
  const counts = new Map<number, number>()
  for (let i = 0; i < recorder.length; i++) {
    const id = recorder.errorIdAt(i)
    if (id !== 0) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return sortMessages(
    [...counts].map(([id, count]) => {
      const e = recorder.errorOf(id)!
      return { type: e.type as ErrorType, message: e.message, count }
    })
  )
}
