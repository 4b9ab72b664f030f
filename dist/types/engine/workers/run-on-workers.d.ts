import type { RunHooks, RunOutcome, StagePlan } from '../load-runner.js';
import type { WorkerSpawner } from './protocol.js';
/**
 * Runs a plan on `count` worker threads, each driving its share of the load
 * as one process would, and merges them into one run: every worker's records
 * go into one recorder (so CSV, metrics and gate are those of one run, to the
 * request), one progress line, one stop policy judged on all workers'
 * records at each stage's end, one abort for all.
 */
export declare function runOnWorkers(plan: StagePlan, count: number, hooks: RunHooks, spawn: WorkerSpawner): Promise<RunOutcome>;
