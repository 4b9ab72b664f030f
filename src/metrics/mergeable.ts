import { shownPath } from '../config/resolve.js'
import type { Thresholds } from '../config/thresholds.js'
import { byErrorType, type ErrorType } from '../engine/error-types.js'
import type { LoadTestResult } from '../engine/result.js'
import type { Recorder } from '../engine/recorder.js'
import { group, groupLatencies } from './group-latencies.js'
import { addError, topErrors } from './endpoint-errors.js'
import { encodeHdr, hdrOf, hdrQuantile, newHdr, tryDecodeHdr, type LatencyHdr } from './hdr.js'
import type { HistogramBucket } from './histogram.js'
import { generatorSaturated, type StageMetrics } from './stages.js'
import { percent, round, seconds } from './summary-stats.js'
import type {
  EndpointErrorCount,
  EndpointMetrics,
  ErrorMessageCount,
  Metrics,
  RateMetrics,
  ResponseTimes,
  TimePoint
} from './types.js'

/**
 * What a run keeps so that runs made apart (shards of one test on several
 * machines) merge exactly: counts to add up, exact sums, minima and maxima,
 * and µs HDR histograms whose merged percentiles are those of all requests
 * together (within 0.1%), never averaged percentiles. Per-second figures are
 * keyed by wall-clock second, so shards that ran at the same time add up
 * second by second. metrics.json keeps it under `mergeable`.
 */
export interface MergeableRun {
  format: 1
  /** which share of the load this run was: 1-based index of `of` */
  shard: { index: number; of: number }
  /** wall clock, ms since 1970 */
  started_ms: number
  ended_ms: number
  /** seconds the run measured (its total_duration) */
  active_seconds: number
  users: number
  rps?: number
  latency: MergeableLatency
  /** paced runs: times from the actual send */
  service_time?: MergeableLatency
  /** requests that never went out (a paced request dropped unsent; a refused connection) */
  unsent: number
  endpoints: MergeableEndpoint[]
  seconds: MergeableSecond[]
  stages?: MergeableStage[]
  status_codes: Record<string, number>
  error_messages: ErrorMessageCount[]
  /** the log-bucket histogram of the report: fixed edges, so counts add up */
  latency_histogram: HistogramBucket[]
  generator?: { event_loop_p99_ms: number; cpu_percent: number }
  pacing?: Omit<RateMetrics, 'achieved_rps' | 'due_requests'> & { due: number; sent: number }
  latency_basis: Metrics['latency_basis']
  /** the limits this run was gated on, so that the merged run is gated on the same */
  thresholds: { overall: Thresholds; per_endpoint: Record<string, Thresholds | undefined> }
  /** the whole test this run is a share of: shards of other tests do not merge */
  test: MergeableTest
  /** requests by error type (exact; error_messages keeps the most frequent messages only) */
  error_types: Partial<Record<ErrorType, number>>
}

/** The whole test a shard belongs to, the same in each of its shards. */
export interface MergeableTest {
  users: number
  duration: number
  rps?: number
  steps?: number
  base_url: string
  /** the endpoints' names, in order */
  endpoints: string[]
  /** --start-at, when given */
  start_at?: string
}

export interface MergeableLatency {
  count: number
  sum_us: number
  min_us: number
  max_us: number
  /** HdrHistogram V2, compressed, base64 */
  hdr: string
}

export interface MergeableEndpoint {
  endpoint: string
  method: string
  path: string
  requests: number
  failed: number
  unsent: number
  latency: MergeableLatency
  /** the endpoint's most frequent failures (merged runs add them up: the top ones, not exact beyond them) */
  errors?: EndpointErrorCount[]
}

export interface MergeableSecond {
  /** the wall-clock second (s since 1970) in which the requests ended */
  at: number
  requests: number
  errors: number
  unsent: number
  /** a connection was refused in this second; something was answered in it */
  refused: boolean
  answered: boolean
  hdr: string
}

export interface MergeableStage {
  stage: number
  users: number
  started_ms: number
  ended_ms: number
  requests: number
  error_types: Partial<Record<ErrorType, number>>
  hdr: string
  event_loop_p99_ms: number
  cpu_percent: number
}

