import type { FailOn } from '../config/thresholds.js';
import type { FinishedRun } from './perform-test.js';
export interface MergeOptions {
    outputDir?: string;
    /**
     * which verdict fails the merged run (default critical): not the shards'
     * own, which is usually `never` so that only the whole is gated
     */
    failOn?: FailOn;
    /** how the face names the run directories in its messages */
    field?: string;
    /** how the face names the output folder in its messages (default `outputDir`, the library's option) */
    outputLabel?: string;
}
/**
 * A merged run, read as any finished run: partial (exit 3) when a shard is
 * missing, stopped early or out of step, and `abortReason` says which.
 */
export interface MergeReport extends FinishedRun {
    /** shards merged, of how many the test had */
    shards: {
        merged: number;
        of: number;
    };
}
/**
 * `perf-gate merge`: shards of one test (each run with `--shard I/N`, on
 * its own machine, at the same time) as one run directory. Counts add up,
 * percentiles come from the merged histograms, the per-second series adds
 * the shards second by second, and one gate judges the whole.
 */
export declare function mergeShardRuns(paths: readonly string[], options?: MergeOptions): Promise<MergeReport>;
