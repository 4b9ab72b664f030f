import { createClock, type Clock } from '../clock.js'
import type { PacingOutcome, RunHooks, RunOutcome, StagePlan, StageTiming } from '../load-runner.js'
import { Recorder } from '../recorder.js'
import { RunFeed } from '../run-feed.js'
import { threadCpuMeter } from '../thread-cpu.js'
import type { FromWorker, WorkerHandle, WorkerOutcome, WorkerSpawner } from './protocol.js'
import { appendBatch } from './record-batch.js'
import { workerPlan } from './worker-share.js'
import { mergedSessions } from '../session/session-stats.js'

/** One worker as the main thread follows it. */
interface Follower {
  handle: WorkerHandle
  ready: boolean
  users: number
  /** the worker's error ids → the main recorder's */
  errorIds: number[]
  /** stages whose end it reported */
  reported: Set<number>
  timings: StageTiming[]
  outcome?: WorkerOutcome
  /** it exited or failed: it will send nothing more */
  gone: boolean
}

/**
 * Runs a plan on `count` worker threads, each driving its share of the load
 * as one process would, and merges them into one run: every worker's records
 * go into one recorder (so CSV, metrics and gate are those of one run, to the
 * request), one progress line, one stop policy judged on all workers'
 * records at each stage's end, one abort for all.
 */
export function runOnWorkers(
  plan: StagePlan,
  count: number,
  hooks: RunHooks,
  spawn: WorkerSpawner
): Promise<RunOutcome> {
  return new WorkerRun(plan, count, hooks, spawn).run()
}

class WorkerRun {
  private readonly clock: Clock
  private readonly recorder: Recorder
  private readonly feed: RunFeed
  private readonly totalSec: number
  private readonly workers: Follower[] = []
  /** the merged timings of the stages judged so far, as the stop policy reads them */
  private readonly judged: StageTiming[] = []
  /** recorder.length when each stage began: no record of stage k exists before it was started */
  private readonly firstRecord: number[] = [0]
  private startUs?: number
  private stoppedEarly?: string
  private failure?: Error
  private ticker?: NodeJS.Timeout
  private readonly cpu = threadCpuMeter()
  private readonly cpuAtStart = this.cpu()
  private settle!: () => void
  private readonly over = new Promise<void>((r) => (this.settle = r))

  constructor(
    private readonly plan: StagePlan,
    private readonly count: number,
    private readonly hooks: RunHooks,
    private readonly spawn: WorkerSpawner
  ) {
    this.clock = hooks.clock ?? createClock()
    this.recorder = hooks.recorder ?? new Recorder(this.clock.epochMs)
    this.feed = new RunFeed(this.recorder, hooks)
    this.totalSec = plan.stages.reduce((a, s) => a + s.durationSec, 0)
  }

  async run(): Promise<RunOutcome> {
    const onAbort = (): void => this.broadcastAbort()
    this.hooks.signal?.addEventListener('abort', onAbort, { once: true })
    try {
      for (let i = 0; i < this.count; i++) this.follow(i)
      if (this.hooks.signal?.aborted) onAbort()
      await this.over
    } finally {
      clearInterval(this.ticker)
      this.hooks.signal?.removeEventListener('abort', onAbort)
      await Promise.all(this.workers.map((w) => w.handle.terminate().catch(() => 0)))
    }
    await this.feed.drained(
      this.startUs === undefined ? undefined : (this.clock.nowUs() - this.startUs) / 1e6
    )
    // nothing came back from any worker: there is no run to report
    if (this.failure && !this.workers.some((w) => w.outcome)) throw this.failure
    return this.outcome()
  }

  private follow(index: number): void {
    const plan = workerPlan(this.plan, index, this.count)
    const handle = this.spawn({
      plan,
      clock: { epochMs: this.clock.epochMs, originNs: this.clock.originNs }
    })
    const w: Follower = {
      handle,
      ready: false,
      // until its first report: the users it starts with
      users: plan.stages[0].users,
      errorIds: [0],
      reported: new Set(),
      timings: [],
      gone: false
    }
    this.workers.push(w)
    handle.on('message', (m: FromWorker) => this.onMessage(w, m))
    handle.on('error', (err: Error) => this.lost(w, err))
    handle.on('exit', (code: number) => {
      if (!w.outcome) this.lost(w, new Error(`a load worker exited (code ${code}) before the run ended`))
    })
  }

  private onMessage(w: Follower, m: FromWorker): void {
    switch (m.type) {
      case 'ready':
        w.ready = true
        if (this.workers.length === this.count && this.workers.every((x) => x.ready)) this.start()
        return
      case 'records':
        appendBatch(this.recorder, m.batch, w.errorIds)
        w.users = m.users
        return
      case 'stage-end':
        w.users = m.users
        w.timings[m.timing.index] = m.timing
        w.reported.add(m.timing.index)
        this.judge(m.timing.index)
        return
      case 'done':
        w.outcome = m.outcome
        w.gone = true
        this.judge(this.judged.length)
        this.settleWhenAllGone()
        return
      case 'failed':
        this.lost(w, new Error(m.message))
    }
  }

  /** Every worker started together, at one time on the shared clock. */
  private start(): void {
    const atUs = this.clock.nowUs()
    this.startUs = atUs
    for (const w of this.workers) w.handle.postMessage({ type: 'start', atUs })
    this.ticker = setInterval(() => this.tick(), 1000)
  }

