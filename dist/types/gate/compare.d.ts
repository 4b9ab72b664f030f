import { type ComparedMetric, type FailOnRegression, type Tolerances } from '../config/regression.js';
import type { TimePoint } from '../metrics/types.js';
import { type ChangeVerdict } from './judge-change.js';
/**
 * Baseline comparison that a noisy CI runner cannot fool. Each metric's
 * change comes with a 95% interval from per-window figures (a second of a
 * run, or a slice of an A/B run), and counts only when the whole interval
 * lies beyond a practical tolerance; an interval that straddles a tolerance
 * bound is `inconclusive`, with the run length that would decide.
 */
export type { ChangeVerdict } from './judge-change.js';
export { COMPARED_METRICS, DEFAULT_TOLERANCES, FAIL_ON_REGRESSION_VALUES } from '../config/regression.js';
export type { ComparedMetric, FailOnRegression, Tolerances } from '../config/regression.js';
export interface CompareOptions {
    /** per metric; unset ones take DEFAULT_TOLERANCES */
    tolerances?: Tolerances;
    /** confidence level of the intervals (default 0.95) */
    level?: number;
}
export interface MetricComparison {
    metric: ComparedMetric;
    /** a journey's step (`journey/step`) this row judges alone; unset: the whole run */
    endpoint?: string;
    /** each run's own figure (metrics.json), as every other view quotes it */
    baseline: number;
    current: number;
    /** the change of the per-window figures: relative, or in points for the error rate */
    change: number;
    /** the 95% interval of the change; null when there were too few windows for one */
    ci_low: number | null;
    ci_high: number | null;
    tolerance: number;
    verdict: ChangeVerdict;
    /** inconclusive: seconds of run (a side, for A/B) that would decide if the change held; null when none would */
    seconds_to_decide?: number | null;
}
export interface Comparison {
    /** regression if any metric regressed, else inconclusive if any is, else improvement if any, else no change */
    verdict: ChangeVerdict;
    /** `block_bootstrap`: two runs, resampled by blocks of seconds; `paired_slices`: an A/B run, by pairs of slices */
    method: 'block_bootstrap' | 'paired_slices';
    level: number;
    /** windows each side contributed (seconds, or slices for A/B) */
    windows: {
        baseline: number;
        current: number;
    };
    metrics: MetricComparison[];
    /** why the two runs may not be comparable (other service, mode, users or duration) */
    warnings?: string[];
    /** the level of each step's intervals (rows with `endpoint`): Bonferroni over the steps, so k steps raise no more false alarms than one run */
    step_level?: number;
}
/** One window of a run: what the comparison reads of a second (or a slice). */
export interface Window {
    requests: number;
    /** requests that went out (a paced request dropped unsent did not): the throughput */
    sent: number;
    errors: number;
    /** seconds */
    p50: number;
    p95: number;
    /** length in seconds (1 for a full second) */
    seconds: number;
}
/** A run as the comparison sees it: its windows and its own headline figures. */
export interface RunWindows {
    windows: Window[];
    headline: Record<ComparedMetric, number>;
}
/** The full seconds of a run's time series (the last, shorter one is left out) and its figures. */
export declare function runWindows(run: {
    timeseries: readonly TimePoint[];
} & Record<ComparedMetric, number>): RunWindows;
/** A whole second of a run's series as a comparison window. */
export declare function secondWindow(p: TimePoint): Window;
export declare function headline(run: Record<ComparedMetric, number>): Record<ComparedMetric, number>;
/** Two runs made apart (a baseline from an earlier job, this job's run). */
export declare function compareRuns(baseline: RunWindows, current: RunWindows, o?: CompareOptions): Comparison;
/** Fewer slice pairs than this and an A/B comparison gives no verdict. */
export declare const MIN_PAIRS = 5;
/** An A/B run: slices of each side run back to back, in pairs. Headlines are each side's whole figures. */
export declare function compareSlices(pairs: readonly {
    baseline: Window;
    current: Window;
}[], headlines: {
    baseline: RunWindows['headline'];
    current: RunWindows['headline'];
}, o?: CompareOptions): Comparison;
/**
 * Share of pairs cut from each end of the per-pair ratios: a burst of noise
 * that hits one slice of a pair and not the other is set aside.
 */
export declare const PAIR_TRIM = 0.2;
/**
 * The comparison's verdict from its rows. A step's row counts when it
 * decided (a regressed step fails the run as the run would); a step left
 * undecided does not make the whole run so, as a step has fewer requests
 * than the run and is undecided more often.
 */
export declare function overall(metrics: readonly MetricComparison[]): ChangeVerdict;
/** Whether a comparison fails the gate under `when`. */
export declare function regressionFails(cmp: {
    metrics: readonly Pick<MetricComparison, 'verdict' | 'endpoint'>[];
}, when: FailOnRegression): boolean;
