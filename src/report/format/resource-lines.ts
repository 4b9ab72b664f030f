import type { ResourceMetrics } from '../../metrics/resources.js'
import { formatBytes, formatGrowth } from './numbers.js'

/**
 * The service's own memory and CPU in words, the same lines in every view
 * (terminal, summary.md, report.html): what was watched, its peak and
 * final RSS and mean CPU, and the RSS trend with its interval, or why
 * there is none.
 */
export function resourceLines(r: ResourceMetrics | undefined): string[] {
  if (!r) return []
  const who = `pid ${r.pid}${r.command ? ` (${r.command})` : ''}`
  if (r.source === 'unavailable')
    return [`Service ${who}: memory and CPU unavailable: ${r.unavailable_reason}`]
  const procs = r.processes && r.processes > 1 ? ` and its children (${r.processes} processes)` : ''
  const lines = [
    `Service ${who}${procs}: ` +
      (r.peak_rss_bytes !== undefined
        ? `RSS peak ${formatBytes(r.peak_rss_bytes)}, final ${formatBytes(r.final_rss_bytes ?? 0)}; CPU ${r.average_cpu_percent}% of a core on average`
        : 'no reading during the measured run')
  ]
  if (r.exited_at !== undefined)
    lines.push(`The watched process was gone ${r.exited_at} s into the run; it was sampled until then.`)
  lines.push(trendLine(r))
  return lines
}

/** `RSS growth +62 MB/h (95% interval +41 MB/h … +83 MB/h; …)`, or why it was not fitted. */
export function trendLine(r: Pick<ResourceMetrics, 'rss_trend' | 'rss_trend_skipped'>): string {
  const t = r.rss_trend
  if (!t) return `RSS growth not fitted: ${r.rss_trend_skipped ?? 'no samples'}`
  return (
    `RSS growth ${formatGrowth(t.bytes_per_hour)} (${Math.round(t.level * 100)}% interval ${formatGrowth(t.ci_low)} … ${formatGrowth(t.ci_high)}; ` +
    `least squares over ${t.from_second}–${t.to_second} s: ${t.points} samples, as ${t.effective_points} independent ones at lag-1 autocorrelation ${t.lag1_autocorrelation})`
  )
}
