import {
  independentChange,
  MIN_WINDOWS,
  pairedChange,
  pairedRatioChange,
  type BootstrapOptions,
  type ChangeInterval,
  type ChangeKind,
  type WindowSeries
} from '../metrics/bootstrap.js'
import {
  COMPARED_METRICS,
  DEFAULT_TOLERANCES,
  type ComparedMetric,
  type FailOnRegression,
  type Tolerances
} from '../config/regression.js'
import type { TimePoint } from '../metrics/types.js'
import { fewWindowsChange, MIN_FEW_WINDOWS } from '../metrics/few-windows.js'
import { widenByStudentT } from '../metrics/student-t.js'
import type { LooksView } from './sequential.js'
import { detectableChange, judgeChange, windowsToDecide, type ChangeVerdict } from './judge-change.js'

/**
 * Baseline comparison that a noisy CI runner cannot fool. Each metric's
 * change comes with a 95% interval from per-window figures (a second of a
 * run, or a slice of an A/B run), and counts only when the whole interval
 * lies beyond a practical tolerance; an interval that straddles a tolerance
 * bound is `inconclusive`, with the run length that would decide.
 */
export type { ChangeVerdict } from './judge-change.js'

export { COMPARED_METRICS, DEFAULT_TOLERANCES, FAIL_ON_REGRESSION_VALUES } from '../config/regression.js'
export type { ComparedMetric, FailOnRegression, Tolerances } from '../config/regression.js'

export interface CompareOptions {
  /** per metric; unset ones take DEFAULT_TOLERANCES */
  tolerances?: Tolerances
  /** confidence level of the intervals (default 0.95) */
  level?: number
  /** an A/B run's sides ran at once (ab --pairing duet): a pair of slices takes one slice's time, not two */
  duet?: boolean
}

export interface MetricComparison {
  metric: ComparedMetric
  /** a journey's step (`journey/step`) this row judges alone; unset: the whole run */
  endpoint?: string
  /** each run's own figure (metrics.json), as every other view quotes it */
  baseline: number
  current: number
  /** the change of the per-window figures: relative, or in points for the error rate */
  change: number
  /** the 95% interval of the change; null when there were too few windows for one */
  ci_low: number | null
  ci_high: number | null
  tolerance: number
  verdict: ChangeVerdict
  /** inconclusive: seconds of run (a side, for A/B) that would decide if the change held; null when none would */
  seconds_to_decide?: number | null
  /** the smallest change this comparison would have caught 4 times in 5 (detectableChange); unset without an interval */
  detectable_change?: number
}

/** How a comparison was made: per-second figures of two runs, A/B slice pairs, or a history's spread. */
export const COMPARISON_METHODS = ['block_bootstrap', 'paired_slices', 'run_history'] as const
export type ComparisonMethod = (typeof COMPARISON_METHODS)[number]

export interface Comparison {
  /** regression if any metric regressed, else inconclusive if any is, else improvement if any, else no change */
  verdict: ChangeVerdict
  /**
   * `block_bootstrap`: two runs, resampled by blocks of seconds; `paired_slices`:
   * an A/B run, by pairs of slices; `run_history`: this run against the spread of
   * earlier runs' figures (a prediction interval)
   */
  method: ComparisonMethod
  level: number
  /** windows each side contributed (seconds, or slices for A/B; for a history, its runs and this run's seconds) */
  windows: { baseline: number; current: number }
  /** `run_history`: the earlier runs that formed the baseline */
  history?: HistoryView
  metrics: MetricComparison[]
  /** why the two runs may not be comparable (other service, mode, users or duration) */
  warnings?: string[]
  /** the level of each step's intervals (rows with `endpoint`): Bonferroni over the steps, so k steps raise no more false alarms than one run */
  step_level?: number
  /** an A/B run under --max-duration: the looks it made and why it stopped */
  looks?: LooksView
}

/** The runs a history baseline was made of: how many, and the first and last of them. */
export interface HistoryView {
  runs: number
  first: HistoryRunRef
  last: HistoryRunRef
}

/** A run of a history, as people find it again: its name and time, and its commit when it recorded one. */
export interface HistoryRunRef {
  run: string
  commit?: string
}

/** One window of a run: what the comparison reads of a second (or a slice). */
export interface Window {
  requests: number
  /** requests that went out (a paced request dropped unsent did not): the throughput */
  sent: number
  errors: number
  /** seconds */
  p50: number
  p95: number
  /** length in seconds (1 for a full second) */
  seconds: number
}

