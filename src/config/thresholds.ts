/**
 * The metrics a threshold can watch, their units and direction, and the
 * seed's default bands (spec "Performance Thresholds").
 */

export const THRESHOLD_NAMES = [
  'error_rate',
  'avg_response_time',
  'p50_response_time',
  'p95_response_time',
  'p99_response_time',
  'requests_per_second',
  'late_requests',
  'dropped_requests',
  'run_completion',
  'check_pass_rate',
  'p50_journey_duration',
  'p95_journey_duration',
  'p99_journey_duration',
  'iterations_per_second',
  'rss_growth_per_hour'
] as const

/** Thresholds that judge a journey (each journey, from the service's bands, or its own). */
export const JOURNEY_THRESHOLDS = [
  'p50_journey_duration',
  'p95_journey_duration',
  'p99_journey_duration',
  'iterations_per_second'
] as const satisfies readonly ThresholdName[]

/**
 * Thresholds on the service's own process (`--start`, `--watch-pid`), not on
 * its requests: judged once per run, never per endpoint, with no minimum of requests.
 */
export const SERVICE_THRESHOLDS = ['rss_growth_per_hour'] as const satisfies readonly ThresholdName[]

export type ThresholdName = (typeof THRESHOLD_NAMES)[number]

export type ThresholdUnit = 'percent' | 'seconds' | 'rps' | 'bytes_per_hour'

/** The metrics.json key each threshold reads, its unit and its direction. */
export interface ThresholdDefinition {
  metric:
    | 'error_rate'
    | 'average_response_time'
    | 'median_response_time'
    | 'p95_response_time'
    | 'p99_response_time'
    | 'successful_requests_per_second'
    | 'late_request_rate'
    | 'dropped_request_rate'
    | 'run_completion'
    | 'check_pass_rate'
    | 'median_duration'
    | 'p95_duration'
    | 'p99_duration'
    | 'iterations_per_second'
    | 'resources.rss_trend.ci_low'
  label: string
  unit: ThresholdUnit
  /** throughput: more is better, so the bands run the other way */
  higherIsBetter: boolean
}

export const THRESHOLD_DEFINITIONS: Record<ThresholdName, ThresholdDefinition> = {
  error_rate: {
    metric: 'error_rate',
    label: 'Error rate',
    unit: 'percent',
    higherIsBetter: false
  },
  avg_response_time: {
    metric: 'average_response_time',
    label: 'Average response time',
    unit: 'seconds',
    higherIsBetter: false
  },
  p50_response_time: {
    metric: 'median_response_time',
    label: 'Median response time',
    unit: 'seconds',
    higherIsBetter: false
  },
  p95_response_time: {
    metric: 'p95_response_time',
    label: '95th percentile',
    unit: 'seconds',
    higherIsBetter: false
  },
  p99_response_time: {
    metric: 'p99_response_time',
    label: '99th percentile',
    unit: 'seconds',
    higherIsBetter: false
  },
  // judged on the requests that succeeded: a failing service answering errors fast is no throughput
  requests_per_second: {
    metric: 'successful_requests_per_second',
    label: 'Throughput (successful)',
    unit: 'rps',
    higherIsBetter: true
  },
  // paced runs only: the load asked for that went out late, or never (a service over capacity
  // answers the requests it gets and shows no error while a share of the load is missing)
  late_requests: {
    metric: 'late_request_rate',
    label: 'Late requests (of those due)',
    unit: 'percent',
    higherIsBetter: false
  },
  dropped_requests: {
    metric: 'dropped_request_rate',
    label: 'Dropped requests (of those due)',
    unit: 'percent',
    higherIsBetter: false
  },
  // load tests: a run that ended far short of its duration (its data used up) measured little
  run_completion: {
    metric: 'run_completion',
    label: 'Run length (of the duration asked)',
    unit: 'percent',
    higherIsBetter: true
  },
  // journeys and endpoints with check: — the share of checks that passed
  check_pass_rate: {
    metric: 'check_pass_rate',
    label: 'Checks passed',
    unit: 'percent',
    higherIsBetter: true
  },
  // journeys: an iteration's steps' response times added up, think time left out
  p50_journey_duration: {
    metric: 'median_duration',
    label: 'Median journey duration',
    unit: 'seconds',
    higherIsBetter: false
  },
  p95_journey_duration: {
    metric: 'p95_duration',
    label: '95th percentile journey duration',
    unit: 'seconds',
    higherIsBetter: false
  },
  p99_journey_duration: {
    metric: 'p99_duration',
    label: '99th percentile journey duration',
    unit: 'seconds',
    higherIsBetter: false
  },
  iterations_per_second: {
    metric: 'iterations_per_second',
    label: 'Journey iterations per second',
    unit: 'rps',
    higherIsBetter: true
  },
  // the service's resident memory, fitted against time: judged on the lower end of the slope's
  // 95% interval, so a run fails for a growth its noise cannot explain, not for a noisy estimate
  rss_growth_per_hour: {
    metric: 'resources.rss_trend.ci_low',
    label: 'Service memory growth (RSS, lower 95% bound)',
    unit: 'bytes_per_hour',
    higherIsBetter: false
  }
}

/** Warning and critical limits in the metric's own unit (percent, seconds, req/s, bytes per hour). */
export interface Band {
  warning: number
  critical: number
  /**
   * seconds: stop the run once the critical band has held every second for
   * this long (only for the thresholds of ABORTABLE_THRESHOLDS; see abort-after.ts)
   */
  abort_after?: number
}

export type Thresholds = Partial<Record<ThresholdName, Band>> & {
  /** fewer requests than this behind a check: "not enough requests", at least a warning */
  min_requests?: number
}

/**
 * A percentile or a rate of a handful of requests says little: a check
 * judged on fewer requests is at least a warning. 20 is the fewest for which
 * a p95 is not simply the slowest request.
 */
export const DEFAULT_MIN_REQUESTS = 20

/**
 * The seed's table: error rate 1%/5%, average 1s/3s, p95 2s/5s, throughput
 * 10/1 req/s; then what the seed could not see: under --rps, late requests
 * 10%/30% and dropped ones 1%/5% of those due; a load test that ran 90% of
 * its duration or less (its data used up) is a warning.
 */
export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  error_rate: { warning: 1, critical: 5 },
  avg_response_time: { warning: 1, critical: 3 },
  p95_response_time: { warning: 2, critical: 5 },
  requests_per_second: { warning: 10, critical: 1 },
  late_requests: { warning: 10, critical: 30 },
  dropped_requests: { warning: 1, critical: 5 },
  run_completion: { warning: 90, critical: 0 }
})

/**
 * Under a fixed rate the seed's throughput bands (above 10 req/s good) judge
 * the rate asked for, not the service: `--rps 5` would always warn. Unless
 * the config sets throughput bands of its own, a paced load test's follow
 * the rate: good above 95% of it, critical at half of it or below.
 */
export function withRateThroughputBands(thresholds: Thresholds, rate: number): Thresholds {
  if (thresholds.requests_per_second !== DEFAULT_THRESHOLDS.requests_per_second) return thresholds
  const r = (v: number): number => Math.round(v * 100) / 100
  return { ...thresholds, requests_per_second: { warning: r(rate * 0.95), critical: r(rate * 0.5) } }
}

export type FailOn = 'critical' | 'warning' | 'never'
export const FAIL_ON_VALUES: readonly FailOn[] = ['critical', 'warning', 'never']
