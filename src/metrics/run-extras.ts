import type { LoadTestResult } from '../engine/result.js'
import { GENERATOR_LIMITS, generatorSaturated } from './stages.js'
import { round, seconds } from './summary-stats.js'
import { timeSeries } from './timeseries.js'
import type { Metrics } from './types.js'

/**
 * What a run's figures say beyond its requests, however they were kept
 * (each request, or histograms): how much of its duration it ran, its
 * warm-up, and how busy the load generator was.
 */
export function runExtras(
  result: LoadTestResult,
  durationSec: number
): Pick<Metrics, 'run_completion' | 'warmup' | 'generator'> {
  return { ...generatorLoad(result), ...completion(result, durationSec), ...warmupMetrics(result) }
}

/** How much of its duration a load test ran: one cut short by its data measured less than asked. */
function completion(result: LoadTestResult, durationSec: number): Pick<Metrics, 'run_completion'> {
  if (
    (result.mode !== 'load' && result.mode !== 'soak') ||
    result.outcome.partial ||
    !(result.settings.duration > 0)
  )
    return {}
  return { run_completion: round(Math.min(100, (durationSec / result.settings.duration) * 100), 1) }
}

/** The warm-up's own count and seconds, for the shaded band before the run's charts. */
function warmupMetrics(result: LoadTestResult): Pick<Metrics, 'warmup'> {
  const w = result.warmup
  if (!w) return {}
  let failed = 0
  for (let i = 0; i < w.recorder.length; i++) if (w.recorder.errorIdAt(i) !== 0) failed++
  return {
    warmup: {
      duration: seconds(w.endUs - w.startUs),
      total_requests: w.recorder.length,
      failed_requests: failed,
      timeseries: timeSeries(w.recorder, w.startUs, w.endUs)
    }
  }
}

/** A load test's one stage, measured: was the generator itself the bottleneck? */
function generatorLoad(result: LoadTestResult): Pick<Metrics, 'generator'> {
  const stage = result.outcome.stages[0]
  // an aborted stage is not measured (zeros): nothing to say
  if (result.mode === 'stress' || !stage || (stage.cpuPercent === 0 && stage.eventLoopP99Ms === 0)) return {}
  const g = { event_loop_p99_ms: round(stage.eventLoopP99Ms, 2), cpu_percent: round(stage.cpuPercent, 1) }
  const main = result.outcome.mainThreadCpuPercent
  return {
    generator: {
      ...g,
      // the main thread saturated holds the workers back like a saturated worker
      saturated: generatorSaturated(g) || (main !== undefined && main > GENERATOR_LIMITS.cpuPercent),
      ...(main !== undefined ? { main_thread_cpu_percent: round(main, 1) } : {})
    }
  }
}
