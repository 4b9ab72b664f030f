import { headline, runWindows, type CompareOptions, type FailOnRegression } from '../gate/compare.js'
import { comparabilityWarnings, type RunIdentity } from '../gate/comparability.js'
import { compareWithHistory, DEFAULT_HISTORY_RUNS, MIN_HISTORY_RUNS } from '../gate/history-compare.js'
import { compareRunsWithSteps } from '../gate/step-comparison.js'
import { runRefOf, sinceLastChange } from '../gate/history-changes.js'
import type { LoadTestResult } from '../engine/result.js'
import type { Metrics } from '../metrics/types.js'
import type { Baseline, BaselineRun } from '../report/files/read-baseline.js'
import { settingsView, type BaselineView, type Provenance, type RunDocument } from '../report/run-document.js'

export interface BaselineGating {
  failOnRegression: FailOnRegression
  tolerances?: CompareOptions['tolerances']
  /** where this run came from: a baseline from another runner is said */
  provenance?: Provenance
}

/**
 * This run against its baseline: one earlier run, compared second by second;
 * or a history, from which the last runs of the same service and mode (not
 * stopped early) form the baseline and this run is judged against their
 * spread. A history with fewer such runs than a spread needs is compared
 * with its latest, and says so.
 */
export function compareWithBaseline(
  baseline: Baseline,
  result: LoadTestResult,
  metrics: Metrics,
  gating: BaselineGating
): BaselineView {
  const identity: RunIdentity = {
    service: result.target.service,
    mode: result.mode,
    partial: result.outcome.partial,
    ...(gating.provenance ? { provenance: gating.provenance } : {}),
    config: { ...settingsView(result.settings), base_url: result.target.baseUrl }
  }
  return compareRunWithBaseline(baseline, identity, metrics, gating)
}

/** A finished run (its identity, and the figures metrics.json holds) against its baseline. */
export function compareRunWithBaseline(
  baseline: Baseline,
  current: RunIdentity,
  metrics: RunFigures,
  gating: BaselineGating
): BaselineView {
  const view = { fail_on_regression: gating.failOnRegression }
  const options = { tolerances: gating.tolerances }
  if (baseline.history) {
    const runs = historyOf(baseline.history, current, baseline.runs ?? DEFAULT_HISTORY_RUNS)
    const latest = runs.at(-1)
    if (runs.length >= MIN_HISTORY_RUNS && latest) {
      const refs = { runs: runs.length, first: runRefOf(runs[0].doc), last: runRefOf(latest.doc) }
      return {
        ...view,
        run: `${runs.length} earlier runs of ${latest.doc.test_name} in ${baseline.from}`,
        comparison: {
          ...compareWithHistory(
            runs.map((r) => runWindows(r.doc)),
            runWindows(metrics),
            refs,
            options
          ),
          warnings: comparabilityWarnings(latest.doc, current)
        }
      }
    }
    const one = latest ?? baseline
    const few =
      runs.length === 0
        ? `no earlier run of ${current.service} (${current.mode}) in ${baseline.from}: compared with the latest run there`
        : `only ${runs.length} earlier run${runs.length === 1 ? '' : 's'} of this test in ${baseline.from} (a history needs ${MIN_HISTORY_RUNS}): compared with the latest`
    const v = single(one.doc, metrics, current, options, view)
    return { ...v, comparison: { ...v.comparison, warnings: [few, ...(v.comparison.warnings ?? [])] } }
  }
  return single(baseline.doc, metrics, current, options, view)
}

/** The last `k` runs of this run's service and mode that ran their whole length, oldest first. */
export function historyOf(
  runs: readonly BaselineRun[],
  current: RunIdentity,
  k: number | 'auto'
): BaselineRun[] {
  const own = runs.filter(
    (r) => r.doc.service === current.service && r.doc.mode === current.mode && !r.doc.partial
  )
  // auto: what the service is now, the runs since its last change point, at most the default's worth
  return k === 'auto'
    ? sinceLastChange(own, (r) => headline(r.doc)).slice(-DEFAULT_HISTORY_RUNS)
    : own.slice(-k)
}

/** What the comparison reads of a run: its per-second series, headline figures and steps. */
export type RunFigures = Parameters<typeof runWindows>[0] & Pick<Metrics, 'per_endpoint'>

function single(
  doc: RunDocument,
  metrics: RunFigures,
  current: RunIdentity,
  options: CompareOptions,
  view: Pick<BaselineView, 'fail_on_regression'>
): BaselineView {
  return {
    ...view,
    run: runRefOf(doc).run,
    comparison: {
      ...compareRunsWithSteps(
        { ...runWindows(doc), steps: doc.per_endpoint },
        { ...runWindows(metrics), steps: metrics.per_endpoint },
        options
      ),
      warnings: comparabilityWarnings(doc, current)
    }
  }
}
