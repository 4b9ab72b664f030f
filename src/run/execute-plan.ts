import { runStages, type RunHooks, type RunOutcome, type StagePlan } from '../engine/load-runner.js'
import type { WorkerSpawner } from '../engine/workers/protocol.js'
import { runOnWorkers } from '../engine/workers/run-on-workers.js'
import { spawnThread } from '../engine/workers/spawn-thread.js'
import type { LoadTestResult } from '../engine/result.js'
import { stressStopPolicy } from '../gate/stop-policy.js'
import { UnreachableError } from '../config/errors.js'
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
    timeoutSec: timeout,
    ...(plan.inputs ? { inputs: plan.inputs } : {}),
    ...(plan.cycleStart ? { cycleStart: plan.cycleStart } : {})
  }
  const run = (p: StagePlan, h: RunHooks): Promise<RunOutcome> =>
    workers && workers > 1 ? runOnWorkers(p, workers, h, spawn) : runStages(p, h)
  const warmup = plan.settings.warmup ? await warmUp(stages, plan.settings.warmup, hooks, run) : undefined
  // only a `unique` data file used up ends a warm-up early: the measured run would have no row to send
  if (warmup?.stoppedEarly && !warmup.abortReason)
    throw new UnreachableError(
      `❌ The warm-up used up the data: ${warmup.stoppedEarly}, and none is left for the measured run; shorten the warm-up or give the file more rows`
    )
  // the run goes on through the data where the warm-up left it
  const taken = warmup?.dataTaken
  const measured = taken && stages.inputs ? { ...stages, inputs: { ...stages.inputs, taken } } : stages
  const outcome = await run(measured, { ...hooks, onStageEnd })
  return {
    mode: plan.mode,
    target: plan.target,
    settings: plan.settings,
    outcome,
    ...(warmup ? { warmup } : {})
  }
}

/**
 * The warm-up: the first stage's load (and rate) for `seconds`, a run of its
 * own whose records go nowhere but its band on the charts: not to the CSV,
 * the exporter, the stop policy or any metric. A signal during it stops both.
 */
function warmUp(
  stages: StagePlan,
  seconds: number,
  hooks: RunHooks,
  run: (p: StagePlan, h: RunHooks) => Promise<RunOutcome>
): Promise<RunOutcome> {
  const { onProgress, signal, userPool } = hooks
  return run(
    { ...stages, stages: [{ users: stages.stages[0].users, durationSec: seconds }] },
    {
      ...(onProgress ? { onProgress: (s) => onProgress({ ...s, warmup: true }) } : {}),
      ...(signal ? { signal } : {}),
      // users that outlive a run (an A/B side's) begin in the warm-up: logged in before the first slice
      ...(userPool ? { userPool } : {})
    }
  )
}
