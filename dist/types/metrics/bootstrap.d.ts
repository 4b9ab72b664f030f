/**
 * Confidence intervals for the change of a metric between two runs, from
 * per-window figures (one window = one second of a run, or one slice of an
 * A/B run). Requests of one run are not independent (they share the
 * machine's state), so every test on per-request samples is overconfident;
 * windows are close to independent, and a block bootstrap keeps what
 * dependence is left between neighbouring windows.
 *
 * Pure numbers in, intervals out (gate/judge-change.ts turns them into verdicts). Seeded: the same inputs
 * always give the same interval, so a CI job can be re-run to the same answer.
 */
/** One metric of one run (or one side of an A/B run), window by window: value = Σnum / Σden. */
export interface WindowSeries {
    num: readonly number[];
    den: readonly number[];
}
/** How a change is expressed: relative (current / baseline − 1) or a difference in points (error rate). */
export type ChangeKind = 'relative' | 'points';
export interface ChangeInterval {
    /** the change on the full data */
    estimate: number;
    /** the bounds of the interval at `level` */
    low: number;
    high: number;
}
export interface BootstrapOptions {
    /**
     * 0 (default): the statistic is Σnum/Σden over the windows (a rate, an
     * error ratio). Above 0: the mean of the windows' num/den with this share
     * cut from each end, so one hiccup second moves a latency comparison no
     * more than its neighbours do.
     */
    trim?: number;
    /** confidence level of the interval (default 0.95) */
    level?: number;
    /** bootstrap replicates (default 2000) */
    replicates?: number;
    seed?: number;
}
/** Fewer windows than this on a side and no verdict is given: with 5 per side, 6% of A/A comparisons on autocorrelated data called a regression. */
export declare const MIN_WINDOWS = 10;
/** Block length for n windows: n^(1/3), the usual order for a moving-block bootstrap of a mean. */
export declare function blockLength(n: number): number;
/** Mean of `values` without the lowest and highest `trim` share (values are sorted in place). */
export declare function trimmedMean(values: Float64Array, trim: number): number;
/**
 * The change from `baseline` to `current`, two independent runs, with a
 * percentile interval from a circular block bootstrap of each run's windows.
 */
export declare function independentChange(baseline: WindowSeries, current: WindowSeries, kind: ChangeKind, options?: BootstrapOptions): ChangeInterval;
/** One A/B pair of slices run back to back: the baseline side's windows and the current side's. */
export interface SlicePair {
    baseline: WindowSeries;
    current: WindowSeries;
}
/**
 * The change from baseline to current in an A/B run, with a percentile
 * interval from resampling whole pairs of slices: drift and neighbours' noise
 * that hit both sides of a pair cancel out instead of widening the interval.
 */
export declare function pairedChange(pairs: readonly SlicePair[], kind: ChangeKind, options?: BootstrapOptions): ChangeInterval;
/**
 * The relative change from baseline to current in an A/B run, pair by pair:
 * each pair's log ratio current/baseline of its statistic (Σnum/Σden of the
 * slice), then the trimmed mean of those. Noise that hits both slices of a
 * pair (drift, a busy neighbour for seconds) cancels in each ratio; a burst
 * that hits one slice alone makes one outlying pair, which the trimming sets
 * aside instead of letting it widen the interval. The interval resamples
 * pairs in moving blocks (what dependence is left between neighbouring
 * pairs stays in the resamples). Pairs where a side has no figure (no
 * request in a slice) are left out.
 */
export declare function pairedRatioChange(pairs: readonly SlicePair[], options?: BootstrapOptions): ChangeInterval & {
    pairs: number;
};
