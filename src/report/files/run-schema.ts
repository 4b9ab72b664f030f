import { z } from 'zod'
import { DRIFT_NAMES } from '../../config/drift.js'
import { formatPath } from '../../config/field-path.js'
import { LIMITS } from '../../config/defaults.js'
import { COMPARED_METRICS } from '../../config/regression.js'
import { COMPARISON_METHODS } from '../../gate/compare.js'
import { ABORTABLE_THRESHOLDS } from '../../config/abort-after.js'
import { count, mergeableProblem, mergeableSchema, type Problem } from '../../metrics/mergeable-schema.js'
import type { MergeableRun } from '../../metrics/mergeable.js'
import { MAX_RESOURCE_POINTS } from '../../metrics/resource-series.js'
import type { RunDocument } from '../run-document.js'

/**
 * The zod model of metrics.json as `summary`, `compare`, `report`, `merge`
 * and `--baseline` read it back. Those files come from other jobs (an
 * artifact, a stash, a reports folder anyone can write to): every field a
 * view or a comparison reads is checked for its type and its bounds here,
 * once, so that no view meets a string where it formats a number. Objects
 * are loose: keys this version does not know are kept and not read.
 */

/** seconds: a response time or a run's length; a week is beyond any run */
const MAX_SECONDS = 7 * LIMITS.duration
const secs = z.number().min(0).max(MAX_SECONDS)
const rate = z.number().min(0).max(Number.MAX_SAFE_INTEGER)
const pct = z.number().min(0).max(100)
const counts = z.record(z.string(), count)

const responseTimes = {
  average_response_time: secs,
  median_response_time: secs,
  p95_response_time: secs,
  p99_response_time: secs,
  min_response_time: secs,
  max_response_time: secs
}

const timePoint = z.looseObject({
  second: z.number().min(-MAX_SECONDS).max(MAX_SECONDS),
  requests: count,
  errors: count,
  requests_per_second: rate,
  p50_response_time: secs,
  p95_response_time: secs,
  p99_response_time: secs
})
/** one point a second of a run no longer than MAX_SECONDS */
const series = z.array(timePoint).max(MAX_SECONDS)

/** a limit or a measured value as a threshold check holds it (seconds, percent, req/s) */
const figure = z.number().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER)

const check = z.looseObject({
  label: z.string(),
  unit: z.string(),
  value: figure,
  warning: figure,
  critical: figure,
  higher_is_better: z.boolean(),
  status: z.enum(['good', 'warning', 'critical']),
  requests: count.optional(),
  not_enough_requests: z.looseObject({ min: count }).optional(),
  not_judged: z.looseObject({ reason: z.string() }).optional()
})
const checks = z.record(z.string(), check)

const isoTime = z.string().refine((t) => !Number.isNaN(Date.parse(t)), 'is not a date')

/** a run stopped by a threshold's abort_after: every view names the threshold and the time */
const thresholdAbort = z.looseObject({
  threshold: z.enum(ABORTABLE_THRESHOLDS),
  scope: z.string(),
  label: z.string(),
  unit: z.string(),
  abort_after: secs,
  critical: figure,
  higher_is_better: z.boolean(),
  value: figure,
  since: isoTime,
  since_second: secs,
  at: isoTime,
  at_second: secs,
  side: z.enum(['A', 'B']).optional()
})

const changeVerdict = z.enum(['regression', 'improvement', 'no_change', 'inconclusive'])
/** a relative change or its interval (±10⁸ %: beyond any two runs; the charts scale their axes by it) */
const change = z.number().min(-1e6).max(1e6)