/** A run as the comparison sees it: its windows and its own headline figures. */
export interface RunWindows {
  windows: Window[]
  headline: Record<ComparedMetric, number>
}

/** The full seconds of a run's time series (the last, shorter one is left out) and its figures. */
export function runWindows(
  run: { timeseries: readonly TimePoint[] } & Record<ComparedMetric, number>
): RunWindows {
  return { windows: run.timeseries.slice(0, -1).map(secondWindow), headline: headline(run) }
}

/** A whole second of a run's series as a comparison window. */
export function secondWindow(p: TimePoint): Window {
  return {
    requests: p.requests,
    // a whole second: its rate is its count of requests sent
    sent: p.requests_per_second,
    errors: p.errors,
    p50: p.p50_response_time,
    p95: p.p95_response_time,
    seconds: 1
  }
}

export function headline(run: Record<ComparedMetric, number>): Record<ComparedMetric, number> {
  return Object.fromEntries(COMPARED_METRICS.map((m) => [m, run[m]])) as Record<ComparedMetric, number>
}

interface MetricRule {
  kind: ChangeKind
  worse: 'up' | 'down'
  /**
   * A/B runs: `ratios`, the trimmed mean of each pair's ratio (times: a burst
   * in one slice is set aside); `sums`, each side's figure over the resampled
   * pairs (throughput and errors: a slice in which B sent nothing, or failed
   * throughout, must count in full)
   */
  pairs: 'ratios' | 'sums'
  /** latency: trimmed mean of the windows' figure; rates: Σnum / Σden */
  trim: number
  series(windows: readonly Window[]): WindowSeries
}

const latency = (pick: (w: Window) => number): MetricRule => ({
  kind: 'relative',
  worse: 'up',
  pairs: 'ratios',
  trim: 0.1,
  // a window without a request has no latency figure: den 0 leaves it out
  series: (ws) => ({ num: ws.map(pick), den: ws.map((w) => (w.requests > 0 ? 1 : 0)) })
})

const RULES: Record<ComparedMetric, MetricRule> = {
  median_response_time: latency((w) => w.p50),
  p95_response_time: latency((w) => w.p95),
  requests_per_second: {
    kind: 'relative',
    worse: 'down',
    pairs: 'sums',
    trim: 0,
    series: (ws) => ({ num: ws.map((w) => w.sent), den: ws.map((w) => w.seconds) })
  },
  error_rate: {
    kind: 'points',
    worse: 'up',
    pairs: 'sums',
    trim: 0,
    series: (ws) => ({ num: ws.map((w) => 100 * w.errors), den: ws.map((w) => w.requests) })
  }
}

/** How a metric is judged: which way is worse, relative or in points, and its per-window series. */
export function metricRule(metric: ComparedMetric): Pick<MetricRule, 'kind' | 'worse' | 'series'> {
  return RULES[metric]
}

/** Two runs made apart (a baseline from an earlier job, this job's run). */
export function compareRuns(baseline: RunWindows, current: RunWindows, o: CompareOptions = {}): Comparison {
  const nb = baseline.windows.length
  const nc = current.windows.length
  return assemble('block_bootstrap', baseline, current, { baseline: nb, current: nc }, o, (rule, boot) => {
    const [b, c] = [rule.series(baseline.windows), rule.series(current.windows)]
    // short runs: too few seconds to resample, enough for a t interval that knows it has few
    if (Math.min(nb, nc) < MIN_WINDOWS) return fewWindowsChange(b, c, rule.kind)
    return independentChange(b, c, rule.kind, boot)
  })
}

/** Fewer slice pairs than this and an A/B comparison gives no verdict. */
export const MIN_PAIRS = 5

/** An A/B run: slices of each side run back to back, in pairs. Headlines are each side's whole figures. */
export function compareSlices(
  pairs: readonly { baseline: Window; current: Window }[],
  headlines: { baseline: RunWindows['headline']; current: RunWindows['headline'] },
  o: CompareOptions = {}
): Comparison {
  const n = pairs.length
  const side = (which: 'baseline' | 'current'): RunWindows => ({
    windows: pairs.map((p) => p[which]),
    headline: headlines[which]
  })
  return assemble(
    'paired_slices',
    side('baseline'),
    side('current'),
    { baseline: n, current: n },
    o,
    (rule, boot) => {
      if (n < MIN_PAIRS) return undefined
      const sliced = pairs.map((p) => ({
        baseline: rule.series([p.baseline]),
        current: rule.series([p.current])
      }))
      if (rule.pairs === 'sums') return widenByStudentT(pairedChange(sliced, rule.kind, boot), n, rule.kind)
      const iv = pairedRatioChange(sliced, { ...boot, trim: PAIR_TRIM })
      // slices without a figure (no request answered) leave their pair out
      return iv.pairs < MIN_PAIRS ? undefined : widenByStudentT(iv, iv.pairs, rule.kind)
    }
  )
}

