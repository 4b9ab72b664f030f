import { type ErrorType } from '../engine/error-types.js';
import type { StageTiming } from '../engine/load-runner.js';
import type { Recorder } from '../engine/recorder.js';
/** The load generator is the bottleneck above these: its numbers no longer describe the service. */
export declare const GENERATOR_LIMITS: Readonly<{
    eventLoopP99Ms: 50;
    cpuPercent: 90;
}>;
/** Beyond GENERATOR_LIMITS: the figures include the generator's own delay. */
export declare function generatorSaturated(g: {
    event_loop_p99_ms: number;
    cpu_percent: number;
}): boolean;
/** One stress stage (times in seconds, error_rate in percent). */
export interface StageMetrics {
    stage: number;
    users: number;
    /** seconds from the start of the run to the start of the stage */
    start: number;
    duration: number;
    requests: number;
    rps: number;
    p50: number;
    p95: number;
    p99: number;
    error_rate: number;
    error_types: Partial<Record<ErrorType, number>>;
    /** the generator's own event-loop delay p99 (ms) and CPU (% of a core) during the stage */
    generator: {
        event_loop_p99_ms: number;
        cpu_percent: number;
    };
    /** the generator saturated: this stage cannot tell where the service breaks */
    generator_bound: boolean;
}
/**
 * Per-stage metrics; a request belongs to the stage in which it was sent.
 * `fromRecord` skips records older than the first stage asked for, so a
 * check of the last two stages during a run does not rescan the whole run.
 */
export declare function stageMetrics(recorder: Recorder, timings: readonly StageTiming[], runStartUs?: number, fromRecord?: number, 
/** a buffer of at least recorder.length to group latencies in, instead of a new one */
scratch?: Uint32Array): StageMetrics[];
