import { lineChart } from '../charts/svg-chart.js'
import { comparisonVerdictText } from '../format/comparison-rows.js'
import { formatCount, formatPercent, formatSeconds } from '../format/numbers.js'
import { abThresholdNote } from '../format/sentences.js'
import type { RunDocument } from '../run-document.js'
import type { ChartView } from './report-charts.js'

/**
 * What report.html shows differently for an A/B run (B's document, A's
 * figures in its `baseline`): the comparison's verdict in the badge, charts
 * and endpoints with A and B side by side. Pure: reads B's metrics.json only,
 * so `perf-gate report` regenerates the same page.
 */

/** The badge's colour for a comparison verdict: a regression reads as a failure. */
const BADGE = { regression: 'fail', inconclusive: 'warning', no_change: 'pass', improvement: 'pass' } as const

export interface AbEndpointRow {
  endpoint: string
  requestsA: string
  requestsB: string
  p50A: string
  p50B: string
  p95A: string
  p95B: string
  errorRateA: string
  errorRateB: string
}

export interface AbView {
  isAb: boolean
  /** the page's badge: the comparison, not B's threshold verdict */
  badge?: { verdict: string; verdictText: string; label: string }
  /** the run's exit verdict, said beside the comparison's */
  abGateText?: string
  abThresholdNote?: string
  abEndpoints?: AbEndpointRow[]
}

export function abView(doc: RunDocument): AbView {
  const cmp = doc.baseline?.comparison
  if (doc.mode !== 'ab' || !cmp) return { isAb: false }
  return {
    isAb: true,
    badge: {
      verdict: BADGE[cmp.verdict],
      verdictText: comparisonVerdictText(cmp.verdict),
      label: 'B against A'
    },
    abGateText: `Exit verdict ${doc.verdict.toUpperCase()}: fails on a ${doc.baseline!.fail_on_regression === 'never' ? 'nothing of the comparison' : doc.baseline!.fail_on_regression === 'inconclusive' ? 'regression or an inconclusive comparison' : 'regression'}, thresholds ${doc.fail_on === 'never' ? 'for information' : `on ${doc.fail_on}`}.`,
    abThresholdNote: abThresholdNote(doc.fail_on),
    abEndpoints: abEndpointRows(doc)
  }
}

/** Each endpoint's figures on A beside B's; an endpoint only one side has shows a dash on the other. */
function abEndpointRows(doc: RunDocument): AbEndpointRow[] {
  const a = new Map((doc.baseline?.a_per_endpoint ?? []).map((e) => [e.endpoint, e]))
  const names = [...doc.per_endpoint.map((e) => e.endpoint), ...[...a.keys()]].filter(
    (n, i, all) => all.indexOf(n) === i
  )
  const b = new Map(doc.per_endpoint.map((e) => [e.endpoint, e]))
  const fig = <T>(e: T | undefined, f: (e: T) => string): string => (e ? f(e) : '–')
  return names.map((name) => {
    const ea = a.get(name)
    const eb = b.get(name)
    return {
      endpoint: name,
      requestsA: fig(ea, (e) => formatCount(e.total_requests)),
      requestsB: fig(eb, (e) => formatCount(e.total_requests)),
      p50A: fig(ea, (e) => formatSeconds(e.median_response_time)),
      p50B: fig(eb, (e) => formatSeconds(e.median_response_time)),
      p95A: fig(ea, (e) => formatSeconds(e.p95_response_time)),
      p95B: fig(eb, (e) => formatSeconds(e.p95_response_time)),
      errorRateA: fig(ea, (e) => formatPercent(e.error_rate)),
      errorRateB: fig(eb, (e) => formatPercent(e.error_rate))
    }
  })
}

/**
 * p95, throughput and error rate slice by slice, A beside B: the pairs the
 * comparison judged. (Each side's per-second series has a gap every other
 * slice, when the other side ran, so it is not what a reader should compare.)
 */
export function abCharts(doc: RunDocument): ChartView[] {
  const pairs = doc.baseline?.slice_pairs ?? []
  const slice = doc.config.ab?.slice ?? 1
  const series = (f: (w: (typeof pairs)[number]['a']) => number) => [
    { name: 'A', cls: 's1', points: pairs.map((p, k) => [k + 1, f(p.a)] as [number, number]) },
    { name: 'B', cls: 's2', points: pairs.map((p, k) => [k + 1, f(p.b)] as [number, number]) }
  ]
  const common = {
    xLabel: `pair of ${+slice.toFixed(2)} s slices`,
    formatX: (v: number) => (Number.isInteger(v) ? String(v) : '')
  }
  return [
    {
      id: 'chart-latency',
      caption: 'p95 response time, A and B, slice by slice',
      svg: lineChart({
        ...common,
        title: 'p95 response time of each slice, A and B',
        yLabel: 'p95',
        formatY: (v) => (v === 0 ? '0' : formatSeconds(v)),
        series: series((w) => w.p95)
      })
    },
    {
      id: 'chart-throughput',
      caption: 'Requests per second, A and B, slice by slice',
      svg: lineChart({
        ...common,
        title: 'Requests per second of each slice, A and B',
        yLabel: 'requests / s',
        formatY: (v) => formatCount(v),
        series: series((w) => (w.seconds > 0 ? w.requests / w.seconds : 0))
      })
    },
    {
      id: 'chart-errors',
      caption: 'Error rate, A and B, slice by slice',
      svg: lineChart({
        ...common,
        title: 'Failed requests of each slice, in percent, A and B',
        yLabel: 'error rate',
        formatY: (v) => `${+v.toFixed(2)}%`,
        series: series((w) => (w.requests ? (100 * w.errors) / w.requests : 0))
      })
    }
  ]
}
