import {
  DEFAULT_DRIFT,
  DRIFT_NAMES,
  DRIFT_VIEW,
  type DriftName,
  type DriftSettings
} from '../config/drift.js'
import type { ComparedMetric } from '../config/regression.js'
import type { DriftFigure, DriftResult, Metrics, TimePoint } from '../metrics/types.js'
import { trimmedMean } from '../metrics/bootstrap.js'
import { round } from '../metrics/summary-stats.js'
import { compareRuns, secondWindow, type MetricComparison, type Window } from './compare.js'
import type { Status, ThresholdCheck } from './evaluate.js'

export type { DriftFigure, DriftResult } from '../metrics/types.js'

/**
 * A soak's drift: the run's first window (after the warm-up) against its
 * last, with the block bootstrap of seconds that `compare` uses for two runs
 * (the windows are apart in time, so their seconds are as independent as two
 * runs'). Each drift is judged on the near end of its interval: critical
 * when even the smallest change the interval allows is beyond the critical
 * band, so a noisy but flat run is never called drifting.
 */

/** Fewer whole seconds than this in each window and the drift is not judged. */
export const MIN_DRIFT_WINDOW = 10

const SOURCE: Record<DriftName, { metric: ComparedMetric; sign: 1 | -1 }> = {
  p50_drift: { metric: 'median_response_time', sign: 1 },
  p95_drift: { metric: 'p95_response_time', sign: 1 },
  // throughput that falls is the decay: the sign turns it into "worse is positive"
  throughput_decay: { metric: 'requests_per_second', sign: -1 },
  error_rate_rise: { metric: 'error_rate', sign: 1 }
}

/** A soak's figures with its drift judged (or why it was not); other runs' as they are. */
export function withDrift(metrics: Metrics, mode: string, settings: DriftSettings = DEFAULT_DRIFT): Metrics {
  if (mode !== 'soak') return metrics
  return {
    ...metrics,
    drift: judgeDrift(metrics.timeseries, settings) ?? {
      window_seconds: 0,
      first: { from: 0, to: 0 },
      last: { from: 0, to: 0 },
      level: 0,
      drifts: [],
      not_judged: `the run had too few whole seconds for two windows of ${MIN_DRIFT_WINDOW} s or more (each ${describeWindow(settings)})`
    }
  }
}

function describeWindow(s: DriftSettings): string {
  return 'share' in s.window ? `${Math.round(s.window.share * 100)}% of the run` : `${s.window.seconds} s`
}

/** The drift of a run's per-second series; undefined when the run is too short for two windows. */
export function judgeDrift(
  series: readonly TimePoint[],
  settings: DriftSettings = DEFAULT_DRIFT
): DriftResult | undefined {
  // the last second is partial: no window
  const seconds = series.slice(0, -1)
  const n = seconds.length
  // a share of a short run is still MIN_DRIFT_WINDOW seconds: fewer are too few to resample
  const w = Math.floor(
    'share' in settings.window
      ? Math.max(MIN_DRIFT_WINDOW, n * settings.window.share)
      : settings.window.seconds
  )
  if (w < MIN_DRIFT_WINDOW || 2 * w > n) return undefined
  const first = seconds.slice(0, w).map(secondWindow)
  const last = seconds.slice(n - w).map(secondWindow)
  const cmp = compareRuns(
    { windows: first, headline: headline(first) },
    { windows: last, headline: headline(last) }
  )
  return {
    window_seconds: w,
    first: { from: 0, to: w },
    last: { from: n - w, to: n },
    level: cmp.level,
    drifts: DRIFT_NAMES.map((name) => figure(name, cmp.metrics, settings))
  }
}

function figure(name: DriftName, metrics: readonly MetricComparison[], settings: DriftSettings): DriftFigure {
  const { metric, sign } = SOURCE[name]
  const m = metrics.find((x) => x.metric === metric)!
  const points = DRIFT_VIEW[name].points
  const scale = (v: number): number => round(points ? v : v * 100, 2)
  const [a, b] = [scale(sign * (m.ci_low ?? m.change)), scale(sign * (m.ci_high ?? m.change))]
  const [low, high] = a <= b ? [a, b] : [b, a]
  const band = settings.bands[name]
  // the near end: the smallest worsening the interval allows
  const status: Status = low >= band.critical ? 'critical' : low >= band.warning ? 'warning' : 'good'
  return {
    name,
    label: DRIFT_VIEW[name].label,
    first: m.baseline,
    last: m.current,
    change: scale(sign * m.change),
    ci_low: low,
    ci_high: high,
    warning: band.warning,
    critical: band.critical,
    status
  }
}

/** The drifts as threshold checks (scope `drift`): the gate, the outcome and every view judge them with the rest. */
export function driftChecks(d: DriftResult | undefined, requests: number): ThresholdCheck[] {
  return (d?.drifts ?? []).map((f) => ({
    name: f.name,
    scope: 'drift',
    label: f.label,
    unit: 'percent',
    value: f.change,
    warning: f.warning,
    critical: f.critical,
    higher_is_better: false,
    status: f.status,
    requests
  }))
}

/** A window's own figures: latency the 10%-trimmed mean of its seconds' (as the interval's statistic), rates summed. */
function headline(ws: readonly Window[]): Record<ComparedMetric, number> {
  const sum = (f: (w: Window) => number): number => ws.reduce((t, w) => t + f(w), 0)
  const requests = sum((w) => w.requests)
  // a second without a request has no latency figure
  const answered = ws.filter((w) => w.requests > 0)
  const latencyOf = (xs: number[]): number => round(trimmedMean(Float64Array.from(xs), 0.1), 6)
  return {
    median_response_time: latencyOf(answered.map((w) => w.p50)),
    p95_response_time: latencyOf(answered.map((w) => w.p95)),
    requests_per_second: round(
      sum((w) => w.sent) /
        Math.max(
          sum((w) => w.seconds),
          1e-9
        ),
      2
    ),
    error_rate: requests ? round((100 * sum((w) => w.errors)) / requests, 4) : 0
  }
}
