import { barChart, lineChart, type ThresholdLine } from '../charts/svg-chart.js'
import { downsample } from '../charts/downsample.js'
import { formatCount, formatLimit, formatSecondsRounded } from '../format/numbers.js'
import type { RunDocument } from '../run-document.js'
import { abCharts } from './ab-view.js'
import { resourceCharts } from './resource-charts.js'

/** One figure of the report: an id to link to, a caption, and SVG built by charts/. */
export interface ChartView {
  id: string
  caption: string
  svg: string
}

/** Charts keep at most this many points per series; longer runs are downsampled. */
export const MAX_CHART_POINTS = 300

type Check = RunDocument['thresholds'][string]

function thresholdLines(check: Check | undefined, scale = 1): ThresholdLine[] {
  if (!check) return []
  return [
    {
      value: check.warning * scale,
      label: `warning ${formatLimit(check.warning, check.unit)}`,
      cls: 'threshold-warning'
    },
    {
      value: check.critical * scale,
      label: `critical ${formatLimit(check.critical, check.unit)}`,
      cls: 'threshold-critical'
    }
  ]
}

const secondsTick = (v: number): string => (v === 0 ? '0' : formatLimit(v, 'seconds'))
/** Runs over ten minutes are plotted in minutes, so the ticks land on round minutes. */
export function elapsedAxis(doc: RunDocument): { scale: number; label: string; tick: (v: number) => string } {
  return doc.total_duration > 600
    ? { scale: 1 / 60, label: 'elapsed time (min)', tick: (v) => `${v}m` }
    : { scale: 1, label: 'elapsed time (s)', tick: (v) => `${v}s` }
}

/** The report's charts: latency, throughput, errors, histogram, and for a stress run users against rps and p95. */
export function charts(doc: RunDocument): ChartView[] {
  // an A/B run: its slices, A beside B, in place of B's seconds alone
  const time = doc.mode === 'ab' && doc.baseline?.slice_pairs ? abCharts(doc) : timeCharts(doc)
  // the service's memory and CPU beside the latency they may explain
  const out = [...time, ...resourceCharts(doc), histogramChart(doc)]
  if (doc.stages && doc.stages.length > 0) out.push(...stageCharts(doc))
  return out
}

/** Latency, throughput and errors per second; a warm-up's seconds before 0, shaded. */
function timeCharts(doc: RunDocument): ChartView[] {
  const t = elapsedAxis(doc)
  // a warm-up's seconds come first, counting up to 0 where the measured run starts, in a shaded band
  const warm = doc.warmup?.timeseries ?? []
  const ts = [...warm.map((p) => ({ ...p, second: p.second - warm.length })), ...doc.timeseries]
  const band =
    warm.length > 0 ? { band: { from: -warm.length * t.scale, to: 0, label: 'warm-up, not measured' } } : {}
  const pts = (f: (p: (typeof ts)[number]) => number): [number, number][] =>
    ts.map((p) => [p.second * t.scale, f(p)])
  return [
    {
      id: 'chart-latency',
      caption: 'Response time over time',
      svg: lineChart({
        title: 'Response time percentiles per second',
        xLabel: t.label,
        yLabel: 'response time',
        formatX: t.tick,
        ...band,
        formatY: secondsTick,
        series: [
          {
            name: 'p50',
            cls: 's1',
            points: downsample(
              pts((p) => p.p50_response_time),
              MAX_CHART_POINTS,
              'max'
            )
          },
          {
            name: 'p95',
            cls: 's2',
            points: downsample(
              pts((p) => p.p95_response_time),
              MAX_CHART_POINTS,
              'max'
            )
          },
          {
            name: 'p99',
            cls: 's3',
            points: downsample(
              pts((p) => p.p99_response_time),
              MAX_CHART_POINTS,
              'max'
            )
          }
        ],
        thresholds: thresholdLines(doc.thresholds.p95_response_time).map((t) => ({
          ...t,
          label: `p95 ${t.label}`
        }))
      })
    },
    {
      id: 'chart-throughput',
      caption: 'Requests per second',
      svg: lineChart({
        title: 'Completed requests per second',
        xLabel: t.label,
        yLabel: 'requests / s',
        formatX: t.tick,
        ...band,
        formatY: (v) => formatCount(v),
        series: [
          {
            name: 'req/s',
            cls: 's1',
            points: downsample(
              pts((p) => p.requests_per_second),
              MAX_CHART_POINTS,
              'mean'
            )
          }
        ],
        thresholds: thresholdLines(doc.thresholds.requests_per_second)
      })
    },
    {
      id: 'chart-errors',
      caption: 'Error rate over time',
      svg: lineChart({
        title: 'Failed requests per second, in percent of that second',
        xLabel: t.label,
        yLabel: 'error rate',
        formatX: t.tick,
        ...band,
        formatY: (v) => `${+v.toFixed(2)}%`,
        series: [
          {
            name: 'error rate',
            cls: 's2',
            points: downsample(
              pts((p) => (p.requests ? (100 * p.errors) / p.requests : 0)),
              MAX_CHART_POINTS,
              'max'
            )
          }
        ],
        thresholds: thresholdLines(doc.thresholds.error_rate)
      })
    }
  ]
}

function histogramChart(doc: RunDocument): ChartView {
  return {
    id: 'chart-histogram',
    caption: 'Response time distribution',
    svg: barChart({
      title: 'Requests by response time (log-spaced buckets)',
      xLabel: 'response time (bucket start)',
      yLabel: 'requests',
      formatY: (v) => formatCount(v),
      bars: doc.latency_histogram.map((b) => ({
        label: formatSecondsRounded(b.from),
        value: b.count
      }))
    })
  }
}

/** Users against throughput and against p95, with the breaking point marked. */
function stageCharts(doc: RunDocument): ChartView[] {
  const stages = doc.stages!
  const bp = doc.breaking_point
  const at = bp ? stages.find((s) => s.stage === bp.stage) : undefined
  const marker = (y: number) => (at ? [{ x: at.users, y, label: `breaks at ${at.users} users` }] : [])
  return [
    {
      id: 'chart-users-rps',
      caption: 'Users vs throughput',
      svg: lineChart({
        title: 'Requests per second at each stage',
        xLabel: 'users',
        yLabel: 'requests / s',
        formatX: (v) => String(v),
        formatY: (v) => formatCount(v),
        series: [{ name: 'req/s', cls: 's1', points: stages.map((s) => [s.users, s.rps]) }],
        markers: at ? marker(at.rps) : []
      })
    },
    {
      id: 'chart-users-p95',
      caption: 'Users vs p95 response time',
      svg: lineChart({
        title: 'p95 response time at each stage',
        xLabel: 'users',
        yLabel: 'p95',
        formatX: (v) => String(v),
        formatY: secondsTick,
        series: [{ name: 'p95', cls: 's2', points: stages.map((s) => [s.users, s.p95]) }],
        thresholds: thresholdLines(doc.thresholds.p95_response_time),
        markers: at ? marker(at.p95) : []
      })
    }
  ]
}