/** Keeps at most this many distinct error messages (the report shows 50). */
const MAX_MESSAGES = 500

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
  const perEndpoint = endpoints.map((e, k) => ({
    endpoint: e.name,
    method: e.method,
    path: shownPath(e),
    requests: metrics.per_endpoint[k].total_requests,
    failed: metrics.per_endpoint[k].failed_requests,
    unsent: unsentBy[k],
    latency: latencyOf(group(byEndpoint, k)),
    ...(metrics.per_endpoint[k].errors ? { errors: metrics.per_endpoint[k].errors } : {})
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
    error_types: metrics.error_types
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

function sortMessages(list: ErrorMessageCount[]): ErrorMessageCount[] {
  return list.sort((a, b) => b.count - a.count || a.message.localeCompare(b.message)).slice(0, MAX_MESSAGES)
}

// ---- merging -----------------------------------------------------------------

/**
 * A shard's histogram. `perf-gate merge` checks each one before merging
 * (mergeable-schema.ts); a library caller's unchecked one still ends in a
 * sentence, not in a zlib stack trace.
 */
function decoded(text: string): LatencyHdr {
  const h = tryDecodeHdr(text)
  if (typeof h === 'string') throw new RangeError(`a mergeable histogram ${h}`)
  return h
}

function addHdr(texts: readonly string[]): string {
  const h: LatencyHdr = newHdr()
  for (const t of texts) h.add(decoded(t))
  return encodeHdr(h)
}

function mergeLatency(list: readonly MergeableLatency[]): MergeableLatency {
  const some = list.filter((l) => l.count > 0)
  return {
    count: sum(list.map((l) => l.count)),
    sum_us: sum(list.map((l) => l.sum_us)),
    min_us: some.length ? Math.min(...some.map((l) => l.min_us)) : 0,
    max_us: Math.max(0, ...list.map((l) => l.max_us)),
    hdr: addHdr(list.map((l) => l.hdr))
  }
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

function addCounts<K extends string>(maps: readonly Partial<Record<K, number>>[]): Record<K, number> {
  const out = {} as Record<K, number>
  for (const m of maps) for (const [k, v] of Object.entries(m) as [K, number][]) out[k] = (out[k] ?? 0) + v
  return out
}

/**
 * Runs made apart as one: shards of one test (each a share of the users and
 * the rate, at the same time), merged. The shard figures become those of the
 * whole: `{ index: 1, of: 1 }`.
 */
export function mergeRuns(runs: readonly MergeableRun[]): MergeableRun {
  const first = runs[0]
  const started = Math.min(...runs.map((r) => r.started_ms))
  const ended = Math.max(...runs.map((r) => r.ended_ms))
  // the same endpoints in the same order in every shard (checked before): merged by position
  const endpoints = first.endpoints.map((_, k) => runs.map((r) => r.endpoints[k]))
  const seconds = new Map<number, MergeableSecond[]>()
  for (const r of runs) for (const s of r.seconds) seconds.set(s.at, [...(seconds.get(s.at) ?? []), s])
  const messages = new Map<string, ErrorMessageCount>()
  for (const r of runs)
    for (const m of r.error_messages) {
      const k = `${m.type}\u0000${m.message}`
      const had = messages.get(k)
      messages.set(k, had ? { ...had, count: had.count + m.count } : { ...m })
    }
  const buckets = new Map<number, HistogramBucket>()
  for (const r of runs)
    for (const b of r.latency_histogram) {
      const had = buckets.get(b.from)
      buckets.set(b.from, had ? { ...had, count: had.count + b.count } : { ...b })
    }
  const paced = runs.map((r) => r.pacing).filter((p) => p !== undefined)
  const generators = runs.map((r) => r.generator).filter((g) => g !== undefined)
  return {
    format: 1,
    shard: { index: 1, of: 1 },
    started_ms: started,
    ended_ms: ended,
    // the shards ran side by side: the whole measured from the first start to the last end
    active_seconds: round(Math.max(...runs.map((r) => r.active_seconds), (ended - started) / 1000), 6),
    users: sum(runs.map((r) => r.users)),
    ...(first.rps !== undefined ? { rps: round(sum(runs.map((r) => r.rps ?? 0)), 6) } : {}),
    latency: mergeLatency(runs.map((r) => r.latency)),
    ...(runs.every((r) => r.service_time)
      ? { service_time: mergeLatency(runs.map((r) => r.service_time!)) }
      : {}),
    unsent: sum(runs.map((r) => r.unsent)),
    endpoints: endpoints.map((list) => ({
      endpoint: list[0].endpoint,
      method: list[0].method,
      path: list[0].path,
      requests: sum(list.map((e) => e.requests)),
      failed: sum(list.map((e) => e.failed)),
      unsent: sum(list.map((e) => e.unsent)),
      latency: mergeLatency(list.map((e) => e.latency)),
      ...mergeErrors(list.map((e) => e.errors))
    })),
    seconds: [...seconds.keys()]
      .sort((a, b) => a - b)
      .map((at) => {
        const list = seconds.get(at)!
        return {
          at,
          requests: sum(list.map((s) => s.requests)),
          errors: sum(list.map((s) => s.errors)),
          unsent: sum(list.map((s) => s.unsent)),
          refused: list.some((s) => s.refused),
          answered: list.some((s) => s.answered),
          hdr: addHdr(list.map((s) => s.hdr))
        }
      }),
    ...(first.stages ? { stages: mergeStages(runs.map((r) => r.stages ?? [])) } : {}),
    status_codes: addCounts(runs.map((r) => r.status_codes)),
    error_messages: sortMessages([...messages.values()]),
    latency_histogram: [...buckets.values()].sort((a, b) => a.from - b.from),
    ...(generators.length
      ? {
          generator: {
            event_loop_p99_ms: Math.max(...generators.map((g) => g.event_loop_p99_ms)),
            cpu_percent: Math.max(...generators.map((g) => g.cpu_percent))
          }
        }
      : {}),
    ...(paced.length
      ? {
          pacing: {
            target_rps: round(sum(paced.map((p) => p.target_rps)), 6),
            late_requests: sum(paced.map((p) => p.late_requests)),
            dropped_requests: sum(paced.map((p) => p.dropped_requests)),
            dropped_at_end: sum(paced.map((p) => p.dropped_at_end)),
            max_users: sum(paced.map((p) => p.max_users)),
            users_reached: sum(paced.map((p) => p.users_reached)),
            due: sum(paced.map((p) => p.due)),
            sent: sum(paced.map((p) => p.sent))
          }
        }
      : {}),
    latency_basis: first.latency_basis,
    thresholds: first.thresholds,
    test: first.test,
    error_types: addCounts(runs.map((r) => r.error_types))
  }
}

function mergeErrors(
  lists: readonly (EndpointErrorCount[] | undefined)[]
): Pick<MergeableEndpoint, 'errors'> {
  const by = new Map<string, EndpointErrorCount>()
  for (const list of lists) for (const e of list ?? []) addError(by, e)
  return by.size ? { errors: topErrors([...by.values()]) } : {}
}

function mergeStages(lists: readonly MergeableStage[][]): MergeableStage[] {
  const by = new Map<number, MergeableStage[]>()
  for (const list of lists) for (const s of list) by.set(s.stage, [...(by.get(s.stage) ?? []), s])
  return [...by.keys()]
    .sort((a, b) => a - b)
    .map((stage) => {
      const list = by.get(stage)!
      return {
        stage,
        users: sum(list.map((s) => s.users)),
        started_ms: Math.min(...list.map((s) => s.started_ms)),
        ended_ms: Math.max(...list.map((s) => s.ended_ms)),
        requests: sum(list.map((s) => s.requests)),
        error_types: addCounts(list.map((s) => s.error_types)),
        hdr: addHdr(list.map((s) => s.hdr)),
        event_loop_p99_ms: Math.max(...list.map((s) => s.event_loop_p99_ms)),
        cpu_percent: Math.max(...list.map((s) => s.cpu_percent))
      }
    })
}

// ---- metrics of a merged run ------------------------------------------------

/** p50, p95 and p99 of an encoded histogram, in seconds. */
function quantiles(hdr: string): [number, number, number] {
  const h = decoded(hdr)
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
  const perEndpoint: EndpointMetrics[] = m.endpoints.map((e) => ({
    endpoint: e.endpoint,
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
    ...(unavailable > 0 ? { unavailable_seconds: unavailable } : {})
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
    const [p50, p95, p99] = s ? quantiles(s.hdr) : [0, 0, 0]
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
