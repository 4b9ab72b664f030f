import { shownPath } from '../config/resolve.js'
import { byErrorType, type ErrorType } from '../engine/error-types.js'
import type { LoadTestResult } from '../engine/result.js'
import type { Recorder } from '../engine/recorder.js'
import { percent, round, seconds, summarizeUs, type LatencySummary } from './summary-stats.js'
import { latencyHistogram } from './histogram.js'
import { stageMetrics } from './stages.js'
import { runExtras } from './run-extras.js'
import { timeSeries } from './timeseries.js'
import { group, groupLatencies } from './group-latencies.js'
import { endpointErrors } from './endpoint-errors.js'
import { endpointCheckRates, sessionMetrics, stepFields, stepInfos } from './session-metrics.js'
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
  const { slices } = result.outcome
  const activeUs = slices
    ? slices.reduce((a, r) => a + (r.endUs - r.startUs), 0)
    : result.outcome.endUs - result.outcome.startUs
  const durationSec = Math.max(activeUs / 1e6, 1e-6)
  const endpoints = result.target.endpoints

  const perEndpointFailed = new Array<number>(endpoints.length).fill(0)
  // a paced request dropped unsent is a failed request of the run, but no throughput
  const perEndpointUnsent = new Array<number>(endpoints.length).fill(0)
  let unsent = 0
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
      if (!recorder.wasSent(i)) {
        unsent++
        perEndpointUnsent[recorder.endpoint(i)]++
      }
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
  const histogram = latencyHistogram(all)
  // from here `all` is scratch: each grouping below reuses it instead of copying again
  const byEndpoint =
    endpoints.length === 1
      ? undefined
      : groupLatencies(recorder, endpoints.length, (i) => recorder.endpoint(i), all)
  const perEndpointStats = endpoints.map((_, e) =>
    byEndpoint
      ? { count: group(byEndpoint, e).length, summary: summarizeUs(group(byEndpoint, e)) }
      : { count: n, summary: overall }
  )

  // most runs fail nothing: then no second pass over the records
  const errorsBy = failed > 0 ? endpointErrors(recorder, endpoints.length) : undefined
  const steps = stepInfos(endpoints)
  const checkRates = endpointCheckRates(result.outcome.sessions, endpoints.length)
  // `all` is free again: the figures above are numbers now
  const stepSeries = endpoints.map((ep, e) =>
    ep.journey && !ep.rules?.once
      ? timeSeries(recorder, result.outcome.startUs, result.outcome.endUs, all, slices, e)
      : undefined
  )
  const perEndpoint: EndpointMetrics[] = endpoints.map((ep, e) => {
    const { count, summary } = perEndpointStats[e]
    const errors = errorsBy?.[e]
    return {
      endpoint: ep.name,
      ...stepFields(steps[e], checkRates[e]),
      method: ep.method,
      path: shownPath(ep),
      total_requests: count,
      successful_requests: count - perEndpointFailed[e],
      failed_requests: perEndpointFailed[e],
      error_rate: percent(perEndpointFailed[e], count),
      requests_per_second: round((count - perEndpointUnsent[e]) / durationSec, 2),
      successful_requests_per_second: round((count - perEndpointFailed[e]) / durationSec, 2),
      ...responseTimes(summary),
      ...(errors?.length ? { errors } : {}),
      ...(stepSeries[e] ? { timeseries: stepSeries[e] } : {})
    }
  })

  return {
    total_requests: n,
    successful_requests: n - failed,
    failed_requests: failed,
    ...responseTimes(overall),
    requests_per_second: round((n - unsent) / durationSec, 2),
    successful_requests_per_second: round((n - failed) / durationSec, 2),
    error_rate: percent(failed, n),
    total_duration: seconds(durationSec * 1e6),
    test_name: `${result.mode}_test_${result.target.service}`,
    timestamp: new Date(result.outcome.startedAtMs).toISOString(),
    per_endpoint: perEndpoint,
    status_codes: statusCodes,
    error_types: byErrorType(errorTypes),
    error_messages: errorMessages.slice(0, 50),
    timeseries: timeSeries(recorder, result.outcome.startUs, result.outcome.endUs, all, slices),
    latency_histogram: histogram,
    ...(result.mode === 'stress'
      ? { stages: stageMetrics(recorder, result.outcome.stages, result.outcome.startUs, 0, all) }
      : {}),
    ...outage(recorder, result.outcome.startUs),
    ...pacingMetrics(result, all),
    ...runExtras(result, durationSec),
    ...sessionMetrics(result.outcome.sessions, steps, durationSec)
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
function pacingMetrics(
  result: LoadTestResult,
  /** the latency copy, done with: the service times are written over it rather than into a new one */
  scratch: Uint32Array
): Pick<Metrics, 'latency_basis' | 'service_time' | 'rate' | 'late_request_rate' | 'dropped_request_rate'> {
  const { pacing, recorder } = result.outcome
  if (!pacing) return { latency_basis: 'actual_send' }
  const s = summarizeUs(recorder.serviceTimes(0, recorder.length, scratch))
  return {
    latency_basis: 'intended_send',
    late_request_rate: percent(pacing.late, pacing.due),
    dropped_request_rate: percent(pacing.dropped, pacing.due),
    service_time: responseTimes(s),
    rate: {
      // journeys: the schedule starts iterations (the rate is journeys per second), each step then at its user's pace
      ...(result.target.journeys ? { paces: 'journeys' as const } : {}),
      target_rps: pacing.rate,
      due_requests: pacing.due,
      // the asked rate times the share of due requests that were sent: exact, whatever the timers did
      achieved_rps: round((pacing.rate * pacing.sent) / Math.max(pacing.due, 1), 2),
      late_requests: pacing.late,
      dropped_requests: pacing.dropped,
      dropped_at_end: pacing.droppedAtEnd,
      max_users: pacing.maxUsers,
      users_reached: pacing.usersReached
    }
  }
}

/**
 * Seconds in which the target took no connection and answered nothing. Refused
 * attempts are backed off, so the error rate barely shows an outage; this
 * does, and every view says it.
 */
function outage(recorder: Recorder, startUs: number): Pick<Metrics, 'unavailable_seconds'> {
  // most runs have no refusal at all: then nothing to look at, record by record
  if (!recorder.errorList.some((e) => e.type === 'connection_refused')) return {}
  const refused: boolean[] = []
  const answered: boolean[] = []
  for (let i = 0; i < recorder.length; i++) {
    const second = Math.max(0, Math.floor((recorder.sendUs(i) - startUs) / 1e6))
    const id = recorder.errorIdAt(i)
    if (id !== 0 && recorder.errorOf(id)!.type === 'connection_refused') refused[second] = true
    else answered[second] = true
  }
  const seconds = refused.filter((r, s) => r && !answered[s]).length
  return seconds > 0 ? { unavailable_seconds: seconds } : {}
}