const baseline = z.looseObject({
  run: z.string(),
  fail_on_regression: z.string(),
  comparison: z.looseObject({
    verdict: changeVerdict,
    method: z.enum(COMPARISON_METHODS),
    // a history baseline's runs (method run_history): how many, the first and the last
    history: z
      .looseObject({
        runs: count,
        first: z.looseObject({ run: z.string() }),
        last: z.looseObject({ run: z.string() })
      })
      .optional(),
    level: z.number().min(0).max(1),
    windows: z.looseObject({ baseline: count, current: count }),
    metrics: z.array(
      z.looseObject({
        metric: z.enum(COMPARED_METRICS),
        endpoint: z.string().optional(),
        baseline: figure,
        current: figure,
        change,
        ci_low: change.nullable(),
        ci_high: change.nullable(),
        tolerance: z.number().min(0).max(10),
        verdict: changeVerdict,
        // a noisy pair can need years of run to decide: said as it is, not refused when read back
        seconds_to_decide: z.number().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
        detectable_change: change.optional()
      })
    ),
    warnings: z.array(z.string()).optional(),
    step_level: z.number().min(0).max(1).optional()
  })
})

const endpoint = z.looseObject({
  endpoint: z.string(),
  method: z.string(),
  path: z.string(),
  total_requests: count,
  successful_requests: count,
  failed_requests: count,
  error_rate: pct,
  requests_per_second: rate,
  ...responseTimes,
  errors: z.array(z.looseObject({ type: z.string(), status: count, count })).optional(),
  thresholds: checks.optional(),
  timeseries: series.optional()
})

const stage = z.looseObject({
  stage: count,
  users: count,
  start: secs,
  duration: secs,
  requests: count,
  rps: rate,
  p50: secs,
  p95: secs,
  p99: secs,
  error_rate: pct,
  error_types: counts
})

const bytes = z.number().min(0).max(Number.MAX_SAFE_INTEGER)
const second = z.number().min(-MAX_SECONDS).max(MAX_SECONDS)

/** the service's own process (`--start`, `--watch-pid`): its series is bounded however long the run */
const resources = z.looseObject({
  source: z.enum(['proc', 'unavailable']),
  unavailable_reason: z.string().optional(),
  pid: count,
  watched: z.enum(['start', 'watch_pid']),
  command: z.string().optional(),
  processes: count.optional(),
  exited_at: second.optional(),
  sample_seconds: count.optional(),
  samples: z
    .array(z.looseObject({ second, rss_bytes: bytes, cpu_percent: z.number().min(0).max(1e6) }))
    .max(MAX_RESOURCE_POINTS + 1),
  peak_rss_bytes: bytes.optional(),
  final_rss_bytes: bytes.optional(),
  average_cpu_percent: z.number().min(0).max(1e6).optional(),
  rss_trend: z
    .looseObject({
      bytes_per_hour: figure,
      ci_low: figure,
      ci_high: figure,
      level: z.number().min(0).max(1),
      from_second: second,
      to_second: second,
      points: count,
      start_bytes: figure,
      method: z.string(),
      lag1_autocorrelation: z.number().min(-1).max(1),
      effective_points: z.number().min(0).max(Number.MAX_SAFE_INTEGER)
    })
    .optional(),
  rss_trend_skipped: z.string().optional()
})

/** read back for the runner warning of a comparison; `ci` stays a string, so a newer perf-gate's CI still reads */
const provenance = z.looseObject({
  commit: z.string().optional(),
  branch: z.string().optional(),
  ci: z.string().optional(),
  run_url: z.string().optional(),
  runner: z.looseObject({
    cpu: z.string(),
    cores: count,
    memory_bytes: bytes,
    os: z.string(),
    node: z.string()
  })
})

const config = z.looseObject({
  service: z.string(),
  base_url: z.string(),
  mode: z.string().optional(),
  users: count,
  duration: secs,
  rps: rate.optional(),
  timeout: secs.optional(),
  fail_on: z.string().optional(),
  max_users: count.optional(),
  steps: count.optional(),
  workers: count.optional(),
  csv: z
    .string()
    .regex(/^(all|errors|none|mixed|sample:[1-9]\d{0,9})$/, 'is not all, errors, none, mixed or sample:N')
    .optional(),
  endpoints: z
    .array(
      z.looseObject({
        endpoint: z.string(),
        weight: z.number().min(0),
        headers: z.record(z.string(), z.string()),
        has_body: z.boolean()
      })
    )
    .optional()
})

