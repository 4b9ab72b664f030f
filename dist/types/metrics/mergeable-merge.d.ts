import { type MergeableRun } from './mergeable.js';
/**
 * Runs made apart as one: shards of one test (each a share of the users and
 * the rate, at the same time), merged. The shard figures become those of the
 * whole: `{ index: 1, of: 1 }`.
 */
export declare function mergeRuns(runs: readonly MergeableRun[]): MergeableRun;
