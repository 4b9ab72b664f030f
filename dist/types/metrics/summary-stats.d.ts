/**
 * Latency statistics over a sorted array of microseconds. Percentiles use
 * linear interpolation between closest ranks (R-7, numpy's default), as
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
export declare function summarizeSortedUs(sorted: ArrayLike<number>): LatencySummary;
/** µs → seconds, kept to the microsecond. */
export declare function seconds(us: number): number;
export declare function round(value: number, digits: number): number;
/** Percent of part in whole, 0 when whole is 0. */
export declare function percent(part: number, whole: number): number;
