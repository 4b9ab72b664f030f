import { byErrorType, type ErrorType } from '../engine/error-types.js'
import { hdrQuantile } from './hdr.js'
import {
  decodedHdr,
  sessionSummaryOf,
  stepOf,
  type MergeableLatency,
  type MergeableRun,
  type MergeableStage
} from './mergeable.js'
import { endpointCheckRates, sessionMetrics, stepFields } from './session-metrics.js'
import { generatorSaturated, type StageMetrics } from './stages.js'
import { percent, round, seconds } from './summary-stats.js'
import type { EndpointMetrics, Metrics, ResponseTimes, TimePoint } from './types.js'

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

/** p50, p95 and p99 of an encoded histogram, in seconds. */
function quantiles(hdr: string): [number, number, number] {
  const h = decodedHdr(hdr)
  return [seconds(hdrQuantile(h, 0.5)), seconds(hdrQuantile(h, 0.95)), seconds(hdrQuantile(h, 0.99))]
}

function responseTimes(l: MergeableLatency): ResponseTimes {
  const [p50, p95, p99] = quantiles(l.hdr)
  return {
    average_response_time: l.count ? seconds(l.sum_us / l.count) : 0,
    median_response_time: p50,
    p95_response_time: p95,
    p99_response_time: p99,
    // the exact extremes, not the histogram's
    min_response_time: seconds(l.min_us),
    max_response_time: seconds(l.max_us)
  }
}

/** Every figure of metrics.json, of a merged run: the same keys as a run's own. */
export function metricsFromMergeable(m: MergeableRun, testName: string): Metrics {
  const duration = Math.max(m.active_seconds, 1e-6)
  const n = m.latency.count
  const failed = sum(m.endpoints.map((e) => e.failed))
  const steps = m.endpoints.map(stepOf)
  const sessions = m.sessions && sessionSummaryOf(m.sessions)
  const checkRates = endpointCheckRates(sessions, m.endpoints.length)
  const perEndpoint: EndpointMetrics[] = m.endpoints.map((e, k) => ({
    endpoint: e.endpoint,
    ...stepFields(steps[k], checkRates[k]),
    method: e.method,
    path: e.path,
    total_requests: e.requests,
    successful_requests: e.requests - e.failed,
    failed_requests: e.failed,
    error_rate: percent(e.failed, e.requests),
    requests_per_second: round((e.requests - e.unsent) / duration, 2),
    successful_requests_per_second: round((e.requests - e.failed) / duration, 2),
    ...responseTimes(e.latency),
    ...(e.errors ? { errors: e.errors } : {})
  }))
  const timeseries = wallClockSeries(m)
  const unavailable = m.seconds.filter((s) => s.refused && !s.answered).length
  return {
    total_requests: n,
    successful_requests: n - failed,
    failed_requests: failed,
    ...responseTimes(m.latency),
    requests_per_second: round((n - m.unsent) / duration, 2),
    successful_requests_per_second: round((n - failed) / duration, 2),
    error_rate: percent(failed, n),
    total_duration: round(duration, 6),
    test_name: testName,
    timestamp: new Date(m.started_ms).toISOString(),
    per_endpoint: perEndpoint,
    status_codes: m.status_codes,
    error_types: byErrorType(new Map(Object.entries(m.error_types) as [ErrorType, number][])),
    error_messages: m.error_messages.slice(0, 50),
    timeseries,
    latency_histogram: m.latency_histogram,
    ...(m.stages ? { stages: m.stages.map((s) => stageFigures(s, m.started_ms)) } : {}),
    latency_basis: m.latency_basis,
    ...(m.service_time ? { service_time: responseTimes(m.service_time) } : {}),
    ...(m.pacing
      ? {
          late_request_rate: percent(m.pacing.late_requests, m.pacing.due),
          dropped_request_rate: percent(m.pacing.dropped_requests, m.pacing.due),
          rate: {
            ...(m.pacing.paces ? { paces: m.pacing.paces } : {}),
            target_rps: m.pacing.target_rps,
            due_requests: m.pacing.due,
            achieved_rps: round((m.pacing.target_rps * m.pacing.sent) / Math.max(m.pacing.due, 1), 2),
            late_requests: m.pacing.late_requests,
            dropped_requests: m.pacing.dropped_requests,
            dropped_at_end: m.pacing.dropped_at_end,
            max_users: m.pacing.max_users,
            users_reached: m.pacing.users_reached
          }
        }
      : {}),
    ...(m.generator
      ? {
          generator: {
            ...m.generator,
            saturated: generatorSaturated(m.generator)
          }
        }
      : {}),
    ...(unavailable > 0 ? { unavailable_seconds: unavailable } : {}),
    ...sessionMetrics(sessions, steps, duration)
  }
}

/** Longest per-second series of a merged run: a day of load and half a day between the shards' starts, with room. */
const MAX_SERIES_SECONDS = 3 * 86_400

/**
 * The per-second series of a merged run, by wall-clock second from the first
 * start: seconds in which nothing ended are there with zeros (a stall shows),
 * and the first and last, partly outside the run, give their rate over the
 * part inside it.
 */
function wallClockSeries(m: MergeableRun): TimePoint[] {
  if (m.seconds.length === 0) return []
  const first = m.seconds[0].at
  const last = m.seconds[m.seconds.length - 1].at
  // one point a second over the gap: a clock days off would be gigabytes (merge refuses it before)
  if (last - first > MAX_SERIES_SECONDS)
    throw new RangeError(
      `the per-second series would span ${last - first} s (more than ${MAX_SERIES_SECONDS})`
    )
  const by = new Map(m.seconds.map((s) => [s.at, s]))
  const out: TimePoint[] = []
  for (let at = first; at <= last; at++) {
    const s = by.get(at)
    // the part of this wall-clock second inside the run; a sliver counts as half a second, as a run's tail does
    const inside = Math.min(at + 1, m.ended_ms / 1000) - Math.max(at, m.started_ms / 1000)
    const len = Math.min(1, Math.max(inside, 0.5))
    const [p50, p95, p99] = !s
      ? [0, 0, 0]
      : s.hdr
        ? quantiles(s.hdr)
        : (s.quantiles ?? [0, 0, 0]).map(seconds)
    out.push({
      second: at - first,
      requests: s?.requests ?? 0,
      errors: s?.errors ?? 0,
      requests_per_second: s ? round((s.requests - s.unsent) / len, 2) : 0,
      p50_response_time: p50,
      p95_response_time: p95,
      p99_response_time: p99
    })
  }
  return out
}

function stageFigures(s: MergeableStage, runStartMs: number): StageMetrics {
  const [p50, p95, p99] = quantiles(s.hdr)
  const duration = Math.max((s.ended_ms - s.started_ms) / 1000, 1e-6)
  const failed = sum(Object.values(s.error_types) as number[])
  const generator = { event_loop_p99_ms: s.event_loop_p99_ms, cpu_percent: s.cpu_percent }
  return {
    stage: s.stage,
    users: s.users,
    start: round((s.started_ms - runStartMs) / 1000, 3),
    duration: round(duration, 3),
    requests: s.requests,
    rps: round(s.requests / duration, 2),
    p50,
    p95,
    p99,
    error_rate: percent(failed, s.requests),
    error_types: s.error_types,
    generator,
    generator_bound: generatorSaturated(generator)
  }
}
