import type { StageTiming } from '../engine/load-runner.js';
import type { Recorder } from '../engine/recorder.js';
import { type BreakOptions } from './breaking-point.js';
import type { Thresholds } from '../config/thresholds.js';
/**
 * When a stress ramp may end early. With `stopOnBreak`, right after the
 * first breaking stage; otherwise after two critical stages in a row, so a
 * broken service is not hammered for the rest of the ramp.
 */
export declare function stressStopPolicy(thresholds: Thresholds, stopOnBreak: boolean, o?: BreakOptions): (stage: StageTiming, recorder: Recorder, all: readonly StageTiming[]) => string | undefined;
