import type { PerfGateConfig } from '../config/load.js'
import { resolveTarget, type Target } from '../config/resolve.js'
import type { RunRequest, StressSettings } from '../config/run-request.js'
import { withRateThroughputBands } from '../config/thresholds.js'
import type { Stage } from '../engine/load-runner.js'
import type { Mode, RunSettings } from '../engine/result.js'
import { resolveWorkers, type Machine } from './worker-count.js'
import type { RunInputs } from '../engine/request-renderer.js'
import { DEFAULT_CSV, SOAK_CSV } from '../config/csv-choice.js'

/** A checked request made concrete: where to send, which stages, and the settings reports show. */
export interface RunPlan {
  mode: Mode
  target: Target
  stages: Stage[]
  settings: RunSettings
  /** what fills the endpoints' placeholders (data rows, captured values), once the setup step ran */
  inputs?: RunInputs
  /** where in the request cycle to begin: a run that goes on after another (an A/B side's next slice) keeps its mix */
  cycleStart?: number
}

/**
 * Resolves the service and lays out the stages; sends nothing. The workers
 * are those of this machine: `machine` answers `--workers auto`.
 */
export function buildRunPlan(request: RunRequest, config: PerfGateConfig, machine?: Machine): RunPlan {
  const plan = stagedPlan(request, config)
  // a shard's workers split its share: resolved on the shard's own stages (see shardPlan)
  if (request.shard || request.workers === undefined) return plan
  return withWorkers(plan, request.workers, machine)
}

/** The plan run by `workers` threads of this machine (one stays a single-threaded run). */
export function withWorkers(plan: RunPlan, workers: number | 'auto' | undefined, machine?: Machine): RunPlan {
  const n = resolveWorkers(workers, plan.target.baseUrl, plan.stages, machine)
  const { workers: _, ...settings } = plan.settings
  return { ...plan, settings: n > 1 ? { ...settings, workers: n } : settings }
}

function stagedPlan(request: RunRequest, config: PerfGateConfig): RunPlan {
  const plan = stagesOf(request, config)
  // the run's own warm-up wins over the service's (perf-gate.yml `warmup`); 0 turns it off
  const warmup = request.warmup ?? plan.target.workload?.warmupSec
  // the run's own CSV choice wins over the config's; every run says its choice (metrics.json config.csv)
  // a soak keeps every failed request and one in a thousand others: hours of rows would be gigabytes
  const csv = request.csv ?? plan.target.csv ?? (plan.mode === 'soak' ? SOAK_CSV : DEFAULT_CSV)
  return { ...plan, settings: { ...plan.settings, ...(warmup ? { warmup } : {}), csv } }
}

function stagesOf(request: RunRequest, config: PerfGateConfig): RunPlan {
  const target = resolveTarget(config, request.service, request.baseUrl)
  const { timeout } = request
  // the run's own rate wins over the service's (perf-gate.yml `rps`)
  const rps = request.rps ?? target.rps
  if (request.mode === 'stress') {
    const stress = request.stress
    return {
      mode: 'stress',
      target,
      stages: stressStages(stress),
      settings: { users: stress.maxUsers, duration: stress.rampUp, rps, timeout, stress }
    }
  }
  const { users, duration } = request
  return {
    mode: request.mode,
    target: rps
      ? { ...target, thresholds: withRateThroughputBands(target.thresholds, rps * requestsPerStart(target)) }
      : target,
    stages: [{ users, durationSec: duration }],
    settings: {
      users,
      duration,
      rps,
      timeout,
      ...(rps ? { maxUsers: request.maxUsers } : {}),
      ...(rps && target.journeys ? { paces: 'journeys' as const } : {}),
      ...(request.record ? { record: request.record } : {})
    }
  }
}

/** The stage schedule of a stress test: users (k+1)·max/steps, each for rampUp/steps seconds. */
export function stressStages(s: StressSettings): Stage[] {
  return Array.from({ length: s.steps }, (_, k) => ({
    users: Math.max(1, Math.round(((k + 1) * s.maxUsers) / s.steps)),
    durationSec: s.rampUp / s.steps
  }))
}

/**
 * Requests each paced start brings: one for an endpoint list; for journeys,
 * whose rate starts iterations, the looped steps of the journeys as their
 * weights mix them (a login, once per user, is left out), so that the
 * throughput bands (requests per second) follow the journeys/s asked for.
 */
function requestsPerStart(target: Target): number {
  const journeys = target.journeys
  if (!journeys?.length) return 1
  const weight = journeys.reduce((sum, j) => sum + j.weight, 0)
  return journeys.reduce((sum, j) => sum + j.weight * (j.steps.length - j.once), 0) / weight
}
