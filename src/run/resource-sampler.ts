import { InputError } from '../config/errors.js'
import { ResourceSeries, type ResourceReading } from '../metrics/resource-series.js'
import type { WatchedProcess } from '../metrics/resources.js'
import {
  processExists,
  processName,
  procUnavailable,
  readTree,
  USER_HZ,
  type ProcStat
} from './process-tree.js'

/** The service's process to sample during a run: the one `--start` started, or `--watch-pid`'s. */
export interface ResourceWatch {
  pid: number
  watched: WatchedProcess['watched']
  /** `--start`'s command, secrets redacted; unset: the process's name is read */
  command?: string
  /** how messages name where the pid came from: `--watch-pid`, `watch-pid`, `--start` */
  label: string
}

export interface SamplerHooks {
  /** each reading as it is taken (the Prometheus exporter's gauges) */
  onReading?: (r: ResourceReading) => void
  /** where the sampler says what happened to the process (stderr, the action's log) */
  log?: (line: string) => void
  intervalMs?: number
  procRoot?: string
}

/** What a run keeps of its watched process: the series and what became of it. */
export interface Watched {
  series: ResourceSeries
  proc: WatchedProcess
}

/**
 * What a run watches: the service perf-gate started (`--start`; its shell
 * and everything below it), else the process given (`--watch-pid`), else nothing.
 */
export function resourceWatch(
  started: { pid: number; command: string } | undefined,
  watchPid: number | undefined,
  labels: { start: string; watchPid: string }
): ResourceWatch | undefined {
  if (started) return { pid: started.pid, watched: 'start', command: started.command, label: labels.start }
  if (watchPid !== undefined) return { pid: watchPid, watched: 'watch_pid', label: labels.watchPid }
  return undefined
}

/** A `--watch-pid` that names no running process is refused before anything runs (exit 2). */
export function checkWatchable(watch: ResourceWatch): void {
  if (watch.watched === 'watch_pid' && !processExists(watch.pid))
    throw new InputError(
      watch.label,
      `no process ${watch.pid} is running: give the pid of the running service (e.g. $(pgrep -f my-service))`
    )
}

/**
 * Samples the process tree under `watch.pid` once a second until `stop()`:
 * its RSS summed, and its CPU time over wall time. Where /proc cannot be
 * read it says so once and samples nothing; a process that exits is said,
 * and sampling stops there. Neither stops the run.
 */
export class ResourceSampler {
  private readonly series = new ResourceSeries()
  private readonly proc: WatchedProcess
  private timer?: NodeJS.Timeout
  private reading?: Promise<void>
  private previous?: { atMs: number; ticks: Map<number, ProcStat> }
  private stopped = false

  private constructor(
    private readonly watch: ResourceWatch,
    private readonly hooks: SamplerHooks
  ) {
    this.proc = {
      pid: watch.pid,
      watched: watch.watched,
      ...(watch.command ? { command: watch.command } : {})
    }
  }

  static async start(watch: ResourceWatch, hooks: SamplerHooks = {}): Promise<ResourceSampler> {
    const s = new ResourceSampler(watch, hooks)
    const why = await procUnavailable(hooks.procRoot)
    if (why) {
      s.proc.unavailable = why
      hooks.log?.(
        `perf-gate: the service's memory and CPU are unavailable: ${why}; the run goes on without them`
      )
      return s
    }
    s.proc.command ??= await processName(watch.pid, hooks.procRoot)
    await s.read()
    if (!s.stopped) {
      const every = hooks.intervalMs ?? 1000
      hooks.log?.(
        `perf-gate: sampling the memory and CPU of pid ${watch.pid}${s.proc.command ? ` (${s.proc.command})` : ''} and its children every ${every / 1000} s`
      )
      s.timer = setInterval(() => {
        // a reading slower than the interval (a loaded machine) is not stacked on
        s.reading ??= s.read().finally(() => (s.reading = undefined))
      }, every)
    }
    return s
  }

  /** Ends the sampling (waiting for a reading under way) and hands over what was read. */
  async stop(): Promise<Watched> {
    this.stopped = true
    clearInterval(this.timer)
    await this.reading
    return { series: this.series, proc: this.proc }
  }

  private async read(): Promise<void> {
    const tree = await readTree(this.watch.pid, this.hooks.procRoot)
    if (this.stopped && this.previous) return
    const atMs = Date.now()
    if (!tree) return this.gone(atMs)
    const ticks = new Map(tree.processes.map((p) => [p.pid, p]))
    const prev = this.previous
    this.previous = { atMs, ticks }
    // the first reading is the baseline CPU times are counted from
    if (!prev) return
    let used = 0
    for (const p of tree.processes) {
      const before = prev.ticks.get(p.pid)
      // a process new to the tree (or a pid reused) counts all its time: it began since the last reading
      used +=
        before && before.startTicks === p.startTicks ? Math.max(0, p.cpuTicks - before.cpuTicks) : p.cpuTicks
    }
    const seconds = Math.max(1e-3, (atMs - prev.atMs) / 1000)
    const reading = {
      atMs,
      rssBytes: tree.rssBytes,
      cpuPercent: (100 * used) / USER_HZ / seconds,
      processes: tree.processes.length
    }
    this.series.add(reading)
    this.hooks.onReading?.(reading)
  }

  private gone(atMs: number): void {
    if (this.proc.exitedAtMs !== undefined) return
    this.proc.exitedAtMs = atMs
    this.stopped = true
    clearInterval(this.timer)
    this.hooks.log?.(
      `⚠ the watched process ${this.watch.pid} (${this.watch.label}) is gone: its memory and CPU are no longer sampled; the run goes on`
    )
  }
}

/** Runs `fn` with `watch`'s process sampled throughout; without a watch, just `fn`. */
export async function sampledDuring<T>(
  watch: ResourceWatch | undefined,
  hooks: SamplerHooks,
  fn: () => Promise<T>
): Promise<{ value: T; watched?: Watched }> {
  if (!watch) return { value: await fn() }
  const sampler = await ResourceSampler.start(watch, hooks)
  try {
    const value = await fn()
    return { value, watched: await sampler.stop() }
  } finally {
    await sampler.stop()
  }
}
