import { type Endpoint } from '../config/resolve.js';
import type { Recorder } from '../engine/recorder.js';
import { type MergeableRun } from './mergeable.js';
/**
 * A run kept as histograms instead of its requests (`--record histograms`,
 * the soak's default): records are folded in as they arrive, then the
 * recorder frees them. What stays is counts, exact sums and extremes, and µs
 * HdrHistograms (3 significant digits: a percentile read back is within 0.1%
 * of the exact one) for the whole run, each endpoint and each wall-clock
 * second, the last ones compressed as their second closes. Memory is that of
 * a few live histograms plus about a kilobyte a second of run, whatever the
 * rate; the form is the mergeable one, so a shard and `merge` need nothing else.
 */
export declare class RunHistograms {
    /**
     * a shard keeps each second's histogram (about 3 KB), for `merge` to add
     * up; a run of its own keeps its percentiles only (about 100 B), so a
     * 12-hour soak holds megabytes, not hundreds of them
     */
    private readonly secondHistograms;
    private readonly overall;
    private readonly service?;
    private readonly endpoints;
    /** seconds still receiving records (workers' batches arrive up to a second or two late) */
    private readonly open;
    private readonly closed;
    private readonly statusCodes;
    private readonly byErrorId;
    private readonly buckets;
    private unsent;
    private latest;
    private errorsOf?;
    constructor(endpointCount: number, 
    /** paced runs: service times (latency less the wait) too */
    paced: boolean, 
    /**
     * a shard keeps each second's histogram (about 3 KB), for `merge` to add
     * up; a run of its own keeps its percentiles only (about 100 B), so a
     * 12-hour soak holds megabytes, not hundreds of them
     */
    secondHistograms?: boolean);
    /** Folds in records [from, to) of `r`; the recorder may free them afterwards. */
    add(r: Recorder, from: number, to: number): void;
    private second;
    private closeBefore;
    /** What the run's figures are made from: the shape `metricsFromMergeable` reads. */
    figures(endpoints: readonly Endpoint[]): RunHistogramFigures;
}
export type RunHistogramFigures = Pick<MergeableRun, 'latency' | 'service_time' | 'unsent' | 'endpoints' | 'seconds' | 'status_codes' | 'error_messages' | 'error_types' | 'latency_histogram'>;
