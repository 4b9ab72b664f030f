/**
 * Latency histogram on fixed log-spaced bucket edges (10 per decade, from
 * 10 µs to 100 s). Fixed edges make histograms of different runs mergeable
 * by adding counts, and keep the report's histogram chart to a few dozen bars.
 */
export interface HistogramBucket {
    /** lower and upper edge in seconds; the bucket holds lower ≤ t < upper */
    from: number;
    to: number;
    count: number;
}
export declare function bucketEdgeUs(k: number): number;
export declare const BUCKETS: number;
/** The bucket of a latency; latencies outside 10 µs–100 s land in the end buckets. */
export declare function bucketOf(us: number): number;
export declare function latencyHistogram(latenciesUs: ArrayLike<number>): HistogramBucket[];
/** Bucket counts (by bucketOf) as the buckets from the first to the last non-empty one. */
export declare function bucketsOf(counts: readonly number[]): HistogramBucket[];
