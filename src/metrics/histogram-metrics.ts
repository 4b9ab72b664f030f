import type { LoadTestResult } from '../engine/result.js'
import { mergeableSessions, type MergeableRun, type MergeableTest } from './mergeable.js'
import { metricsFromMergeable } from './mergeable-metrics.js'
import type { RunHistograms } from './run-histograms.js'
import { runExtras } from './run-extras.js'
import { round } from './summary-stats.js'
import type { Metrics } from './types.js'

/** How metrics.json and the report say where a histogram run's percentiles come from. */
export const HISTOGRAM_NOTE =
  'percentiles from µs HdrHistograms (3 significant digits): each within 0.1% of the exact value on the same requests'

/**
 * Every figure of a run kept as histograms (`--record histograms`): the same
 * keys as a run kept request by request, its percentiles from the histograms
 * (said under `recording`), its per-second series by wall-clock second.
 */
export function metricsFromHistograms(result: LoadTestResult, h: RunHistograms): Metrics {
  const m = mergeableOfHistograms(
    result,
    h,
    { index: 1, of: 1 },
    { overall: {}, per_endpoint: {} },
    testOf(result)
  )
  const base = metricsFromMergeable(m, `${result.mode}_test_${result.target.service}`)
  return {
    ...base,
    ...runExtras(result, m.active_seconds),
    recording: { mode: 'histograms', note: HISTOGRAM_NOTE }
  }
}

/** A histogram run in the mergeable form (a shard's, for `merge`; or the run's own, for its figures). */
export function mergeableOfHistograms(
  result: LoadTestResult,
  h: RunHistograms,
  shard: MergeableRun['shard'],
  thresholds: MergeableRun['thresholds'],
  test: MergeableTest
): MergeableRun {
  const { outcome, settings } = result
  const durationSec = Math.max((outcome.endUs - outcome.startUs) / 1e6, 1e-6)
  const stage = outcome.stages[0]
  const { pacing } = outcome
  return {
    format: 1,
    shard,
    started_ms: outcome.startedAtMs,
    ended_ms: outcome.endedAtMs,
    active_seconds: round(durationSec, 6),
    users: settings.users,
    ...(settings.rps !== undefined ? { rps: settings.rps } : {}),
    ...h.figures(result.target.endpoints),
    ...(outcome.sessions ? { sessions: mergeableSessions(outcome.sessions) } : {}),
    ...(stage && (stage.cpuPercent > 0 || stage.eventLoopP99Ms > 0)
      ? {
          generator: {
            event_loop_p99_ms: round(stage.eventLoopP99Ms, 2),
            cpu_percent: round(stage.cpuPercent, 1)
          }
        }
      : {}),
    ...(pacing
      ? {
          pacing: {
            target_rps: pacing.rate,
            late_requests: pacing.late,
            dropped_requests: pacing.dropped,
            dropped_at_end: pacing.droppedAtEnd,
            max_users: pacing.maxUsers,
            users_reached: pacing.usersReached,
            ...(result.target.journeys ? { paces: 'journeys' as const } : {}),
            due: pacing.due,
            sent: pacing.sent
          }
        }
      : {}),
    latency_basis: pacing ? 'intended_send' : 'actual_send',
    thresholds,
    test
  }
}

function testOf(result: LoadTestResult): MergeableTest {
  return {
    users: result.settings.users,
    duration: result.settings.duration,
    base_url: result.target.baseUrl,
    endpoints: result.target.endpoints.map((e) => e.name)
  }
}
