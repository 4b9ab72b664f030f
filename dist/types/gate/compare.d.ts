/**
 * Baseline comparison that a noisy CI runner cannot fool: a metric changed
 * only when the change is both statistically significant (p < alpha) and
 * larger than a practical tolerance. Latency uses the Mann–Whitney U test on
 * per-request samples, throughput the same test on per-second rates, errors
 * a two-proportion z-test.
 */
export interface CompareOptions {
    /** significance level (default 0.01) */
    alpha?: number;
    /** relative change that matters for times and throughput (default 0.10 = 10%) */
    tolerance?: number;
    /** absolute change of error rate, in percentage points, that matters (default 0.5) */
    errorTolerancePp?: number;
}
export type Change = 'regression' | 'improvement' | 'no_change';
export interface MetricComparison {
    metric: string;
    baseline: number;
    current: number;
    /** (current − baseline) / baseline, or the difference in points for the error rate */
    change: number;
    p_value: number;
    verdict: Change;
    test: 'mann_whitney_u' | 'two_proportion_z';
}
export interface Comparison {
    verdict: Change;
    alpha: number;
    tolerance: number;
    metrics: MetricComparison[];
}
export interface RunSample {
    /** per-request latencies in seconds (a sample is enough) */
    latencies: number[];
    /** completed requests per second, one value per second of the run */
    rps: number[];
    total: number;
    failed: number;
}
/**
 * Complementary error function (Numerical Recipes' erfcc: relative error
 * below 1.2e-7 everywhere, so small p-values stay meaningful; the table
 * behind simple-statistics' normal CDF stops at p = 0.002).
 */
export declare function erfc(x: number): number;
/** Two-sided p-value of the Mann–Whitney U test (normal approximation with tie correction). */
export declare function mannWhitneyP(a: readonly number[], b: readonly number[]): number;
/** Two-sided p-value that two failure proportions differ. */
export declare function twoProportionP(f1: number, n1: number, f2: number, n2: number): number;
export declare function compareRuns(baseline: RunSample, current: RunSample, o?: CompareOptions): Comparison;
