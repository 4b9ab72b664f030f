import { linearRegression, linearRegressionLine } from 'simple-statistics'
import { lineChart } from '../charts/svg-chart.js'
import { driftMethod, driftRows, type DriftRow } from '../format/drift-rows.js'
import { formatLimit } from '../format/numbers.js'
import type { RunDocument } from '../run-document.js'

/** report.html's drift: the table, and the run's p50 and p95 per minute with their trend. */
export interface DriftView {
  hasDrift: boolean
  driftRows: DriftRow[]
  driftNote: string
  driftChart: string
}

export function driftView(doc: RunDocument): DriftView {
  const d = doc.drift
  if (!d) return { hasDrift: false, driftRows: [], driftNote: '', driftChart: '' }
  return { hasDrift: true, driftRows: driftRows(d), driftNote: driftMethod(d), driftChart: trendChart(doc) }
}

/**
 * p50 and p95 per bucket (a minute; ten seconds in a run under ten
 * minutes: enough points to see a trend) as the median of its seconds',
 * and the least-squares line through the p95s.
 */
function trendChart(doc: RunDocument): string {
  const bucket = doc.total_duration >= 600 ? 60 : 10
  const minutes = bucket === 60
  const groups = new Map<number, { p50: number[]; p95: number[] }>()
  for (const p of doc.timeseries) {
    if (p.requests === 0) continue
    const k = Math.floor(p.second / bucket)
    const g = groups.get(k) ?? { p50: [], p95: [] }
    g.p50.push(p.p50_response_time)
    g.p95.push(p.p95_response_time)
    groups.set(k, g)
  }
  const keys = [...groups.keys()].sort((a, b) => a - b)
  const x = (k: number): number => (minutes ? k : k * bucket)
  const p50 = keys.map((k): [number, number] => [x(k), median(groups.get(k)!.p50)])
  const p95 = keys.map((k): [number, number] => [x(k), median(groups.get(k)!.p95)])
  const trend =
    p95.length >= 2
      ? (() => {
          const line = linearRegressionLine(linearRegression(p95))
          const [a, b] = [p95[0][0], p95[p95.length - 1][0]]
          return [
            [a, line(a)],
            [b, line(b)]
          ] as [number, number][]
        })()
      : []
  return lineChart({
    title: `Response time per ${minutes ? 'minute' : '10 seconds'} (median of its seconds) and the p95 trend`,
    xLabel: minutes ? 'elapsed time (min)' : 'elapsed time (s)',
    yLabel: 'response time',
    formatX: (v) => (minutes ? `${v}m` : `${v}s`),
    formatY: (v) => (v === 0 ? '0' : formatLimit(v, 'seconds')),
    series: [
      { name: 'p50', cls: 's1', points: p50 },
      { name: 'p95', cls: 's2', points: p95 },
      ...(trend.length ? [{ name: 'p95 trend (least squares)', cls: 's3', points: trend }] : [])
    ]
  })
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
