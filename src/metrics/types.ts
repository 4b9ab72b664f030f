import type { DriftName } from '../config/drift.js'
import type { ErrorType } from '../engine/error-types.js'
import type { HistogramBucket } from './histogram.js'
import type { ResourceMetrics } from './resources.js'
import type { StageMetrics } from './stages.js'

/** The seed's response-time figures, in seconds. */
export interface ResponseTimes {
  average_response_time: number
  median_response_time: number
  p95_response_time: number
  p99_response_time: number
  min_response_time: number
  max_response_time: number
}

/** Per-endpoint breakdown (times in seconds, error_rate in percent). */
export interface EndpointMetrics extends ResponseTimes {
  endpoint: string
  /** a journey's step: the journey's and the step's names (the endpoint is `journey/step`) */
  journey?: string
  step?: string
  /** percent of its checks that passed (set when it has checks) */
  check_pass_rate?: number
  method: string
  path: string
  total_requests: number
  successful_requests: number
  failed_requests: number
  error_rate: number
  requests_per_second: number
  /** the requests that succeeded, per second: what the throughput threshold judges */
  successful_requests_per_second: number
  /** the endpoint's failures by type and status, most first (at most MAX_ENDPOINT_ERRORS; set when it failed) */
  errors?: EndpointErrorCount[]
}

/** Failures of one endpoint with one error type and one status (0: no answer came). */
export interface EndpointErrorCount {
  type: ErrorType
  status: number
  count: number
}

/** An endpoint keeps its most frequent kinds of failure: enough to say what went wrong. */
export const MAX_ENDPOINT_ERRORS = 5

/** One second of the run, by completion time. */
export interface TimePoint {
  /** seconds since the start of the run */
  second: number
  requests: number
  errors: number
  /** requests sent that ended in this second, per second (a paced request dropped unsent is not one) */
  requests_per_second: number
  p50_response_time: number
  p95_response_time: number
  p99_response_time: number
}

export interface ErrorMessageCount {
  type: ErrorType
  message: string
  count: number
}

/** The seed's metrics.json keys, plus the breakdowns perf-gate adds. */
export interface Metrics extends ResponseTimes {
  total_requests: number
  successful_requests: number
  failed_requests: number
  requests_per_second: number
  /** the requests that succeeded, per second: what the throughput threshold judges */
  successful_requests_per_second: number
  error_rate: number
  total_duration: number
  test_name: string
  timestamp: string
  per_endpoint: EndpointMetrics[]
  status_codes: Record<string, number>
  error_types: Partial<Record<ErrorType, number>>
  error_messages: ErrorMessageCount[]
  timeseries: TimePoint[]
  /** all requests' latencies on fixed log-spaced buckets */
  latency_histogram: HistogramBucket[]
  /** stress tests: one entry per stage */
  stages?: StageMetrics[]
  /**
   * What the response times count from: the actual send, or (under `--rps`) each
   * request's due time, so a stalled target cannot hide its stall by holding
   * the sender back (coordinated omission).
   */
  latency_basis: 'actual_send' | 'intended_send'
  /** paced runs: times from the actual send, for comparison with the corrected ones above */
  service_time?: ResponseTimes
  /** paced runs: the rate asked for and what happened to it */
  rate?: RateMetrics
  /** paced runs: requests sent late (after waiting for a connection), in percent of those due */
  late_request_rate?: number
  /** paced runs: requests never sent (dropped, also those still waiting at the end), in percent of those due */
  dropped_request_rate?: number
  /** load tests: the time the load ran, in percent of the duration asked (below 100 when its data ran out) */
  run_completion?: number
  /** load tests: how busy the load generator itself was (stress tests have it per stage) */
  generator?: GeneratorLoad
  /** seconds of the run in which the target refused every connection and answered nothing: an outage (set only then) */
  unavailable_seconds?: number
  /** `--warmup`: the load sent before the run, in no other figure (its seconds count up to 0) */
  warmup?: WarmupMetrics
  /** journeys: each one's iterations and durations (its steps are in per_endpoint as `journey/step`) */
  journeys?: JourneyMetrics[]
  /** checks on answers (journeys' or endpoints'): how many passed, overall and per check */
  checks?: CheckMetrics
  /** percent of the checks run that passed (set when there are checks) */
  check_pass_rate?: number
  /** a run kept as histograms (`--record histograms`): where its percentiles come from; unset: every request */
  recording?: { mode: 'histograms'; note: string }
  /** a soak: its last window against its first */
  drift?: DriftResult
  /** the service's own memory and CPU, when perf-gate started it (`--start`) or watched it (`--watch-pid`) */
  resources?: ResourceMetrics
}

