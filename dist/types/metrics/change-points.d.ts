import type { ChangeKind } from './bootstrap.js';
/**
 * Where did a history of per-run figures (the p95 of each run of the main
 * branch, oldest first) change level? E-Divisive means (Matteson & James
 * 2014, JASA 109:334), as MongoDB (Daly et al., ICPE 2020) and Apache Otava,
 * formerly Datastax Hunter (Fleming et al., ICPE 2023), run it on CI
 * histories: univariate, α = 1 (absolute differences). Split the segment
 * with the largest Q̂ (energy-split.ts) at its best (τ, κ); keep the split
 * when the permutation test says it is significant (split-significance.ts);
 * search all segments again; stop at the first split that is not.
 *
 * Defaults: significance 0.05 per split; 99 shuffles per test, so p-values
 * come in steps of 0.01 (MongoDB and Otava use 100, the R package ecp 199:
 * each shuffle costs an O(n²) search, and 99 keeps 300 runs with three
 * changes near 40 ms); segments of at least 5 runs, so one odd run is not
 * a segment of its own; seed 0x5eed. The permutation test is chosen over
 * Hunter's t-test on the two sides of the chosen split, which ignores that
 * the split was the best of all and so calls noise a change unless its
 * level is made far stricter (Hunter's 0.001, then a merge pass); the
 * shuffles are seeded, so the same history always gives the same points.
 * Each split after a real one is another test at alpha, so noise between
 * real changes can add a small one (0.0004 to 0.0026 a run in
 * change-points-calibration.test.ts).
 *
 * Latency and throughput are searched as logs, so a 10% step is the same
 * step at 5 ms and at 500 ms and multiplicative noise is even (as given
 * when a figure is 0 or below); error rates (`kind: 'points'`) as they are.
 * Pure: numbers in, change points out.
 */
export interface ChangePointOptions {
    /** 'relative' (default): latency, throughput; changes are ratios. 'points': error rates; changes are differences */
    kind?: ChangeKind;
    /** significance level of each split's permutation test (default 0.05) */
    alpha?: number;
    /** fewest runs on each side of a change point, and in every segment (default 5, at least 2) */
    minSegment?: number;
    /** shuffles per permutation test (default 199); alpha·(permutations + 1) must be at least 1 */
    permutations?: number;
    seed?: number;
}
/** One side of a change point: the runs between it and its neighbouring change point (or the series' end). */
export interface SegmentSummary {
    /** index of the segment's first run */
    start: number;
    /** runs in the segment */
    n: number;
    /** mean of their figures */
    mean: number;
}
export interface ChangePoint {
    /** index in the series of the first run after the change */
    index: number;
    before: SegmentSummary;
    after: SegmentSummary;
    /** after.mean / before.mean − 1, or after.mean − before.mean for kind 'points' */
    change: number;
    /** 95% interval of `change`, Welch's t on the two segments (segment-change.ts) */
    ci_low: number;
    ci_high: number;
    /** the permutation test's p-value when the split was made, (1 + shuffles at least as good) / (permutations + 1) */
    p_value: number;
    /** Q̂ of the split, on the searched scale (logs for 'relative') */
    q: number;
}
export declare const CHANGE_POINT_DEFAULTS: {
    kind: ChangeKind;
    alpha: number;
    minSegment: number;
    permutations: number;
    seed: number;
};
/** The change points of `series`, in index order; none for a series shorter than 2·minSegment or without a change. */
export declare function changePoints(series: readonly number[], options?: ChangePointOptions): ChangePoint[];
