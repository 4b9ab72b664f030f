import type { DriftName } from '../config/drift.js';
import type { Metrics } from '../metrics/types.js';
import { type Band, type FailOn, type ThresholdName, type ThresholdUnit, type Thresholds } from '../config/thresholds.js';
export type Status = 'good' | 'warning' | 'critical';
export type Verdict = 'pass' | 'warning' | 'fail';
/** One metric against its bands. */
export interface ThresholdCheck {
    /** a threshold's name, or a soak's drift (scope `drift`) */
    name: ThresholdName | DriftName;
    /** `overall`, the endpoint's name (`GET /v1/crl`, a step's `browse/login`), or `journey browse` */
    scope: string;
    label: string;
    unit: ThresholdUnit;
    value: number;
    warning: number;
    critical: number;
    higher_is_better: boolean;
    status: Status;
    /** the requests the value was computed from (the service's memory: the samples fitted) */
    requests: number;
    /** fewer requests than `min_requests` behind the value: said, and the status is at least a warning */
    not_enough_requests?: {
        min: number;
    };
    /** set but not judged (no process watched, too few samples): a warning that says why; `value` is then 0 */
    not_judged?: {
        reason: string;
    };
}
export interface GateResult {
    checks: ThresholdCheck[];
    verdict: Verdict;
}
/**
 * The seed's bands: below `warning` is good, below `critical` is warning, at
 * or beyond `critical` is critical; for throughput the other way round.
 */
export declare function bandStatus(value: number, band: Band, higherIsBetter: boolean): Status;
/** How thresholds name a journey's scope (and its own thresholds, among the endpoints'). */
export declare const journeyScope: (name: string) => string;
/**
 * Checks the overall metrics against `thresholds` (the seed's table by
 * default), each endpoint against its own thresholds, when it has any, and
 * each journey against the journey bands of `thresholds` and its own
 * (`scoped` holds both kinds, endpoints by name, journeys by `journeyScope`).
 */
export declare function evaluateThresholds(metrics: Metrics, thresholds?: Thresholds, scoped?: Readonly<Record<string, Thresholds | undefined>>): GateResult;
export declare function verdictOf(checks: readonly Pick<ThresholdCheck, 'status'>[]): Verdict;
/** Whether the job should fail: `fail_on: critical` fails on `fail`, `warning` also on `warning`. */
export declare function gateFails(verdict: Verdict, failOn: FailOn): boolean;
