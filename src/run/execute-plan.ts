import { runStages, type RunHooks, type StagePlan } from '../engine/load-runner.js'
import type { WorkerSpawner } from '../engine/workers/protocol.js'
import { runOnWorkers } from '../engine/workers/run-on-workers.js'
import { spawnThread } from '../engine/workers/spawn-thread.js'
import type { LoadTestResult } from '../engine/result.js'
import { stressStopPolicy } from '../gate/stop-policy.js'
import type { RunPlan } from './plan.js'

/**
 * Runs a plan's stages. The engine knows nothing of thresholds: a stress
 * ramp's stop policy is the gate's, handed to the engine here as its
 * `onStageEnd` callback, unless the caller brings its own.
 */
export async function executeRunPlan(
  plan: RunPlan,
  hooks: RunHooks = {},
  /** how a worker thread is started (tests run them in this thread) */
  spawn: WorkerSpawner = spawnThread
): Promise<LoadTestResult> {
  const { stress, rps, timeout, maxUsers, workers } = plan.settings
  const onStageEnd =
    hooks.onStageEnd ??
    (stress ? stressStopPolicy(plan.target.thresholds, stress.stopOnBreak, { knee: !rps }) : undefined)
  // a stress ramp's users set its load: there the rate is a cap, evenly spread
  const stages: StagePlan = {
    target: plan.target,
    stages: plan.stages,
    rps,
    pacing: stress ? 'cap' : 'open',
    maxUsers,
    timeoutSec: timeout
  }
  const outcome =
    workers && workers > 1
      ? await runOnWorkers(stages, workers, { ...hooks, onStageEnd }, spawn)
      : await runStages(stages, { ...hooks, onStageEnd })
  return { mode: plan.mode, target: plan.target, settings: plan.settings, outcome }
}
