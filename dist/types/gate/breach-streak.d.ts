import { type AbortableThreshold } from '../config/abort-after.js';
import { type Band, type ThresholdUnit, type Thresholds } from '../config/thresholds.js';
/** A threshold with `abort_after`, in one scope: the run stops once its critical band holds that long. */
export interface BreachRule {
    name: AbortableThreshold;
    /** `overall`, or the endpoint whose own threshold it is */
    scope: string;
    /** the endpoint's index among the target's (the recorder's), unset for every request */
    endpoint?: number;
    label: string;
    unit: ThresholdUnit;
    band: Band;
    higherIsBetter: boolean;
    /** seconds the critical band must hold */
    abortAfter: number;
}
/** One judged second of one scope: what completed in it (several short windows' together). */
export interface SecondFigures {
    seconds: number;
    requests: number;
    failed: number;
    /** µs, of every request that completed (reordered when a percentile is taken) */
    latenciesUs: Uint32Array;
}
/** A sustained breach: the rule, since when (wall clock, ms) and its last second's value. */
export interface Breach {
    rule: BreachRule;
    sinceMs: number;
    atMs: number;
    value: number;
}
/**
 * The value a rule judges in one second, in the threshold's unit; undefined
 * when the second has none: no request completed, so there is no response
 * time or error rate to judge (throughput is then 0, which is judged).
 */
export declare function secondValue(name: AbortableThreshold, f: SecondFigures): number | undefined;
/**
 * One rule's streak of critical seconds. A second in the critical band
 * starts or lengthens it; a good or warning one ends it; a second with
 * nothing to judge (no request completed: a service that hangs) neither
 * breaks it nor starts one, but its time counts while a streak runs.
 */
export declare class BreachStreak {
    readonly rule: BreachRule;
    /** when the streak began (ms), and the seconds of load it has lasted */
    private since?;
    private last;
    constructor(rule: BreachRule);
    /** The second that ended at `nowMs`; the breach once the critical band has held `abortAfter`. */
    observe(f: SecondFigures, nowMs: number): Breach | undefined;
}
/** Every rule of a target: its overall thresholds' and its endpoints' own that say `abort_after`. */
export declare function breachRules(target: {
    thresholds: Thresholds;
    endpoints: readonly {
        name: string;
        thresholds?: Thresholds;
    }[];
}): BreachRule[];
