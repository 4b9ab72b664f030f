import type { PerfGateConfig } from '../config/load.js';
import { type Target } from '../config/resolve.js';
import type { RunRequest, StressSettings } from '../config/run-request.js';
import type { Stage } from '../engine/load-runner.js';
import type { Mode, RunSettings } from '../engine/result.js';
/** A checked request made concrete: where to send, which stages, and the settings reports show. */
export interface RunPlan {
    mode: Mode;
    target: Target;
    stages: Stage[];
    settings: RunSettings;
}
/** Resolves the service and lays out the stages; sends nothing. */
export declare function buildRunPlan(request: RunRequest, config: PerfGateConfig): RunPlan;
/** The stage schedule of a stress test: users (k+1)·max/steps, each for rampUp/steps seconds. */
export declare function stressStages(s: StressSettings): Stage[];
