/**
 * The metrics a threshold can watch, their units and direction, and the
 * seed's default bands (spec "Performance Thresholds").
 */
export declare const THRESHOLD_NAMES: readonly ["error_rate", "avg_response_time", "p50_response_time", "p95_response_time", "p99_response_time", "requests_per_second"];
export type ThresholdName = (typeof THRESHOLD_NAMES)[number];
export type ThresholdUnit = 'percent' | 'seconds' | 'rps';
/** The metrics.json key each threshold reads, its unit and its direction. */
export interface ThresholdDefinition {
    metric: 'error_rate' | 'average_response_time' | 'median_response_time' | 'p95_response_time' | 'p99_response_time' | 'successful_requests_per_second';
    label: string;
    unit: ThresholdUnit;
    /** throughput: more is better, so the bands run the other way */
    higherIsBetter: boolean;
}
export declare const THRESHOLD_DEFINITIONS: Record<ThresholdName, ThresholdDefinition>;
/** Warning and critical limits in the metric's own unit (percent, seconds, req/s). */
export interface Band {
    warning: number;
    critical: number;
}
export type Thresholds = Partial<Record<ThresholdName, Band>>;
/** The seed's table: error rate 1%/5%, average 1s/3s, p95 2s/5s, throughput 10/1 req/s. */
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
