import type { MergeableRun } from '../metrics/mergeable.js';
/** A shard as `merge` read it: where it is, and its figures' clock and test. */
export interface TimedShard {
    dir: string;
    mergeable: Pick<MergeableRun, 'started_ms' | 'test'>;
}
/**
 * Shards that did not load the service together: their sum is not the load
 * of the test (a shard re-run alone, a runner that started long after the
 * others). Allowed: a few seconds, or 5% of the run.
 */
export declare function apart(shards: readonly TimedShard[]): string[];
/**
 * Shards that started this far apart are not one test at all (a clock days
 * off, a shard of last week's run): refused before anything is built, as the
 * per-second series spans every second from the first start to the last end.
 * Closer ones still merge, partial (`apart`).
 */
export declare const MAX_SHARDS_APART_MS: number;
export declare function refuseFarApart(shards: readonly TimedShard[], field: string): void;
