import type { Thresholds } from '../config/thresholds.js';
import type { Metrics } from '../metrics/types.js';
import { type StressVerdict } from './breaking-point.js';
import type { GateResult } from './evaluate.js';
import { type Outcome, type RunFacts, type RunRecord } from './outcome.js';
/** Everything the gate says of one finished run; the reports lay it out and decide nothing. */
export interface Judgement {
    gate: GateResult;
    outcome: Outcome;
    /** a stress ramp: where the service broke */
    stress?: StressVerdict;
}
export interface JudgeInput extends Omit<RunFacts, 'checks' | 'generatorSaturated'> {
    metrics: Pick<Metrics, 'stages' | 'generator'>;
    gate: GateResult;
    /** the overall thresholds, which a stress ramp's breaking point is judged by */
    thresholds: Thresholds;
    /** a paced ramp: its throughput is set, so a throughput plateau is no knee */
    rps?: number;
}
/** A finished run judged once: its thresholds' outcome and, for a ramp, its breaking point. */
export declare function judgeRun(input: JudgeInput): Judgement;
/** What `judgeResult` reads of a run: where it went, how it was set, and how it ended. */
interface JudgedRun {
    mode: string;
    target: {
        thresholds: Thresholds;
    };
    settings: {
        rps?: number;
    };
    outcome: {
        partial: boolean;
        abortReason?: string;
        stoppedEarly?: string;
    };
    /** stopped by a threshold's `abort_after` */
    thresholdAbort?: {
        threshold: string;
        scope: string;
        label: string;
        abort_after: number;
    };
}
/** A test's run judged: its checks against `failOn`, and the comparison with its baseline (or A) when it has one. */
export declare function judgeResult(result: JudgedRun, metrics: JudgeInput['metrics'], gate: GateResult, o: Pick<RunRecord, 'failOn' | 'baseline'>): Judgement;
/** A run's `threshold_abort` (metrics.json's shape) as the outcome reads it. */
export declare function abortFact(a: NonNullable<JudgedRun['thresholdAbort']>): NonNullable<RunRecord['thresholdAbort']>;
export {};