/** A soak's drift: its first window (after the warm-up) against its last (see gate/drift.ts). */
export interface DriftResult {
  /** each window's length and where it lies (seconds from the run's start) */
  window_seconds: number
  first: { from: number; to: number }
  last: { from: number; to: number }
  level: number
  drifts: DriftFigure[]
  /** a soak too short for two windows: why its drift was not judged (then `drifts` is empty) */
  not_judged?: string
}

export interface DriftFigure {
  name: DriftName
  label: string
  /** the first and last windows' figure (s, req/s, or % for errors) */
  first: number
  last: number
  /** worse is positive: a relative change in percent, points for errors */
  change: number
  ci_low: number
  ci_high: number
  warning: number
  critical: number
  status: 'good' | 'warning' | 'critical'
}

/**
 * One journey's iterations. An iteration is one pass of its looped steps
 * (once-steps, a login, are in none); its duration is its steps' response
 * times added up, think time left out (seconds).
 */
export interface JourneyMetrics {
  journey: string
  /** step names, in order */
  steps: string[]
  /** how many of the first steps run once per user (a login) */
  once_steps: number
  /** the mean pause after each step, seconds, as configured (0: none) */
  step_think: number[]
  /** iterations that ran every looped step */
  iterations: number
  /** of those, iterations in which a request or check failed */
  failed_iterations: number
  /** iterations cut short by `on_fail: restart` or `login` (in no duration) */
  restarted_iterations: number
  /**
   * times a user's once-steps (a login) failed, set when the journey has
   * once-steps: that user is not logged in and sends them again at its next
   * iteration, so the once-steps' requests are these retries besides one per user
   */
  once_failures?: number
  iterations_per_second: number
  average_duration: number
  median_duration: number
  p95_duration: number
  p99_duration: number
  max_duration: number
  /** percent of its steps' checks that passed (set when they have checks) */
  check_pass_rate?: number
}

export interface CheckMetrics {
  total: number
  passed: number
  failed: number
  /** percent of checks run that passed */
  pass_rate: number
  /** every check, the most failed first */
  by_check: { endpoint: string; check: string; passed: number; failed: number; pass_rate: number }[]
}

export interface WarmupMetrics {
  duration: number
  total_requests: number
  failed_requests: number
  timeseries: TimePoint[]
}

export interface GeneratorLoad {
  /** p99 of this process's event-loop delay, ms */
  event_loop_p99_ms: number
  /** CPU time over wall time, % of one core */
  cpu_percent: number
  /** above GENERATOR_LIMITS: the figures include the generator's own delay */
  saturated: boolean
  /**
   * --workers: CPU of the main thread, which merges the workers' records and
   * writes results.csv, % of one core (the figures above are the busiest worker's)
   */
  main_thread_cpu_percent?: number
}

export interface RateMetrics {
  /** journeys: the rate starts journeys (due, late and dropped count iterations), not requests */
  paces?: 'journeys'
  target_rps: number
  /** requests that fell due over the run at the target rate */
  due_requests: number
  /** the target rate times the share of due requests that were sent */
  achieved_rps: number
  /** sent after waiting for a free connection */
  late_requests: number
  /** never sent: no connection came free within the timeout (recorded as timeouts), or the run ended first */
  dropped_requests: number
  /** of those, still waiting when the run ended: not requests of the run (not in total_requests) */
  dropped_at_end: number
  /** connections allowed, and opened at most */
  max_users: number
  users_reached: number
}
