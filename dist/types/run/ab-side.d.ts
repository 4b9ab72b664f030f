import type { RunOutcome } from '../engine/load-runner.js';
import type { Recorder } from '../engine/recorder.js';
import type { LoadTestResult } from '../engine/result.js';
import type { Window } from '../gate/compare.js';
import type { CsvWriter } from '../report/files/csv-writer.js';
import type { RunPlan } from './plan.js';
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
    csv: CsvWriter;
    /** each slice with its figures, the unit of the A/B comparison */
    slices: {
        startUs: number;
        endUs: number;
        outcome: RunOutcome;
        window: Window;
    }[];
    /** the warm-up before its first slice, when the service has one */
    warmup?: RunOutcome;
}
/** One side's slices as one run: its records, its active time, its generator load and pacing summed. */
export declare function sideResult(s: Side, settings: LoadTestResult['settings']): LoadTestResult;
/** The k-th slice of A with the k-th slice of B: they ran back to back. */
export declare function slicePairs(a: Side, b: Side): {
    baseline: Window;
    current: Window;
}[];
/** A window as metrics.json keeps it: times to the µs, lengths to the 0.1 ms. */
export declare function rounded(w: Window): Window;
/** One slice's figures: records [from, to) of its side's recorder. */
export declare function sliceWindow(r: Recorder, from: number, to: number, { startUs, endUs }: RunOutcome): Window;
