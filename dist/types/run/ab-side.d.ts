import type { RunOutcome } from '../engine/load-runner.js';
import type { Recorder } from '../engine/recorder.js';
import type { LoadTestResult } from '../engine/result.js';
import { type Comparison, type Tolerances, type Window } from '../gate/compare.js';
import type { Metrics } from '../metrics/types.js';
import type { CsvWriter } from '../report/files/csv-writer.js';
import type { BreachAbort } from './breach-abort.js';
import type { RunPlan } from './plan.js';
import type { UserPool } from '../engine/session/user-pool.js';
/** One side of an A/B run as its slices go by. */
export interface Side {
    name: 'A' | 'B';
    /**
     * its next slice: its target with its own setup's captured values, and
     * where in the data and the request cycle the last slice left off, so the
     * mix over the run follows the weights
     */
    plan: RunPlan;
    recorder: Recorder;
    /** its virtual users, the same from slice to slice (logged in once, cookies kept) */
    users: UserPool;
    csv: CsvWriter;
    /** its thresholds' abort_after, judged on its own seconds of load */
    breaches: BreachAbort;
    /** each slice with its figures, the unit of the A/B comparison */
    slices: {
        startUs: number;
        endUs: number;
        outcome: RunOutcome;
        window: Window;
        /** the slice's figures of each looped journey step (`loopedSteps`), in that order */
        steps: Window[];
    }[];
    /** the warm-up before its first slice, when the service has one */
    warmup?: RunOutcome;
}
/** One side's slices as one run: its records, its active time, its generator load and pacing summed. */
export declare function sideResult(s: Side, settings: LoadTestResult['settings']): LoadTestResult;
/** The k-th slice of A with the k-th slice of B: they ran back to back, or side by side (duet). */
export declare function slicePairs(a: Side, b: Side): {
    baseline: Window;
    current: Window;
}[];
/** A window as metrics.json keeps it: times to the µs, lengths to the 0.1 ms. */
export declare function rounded(w: Window): Window;
/**
 * One slice's figures: records [from, to) of its side's recorder, or of
 * one endpoint's among them (a journey's step, judged alone).
 */
export declare function sliceWindow(r: Recorder, from: number, to: number, { startUs, endUs }: RunOutcome, endpoint?: number): Window;
/** The looped steps of the service's journeys (once-steps run once a side: no pairs to judge). */
export declare function loopedSteps(target: RunPlan['target']): number[];
/** B against A: the run's pairs of slices, and each looped journey step's alone. */
export declare function abComparison(a: Side, b: Side, metrics: {
    a: Metrics;
    b: Metrics;
}, tolerances: Tolerances | undefined, 
/** the intervals' level (a look's, under --max-duration; default 0.95) */
level?: number, duet?: boolean): Comparison;
