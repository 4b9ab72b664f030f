import type { TimePoint } from '../metrics/types.js';
import { type CompareOptions, type Comparison, type ComparedMetric, type RunWindows, type Window } from './compare.js';
/**
 * Each looped step of a journey judged on its own, as the run is: a checkout
 * that slowed by 30% must not hide behind a faster browse page. Each step's
 * intervals are at level 1 − (1 − level)/k for k steps (Bonferroni), so
 * judging k steps raises no more false alarms than judging the run once.
 * The steps' rows join the run's, each with its `endpoint`.
 */
/** A step as a run's metrics.json holds it: its figures and its own per-second series. */
export type StepFigures = {
    endpoint: string;
    timeseries?: readonly TimePoint[];
} & Record<ComparedMetric, number>;
/** A step's slices in an A/B run, paired as the run's are, and each side's whole figures. */
export interface StepPairs {
    endpoint: string;
    pairs: {
        baseline: Window;
        current: Window;
    }[];
    headlines: {
        baseline: Record<ComparedMetric, number>;
        current: Record<ComparedMetric, number>;
    };
}
/** A run as two runs made apart are compared: its seconds, and its steps' own figures. */
export type RunWithSteps = RunWindows & {
    steps: readonly StepFigures[];
};
/** Two runs made apart: the run's seconds, and each step both have a per-second series of. */
export declare function compareRunsWithSteps(baseline: RunWithSteps, current: RunWithSteps, o?: CompareOptions): Comparison;
/** An A/B run: each step's pairs of slices. */
export declare function withSliceSteps(cmp: Comparison, steps: readonly StepPairs[], o?: CompareOptions): Comparison;
