import { byErrorType, type ErrorType } from '../engine/error-types.js'
import type { StageTiming } from '../engine/load-runner.js'
import type { Recorder } from '../engine/recorder.js'
import { group, groupLatencies } from './group-latencies.js'
import { percent, quantilesInPlace, round, seconds } from './summary-stats.js'

/** The load generator is the bottleneck above these: its numbers no longer describe the service. */
export const GENERATOR_LIMITS = Object.freeze({ eventLoopP99Ms: 50, cpuPercent: 90 })

/** Beyond GENERATOR_LIMITS: the figures include the generator's own delay. */
export function generatorSaturated(g: { event_loop_p99_ms: number; cpu_percent: number }): boolean {
  return g.event_loop_p99_ms > GENERATOR_LIMITS.eventLoopP99Ms || g.cpu_percent > GENERATOR_LIMITS.cpuPercent
}

/** One stress stage (times in seconds, error_rate in percent). */
export interface StageMetrics {
  stage: number
  users: number
  /** seconds from the start of the run to the start of the stage */
  start: number
  duration: number
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  error_rate: number
  error_types: Partial<Record<ErrorType, number>>
  /** the generator's own event-loop delay p99 (ms) and CPU (% of a core) during the stage */
  generator: { event_loop_p99_ms: number; cpu_percent: number }
  /** the generator saturated: this stage cannot tell where the service breaks */
  generator_bound: boolean
}

/**
 * Per-stage metrics; a request belongs to the stage in which it was sent.
 * `fromRecord` skips records older than the first stage asked for, so a
 * check of the last two stages during a run does not rescan the whole run.
 */
export function stageMetrics(
  recorder: Recorder,
  timings: readonly StageTiming[],
  runStartUs = timings[0]?.startUs ?? 0,
  fromRecord = 0,
  /** a buffer of at least recorder.length to group latencies in, instead of a new one */
  scratch?: Uint32Array
): StageMetrics[] {
  const n = timings.length
  // recorder stage number → position in `timings`
  const slot = new Map(timings.map((t, k) => [t.index, k]))
  const byStage = groupLatencies(recorder, n, (i) => slot.get(recorder.stage(i)) ?? -1, scratch, fromRecord)
  const lat = timings.map((_, k) => group(byStage, k))
  const counts = lat.map((l) => l.length)
  const errors = timings.map(() => new Map<ErrorType, number>())
  for (let i = fromRecord; i < recorder.length; i++) {
    const k = slot.get(recorder.stage(i))
    if (k === undefined) continue
    const id = recorder.errorIdAt(i)
    if (id !== 0) {
      const t = recorder.errorOf(id)!.type as ErrorType
      errors[k].set(t, (errors[k].get(t) ?? 0) + 1)
    }
  }
  return timings.map((t, s) => {
    const [p50, p95, p99] = lat[s].length
      ? quantilesInPlace(lat[s], [0.5, 0.95, 0.99]).map(seconds)
      : [0, 0, 0]
    const duration = Math.max((t.endUs - t.startUs) / 1e6, 1e-6)
    const failed = [...errors[s].values()].reduce((a, b) => a + b, 0)
    const generator = { event_loop_p99_ms: round(t.eventLoopP99Ms, 2), cpu_percent: round(t.cpuPercent, 1) }
    return {
      stage: t.index + 1,
      users: t.users,
      start: round((t.startUs - runStartUs) / 1e6, 3),
      duration: round(duration, 3),
      requests: counts[s],
      rps: round(counts[s] / duration, 2),
      p50,
      p95,
      p99,
      error_rate: percent(failed, counts[s]),
      error_types: byErrorType(errors[s]),
      generator,
      generator_bound: generatorSaturated(generator)
    }
  })
}