export const runDocumentSchema = z.looseObject({
  schema_version: z.number().int().min(1),
  total_requests: count,
  successful_requests: count,
  failed_requests: count,
  ...responseTimes,
  requests_per_second: rate,
  successful_requests_per_second: rate.optional(),
  error_rate: pct,
  total_duration: secs,
  test_name: z.string(),
  timestamp: isoTime,
  service: z.string(),
  mode: z.enum(['load', 'stress', 'soak', 'ab']),
  partial: z.boolean(),
  abort_reason: z.string().optional(),
  threshold_abort: thresholdAbort.optional(),
  verdict: z.enum(['pass', 'warning', 'fail']),
  fail_on: z.string().optional(),
  config,
  per_endpoint: z.array(endpoint),
  status_codes: counts,
  error_types: counts,
  error_messages: z.array(z.looseObject({ type: z.string(), message: z.string(), count })),
  timeseries: series,
  latency_histogram: z.array(z.looseObject({ from: secs, to: secs, count })).optional(),
  stages: z.array(stage).optional(),
  thresholds: checks,
  baseline: baseline.optional(),
  mergeable: mergeableSchema.optional(),
  recording: z.looseObject({ mode: z.literal('histograms'), note: z.string() }).optional(),
  drift: z
    .looseObject({
      window_seconds: secs,
      first: z.looseObject({ from: secs, to: secs }),
      last: z.looseObject({ from: secs, to: secs }),
      level: z.number().min(0).max(1),
      drifts: z.array(
        z.looseObject({
          name: z.enum(DRIFT_NAMES),
          label: z.string(),
          first: z.number(),
          last: z.number(),
          change: z.number(),
          ci_low: z.number(),
          ci_high: z.number(),
          warning: z.number(),
          critical: z.number(),
          status: z.enum(['good', 'warning', 'critical'])
        })
      ),
      not_judged: z.string().optional()
    })
    .optional(),
  resources: resources.optional(),
  provenance: provenance.optional()
})

/**
 * A metrics.json read back, checked: the document, or the first field that
 * is wrong (`p95_response_time`, `timeseries[0]`) and why.
 */
export function checkRunDocument(raw: unknown): { doc: RunDocument } | { problem: Problem } {
  const r = runDocumentSchema.safeParse(raw)
  if (!r.success) {
    const issue = r.error.issues[0]
    const path = formatPath(issue.path as (string | number)[])
    return { problem: [path || '(the document)', issue.message.replace(/^Invalid input: /, '')] }
  }
  const doc = r.data as unknown as RunDocument
  const problem = agreementProblem(doc)
  return problem ? { problem } : { doc }
}

/** seconds of series beyond the run's length (a partial second either side, a stage's tail) */
const SERIES_SLACK = 60

/** Counts that agree with each other, and a series no longer than the run. */
function agreementProblem(d: RunDocument): Problem | undefined {
  const n = d.total_requests
  if (d.successful_requests + d.failed_requests !== n)
    return ['successful_requests', 'and failed_requests do not add up to total_requests']
  for (const [k, e] of d.per_endpoint.entries()) {
    if (e.successful_requests + e.failed_requests !== e.total_requests)
      return [`per_endpoint[${k}].successful_requests`, 'and failed_requests do not add up to total_requests']
    if (e.total_requests > n) return [`per_endpoint[${k}].total_requests`, 'is more than total_requests']
  }
  for (const [code, c] of Object.entries(d.status_codes))
    if (c > n) return [`status_codes.${code}`, 'is more than total_requests']
  for (const [k, p] of d.timeseries.entries())
    if (p.requests > n) return [`timeseries[${k}].requests`, 'is more than total_requests']
  // a point a second over the run's span
  if (d.timeseries.length > Math.ceil(d.total_duration) + SERIES_SLACK)
    return ['timeseries', `has ${d.timeseries.length} seconds; the run lasted ${d.total_duration} s`]
  return d.mergeable ? mergeableProblem(d.mergeable as MergeableRun) : undefined
}
