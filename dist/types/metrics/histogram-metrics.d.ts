import type { LoadTestResult } from '../engine/result.js';
import { type MergeableRun, type MergeableTest } from './mergeable.js';
import type { RunHistograms } from './run-histograms.js';
import type { Metrics } from './types.js';
/** How metrics.json and the report say where a histogram run's percentiles come from. */
export declare const HISTOGRAM_NOTE = "percentiles from \u00B5s HdrHistograms (3 significant digits): each within 0.1% of the exact value on the same requests";
/**
 * Every figure of a run kept as histograms (`--record histograms`): the same
 * keys as a run kept request by request, its percentiles from the histograms
 * (said under `recording`), its per-second series by wall-clock second.
 */
export declare function metricsFromHistograms(result: LoadTestResult, h: RunHistograms): Metrics;
/** A histogram run in the mergeable form (a shard's, for `merge`; or the run's own, for its figures). */
export declare function mergeableOfHistograms(result: LoadTestResult, h: RunHistograms, shard: MergeableRun['shard'], thresholds: MergeableRun['thresholds'], test: MergeableTest): MergeableRun;
