import type { RunHooks } from '../engine/load-runner.js'
import type { LoadTestResult } from '../engine/result.js'
import { withDrift } from '../gate/drift.js'
import { calculateMetrics } from '../metrics/calculate.js'
import { metricsFromHistograms } from '../metrics/histogram-metrics.js'
import { RunHistograms } from '../metrics/run-histograms.js'
import type { Metrics } from '../metrics/types.js'
import type { RunPlan } from './plan.js'

/**
 * How a run keeps its requests, and how its figures come out of them: each
 * request in the recorder (exact), or folded into histograms batch by batch
 * while the recorder frees them (`record: histograms`, a soak's default).
 * Every way into a run (the CLI and action's, the library's) keeps them here.
 */
export interface Recording {
  /** set when the run is kept as histograms */
  histograms?: RunHistograms
  /** the run's hooks with the folding added */
  hooks(hooks: RunHooks): RunHooks
  /** the run's figures, a soak's drift judged */
  metrics(result: LoadTestResult): Metrics
}

export function recordingOf(
  plan: RunPlan,
  /** a shard keeps each second's histogram, for `merge` */
  shard = false
): Recording {
  const histograms =
    plan.settings.record === 'histograms'
      ? new RunHistograms(plan.target.endpoints.length, plan.settings.rps !== undefined, shard)
      : undefined
  return {
    ...(histograms ? { histograms } : {}),
    hooks: (hooks) => {
      if (!histograms) return hooks
      const next = hooks.onRecords
      return {
        ...hooks,
        onRecords: (r, from, to) => {
          histograms.add(r, from, to)
          return next?.(r, from, to)
        },
        releaseTaken: true
      }
    },
    metrics: (result) =>
      withDrift(
        histograms ? metricsFromHistograms(result, histograms) : calculateMetrics(result),
        plan.mode,
        plan.target.drift
      )
  }
}
