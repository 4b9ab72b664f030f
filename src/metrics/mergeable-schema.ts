import { z } from 'zod'
import { LIMITS } from '../config/defaults.js'
import { ERROR_TYPES } from '../engine/error-types.js'
import { tryDecodeHdr } from './hdr.js'
import type { MergeableLatency, MergeableRun, MergeableSessions } from './mergeable.js'

/**
 * The zod model of metrics.json's `mergeable`, with bounds. A shard's file
 * was written by another job (another machine, another perf-gate, a hand):
 * `perf-gate merge` adds its counts up and builds a per-second series over
 * its clock, so a count of 1e308, a negative one or a clock days off would
 * pass a gate or allocate gigabytes. Objects stay loose: a newer perf-gate
 * may add keys, which merging ignores.
 */

/** A count of requests: what a run can hold (safe integers, never negative). */
export const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
/** a non-negative finite figure (µs, ms, %, req/s) */
const amount = z.number().min(0).max(Number.MAX_SAFE_INTEGER)
/** ms since 1970: from 2000 to 2200, a clock that is merely wrong stays inside */
const wallMs = z.number().min(946_684_800_000).max(7_258_118_400_000)
const hdr = z.string()
const errorType = z.enum(ERROR_TYPES)
const counts = z.record(z.string(), count)

const latency = z.looseObject({ count, sum_us: amount, min_us: amount, max_us: amount, hdr })

const endpoint = z.looseObject({
  endpoint: z.string(),
  method: z.string(),
  path: z.string(),
  requests: count,
  failed: count,
  unsent: count,
  latency,
  errors: z.array(z.looseObject({ type: errorType, status: count, count })).optional(),
  journey: z.string().optional(),
  step: z.string().optional(),
  once: z.boolean().optional(),
  think: amount.optional()
})

const sessions = z.looseObject({
  users: count,
  journeys: z.array(
    z.looseObject({
      name: z.string(),
      iterations: count,
      failed: count,
      restarted: count,
      once_failed: count.optional(),
      duration_hdr: hdr
    })
  ),
  checks: z.array(z.looseObject({ endpoint: count, label: z.string(), passed: count, failed: count }))
})

const second = z.looseObject({
  at: z.number().int(),
  requests: count,
  errors: count,
  unsent: count,
  refused: z.boolean(),
  answered: z.boolean(),
  hdr
})

const stage = z.looseObject({
  stage: count,
  users: count,
  started_ms: wallMs,
  ended_ms: wallMs,
  requests: count,
  error_types: z.partialRecord(errorType, count),
  hdr,
  event_loop_p99_ms: amount,
  cpu_percent: amount
})

const thresholdsOf = z.record(z.string(), z.unknown())

export const mergeableSchema = z.looseObject({
  format: z.literal(1),
  shard: z.looseObject({ index: count.min(1), of: count.min(1).max(LIMITS.users) }),
  started_ms: wallMs,
  ended_ms: wallMs,
  active_seconds: amount,
  users: count,
  rps: amount.optional(),
  latency,
  service_time: latency.optional(),
  unsent: count,
  endpoints: z.array(endpoint),
  seconds: z.array(second),
  stages: z.array(stage).optional(),
  status_codes: counts,
  error_messages: z.array(z.looseObject({ type: errorType, message: z.string(), count })),
  latency_histogram: z.array(z.looseObject({ from: amount, to: amount, count })),
  generator: z.looseObject({ event_loop_p99_ms: amount, cpu_percent: amount }).optional(),
  pacing: z
    .looseObject({
      paces: z.literal('journeys').optional(),
      target_rps: amount,
      late_requests: count,
      dropped_requests: count,
      dropped_at_end: count,
      max_users: count,
      users_reached: count,
      due: count,
      sent: count
    })
    .optional(),
  latency_basis: z.enum(['actual_send', 'intended_send']),
  thresholds: z.looseObject({ overall: thresholdsOf, per_endpoint: z.record(z.string(), z.unknown()) }),
  test: z.looseObject({
    users: count,
    duration: amount.max(LIMITS.duration),
    rps: amount.optional(),
    steps: count.optional(),
    base_url: z.string(),
    endpoints: z.array(z.string()),
    start_at: z.string().optional()
  }),
  error_types: z.partialRecord(errorType, count),
  sessions: sessions.optional()
})

/** What is wrong with a (schema-valid) mergeable, and where: `[path, message]`. */
export type Problem = [path: string, message: string]

/** Slack around a shard's span for the seconds and stages it holds (a request ending as the run closes). */
const SLACK_MS = 60_000
/** A shard's span beyond its test's duration (warm-up, ramp, a slow last request). */
const SPAN_SLACK_MS = 3_600_000

/**
 * Counts that agree with each other and times within the shard's span: the
 * bounds that keep a merge of hostile shards exact and small. Schema-valid
 * input only (`mergeableSchema`).
 */
