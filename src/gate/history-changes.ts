import { COMPARED_METRICS, type ComparedMetric } from '../config/regression.js'
import { changePoints, type ChangePoint } from '../metrics/change-points.js'
import { metricRule, type HistoryRunRef } from './compare.js'

/**
 * Where a test's figures stepped over its history: E-Divisive means with a
 * permutation test (metrics/change-points.ts) on each compared metric of the
 * runs of one service and mode, in time order, each change point named by
 * the run (and commit) it starts at.
 */

/** A run as the history reads it: who it is, when, and its figures. */
export interface HistoryRun extends HistoryRunRef {
  service: string
  mode: string
  figures: Record<ComparedMetric, number>
}

export interface MetricChange extends Omit<ChangePoint, 'before' | 'after' | 'q'> {
  metric: ComparedMetric
  /** the first run after the change, and the last before it */
  at: HistoryRunRef
  previous: HistoryRunRef
  before: { runs: number; mean: number }
  after: { runs: number; mean: number }
}

export interface TestHistory {
  service: string
  mode: string
  runs: number
  changes: MetricChange[]
}

/** Each test's change points; `runs` in time order (oldest first). */
export function historyChanges(runs: readonly HistoryRun[]): TestHistory[] {
  const tests = new Map<string, HistoryRun[]>()
  for (const r of runs) {
    const key = `${r.service}\u0000${r.mode}`
    tests.set(key, [...(tests.get(key) ?? []), r])
  }
  return [...tests.values()].map((series) => ({
    service: series[0].service,
    mode: series[0].mode,
    runs: series.length,
    changes: COMPARED_METRICS.flatMap((metric) =>
      metricChangePoints(
        series.map((r) => r.figures[metric]),
        metric
      ).map((c): MetricChange => {
        const { before, after, q: _q, ...rest } = c
        return {
          metric,
          ...rest,
          at: ref(series[c.index]),
          previous: ref(series[c.index - 1]),
          before: { runs: before.n, mean: before.mean },
          after: { runs: after.n, mean: after.mean }
        }
      })
    )
  }))
}

/** The runs since a test's last change point in any metric: the baseline that measures what the service is now. */
export function sinceLastChange<T>(
  series: readonly T[],
  figures: (run: T) => Record<ComparedMetric, number>
): T[] {
  let start = 0
  for (const metric of COMPARED_METRICS)
    for (const c of metricChangePoints(
      series.map((r) => figures(r)[metric]),
      metric
    ))
      start = Math.max(start, c.index)
  return series.slice(start)
}

/**
 * Steps smaller than these are no change to attribute to a commit: a quiet
 * machine's runs settle by a percent or so after its first runs (a fresh
 * series moved by −0.85% at its 8th run, a real but meaningless step), far
 * below any tolerance a gate would set.
 */
export const MIN_CHANGE_POINT_STEP = { relative: 0.02, points: 0.1 } as const

/** A metric's change points over its runs' figures: ratios for times and throughput, points for errors. */
function metricChangePoints(figures: readonly number[], metric: ComparedMetric): ChangePoint[] {
  const kind = metricRule(metric).kind
  return changePoints(figures, { kind }).filter((c) => Math.abs(c.change) >= MIN_CHANGE_POINT_STEP[kind])
}

/** How a run of a history is named: `load_test_api 2026-12-05T10:15:00.000Z`, and its commit when it recorded one. */
export function runRefOf(doc: {
  test_name: string
  timestamp: string
  provenance?: { commit?: string }
}): HistoryRunRef {
  const commit = doc.provenance?.commit
  return { run: `${doc.test_name} ${doc.timestamp}`, ...(commit ? { commit } : {}) }
}

const ref = (r: HistoryRun): HistoryRunRef => ({ run: r.run, ...(r.commit ? { commit: r.commit } : {}) })
