import type { Target } from '../config/resolve.js';
import { type Clock } from './clock.js';
import { Recorder } from './recorder.js';
import { type ProgressSnapshot } from './progress.js';
/** What to run: one closed-loop load of `users` connections for `durationSec`. */
export interface LoadPlan {
    target: Target;
    users: number;
    durationSec: number;
    /** total requests per second the connections may send (autocannon's per-second quota) */
    rps?: number;
    timeoutSec: number;
}
export interface RunHooks {
    /** per-second snapshot for progress output */
    onProgress?: (s: ProgressSnapshot) => void;
    /** new records [from, to) since the last call, once a second and at the end (e.g. to stream the CSV) */
    onRecords?: (recorder: Recorder, from: number, to: number) => void | Promise<void>;
    /** aborting stops the load; what was recorded is kept and the outcome is marked partial */
    signal?: AbortSignal;
    recorder?: Recorder;
    clock?: Clock;
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
}
/**
 * Drives autocannon and records every request. Never prints: progress goes
 * to `hooks.onProgress`, records to `hooks.onRecords`.
 */
export declare function runLoad(plan: LoadPlan, hooks?: RunHooks): Promise<RunOutcome>;