export function mergeableProblem(m: MergeableRun): Problem | undefined {
  const n = m.latency.count
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
  if (m.ended_ms < m.started_ms) return ['mergeable.ended_ms', 'is before started_ms']
  if (m.ended_ms - m.started_ms > m.test.duration * 1000 + SPAN_SLACK_MS)
    return [
      'mergeable.ended_ms',
      `is ${dhm(m.ended_ms - m.started_ms)} after started_ms: longer than the test`
    ]
  if (m.shard.index > m.shard.of) return ['mergeable.shard.index', `is beyond shard.of (${m.shard.of})`]
  const latencyProblem = (l: MergeableLatency, path: string): Problem | undefined =>
    l.count > 0 && l.min_us > l.max_us ? [`${path}.min_us`, 'is above max_us'] : undefined
  const own = latencyProblem(m.latency, 'mergeable.latency')
  if (own) return own
  // merged by position, and checks name their endpoint by index: the shard's endpoints are its test's
  if (m.endpoints.map((e) => e.endpoint).join('\n') !== m.test.endpoints.join('\n'))
    return ['mergeable.endpoints', 'are not the endpoints of test.endpoints']
  if (sum(m.endpoints.map((e) => e.requests)) !== n)
    return ['mergeable.endpoints[].requests', `add up to other than latency.count (${n})`]
  for (const [k, e] of m.endpoints.entries()) {
    const at = `mergeable.endpoints[${k}]`
    if (e.failed > e.requests) return [`${at}.failed`, 'is more than its requests']
    if (e.unsent > e.requests) return [`${at}.unsent`, 'is more than its requests']
    if (e.latency.count !== e.requests) return [`${at}.latency.count`, 'is not its requests']
    const p = latencyProblem(e.latency, `${at}.latency`)
    if (p) return p
  }
  if (m.unsent > n) return ['mergeable.unsent', 'is more than latency.count']
  if (sum(m.seconds.map((s) => s.requests)) !== n)
    return ['mergeable.seconds[].requests', `add up to other than latency.count (${n})`]
  const from = Math.floor((m.started_ms - SLACK_MS) / 1000)
  const to = Math.ceil((m.ended_ms + SLACK_MS) / 1000)
  for (const [k, s] of m.seconds.entries()) {
    if (s.at < from || s.at > to) return [`mergeable.seconds[${k}].at`, "is outside the shard's span"]
    if (s.errors > s.requests) return [`mergeable.seconds[${k}].errors`, 'is more than its requests']
  }
  if (sum(Object.values(m.status_codes)) > n)
    return ['mergeable.status_codes', 'add up to more than latency.count']
  // every failed request has one error type, and an answer of 400 or more is a failed request
  const failed = sum(m.endpoints.map((e) => e.failed))
  if (sum(Object.values(m.error_types) as number[]) !== failed)
    return ['mergeable.error_types', `add up to other than the endpoints' failed requests (${failed})`]
  const refused = Object.entries(m.status_codes).filter(([code]) => Number(code) >= 400)
  if (sum(refused.map(([, c]) => c)) > failed)
    return ['mergeable.status_codes', `count more answers of 400 or more than failed requests (${failed})`]
  if (sum(m.error_messages.map((e) => e.count)) > failed)
    return ['mergeable.error_messages', `count more than the failed requests (${failed})`]
  for (const [k, s] of (m.stages ?? []).entries()) {
    if (s.requests > n) return [`mergeable.stages[${k}].requests`, 'is more than latency.count']
    if (
      s.started_ms < m.started_ms - SLACK_MS ||
      s.ended_ms > m.ended_ms + SLACK_MS ||
      s.ended_ms < s.started_ms
    )
      return [`mergeable.stages[${k}].started_ms`, "is outside the shard's span"]
  }
  return m.sessions ? sessionsProblem(m.sessions, m.endpoints.length) : undefined
}

function sessionsProblem(s: MergeableSessions, endpoints: number): Problem | undefined {
  for (const [k, j] of s.journeys.entries())
    if (j.failed > j.iterations)
      return [`mergeable.sessions.journeys[${k}].failed`, 'is more than its iterations']
  for (const [k, c] of s.checks.entries())
    if (c.endpoint >= endpoints)
      return [
        `mergeable.sessions.checks[${k}].endpoint`,
        `is not an endpoint's index (there are ${endpoints})`
      ]
  return undefined
}

/**
 * Each encoded histogram decodes (in a try, size-capped) and holds as many
 * values as its count says. Apart from `mergeableProblem`: only `merge`
 * decodes them, and a shard holds one a second.
 */
export function mergeableHistogramProblem(m: MergeableRun): Problem | undefined {
  const hists: [string, string, number][] = [
    ['mergeable.latency.hdr', m.latency.hdr, m.latency.count],
    ...(m.service_time
      ? [['mergeable.service_time.hdr', m.service_time.hdr, m.service_time.count] as [string, string, number]]
      : []),
    ...m.endpoints.map(
      (e, k) =>
        [`mergeable.endpoints[${k}].latency.hdr`, e.latency.hdr, e.latency.count] as [string, string, number]
    ),
    ...m.seconds.map(
      (s, k) => [`mergeable.seconds[${k}].hdr`, s.hdr, s.requests] as [string, string, number]
    ),
    ...(m.stages ?? []).map((s, k) => [`mergeable.stages[${k}].hdr`, s.hdr, -1] as [string, string, number]),
    // one duration a finished iteration: a count that is not its histogram's would pass a journey gate
    ...(m.sessions?.journeys ?? []).map((j, k): [string, string, number] => [
      `mergeable.sessions.journeys[${k}].duration_hdr`,
      j.duration_hdr,
      j.iterations
    ])
  ]
  for (const [path, text, expected] of hists) {
    const h = tryDecodeHdr(text)
    if (typeof h === 'string') return [path, h]
    if (expected >= 0 && h.totalCount !== expected)
      return [path, `holds ${h.totalCount} values, not the ${expected} its count says`]
  }
  return undefined
}

/** A span of time as people read it: `30.0 days`, `12.5 h`, `40 s`. */
export function dhm(ms: number): string {
  const s = ms / 1000
  if (s >= 86_400) return `${(s / 86_400).toFixed(1)} days`
  if (s >= 3600) return `${(s / 3600).toFixed(1)} h`
  return `${s.toFixed(0)} s`
}
