import { type RunHooks } from '../engine/load-runner.js';
import type { WorkerSpawner } from '../engine/workers/protocol.js';
import type { LoadTestResult } from '../engine/result.js';
import type { RunPlan } from './plan.js';
/**
 * Runs a plan's stages. The engine knows nothing of thresholds: a stress
 * ramp's stop policy is the gate's, handed to the engine here as its
 * `onStageEnd` callback, unless the caller brings its own.
 */
export declare function executeRunPlan(plan: RunPlan, hooks?: RunHooks, 
/** how a worker thread is started (tests run them in this thread) */
spawn?: WorkerSpawner): Promise<LoadTestResult>;
