import { type MergeableRun } from './mergeable.js';
import type { Metrics } from './types.js';
/** Every figure of metrics.json, of a merged run: the same keys as a run's own. */
export declare function metricsFromMergeable(m: MergeableRun, testName: string): Metrics;
