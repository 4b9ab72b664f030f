import type { LoadTestResult } from '../engine/result.js';
import { type MergeableRun, type MergeableTest } from './mergeable.js';
import type { Metrics } from './types.js';
/** A finished run's mergeable form (the run's metrics give what they already hold). */
export declare function mergeableRun(result: LoadTestResult, metrics: Metrics, shard: {
    index: number;
    of: number;
}, thresholds: MergeableRun['thresholds'], test: MergeableTest): MergeableRun;
