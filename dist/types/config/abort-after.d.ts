import type { PerfGateConfig } from './load.js';
import type { Target } from './resolve.js';
import type { ThresholdUnit } from './thresholds.js';
/**
 * `abort_after` (k6's abortOnFail with delayAbortEval): a threshold whose
 * critical band holds every second for this long stops the run, which then
 * fails the gate. Only the metrics a single second has figures for can say
 * it: the run's length, late or dropped requests and journeys are judged on
 * the whole run.
 */
export declare const ABORTABLE_THRESHOLDS: readonly ["error_rate", "avg_response_time", "p50_response_time", "p95_response_time", "p99_response_time", "requests_per_second"];
export type AbortableThreshold = (typeof ABORTABLE_THRESHOLDS)[number];
/** Each second is judged on its own figures: a shorter `abort_after` would judge less than one. */
export declare const MIN_ABORT_AFTER_SEC = 1;
export declare function isAbortable(name: string): name is AbortableThreshold;
/** A run stopped by `abort_after`, as metrics.json `threshold_abort` records it. */
export interface ThresholdAbort {
    /** the threshold's name, `p95_response_time` */
    threshold: AbortableThreshold;
    /** `overall`, or the endpoint whose own threshold it was */
    scope: string;
    label: string;
    unit: ThresholdUnit;
    /** seconds the critical band had to hold */
    abort_after: number;
    /** the band's critical limit, in the metric's unit */
    critical: number;
    higher_is_better: boolean;
    /** the last judged second's value, in the metric's unit */
    value: number;
    /** when the critical band began to hold: wall clock (ISO 8601), and seconds into the run */
    since: string;
    since_second: number;
    /** when the run was stopped */
    at: string;
    at_second: number;
    /** an A/B run: the side whose load breached (both sides stop) */
    side?: 'A' | 'B';
}
/**
 * Refuses an `abort_after` that could never fire: one longer than the run
 * (`runSec`, the load of one run, or one side's of an A/B run). Checked with
 * the plan, before anything is sent; the message names the field as the
 * config file has it (`perf-gate.yml services.api.thresholds.…`).
 */
export declare function checkAbortAfter(target: Target, runSec: number, config: Pick<PerfGateConfig, 'source' | 'services'>): void;
