import { downsample } from '../charts/downsample.js'
import { lineChart, type Series } from '../charts/svg-chart.js'
import { formatBytes, formatGrowth } from '../format/numbers.js'
import type { RunDocument } from '../run-document.js'
import { elapsedAxis, MAX_CHART_POINTS, type ChartView } from './report-charts.js'

/**
 * The service's RSS with its fitted trend, and its CPU, over the run's
 * seconds (`--start`, `--watch-pid`); a warm-up's before 0, shaded as on
 * the latency chart. None when the service was not watched or had no figures.
 */
export function resourceCharts(doc: RunDocument): ChartView[] {
  const r = doc.resources
  if (!r || r.samples.length === 0) return []
  const t = elapsedAxis(doc)
  const first = r.samples[0].second
  const band =
    first < 0 && doc.warmup ? { band: { from: first * t.scale, to: 0, label: 'warm-up, not measured' } } : {}
  const samples = r.samples
  const pts = (f: (p: (typeof samples)[number]) => number): [number, number][] =>
    downsample(
      samples.map((p) => [p.second * t.scale, f(p)]),
      MAX_CHART_POINTS,
      'mean'
    )
  const series: Series[] = [{ name: 'RSS', cls: 's1', points: pts((p) => p.rss_bytes) }]
  const trend = r.rss_trend
  if (trend) {
    const end = trend.start_bytes + (trend.bytes_per_hour * (trend.to_second - trend.from_second)) / 3600
    series.push({
      name: `trend ${formatGrowth(trend.bytes_per_hour)}`,
      cls: 's3 trend',
      points: [
        [trend.from_second * t.scale, trend.start_bytes],
        [trend.to_second * t.scale, Math.max(0, end)]
      ]
    })
  }
  return [
    {
      id: 'chart-rss',
      caption: 'Service memory (RSS) over time',
      svg: lineChart({
        title: 'Resident memory of the service and its child processes, with the fitted trend',
        xLabel: t.label,
        yLabel: 'RSS',
        formatX: t.tick,
        ...band,
        formatY: (v) => (v === 0 ? '0' : formatBytes(v)),
        series
      })
    },
    {
      id: 'chart-cpu',
      caption: 'Service CPU over time',
      svg: lineChart({
        title: 'CPU of the service and its child processes, percent of one core',
        xLabel: t.label,
        yLabel: 'CPU',
        formatX: t.tick,
        ...band,
        formatY: (v) => `${+v.toFixed(1)}%`,
        series: [{ name: 'CPU', cls: 's2', points: pts((p) => p.cpu_percent) }]
      })
    }
  ]
}
