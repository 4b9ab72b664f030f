import { type DriftSettings } from '../config/drift.js';
import type { DriftResult, Metrics, TimePoint } from '../metrics/types.js';
import type { ThresholdCheck } from './evaluate.js';
export type { DriftFigure, DriftResult } from '../metrics/types.js';
/**
 * A soak's drift: the run's first window (after the warm-up) against its
 * last, with the block bootstrap of seconds that `compare` uses for two runs
 * (the windows are apart in time, so their seconds are as independent as two
 * runs'). Each drift is judged on the near end of its interval: critical
 * when even the smallest change the interval allows is beyond the critical
 * band, so a noisy but flat run is never called drifting.
 */
/** Fewer whole seconds than this in each window and the drift is not judged. */
export declare const MIN_DRIFT_WINDOW = 10;
/** A soak's figures with its drift judged (or why it was not); other runs' as they are. */
export declare function withDrift(metrics: Metrics, mode: string, settings?: DriftSettings): Metrics;
/** The drift of a run's per-second series; undefined when the run is too short for two windows. */
export declare function judgeDrift(series: readonly TimePoint[], settings?: DriftSettings): DriftResult | undefined;
/** The drifts as threshold checks (scope `drift`): the gate, the outcome and every view judge them with the rest. */
export declare function driftChecks(d: DriftResult | undefined, requests: number): ThresholdCheck[];
