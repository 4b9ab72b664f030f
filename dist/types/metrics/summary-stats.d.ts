/**
 * Latency statistics of an array of microseconds. Percentiles use linear
 * interpolation between closest ranks (R-7, numpy's default), as
 * simple-statistics ≥ 7.8.9 does: p95 of 1..10 is 9.55.
 */
export interface LatencySummary {
    /** all in seconds */
    average: number;
    median: number;
    p95: number;
    p99: number;
    min: number;
    max: number;
}
export declare const EMPTY_SUMMARY: LatencySummary;
/** Summarizes `values` (µs), reordering them in place. */
export declare function summarizeUs(values: Uint32Array): LatencySummary;
/**
 * R-7 quantiles `ps` (ascending, each in [0, 1]) of `values`, which are
 * reordered in place. Selection (Floyd–Rivest) costs O(n) where a sort costs
 * O(n log n); the figures are exactly those of simple-statistics'
 * quantileSorted on the sorted values.
 */
export declare function quantilesInPlace(values: Uint32Array, ps: readonly number[]): number[];
/** µs → seconds, kept to the microsecond. */
export declare function seconds(us: number): number;
export declare function round(value: number, digits: number): number;
/** Percent of part in whole, 0 when whole is 0. */
export declare function percent(part: number, whole: number): number;
