import { type ChangeKind, type WindowSeries } from '../metrics/bootstrap.js';
import { type ComparedMetric, type FailOnRegression, type Tolerances } from '../config/regression.js';
import type { TimePoint } from '../metrics/types.js';
import type { LooksView } from './sequential.js';
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
    /** an A/B run's sides ran at once (ab --pairing duet): a pair of slices takes one slice's time, not two */
    duet?: boolean;
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
    /** the smallest change this comparison would have caught 4 times in 5 (detectableChange); unset without an interval */
    detectable_change?: number;
}
/** How a comparison was made: per-second figures of two runs, A/B slice pairs, or a history's spread. */
export declare const COMPARISON_METHODS: readonly ["block_bootstrap", "paired_slices", "run_history"];
export type ComparisonMethod = (typeof COMPARISON_METHODS)[number];
export interface Comparison {
    /** regression if any metric regressed, else inconclusive if any is, else improvement if any, else no change */
    verdict: ChangeVerdict;
    /**
     * `block_bootstrap`: two runs, resampled by blocks of seconds; `paired_slices`:
     * an A/B run, by pairs of slices; `run_history`: this run against the spread of
     * earlier runs' figures (a prediction interval)
     */
    method: ComparisonMethod;
    level: number;
    /** windows each side contributed (seconds, or slices for A/B; for a history, its runs and this run's seconds) */
    windows: {
        baseline: number;
        current: number;
    };
    /** `run_history`: the earlier runs that formed the baseline */
    history?: HistoryView;
    metrics: MetricComparison[];
    /** why the two runs may not be comparable (other service, mode, users or duration) */
    warnings?: string[];
    /** the level of each step's intervals (rows with `endpoint`): Bonferroni over the steps, so k steps raise no more false alarms than one run */
    step_level?: number;
    /** an A/B run under --max-duration: the looks it made and why it stopped */
    looks?: LooksView;
}
/** The runs a history baseline was made of: how many, and the first and last of them. */
export interface HistoryView {
    runs: number;
    first: HistoryRunRef;
    last: HistoryRunRef;
}
/** A run of a history, as people find it again: its name and time, and its commit when it recorded one. */
export interface HistoryRunRef {
    run: string;
    commit?: string;
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
interface MetricRule {
    kind: ChangeKind;
    worse: 'up' | 'down';
    /**
     * A/B runs: `ratios`, the trimmed mean of each pair's ratio (times: a burst
     * in one slice is set aside); `sums`, each side's figure over the resampled
     * pairs (throughput and errors: a slice in which B sent nothing, or failed
     * throughout, must count in full)
     */
    pairs: 'ratios' | 'sums';
    /** latency: trimmed mean of the windows' figure; rates: Σnum / Σden */
    trim: number;
    series(windows: readonly Window[]): WindowSeries;
}
/** How a metric is judged: which way is worse, relative or in points, and its per-window series. */
export declare function metricRule(metric: ComparedMetric): Pick<MetricRule, 'kind' | 'worse' | 'series'>;
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
