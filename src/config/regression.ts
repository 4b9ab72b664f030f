import { THRESHOLD_DEFINITIONS, type ThresholdName, type ThresholdUnit } from './thresholds.js'

/**
 * What a baseline comparison tolerates and when it fails the gate: the
 * vocabulary the config, the faces and gate/compare.ts share.
 */

/** The metrics compared, by their metrics.json key. */
export const COMPARED_METRICS = [
  'median_response_time',
  'p95_response_time',
  'requests_per_second',
  'error_rate'
] as const
export type ComparedMetric = (typeof COMPARED_METRICS)[number]

/** How each compared metric is named and formatted in every view (its threshold's words; throughput counts every request sent). */
export const COMPARED_METRIC_VIEW: Readonly<Record<ComparedMetric, { label: string; unit: ThresholdUnit }>> =
  {
    median_response_time: { label: 'Median response time', unit: 'seconds' },
    p95_response_time: { label: '95th percentile', unit: 'seconds' },
    requests_per_second: { label: 'Throughput', unit: 'rps' },
    error_rate: { label: 'Error rate', unit: 'percent' }
  }

/** Relative for times and throughput (0.10 = 10%), points for the error rate (0.5 = 0.5 pp). */
export const DEFAULT_TOLERANCES: Readonly<Record<ComparedMetric, number>> = {
  median_response_time: 0.1,
  p95_response_time: 0.1,
  requests_per_second: 0.1,
  error_rate: 0.5
}

export type Tolerances = Partial<Record<ComparedMetric, number>>

/** A config's `tolerances:` keys: named as thresholds are. */
export const TOLERANCE_NAMES = [
  'p50_response_time',
  'p95_response_time',
  'requests_per_second',
  'error_rate'
] as const satisfies readonly ThresholdName[]
export type ToleranceName = (typeof TOLERANCE_NAMES)[number]

/** The metrics.json key a tolerance name sets. */
export function toleranceMetric(name: ToleranceName): ComparedMetric {
  // the comparison's throughput is every request sent per window; the threshold's is the successful ones
  if (name === 'requests_per_second') return 'requests_per_second'
  return THRESHOLD_DEFINITIONS[name].metric as ComparedMetric
}

/** Fewer earlier runs than this and their spread says too little: a history baseline compares with its latest run instead. */
export const MIN_HISTORY_RUNS = 3

/** Earlier runs a history baseline uses by default: the last ten of the same test. */
export const DEFAULT_HISTORY_RUNS = 10

/** When a comparison fails the gate: on a regression (default), also when undecided, or never. */
export const FAIL_ON_REGRESSION_VALUES = ['regression', 'inconclusive', 'never'] as const
export type FailOnRegression = (typeof FAIL_ON_REGRESSION_VALUES)[number]
