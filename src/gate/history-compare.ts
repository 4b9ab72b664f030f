import { mean, sampleStandardDeviation as sd } from 'simple-statistics'
import {
  DEFAULT_TOLERANCES,
  COMPARED_METRICS,
  MIN_HISTORY_RUNS,
  type ComparedMetric
} from '../config/regression.js'
import { tQuantile975 } from '../metrics/student-t.js'
import {
  metricRule,
  overall,
  type CompareOptions,
  type Comparison,
  type HistoryView,
  type MetricComparison,
  type RunWindows
} from './compare.js'
import { detectableChange, judgeChange } from './judge-change.js'

/**
 * A run judged against a history of earlier runs of the same test, not
 * against one of them. Two runs of an unchanged service on a shared machine
 * differ by more than either run's own noise (the calibration measured −34%
 * to +58% in p95), so a single baseline raises false alarms that no
 * within-run interval can see. The spread of K earlier runs' figures holds
 * both the between-run and the within-run noise: this run is a regression
 * when its figure lies beyond what that spread predicts for one more run.
 *
 * Method: for each metric, the runs' figures (logs for times and
 * throughput, points for the error rate) give a mean m and a standard
 * deviation s; the 95% prediction interval for one more run is
 * m ± t(K−1) · s · √(1 + 1/K). The change is this run's figure against m,
 * and its interval is that width about it, judged by the same tolerance
 * rule as every comparison (and `no change` inside the spread:
 * historyVerdict). When the history is tighter than this run's own
 * per-second noise (a few very alike runs), that noise is the width's floor.
 */

export { DEFAULT_HISTORY_RUNS, MIN_HISTORY_RUNS } from '../config/regression.js'

export function compareWithHistory(
  history: readonly RunWindows[],
  current: RunWindows,
  view: HistoryView,
  o: CompareOptions = {}
): Comparison {
  if (history.length < MIN_HISTORY_RUNS)
    throw new Error(`a history needs ${MIN_HISTORY_RUNS} runs or more, got ${history.length}`)
  const metrics = COMPARED_METRICS.map((metric) =>
    judgeMetric(metric, history, current, o.tolerances?.[metric] ?? DEFAULT_TOLERANCES[metric])
  )
  return {
    verdict: overall(metrics),
    method: 'run_history',
    level: 0.95,
    windows: { baseline: history.length, current: current.windows.length },
    history: view,
    metrics
  }
}

function judgeMetric(
  metric: ComparedMetric,
  history: readonly RunWindows[],
  current: RunWindows,
  tolerance: number
): MetricComparison {
  const rule = metricRule(metric)
  const relative = rule.kind === 'relative'
  // a time or a rate of 0 has no log: a run that measured none is left out of the spread
  const to = relative ? Math.log : (v: number) => v
  const from = relative ? Math.exp : (v: number) => v
  const figures = history.map((h) => h.headline[metric]).filter((v) => !relative || v > 0)
  const now = current.headline[metric]
  const k = figures.length
  const m = k ? mean(figures.map(to)) : NaN
  const baseline = from(m)
  if (k < MIN_HISTORY_RUNS || (relative && !(now > 0))) {
    return {
      metric,
      baseline,
      current: now,
      change: 0,
      ci_low: null,
      ci_high: null,
      tolerance,
      verdict: 'inconclusive'
    }
  }
  const s = sd(figures.map(to))
  const spread = s * Math.sqrt(1 + 1 / k)
  const half = tQuantile975(k - 1) * Math.max(spread, ownNoise(rule, current, relative))
  const d = to(now) - m
  const change = relative ? Math.expm1(d) : d
  const interval = {
    estimate: change,
    low: relative ? Math.expm1(d - half) : d - half,
    high: relative ? Math.expm1(d + half) : d + half
  }
  return {
    metric,
    baseline: round(baseline),
    current: now,
    change: round(change, 4),
    ci_low: round(interval.low, 4),
    ci_high: round(interval.high, 4),
    tolerance,
    detectable_change: round(detectableChange(interval, tolerance), 4),
    verdict: historyVerdict(
      judgeChange(interval, tolerance, rule.worse),
      Math.abs(d) <= half,
      relative ? Math.expm1(half) : half,
      tolerance
    )
  }
}

/**
 * The tolerance rule, and one step past it that a history allows: a run
 * that lies inside the history's own 95% prediction interval is one the
 * unchanged runs would give 19 times in 20, so it is `no change` (a control
 * chart's decision, as Bencher's thresholds make it), provided that interval
 * is no wider than the tolerance: a history too noisy to see a change of the
 * tolerance's size says inconclusive. A run beyond the interval but short
 * of the tolerance stays inconclusive: a real change, of unclear size.
 */
function historyVerdict(
  verdict: MetricComparison['verdict'],
  insideSpread: boolean,
  halfWidth: number,
  tolerance: number
): MetricComparison['verdict'] {
  return verdict === 'inconclusive' && insideSpread && halfWidth <= tolerance ? 'no_change' : verdict
}

/** The standard error of this run's own figure from its seconds (logs for relative metrics). */
function ownNoise(rule: ReturnType<typeof metricRule>, run: RunWindows, relative: boolean): number {
  const { num, den } = rule.series(run.windows)
  const values = num.flatMap((n, i) => {
    if (!(den[i] > 0)) return []
    const v = n / den[i]
    return relative ? (v > 0 ? [Math.log(v)] : []) : [v]
  })
  return values.length < 2 ? 0 : sd(values) / Math.sqrt(values.length)
}

const round = (v: number, d = 6): number => Number(v.toFixed(d))
