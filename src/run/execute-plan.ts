import { runStages, type RunHooks } from '../engine/load-runner.js'
import type { LoadTestResult } from '../engine/result.js'
import { stressStopPolicy } from '../gate/stop-policy.js'
import type { RunPlan } from './plan.js'

/**
 * Runs a plan's stages. The engine knows nothing of thresholds: a stress
 * ramp's stop policy is the gate's, handed to the engine here as its
 * `onStageEnd` callback, unless the caller brings its own.
 */
export async function executeRunPlan(plan: RunPlan, hooks: RunHooks = {}): Promise<LoadTestResult> {
  const { stress, rps, timeout, maxUsers } = plan.settings
  const onStageEnd =
    hooks.onStageEnd ??
    (stress ? stressStopPolicy(plan.target.thresholds, stress.stopOnBreak, { knee: !rps }) : undefined)
  const outcome = await runStages(
    // a stress ramp's users set its load: there the rate is a cap, evenly spread
    {
      target: plan.target,
      stages: plan.stages,
      rps,
      pacing: stress ? 'cap' : 'open',
      maxUsers,
      timeoutSec: timeout
    },
    { ...hooks, onStageEnd }
  )
  return { mode: plan.mode, target: plan.target, settings: plan.settings, outcome }
}