  private tick(): void {
    this.feed.tick({
      elapsedSec: (this.clock.nowUs() - (this.startUs ?? 0)) / 1e6,
      totalSec: this.totalSec,
      users: this.workers.reduce((a, w) => a + w.users, 0)
    })
  }

  /**
   * Stage `index` is judged once every worker still running has reported its
   * end (their records came first): the stop policy sees the whole stage, and
   * every worker then goes on to the next stage, or stops, together.
   */
  private judge(index: number): void {
    // a stop policy that throws ends the run as a worker's failure would: partial, saying why
    this.judgeWhenAllReported(index).catch((err: Error) => {
      this.failure ??= err
      this.broadcastAbort()
    })
  }

  private async judgeWhenAllReported(index: number): Promise<void> {
    if (index !== this.judged.length || index >= this.plan.stages.length) return
    const live = this.workers.filter((w) => !w.gone)
    if (!live.every((w) => w.reported.has(index))) return
    // every worker that reported the stage counts in it, also one that has finished since
    const reported = this.workers.filter((w) => w.reported.has(index))
    if (reported.length === 0) return
    const timing = this.mergedStage(index, reported)
    this.judged.push(timing)
    this.firstRecord[index + 1] = this.recorder.length
    const stop = await this.hooks.onStageEnd?.(timing, this.recorder, this.judged)
    this.stoppedEarly ??= stop
    for (const w of this.workers.filter((x) => !x.gone))
      w.handle.postMessage({ type: 'stage', index, ...(stop ? { stop } : {}) })
  }

  /** The stage as judged now: its load runs on until every worker has the word. */
  private mergedStage(index: number, live: Follower[]): StageTiming {
    const reported = live.map((w) => w.timings[index])
    return { ...this.combined(index, reported), endUs: this.clock.nowUs() }
  }

  /**
   * A worker that failed or died: the run cannot be whole, so every other
   * stops too, and what they recorded is kept as a partial run (as a signal's).
   */
  private lost(w: Follower, err: Error): void {
    if (w.gone) return
    w.gone = true
    this.failure ??= err
    this.broadcastAbort()
    this.settleWhenAllGone()
  }

  private broadcastAbort(): void {
    for (const w of this.workers) if (!w.gone) w.handle.postMessage({ type: 'abort' })
  }

  private settleWhenAllGone(): void {
    if (this.workers.length === this.count && this.workers.every((w) => w.gone)) this.settle()
  }

  /** The workers' outcomes as one run's: the earliest start, the latest end, stages and pacing added up. */
  private outcome(): RunOutcome {
    const outs = this.workers.flatMap((w) => (w.outcome ? [w.outcome] : []))
    const startUs = Math.min(...outs.map((o) => o.startUs))
    const endUs = Math.max(...outs.map((o) => o.endUs))
    const aborted = outs.find((o) => o.partial)
    const stageCount = Math.max(...outs.map((o) => o.stages.length))
    return {
      recorder: this.recorder,
      startedAtMs: this.clock.epochMs + startUs / 1000,
      endedAtMs: this.clock.epochMs + endUs / 1000,
      startUs,
      endUs,
      partial: aborted !== undefined || this.failure !== undefined,
      abortReason: this.failure ? `a load worker failed: ${this.failure.message}` : aborted?.abortReason,
      stages: Array.from({ length: stageCount }, (_, k) =>
        this.combined(
          k,
          outs.map((o) => o.stages[k])
        )
      ),
      // a worker's own reason: its share of a `unique` data file was used up
      stoppedEarly: this.stoppedEarly ?? outs.find((o) => o.stoppedEarly)?.stoppedEarly,
      mainThreadCpuPercent: this.mainThreadCpu(endUs - (this.startUs ?? startUs)),
      ...(outs.some((o) => o.dataTaken)
        ? { dataTaken: this.workers.map((w) => w.outcome?.dataTaken?.[0] ?? 0) }
        : {}),
      ...(outs[0].pacing ? { pacing: addPacing(outs.map((o) => o.pacing!)) } : {}),
      ...mergedSessions(outs)
    }
  }

  private mainThreadCpu(wallUs: number): number {
    const now = this.cpu()
    const used = now.user - this.cpuAtStart.user + now.system - this.cpuAtStart.system
    return (used / Math.max(1, wallUs)) * 100
  }

  /** Stage k of the whole run: every worker's users, the busiest worker's generator load. */
  private combined(k: number, workers: (StageTiming | undefined)[]): StageTiming {
    const ts = workers.filter((t) => t !== undefined)
    return {
      index: k,
      users: ts.reduce((a, t) => a + t.users, 0),
      startUs: Math.min(...ts.map((t) => t.startUs)),
      endUs: Math.max(...ts.map((t) => t.endUs)),
      firstRecord: this.firstRecord[k] ?? 0,
      eventLoopP99Ms: Math.max(...ts.map((t) => t.eventLoopP99Ms)),
      cpuPercent: Math.max(...ts.map((t) => t.cpuPercent))
    }
  }
}

function addPacing(ps: PacingOutcome[]): PacingOutcome {
  const sum = (f: (p: PacingOutcome) => number): number => ps.reduce((a, p) => a + f(p), 0)
  return {
    rate: sum((p) => p.rate),
    due: sum((p) => p.due),
    sent: sum((p) => p.sent),
    late: sum((p) => p.late),
    dropped: sum((p) => p.dropped),
    droppedAtEnd: sum((p) => p.droppedAtEnd),
    maxUsers: sum((p) => p.maxUsers),
    usersReached: sum((p) => p.usersReached)
  }
}
