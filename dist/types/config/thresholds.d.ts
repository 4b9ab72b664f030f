/**
 * The metrics a threshold can watch, their units and direction, and the
 * seed's default bands (spec "Performance Thresholds").
 */
export declare const THRESHOLD_NAMES: readonly ["error_rate", "avg_response_time", "p50_response_time", "p95_response_time", "p99_response_time", "requests_per_second", "late_requests", "dropped_requests", "run_completion", "check_pass_rate", "p50_journey_duration", "p95_journey_duration", "p99_journey_duration", "iterations_per_second", "rss_growth_per_hour"];
/** Thresholds that judge a journey (each journey, from the service's bands, or its own). */
export declare const JOURNEY_THRESHOLDS: readonly ["p50_journey_duration", "p95_journey_duration", "p99_journey_duration", "iterations_per_second"];
/**
 * Thresholds on the service's own process (`--start`, `--watch-pid`), not on
 * its requests: judged once per run, never per endpoint, with no minimum of requests.
 */
export declare const SERVICE_THRESHOLDS: readonly ["rss_growth_per_hour"];
export type ThresholdName = (typeof THRESHOLD_NAMES)[number];
export type ThresholdUnit = 'percent' | 'seconds' | 'rps' | 'bytes_per_hour';
/** The metrics.json key each threshold reads, its unit and its direction. */
export interface ThresholdDefinition {
    metric: 'error_rate' | 'average_response_time' | 'median_response_time' | 'p95_response_time' | 'p99_response_time' | 'successful_requests_per_second' | 'late_request_rate' | 'dropped_request_rate' | 'run_completion' | 'check_pass_rate' | 'median_duration' | 'p95_duration' | 'p99_duration' | 'iterations_per_second' | 'resources.rss_trend.ci_low';
    label: string;
    unit: ThresholdUnit;
    /** throughput: more is better, so the bands run the other way */
    higherIsBetter: boolean;
}
export declare const THRESHOLD_DEFINITIONS: Record<ThresholdName, ThresholdDefinition>;
/** Warning and critical limits in the metric's own unit (percent, seconds, req/s, bytes per hour). */
export interface Band {
    warning: number;
    critical: number;
    /**
     * seconds: stop the run once the critical band has held every second for
     * this long (only for the thresholds of ABORTABLE_THRESHOLDS; see abort-after.ts)
     */
    abort_after?: number;
}
export type Thresholds = Partial<Record<ThresholdName, Band>> & {
    /** fewer requests than this behind a check: "not enough requests", at least a warning */
    min_requests?: number;
};
/**
 * A percentile or a rate of a handful of requests says little: a check
 * judged on fewer requests is at least a warning. 20 is the fewest for which
 * a p95 is not simply the slowest request.
 */
export declare const DEFAULT_MIN_REQUESTS = 20;
/**
 * The seed's table: error rate 1%/5%, average 1s/3s, p95 2s/5s, throughput
 * 10/1 req/s; then what the seed could not see: under --rps, late requests
 * 10%/30% and dropped ones 1%/5% of those due; a load test that ran 90% of
 * its duration or less (its data used up) is a warning.
 */
export declare const DEFAULT_THRESHOLDS: Readonly<Thresholds>;
/**
 * Under a fixed rate the seed's throughput bands (above 10 req/s good) judge
 * the rate asked for, not the service: `--rps 5` would always warn. Unless
 * the config sets throughput bands of its own, a paced load test's follow
 * the rate: good above 95% of it, critical at half of it or below.
 */
export declare function withRateThroughputBands(thresholds: Thresholds, rate: number): Thresholds;
export type FailOn = 'critical' | 'warning' | 'never';
export declare const FAIL_ON_VALUES: readonly FailOn[];
