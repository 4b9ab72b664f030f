import { type ThresholdUnit } from './thresholds.js';
/**
 * What a baseline comparison tolerates and when it fails the gate: the
 * vocabulary the config, the faces and gate/compare.ts share.
 */
/** The metrics compared, by their metrics.json key. */
export declare const COMPARED_METRICS: readonly ["median_response_time", "p95_response_time", "requests_per_second", "error_rate"];
export type ComparedMetric = (typeof COMPARED_METRICS)[number];
/** How each compared metric is named and formatted in every view (its threshold's words; throughput counts every request sent). */
export declare const COMPARED_METRIC_VIEW: Readonly<Record<ComparedMetric, {
    label: string;
    unit: ThresholdUnit;
}>>;
/** Relative for times and throughput (0.10 = 10%), points for the error rate (0.5 = 0.5 pp). */
export declare const DEFAULT_TOLERANCES: Readonly<Record<ComparedMetric, number>>;
export type Tolerances = Partial<Record<ComparedMetric, number>>;
/** A config's `tolerances:` keys: named as thresholds are. */
export declare const TOLERANCE_NAMES: readonly ["p50_response_time", "p95_response_time", "requests_per_second", "error_rate"];
export type ToleranceName = (typeof TOLERANCE_NAMES)[number];
/** The metrics.json key a tolerance name sets. */
export declare function toleranceMetric(name: ToleranceName): ComparedMetric;
/** Fewer earlier runs than this and their spread says too little: a history baseline compares with its latest run instead. */
export declare const MIN_HISTORY_RUNS = 3;
/** Earlier runs a history baseline uses by default: the last ten of the same test. */
export declare const DEFAULT_HISTORY_RUNS = 10;
/** When a comparison fails the gate: on a regression (default), also when undecided, or never. */
export declare const FAIL_ON_REGRESSION_VALUES: readonly ["regression", "inconclusive", "never"];
export type FailOnRegression = (typeof FAIL_ON_REGRESSION_VALUES)[number];