/**
 * Share of pairs cut from each end of the per-pair ratios: a burst of noise
 * that hits one slice of a pair and not the other is set aside.
 */
export const PAIR_TRIM = 0.2

function assemble(
  method: Comparison['method'],
  baseline: RunWindows,
  current: RunWindows,
  windows: Comparison['windows'],
  o: CompareOptions,
  interval: (rule: MetricRule, boot: BootstrapOptions) => ChangeInterval | undefined
): Comparison {
  const level = o.level ?? 0.95
  // seconds a window stands for: to turn "windows needed" into run time
  const perWindow = Math.max(...baseline.windows.map((w) => w.seconds), 1)
  const metrics = COMPARED_METRICS.map((metric): MetricComparison => {
    const rule = RULES[metric]
    const tolerance = o.tolerances?.[metric] ?? DEFAULT_TOLERANCES[metric]
    const iv = interval(rule, { level, trim: rule.trim })
    const figures = {
      metric,
      baseline: baseline.headline[metric],
      current: current.headline[metric],
      tolerance
    }
    if (!iv) {
      // a run's last, partial second is no window: one more whole second than the windows needed
      const needed = method === 'paired_slices' ? MIN_PAIRS * 2 : MIN_FEW_WINDOWS + 1
      return {
        ...figures,
        change: round(plainChange(rule.kind, figures.baseline, figures.current), 4),
        ci_low: null,
        ci_high: null,
        verdict: 'inconclusive',
        seconds_to_decide: needed * perWindow
      }
    }
    const verdict = judgeChange(iv, tolerance, rule.worse)
    const n = Math.min(windows.baseline, windows.current)
    const decide = verdict === 'inconclusive' ? windowsToDecide(iv, tolerance, n) : undefined
    return {
      ...figures,
      change: round(iv.estimate, 4),
      ci_low: round(iv.low, 4),
      ci_high: round(iv.high, 4),
      verdict,
      detectable_change: round(detectableChange(iv, tolerance), 4),
      ...(decide === undefined
        ? {}
        : {
            // an A/B run's slices are both sides' (side by side in a duet); a run's last, partial second is no window
            seconds_to_decide: Number.isFinite(decide)
              ? method === 'paired_slices'
                ? Math.ceil(decide * perWindow * (o.duet ? 1 : 2))
                : Math.ceil(decide * perWindow) + 1
              : null
          })
    }
  })
  return { verdict: overall(metrics), method, level, windows, metrics }
}

function plainChange(kind: ChangeKind, b: number, c: number): number {
  return kind === 'points' ? c - b : b === 0 ? 0 : c / b - 1
}

/**
 * The comparison's verdict from its rows. A step's row counts when it
 * decided (a regressed step fails the run as the run would); a step left
 * undecided does not make the whole run so, as a step has fewer requests
 * than the run and is undecided more often.
 */
export function overall(metrics: readonly MetricComparison[]): ChangeVerdict {
  for (const v of ['regression', 'inconclusive', 'improvement'] as const) {
    if (metrics.some((m) => m.verdict === v && decisive(m))) return v
  }
  return 'no_change'
}

const decisive = (m: Pick<MetricComparison, 'verdict' | 'endpoint'>): boolean =>
  m.endpoint === undefined || m.verdict !== 'inconclusive'

/** Whether a comparison fails the gate under `when`. */
export function regressionFails(
  cmp: { metrics: readonly Pick<MetricComparison, 'verdict' | 'endpoint'>[] },
  when: FailOnRegression
): boolean {
  if (when === 'never') return false
  return cmp.metrics.some(
    (m) =>
      m.verdict === 'regression' || (when === 'inconclusive' && m.verdict === 'inconclusive' && decisive(m))
  )
}

const round = (v: number, d = 6): number => Number(v.toFixed(d))
