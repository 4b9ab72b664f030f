import type { ResourceSeries } from './resource-series.js'
import { fitRssTrend, trendStart, type RssTrend } from './rss-trend.js'
import { round } from './summary-stats.js'

/** A point of the service's series in metrics.json: the means of its readings. */
export interface ResourcePoint {
  /** seconds since the run began (the warm-up's are before 0) */
  second: number
  /** resident memory of the process and its descendants, bytes */
  rss_bytes: number
  /** their CPU time over wall time, % of one core (above 100 when they use several) */
  cpu_percent: number
}

/** The service's own memory and CPU over the run (`--start` or `--watch-pid`). */
export interface ResourceMetrics {
  /** `proc`: read from Linux's /proc; `unavailable`: not on this system, or /proc unreadable (no figures then) */
  source: 'proc' | 'unavailable'
  /** why the figures are unavailable */
  unavailable_reason?: string
  /** the process watched, with its descendants */
  pid: number
  /** `start`: the service perf-gate started (`--start`); `watch_pid`: the one given (`--watch-pid`) */
  watched: 'start' | 'watch_pid'
  /** `--start`'s command (secrets redacted), or the watched process's name */
  command?: string
  /** the most processes the tree had at once */
  processes?: number
  /** the watched process was gone at this second: sampling stopped there, the run went on */
  exited_at?: number
  /** readings per point of `samples`: 1 (a point a second), doubled each time a long run's series was halved to stay within 3600 points */
  sample_seconds?: number
  samples: ResourcePoint[]
  /** the measured run's highest RSS (bytes; the warm-up left out) */
  peak_rss_bytes?: number
  /** RSS at the last reading */
  final_rss_bytes?: number
  /** the measured run's mean CPU, % of one core */
  average_cpu_percent?: number
  /** RSS growth: the fitted slope and its interval, what the `rss_growth_per_hour` threshold judges */
  rss_trend?: RssTrend
  /** why no trend was fitted (too few samples, a stress ramp, no figures) */
  rss_trend_skipped?: string
}

/** What the run knows of the watched process besides its readings. */
export interface WatchedProcess {
  pid: number
  watched: ResourceMetrics['watched']
  command?: string
  /** why nothing could be read */
  unavailable?: string
  /** wall-clock ms when the process was found gone */
  exitedAtMs?: number
}

/** What the figures are relative to: the measured run's start and length, and its kind. */
export interface ResourceRun {
  startedAtMs: number
  durationSec: number
  mode: string
}

/** The series, the run's figures and its RSS trend, seconds counted from the measured run's start. */
export function resourceMetrics(
  series: ResourceSeries,
  proc: WatchedProcess,
  run: ResourceRun
): ResourceMetrics {
  const base = {
    pid: proc.pid,
    watched: proc.watched,
    ...(proc.command ? { command: proc.command } : {})
  }
  if (proc.unavailable)
    return {
      source: 'unavailable',
      unavailable_reason: proc.unavailable,
      ...base,
      samples: [],
      rss_trend_skipped: `no figures: ${proc.unavailable}`
    }
  const second = (ms: number): number => round((ms - run.startedAtMs) / 1000, 1)
  const points = series.points()
  const samples = points.map((p) => ({
    second: second(p.atMs),
    rss_bytes: Math.round(p.rssBytes),
    cpu_percent: round(p.cpuPercent, 1)
  }))
  const measured = points.filter((p) => p.atMs >= run.startedAtMs)
  const readings = measured.reduce((a, p) => a + p.readings, 0)
  const last = series.latest
  return {
    source: 'proc',
    ...base,
    processes: series.maxProcesses,
    ...(proc.exitedAtMs !== undefined ? { exited_at: second(proc.exitedAtMs) } : {}),
    sample_seconds: series.readingsPerPoint,
    samples,
    ...(measured.length > 0
      ? {
          peak_rss_bytes: Math.max(...measured.map((p) => p.rssPeak)),
          average_cpu_percent: round(
            measured.reduce((a, p) => a + p.cpuPercent * p.readings, 0) / readings,
            1
          )
        }
      : {}),
    ...(last ? { final_rss_bytes: last.rssBytes } : {}),
    ...trendOf(samples, run)
  }
}

/** The RSS trend after the warm-up and the run's first fifth, or why there is none. */
function trendOf(
  samples: readonly ResourcePoint[],
  run: ResourceRun
): Pick<ResourceMetrics, 'rss_trend' | 'rss_trend_skipped'> {
  if (run.mode === 'stress')
    return {
      rss_trend_skipped:
        'a stress ramp raises the load stage by stage, so its memory grows by design: judge leaks on a load or soak run'
    }
  const from = trendStart(run.durationSec)
  const fitted = samples.filter((p) => p.second >= from && p.second <= run.durationSec + 1)
  const trend = fitRssTrend(fitted)
  if (typeof trend !== 'string') return { rss_trend: trend }
  return {
    rss_trend_skipped: `too few samples after the warm-up and the run's first ${Math.round(from)} s: ${trend}; run longer`
  }
}
