import type { StageMetrics } from '../metrics/stages.js';
import { type Status } from './evaluate.js';
import type { Thresholds } from '../config/thresholds.js';
export type BreakReason = 'error_rate' | 'p95_response_time' | 'throughput_plateau';
export interface BreakingPoint {
    stage: number;
    users: number;
    rps: number;
    reason: BreakReason;
    /** the reason in words, with the numbers */
    detail: string;
}
export interface StressVerdict {
    breaking_point?: BreakingPoint;
    /** the last good stage before the break (or the last stage when nothing broke) */
    max_sustainable?: {
        stage: number;
        users: number;
        rps: number;
        p95: number;
    };
    /** stages where the load generator, not the service, was the limit */
    generator_bound_stages: number[];
    /** one sentence for people */
    conclusion: string;
}
/**
 * A knee: more users but (almost) no more throughput, while latency climbs.
 * In a closed loop an unsaturated service answers `u` times the users with
 * about `u` times the throughput; a saturated one with the same throughput
 * and `u` times the latency (Little's law).
 */
export declare function isKnee(prev: StageMetrics, cur: StageMetrics): boolean;
/** A stage's status against the error-rate and p95 bands. */
export declare function stageStatus(s: StageMetrics, t: Thresholds): Status;
/**
 * How stages are judged. Under a fixed rate (`--rps`) throughput is flat by
 * design, so a knee says nothing and is not looked for.
 */
export interface BreakOptions {
    /** look for a throughput knee (default true) */
    knee?: boolean;
}
/** The reason a stage breaks the service, if it does: critical thresholds first, then the knee. */
export declare function breakReason(s: StageMetrics, prev: StageMetrics | undefined, t: Thresholds, o?: BreakOptions): BreakingPoint | undefined;
/** Where the service broke, judged only from stages the generator could drive. */
export declare function findBreakingPoint(stages: readonly StageMetrics[], t: Thresholds, o?: BreakOptions): StressVerdict;
