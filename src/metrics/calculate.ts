import { ERROR_TYPES, type ErrorType } from '../engine/error-types.js'
import type { Recorder } from '../engine/recorder.js'
import type { LoadTestResult } from '../engine/result.js'
import { percent, round, seconds, summarizeUs, type LatencySummary } from './summary-stats.js'
import { latencyHistogram } from './histogram.js'
import { stageMetrics } from './stages.js'
import { timeSeries } from './timeseries.js'
import type { EndpointMetrics, ErrorMessageCount, Metrics, ResponseTimes } from './types.js'

/**
 * Every number of a run, computed from the recorder's rows. Response-time
 * metrics cover every request: a response's time, a timeout's wait, a
 * connection error's time to fail. A request is successful when it got a
 * 2xx or 3xx answer.
 */
export function calculateMetrics(result: LoadTestResult): Metrics {
  const { recorder } = result.outcome
  const n = recorder.length
  const durationSec = Math.max((result.outcome.endUs - result.outcome.startUs) / 1e6, 1e-6)
  const endpoints = result.target.endpoints

  const perEndpointFailed = new Array<number>(endpoints.length).fill(0)
  const statusCodes: Record<string, number> = {}
  const errorTypes = new Map<ErrorType, number>()
  const messageCounts = new Map<number, number>()
  let failed = 0
  for (let i = 0; i < n; i++) {
    const status = recorder.status(i)
    if (status !== 0) statusCodes[status] = (statusCodes[status] ?? 0) + 1
    const id = recorder.errorIdAt(i)
    if (id !== 0) {
      failed++
      perEndpointFailed[recorder.endpoint(i)]++
      messageCounts.set(id, (messageCounts.get(id) ?? 0) + 1)
    }
  }
  const errorMessages: ErrorMessageCount[] = []
  for (const [id, count] of messageCounts) {
    const e = recorder.errorOf(id)!
    const type = e.type as ErrorType
    errorTypes.set(type, (errorTypes.get(type) ?? 0) + count)
    errorMessages.push({ type, message: e.message, count })
  }
  errorMessages.sort((a, b) => b.count - a.count || a.message.localeCompare(b.message))

  // µs fit 32 bits: copies cost 4 bytes a request, and one endpoint shares the overall figures
  const all = recorder.latencies()
  const overall = summarizeUs(all)
  const perEndpointStats =
    endpoints.length === 1
      ? [{ count: n, summary: overall }]
      : groupLatencies(recorder, endpoints.length).map((l) => ({ count: l.length, summary: summarizeUs(l) }))

  const perEndpoint: EndpointMetrics[] = endpoints.map((ep, e) => {
    const { count, summary } = perEndpointStats[e]
    return {
      endpoint: ep.name,
      method: ep.method,
      path: ep.path,
      total_requests: count,
      successful_requests: count - perEndpointFailed[e],
      failed_requests: perEndpointFailed[e],
      error_rate: percent(perEndpointFailed[e], count),
      requests_per_second: round(count / durationSec, 2),
      ...responseTimes(summary)
    }
  })

  return {
    total_requests: n,
    successful_requests: n - failed,
    failed_requests: failed,
    ...responseTimes(overall),
    requests_per_second: round(n / durationSec, 2),
    error_rate: percent(failed, n),
    total_duration: seconds(durationSec * 1e6),
    test_name: `${result.mode}_test_${result.target.service}`,
    timestamp: new Date(result.outcome.startedAtMs).toISOString(),
    per_endpoint: perEndpoint,
    status_codes: statusCodes,
    error_types: Object.fromEntries(
      ERROR_TYPES.filter((t) => errorTypes.has(t)).map((t) => [t, errorTypes.get(t)!])
    ),
    error_messages: errorMessages.slice(0, 50),
    timeseries: timeSeries(recorder, result.outcome.startUs, result.outcome.endUs),
    latency_histogram: latencyHistogram(all),
    ...(result.mode === 'stress'
      ? { stages: stageMetrics(recorder, result.outcome.stages, result.outcome.startUs) }
      : {}),
    ...pacingMetrics(result)
  }
}

/** A latency summary under the seed's metric names. */
function responseTimes(s: LatencySummary): ResponseTimes {
  return {
    average_response_time: s.average,
    median_response_time: s.median,
    p95_response_time: s.p95,
    p99_response_time: s.p99,
    min_response_time: s.min,
    max_response_time: s.max
  }
}

/** Under a rate: the corrected basis, the service times beside it, and how the rate went. */
function pacingMetrics(result: LoadTestResult): Pick<Metrics, 'latency_basis' | 'service_time' | 'rate'> {
  const { pacing, recorder } = result.outcome
  if (!pacing) return { latency_basis: 'actual_send' }
  const s = summarizeUs(recorder.serviceTimes())
  return {
    latency_basis: 'intended_send',
    service_time: responseTimes(s),
    rate: {
      target_rps: pacing.rate,
      // the asked rate times the share of due requests that were sent: exact, whatever the timers did
      achieved_rps: round((pacing.rate * pacing.sent) / Math.max(pacing.due, 1), 2),
      late_requests: pacing.late,
      dropped_requests: pacing.dropped,
      max_users: pacing.maxUsers,
      users_reached: pacing.usersReached
    }
  }
}

/** Latencies split by endpoint, each in its own exactly-sized array. */
function groupLatencies(recorder: Recorder, endpoints: number): Uint32Array[] {
  const counts = new Array<number>(endpoints).fill(0)
  for (let i = 0; i < recorder.length; i++) counts[recorder.endpoint(i)]++
  const out = counts.map((c) => new Uint32Array(c))
  const fill = new Array<number>(endpoints).fill(0)
  for (let i = 0; i < recorder.length; i++) {
    const e = recorder.endpoint(i)
    out[e][fill[e]++] = recorder.latencyUs(i)
  }
  return out
}
