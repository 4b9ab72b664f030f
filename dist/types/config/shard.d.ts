/** Which share of a test's load one machine runs: the `index`-th of `of` (1-based). */
export interface Shard {
    index: number;
    of: number;
}
/** The most shards of one test: far more machines than any CI matrix gives one job. */
export declare const MAX_SHARDS = 256;
/** `2/4` → { index: 2, of: 4 }. */
export declare function parseShard(field: string, value: string): Shard;
/** An ISO 8601 time with its zone (2026-11-26T18:00:00Z): when every shard starts its load. */
export declare function parseStartAt(field: string, value: string, nowMs?: number): Date;
/** The `index`-th of `of` near-equal whole shares of n (they add up to n). */
export declare function shareOf(n: number, { index, of }: Shard): number;
