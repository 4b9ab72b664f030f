import type { Target } from '../config/resolve.js';
import type { Clock } from './clock.js';
import type { PacingStats } from './pacer.js';
import type { ProgressSnapshot } from './progress.js';
import type { Recorder } from './recorder.js';
import type { FeedHooks } from './run-feed.js';
import type { RunInputs } from './request-renderer.js';
import type { SessionSummary } from './session/session-stats.js';
import type { UserPool } from './session/user-pool.js';
import type { CpuMeter } from './thread-cpu.js';
/** A step of constant load; connections are only ever added between stages, never closed. */
export interface Stage {
    users: number;
    durationSec: number;
}
/** What to run: closed-loop load of each stage's `users` connections, one stage after the other. */
export interface StagePlan {
    target: Target;
    stages: Stage[];
    /** requests per second, paced evenly: each request is due at start + k/rps */
    rps?: number;
    /**
     * `open` (default): an arrival rate; requests wait for a connection (late)
     * and more connections open. `cap`: at most rps, a request with no idle
     * connection is skipped; the stages' users set the load.
     */
    pacing?: 'open' | 'cap';
    /** paced runs: the most connections to open when the target slows (none beyond the stage's users if unset) */
    maxUsers?: number;
    timeoutSec: number;
    /**
     * Paced runs on several workers: this one sends requests index, index+of,
     * index+2·of … (0-based) of the whole schedule at `rps`, so the workers'
     * requests interleave and add up to the schedule exactly.
     */
    paceShare?: {
        index: number;
        of: number;
    };
    /** data rows, captured values and this generator's share of them, for `{{…}}` placeholders */
    inputs?: RunInputs;
    /** where in the request cycle to begin: a run that goes on after another (an A/B side's next slice) keeps its mix */
    cycleStart?: number;
}
/** When each stage ran, and how busy the load generator itself was meanwhile. */
export interface StageTiming {
    index: number;
    users: number;
    startUs: number;
    endUs: number;
    /** recorder.length when the stage began: none of its requests is recorded before this */
    firstRecord: number;
    /** p99 of this process's event-loop delay during the stage */
    eventLoopP99Ms: number;
    /** CPU time of this process over wall time, in percent of one core */
    cpuPercent: number;
}
export interface RunHooks {
    /** per-second snapshot for progress output */
    onProgress?: (s: ProgressSnapshot) => void;
    /** new records [from, to) since the last call, once a second and at the end (e.g. to stream the CSV) */
    onRecords?: (recorder: Recorder, from: number, to: number) => void | Promise<void>;
    /**
     * the records of each second of load (and of the run's rest), synchronously,
     * before anything may free them: a watch judges each second on its own figures
     */
    onWindow?: FeedHooks['onWindow'];
    /**
     * After each stage: return a reason to end the run there (the rest of the
     * ramp is skipped). A promise keeps the stage's load running until it
     * settles (a worker waits for the main thread's word).
     */
    onStageEnd?: (stage: StageTiming, recorder: Recorder, all: readonly StageTiming[]) => string | undefined | Promise<string | undefined>;
    /**
     * Called once before the load starts, when a paced run's first connections
     * are open; the run starts when it settles, at the µs it gives (else now).
     * Workers start together this way.
     */
    ready?: () => Promise<number | undefined>;
    /** aborting stops the load; what was recorded is kept and the outcome is marked partial */
    signal?: AbortSignal;
    recorder?: Recorder;
    clock?: Clock;
    /**
     * virtual users that go on from an earlier run (an A/B side's slices:
     * logged in once, cookies kept); single-threaded runs only
     */
    userPool?: UserPool;
    /** the generator's CPU time (default process.cpuUsage; a worker thread counts its own) */
    cpu?: CpuMeter;
    /** free records once `onRecords` took them (a worker thread sends them on and keeps no copy) */
    releaseTaken?: boolean;
    /** call `onStageEnd` only once `onRecords` took the stage's records (a worker's are judged elsewhere) */
    recordsBeforeStageEnd?: boolean;
}
export interface RunOutcome {
    recorder: Recorder;
    /** wall-clock ms of the first request and of the end of the load */
    startedAtMs: number;
    endedAtMs: number;
    /** µs on the recorder's clock */
    startUs: number;
    endUs: number;
    partial: boolean;
    /** why the run was stopped before its end, when it was */
    abortReason?: string;
    /** the stages that ran (one for a load test) */
    stages: StageTiming[];
    /** why a ramp ended before its last stage, when `onStageEnd` asked for it */
    stoppedEarly?: string;
    /** paced runs: what was asked, sent, late and dropped */
    pacing?: PacingOutcome;
    /**
     * A/B runs: when this side's load ran (µs), between which the other side's
     * did. Its throughput divides by their total; its time series skips the gaps.
     */
    slices?: {
        startUs: number;
        endUs: number;
    }[];
    /** --workers: CPU of the main thread (merging records, the CSV) over the run, % of one core */
    mainThreadCpuPercent?: number;
    /** data rows each load generator used (by worker index), for a run that goes on after this one */
    dataTaken?: number[];
    /** the request cycle position the next request would have taken, for a run that goes on after this one */
    cycleNext?: number;
    /** virtual users (journeys, checks): iterations, their durations, and how each check fared */
    sessions?: SessionSummary;
}
export interface PacingOutcome extends PacingStats {
    /** connections allowed, and opened at most */
    maxUsers: number;
    usersReached: number;
}
/**
 * Drives autocannon and records every request. Each stage adds the
 * connections it needs on top of the ones already open, so load never drops
 * between stages. At the end nothing new is sent and requests in flight are
 * finished, so every request the target received is recorded. Never prints:
 * progress goes to `hooks.onProgress`, records to `hooks.onRecords`.
 */
export declare function runStages(plan: StagePlan, hooks?: RunHooks): Promise<RunOutcome>;
