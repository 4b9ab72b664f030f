import type { Clock } from './clock.js';
import type { StagePlan } from './load-runner.js';
import { Pacer } from './pacer.js';
import type { Recorder } from './recorder.js';
/** What a paced run's pacer needs of the run. */
export interface RunPacerContext {
    plan: StagePlan;
    rps: number;
    startUs: number;
    totalSec: number;
    clock: Clock;
    recorder: Recorder;
    /** the endpoint of the next request of the cycle, which a dropped request takes */
    nextEndpoint: () => number;
    stage: () => number;
    /** a due request found no free connection */
    onShortage: () => void;
}
/** Paced runs: request k is due at start + k/rps, for the run's length from `startUs`. */
export declare function createRunPacer(c: RunPacerContext): Pacer;
