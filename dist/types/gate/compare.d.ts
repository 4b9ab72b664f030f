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
    /** why the two runs may not be comparable (other service, mode, users or duration) */
    warnings?: string[];
}
export interface RunSample {
    /** per-request latencies in seconds (a sample is enough) */
    latencies: number[];
    /** completed requests per second, one value per second of the run */
    rps: number[];
    total: number;
    failed: number;
    /**
     * The run's own figures (metrics.json): shown as baseline and current and
     * used for the change, so a comparison quotes the same numbers as every
     * other view. The tests still run on the samples above.
     */
    headline?: {
        median: number;
        p95: number;
        rps: number;
    };
}
/** What decides whether two runs measure the same thing: metrics.json's service, mode and config. */
export interface RunIdentity {
    service: string;
    mode: string;
    config: {
        users: number;
        duration: number;
        max_users?: number;
        ramp_up?: number;
        steps?: number;
        rps?: number;
    };
}
/** Differences that make a comparison of two runs suspect; empty when they measured the same thing. */
export declare function comparabilityWarnings(baseline: RunIdentity, current: RunIdentity): string[];
export declare function compareRuns(baseline: RunSample, current: RunSample, o?: CompareOptions): Comparison;
