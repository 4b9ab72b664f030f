import type { Thresholds } from '../config/thresholds.js';
import type { ErrorType } from '../engine/error-types.js';
import type { SessionSummary } from '../engine/session/session-stats.js';
import { type LatencyHdr } from './hdr.js';
import type { HistogramBucket } from './histogram.js';
import type { StepInfo } from './session-metrics.js';
import type { EndpointErrorCount, ErrorMessageCount, Metrics, RateMetrics } from './types.js';
/**
 * What a run keeps so that runs made apart (shards of one test on several
 * machines) merge exactly: counts to add up, exact sums, minima and maxima,
 * and µs HDR histograms whose merged percentiles are those of all requests
 * together (within 0.1%), never averaged percentiles. Per-second figures are
 * keyed by wall-clock second, so shards that ran at the same time add up
 * second by second. metrics.json keeps it under `mergeable`.
 */
export interface MergeableRun {
    format: 1;
    /** which share of the load this run was: 1-based index of `of` */
    shard: {
        index: number;
        of: number;
    };
    /** wall clock, ms since 1970 */
    started_ms: number;
    ended_ms: number;
    /** seconds the run measured (its total_duration) */
    active_seconds: number;
    users: number;
    rps?: number;
    latency: MergeableLatency;
    /** paced runs: times from the actual send */
    service_time?: MergeableLatency;
    /** requests that never went out (a paced request dropped unsent; a refused connection) */
    unsent: number;
    endpoints: MergeableEndpoint[];
    seconds: MergeableSecond[];
    stages?: MergeableStage[];
    status_codes: Record<string, number>;
    error_messages: ErrorMessageCount[];
    /** the log-bucket histogram of the report: fixed edges, so counts add up */
    latency_histogram: HistogramBucket[];
    generator?: {
        event_loop_p99_ms: number;
        cpu_percent: number;
    };
    pacing?: Omit<RateMetrics, 'achieved_rps' | 'due_requests'> & {
        due: number;
        sent: number;
    };
    latency_basis: Metrics['latency_basis'];
    /** the limits this run was gated on, so that the merged run is gated on the same */
    thresholds: {
        overall: Thresholds;
        per_endpoint: Record<string, Thresholds | undefined>;
    };
    /** the whole test this run is a share of: shards of other tests do not merge */
    test: MergeableTest;
    /** requests by error type (exact; error_messages keeps the most frequent messages only) */
    error_types: Partial<Record<ErrorType, number>>;
    /** virtual users (journeys, checks, captures): their iterations and checks */
    sessions?: MergeableSessions;
}
/** The engine's `SessionSummary`, as metrics.json spells it. */
export interface MergeableSessions {
    /** virtual users that sent at least one request */
    users: number;
    journeys: MergeableJourney[];
    checks: MergeableCheck[];
}
export interface MergeableJourney {
    name: string;
    /** iterations that ran every looped step */
    iterations: number;
    /** of those, iterations with a failed request or check */
    failed: number;
    /** iterations cut short by `on_fail: restart` or `login` */
    restarted: number;
    /** times a user's once-steps failed (sent again at its next iteration); unset in files from before it was counted */
    once_failed?: number;
    /** the iterations' durations, µs (HdrHistogram V2, compressed, base64): one value per iteration */
    duration_hdr: string;
}
export interface MergeableCheck {
    /** the index of the check's endpoint (step) in `endpoints` */
    endpoint: number;
    label: string;
    passed: number;
    failed: number;
}
/** The whole test a shard belongs to, the same in each of its shards. */
export interface MergeableTest {
    users: number;
    duration: number;
    rps?: number;
    steps?: number;
    base_url: string;
    /** the endpoints' names, in order */
    endpoints: string[];
    /** --start-at, when given */
    start_at?: string;
}
export interface MergeableLatency {
    count: number;
    sum_us: number;
    min_us: number;
    max_us: number;
    /** HdrHistogram V2, compressed, base64 */
    hdr: string;
}
export interface MergeableEndpoint {
    endpoint: string;
    method: string;
    path: string;
    requests: number;
    failed: number;
    unsent: number;
    latency: MergeableLatency;
    /** the endpoint's most frequent failures (merged runs add them up: the top ones, not exact beyond them) */
    errors?: EndpointErrorCount[];
    /** a journey's step: the journey's and the step's names */
    journey?: string;
    step?: string;
    /** a step sent once in a user's life (a login) */
    once?: boolean;
    /** the mean pause after the step, seconds */
    think?: number;
}
export interface MergeableSecond {
    /** the wall-clock second (s since 1970) in which the requests ended */
    at: number;
    requests: number;
    errors: number;
    unsent: number;
    /** a connection was refused in this second; something was answered in it */
    refused: boolean;
    answered: boolean;
    /** HdrHistogram of its latencies; '' when the run kept only `quantiles` (a long run that is no shard) */
    hdr: string;
    /** p50, p95 and p99 in µs, taken from the histogram as the second closed, when `hdr` is not kept */
    quantiles?: [number, number, number];
}
export interface MergeableStage {
    stage: number;
    users: number;
    started_ms: number;
    ended_ms: number;
    requests: number;
    error_types: Partial<Record<ErrorType, number>>;
    hdr: string;
    event_loop_p99_ms: number;
    cpu_percent: number;
}
/** A run's messages and a merge's, kept alike: the most frequent first, at most MAX_MESSAGES. */
export declare function sortMessages(list: ErrorMessageCount[]): ErrorMessageCount[];
/**
 * A shard's histogram. `perf-gate merge` checks each one before merging
 * (mergeable-schema.ts); a library caller's unchecked one still ends in a
 * sentence, not in a zlib stack trace.
 */
export declare function decodedHdr(text: string): LatencyHdr;
/** metrics.json's spelling of a run's sessions, and back: the one place the two forms meet. */
export declare function mergeableSessions(s: SessionSummary): MergeableSessions;
export declare function sessionSummaryOf(m: MergeableSessions): SessionSummary;
/** A step's description as a shard writes it (journey steps only: a plain endpoint needs none). */
export declare function mergeableStep(s: StepInfo): Pick<MergeableEndpoint, 'journey' | 'step' | 'once' | 'think'>;
/** A merged endpoint's step description, as `sessionMetrics` reads it. */
export declare function stepOf(e: MergeableEndpoint): StepInfo;
