import type { PerfGateConfig } from '../config/load.js';
import { type Target } from '../config/resolve.js';
import type { RunRequest, StressSettings } from '../config/run-request.js';
import type { Stage } from '../engine/load-runner.js';
import type { Mode, RunSettings } from '../engine/result.js';
import { type Machine } from './worker-count.js';
import type { RunInputs } from '../engine/request-renderer.js';
/** A checked request made concrete: where to send, which stages, and the settings reports show. */
export interface RunPlan {
    mode: Mode;
    target: Target;
    stages: Stage[];
    settings: RunSettings;
    /** what fills the endpoints' placeholders (data rows, captured values), once the setup step ran */
    inputs?: RunInputs;
    /** where in the request cycle to begin: a run that goes on after another (an A/B side's next slice) keeps its mix */
    cycleStart?: number;
}
/**
 * Resolves the service and lays out the stages; sends nothing. The workers
 * are those of this machine: `machine` answers `--workers auto`.
 */
export declare function buildRunPlan(request: RunRequest, config: PerfGateConfig, machine?: Machine): RunPlan;
/** The plan run by `workers` threads of this machine (one stays a single-threaded run). */
export declare function withWorkers(plan: RunPlan, workers: number | 'auto' | undefined, machine?: Machine): RunPlan;
/** The stage schedule of a stress test: users (k+1)·max/steps, each for rampUp/steps seconds. */
export declare function stressStages(s: StressSettings): Stage[];
