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
  'requests_per_second'
] as const

export type ThresholdName = (typeof THRESHOLD_NAMES)[number]

export type ThresholdUnit = 'percent' | 'seconds' | 'rps'

/** The metrics.json key each threshold reads, its unit and its direction. */
export interface ThresholdDefinition {
  metric:
    | 'error_rate'
    | 'average_response_time'
    | 'median_response_time'
    | 'p95_response_time'
    | 'p99_response_time'
    | 'successful_requests_per_second'
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
  }
}

/** Warning and critical limits in the metric's own unit (percent, seconds, req/s). */
export interface Band {
  warning: number
  critical: number
}

export type Thresholds = Partial<Record<ThresholdName, Band>>

/** The seed's table: error rate 1%/5%, average 1s/3s, p95 2s/5s, throughput 10/1 req/s. */
export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  error_rate: { warning: 1, critical: 5 },
  avg_response_time: { warning: 1, critical: 3 },
  p95_response_time: { warning: 2, critical: 5 },
  requests_per_second: { warning: 10, critical: 1 }
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
