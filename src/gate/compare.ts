import { median, quantile } from 'simple-statistics'
import { mannWhitneyP, twoProportionP } from '../metrics/significance.js'

/**
 * Baseline comparison that a noisy CI runner cannot fool: a metric changed
 * only when the change is both statistically significant (p < alpha) and
 * larger than a practical tolerance. Latency uses the Mann–Whitney U test on
 * per-request samples, throughput the same test on per-second rates, errors
 * a two-proportion z-test.
 */
export interface CompareOptions {
  /** significance level (default 0.01) */
  alpha?: number
  /** relative change that matters for times and throughput (default 0.10 = 10%) */
  tolerance?: number
  /** absolute change of error rate, in percentage points, that matters (default 0.5) */
  errorTolerancePp?: number
}

export type Change = 'regression' | 'improvement' | 'no_change'

export interface MetricComparison {
  metric: string
  baseline: number
  current: number
  /** (current − baseline) / baseline, or the difference in points for the error rate */
  change: number
  p_value: number
  verdict: Change
  test: 'mann_whitney_u' | 'two_proportion_z'
}

export interface Comparison {
  verdict: Change
  alpha: number
  tolerance: number
  metrics: MetricComparison[]
  /** why the two runs may not be comparable (other service, mode, users or duration) */
  warnings?: string[]
}

export interface RunSample {
  /** per-request latencies in seconds (a sample is enough) */
  latencies: number[]
  /** completed requests per second, one value per second of the run */
  rps: number[]
  total: number
  failed: number
  /**
   * The run's own figures (metrics.json): shown as baseline and current and
   * used for the change, so a comparison quotes the same numbers as every
   * other view. The tests still run on the samples above.
   */
  headline?: { median: number; p95: number; rps: number }
}

/** What decides whether two runs measure the same thing: metrics.json's service, mode and config. */
export interface RunIdentity {
  service: string
  mode: string
  config: {
    users: number
    duration: number
    max_users?: number
    ramp_up?: number
    steps?: number
    rps?: number
  }
}

/** Differences that make a comparison of two runs suspect; empty when they measured the same thing. */
export function comparabilityWarnings(baseline: RunIdentity, current: RunIdentity): string[] {
  const out: string[] = []
  const differ = (what: string, a: unknown, b: unknown, unit = ''): void => {
    if (a !== b) out.push(`${what} differ: ${a ?? 'none'}${unit} in the baseline, ${b ?? 'none'}${unit} now`)
  }
  differ('services', baseline.service, current.service)
  differ('modes', baseline.mode, current.mode)
  differ('users', baseline.config.users, current.config.users)
  differ('durations', baseline.config.duration, current.config.duration, ' s')
  differ('rate caps', baseline.config.rps, current.config.rps, ' req/s')
  if (baseline.mode === 'stress' && current.mode === 'stress')
    differ('steps', baseline.config.steps, current.config.steps)
  return out
}

const round = (v: number, d = 6): number => Number(v.toFixed(d))

export function compareRuns(baseline: RunSample, current: RunSample, o: CompareOptions = {}): Comparison {
  const alpha = o.alpha ?? 0.01
  const tol = o.tolerance ?? 0.1
  const errTol = o.errorTolerancePp ?? 0.5
  const metrics: MetricComparison[] = []
  const judge = (significant: boolean, worse: boolean, big: boolean): Change =>
    significant && big ? (worse ? 'regression' : 'improvement') : 'no_change'

  if (baseline.latencies.length > 1 && current.latencies.length > 1) {
    const p = mannWhitneyP(baseline.latencies, current.latencies)
    for (const [name, stat, key] of [
      ['median_response_time', (x: number[]) => median(x), 'median'],
      ['p95_response_time', (x: number[]) => quantile(x, 0.95), 'p95']
    ] as const) {
      const b = baseline.headline?.[key] ?? stat([...baseline.latencies])
      const c = current.headline?.[key] ?? stat([...current.latencies])
      const change = b > 0 ? (c - b) / b : 0
      metrics.push({
        metric: name,
        baseline: round(b),
        current: round(c),
        change: round(change, 4),
        p_value: round(p, 6),
        verdict: judge(p < alpha, change > 0, Math.abs(change) > tol),
        test: 'mann_whitney_u'
      })
    }
  }
  if (baseline.rps.length > 1 && current.rps.length > 1) {
    const p = mannWhitneyP(baseline.rps, current.rps)
    const b = baseline.headline?.rps ?? median([...baseline.rps])
    const c = current.headline?.rps ?? median([...current.rps])
    const change = b > 0 ? (c - b) / b : 0
    metrics.push({
      metric: 'requests_per_second',
      baseline: round(b, 2),
      current: round(c, 2),
      change: round(change, 4),
      p_value: round(p, 6),
      verdict: judge(p < alpha, change < 0, Math.abs(change) > tol),
      test: 'mann_whitney_u'
    })
  }
  const bRate = baseline.total ? (100 * baseline.failed) / baseline.total : 0
  const cRate = current.total ? (100 * current.failed) / current.total : 0
  const pErr = twoProportionP(baseline.failed, baseline.total, current.failed, current.total)
  metrics.push({
    metric: 'error_rate',
    baseline: round(bRate, 4),
    current: round(cRate, 4),
    change: round(cRate - bRate, 4),
    p_value: round(pErr, 6),
    verdict: judge(pErr < alpha, cRate > bRate, Math.abs(cRate - bRate) > errTol),
    test: 'two_proportion_z'
  })
  const verdict: Change = metrics.some((m) => m.verdict === 'regression')
    ? 'regression'
    : metrics.some((m) => m.verdict === 'improvement')
      ? 'improvement'
      : 'no_change'
  return { verdict, alpha, tolerance: tol, metrics }
}
