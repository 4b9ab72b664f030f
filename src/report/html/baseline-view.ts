import type { Status } from '../../gate/evaluate.js'
import { intervalChart } from '../charts/interval-chart.js'
import {
  changeText,
  comparisonMethod,
  comparisonRows,
  type ComparisonRow
} from '../format/comparison-rows.js'
import type { RunDocument } from '../run-document.js'

/** What report.html shows of a comparison with a baseline run, when the run had one. */
export interface BaselineView {
  hasBaseline: boolean
  baselineRun?: string
  baselineVerdict?: string
  baselineStatus?: Status
  baselineMethod?: string
  baselineFailOn?: string
  baselineWarnings?: string[]
  baselineRows?: (ComparisonRow & { status: Status })[]
  baselineCharts?: { svg: string }[]
}

const CHANGE_STATUS: Record<string, Status> = {
  regression: 'critical',
  improvement: 'good',
  no_change: 'good',
  inconclusive: 'warning'
}

export function baselineView(doc: RunDocument): BaselineView {
  const b = doc.baseline
  if (!b) return { hasBaseline: false }
  const c = b.comparison
  const rows = comparisonRows(c.metrics)
  return {
    hasBaseline: true,
    baselineRun: b.run,
    baselineVerdict: c.verdict.replace('_', ' '),
    baselineStatus: CHANGE_STATUS[c.verdict],
    baselineMethod: comparisonMethod(c),
    baselineFailOn: b.fail_on_regression,
    baselineWarnings: c.warnings ?? [],
    baselineRows: rows.map((row, i) => ({ ...row, status: CHANGE_STATUS[c.metrics[i].verdict] })),
    baselineCharts: c.metrics.map((m, i) => ({
      svg: intervalChart({
        title: `${rows[i].metric}: ${rows[i].baseline} → ${rows[i].current}`,
        estimate: m.change,
        low: m.ci_low,
        high: m.ci_high,
        tolerance: m.tolerance,
        format: (v) => changeText(m.metric === 'error_rate', v),
        status: CHANGE_STATUS[m.verdict]
      })
    }))
  }
}
