import autocannon from 'autocannon'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { Target } from '../config/resolve.js'
import { VERIFIED_TLS } from '../config/tls.js'
import { verifyClientTls } from './tls-verify.js'
import type { AutocannonClient } from './autocannon-client.js'
import { createClock, type Clock } from './clock.js'
import { recordConnection, type ConnectionHandle } from './connection-recorder.js'
import { ReconnectBackoff } from './reconnect-backoff.js'
import { Pacer, type PacingStats } from './pacer.js'
import type { ProgressSnapshot } from './progress.js'
import { RunFeed } from './run-feed.js'
import type { CpuMeter } from './thread-cpu.js'
import { Recorder } from './recorder.js'
import { CycleCursor, requestCycle, type TaggedRequest } from './request-plan.js'
import { RequestRenderer, type RunInputs } from './request-renderer.js'

/** A step of constant load; connections are only ever added between stages, never closed. */
export interface Stage {
  users: number
  durationSec: number
}

/** What to run: closed-loop load of each stage's `users` connections, one stage after the other. */
export interface StagePlan {
  target: Target
  stages: Stage[]
  /** requests per second, paced evenly: each request is due at start + k/rps */
  rps?: number
  /**
   * `open` (default): an arrival rate; requests wait for a connection (late)
   * and more connections open. `cap`: at most rps, a request with no idle
   * connection is skipped; the stages' users set the load.
   */
  pacing?: 'open' | 'cap'
  /** paced runs: the most connections to open when the target slows (none beyond the stage's users if unset) */
  maxUsers?: number
  timeoutSec: number
  /**
   * Paced runs on several workers: this one sends requests index, index+of,
   * index+2·of … (0-based) of the whole schedule at `rps`, so the workers'
   * requests interleave and add up to the schedule exactly.
   */
  paceShare?: { index: number; of: number }
  /** data rows, captured values and this generator's share of them, for `{{…}}` placeholders */
  inputs?: RunInputs
  /** where in the request cycle to begin: a run that goes on after another (an A/B side's next slice) keeps its mix */
  cycleStart?: number
}

/** When each stage ran, and how busy the load generator itself was meanwhile. */
export interface StageTiming {
  index: number
  users: number
  startUs: number
  endUs: number
  /** recorder.length when the stage began: none of its requests is recorded before this */
  firstRecord: number
  /** p99 of this process's event-loop delay during the stage */
  eventLoopP99Ms: number
  /** CPU time of this process over wall time, in percent of one core */
  cpuPercent: number
}

export interface RunHooks {
  /** per-second snapshot for progress output */
  onProgress?: (s: ProgressSnapshot) => void
  /** new records [from, to) since the last call, once a second and at the end (e.g. to stream the CSV) */
  onRecords?: (recorder: Recorder, from: number, to: number) => void | Promise<void>
  /**
   * After each stage: return a reason to end the run there (the rest of the
   * ramp is skipped). A promise keeps the stage's load running until it
   * settles (a worker waits for the main thread's word).
   */
  onStageEnd?: (
    stage: StageTiming,
    recorder: Recorder,
    all: readonly StageTiming[]
  ) => string | undefined | Promise<string | undefined>
  /**
   * Called once before the load starts, when a paced run's first connections
   * are open; the run starts when it settles, at the µs it gives (else now).
   * Workers start together this way.
   */
  ready?: () => Promise<number | undefined>
  /** aborting stops the load; what was recorded is kept and the outcome is marked partial */
  signal?: AbortSignal
  recorder?: Recorder
  clock?: Clock
  /** the generator's CPU time (default process.cpuUsage; a worker thread counts its own) */
  cpu?: CpuMeter
  /** free records once `onRecords` took them (a worker thread sends them on and keeps no copy) */
  releaseTaken?: boolean
  /** call `onStageEnd` only once `onRecords` took the stage's records (a worker's are judged elsewhere) */
  recordsBeforeStageEnd?: boolean
}

export interface RunOutcome {
  recorder: Recorder
  /** wall-clock ms of the first request and of the end of the load */
  startedAtMs: number
  endedAtMs: number
  /** µs on the recorder's clock */
  startUs: number
  endUs: number
  partial: boolean
  /** why the run was stopped before its end, when it was */
  abortReason?: string
  /** the stages that ran (one for a load test) */
  stages: StageTiming[]
  /** why a ramp ended before its last stage, when `onStageEnd` asked for it */
  stoppedEarly?: string
  /** paced runs: what was asked, sent, late and dropped */
  pacing?: PacingOutcome
  /**
   * A/B runs: when this side's load ran (µs), between which the other side's
   * did. Its throughput divides by their total; its time series skips the gaps.
   */
  slices?: { startUs: number; endUs: number }[]
  /** --workers: CPU of the main thread (merging records, the CSV) over the run, % of one core */
  mainThreadCpuPercent?: number
  /** data rows each load generator used (by worker index), for a run that goes on after this one */
  dataTaken?: number[]
  /** the request cycle position the next request would have taken, for a run that goes on after this one */
  cycleNext?: number
}

export interface PacingOutcome extends PacingStats {
  /** connections allowed, and opened at most */
  maxUsers: number
  usersReached: number
}

/** How often a draining run looks for connections that still have a request in flight. */
const DRAIN_POLL_MS = 10
/** After opening connections for a paced run, wait this long before opening more. */
const GROWTH_COOLDOWN_MS = 50
/** The event-loop delay monitor samples this often (ms). */
const LOOP_SAMPLE_MS = 10
/** A shortage of connections that lasts this long opens more. */
const SHORTAGE_MS = 5
/** A paced run waits at most this long for its first connections before its schedule starts. */
const CONNECT_WAIT_MS = 1000

/**
 * Drives autocannon and records every request. Each stage adds the
 * connections it needs on top of the ones already open, so load never drops
 * between stages. At the end nothing new is sent and requests in flight are
 * finished, so every request the target received is recorded. Never prints:
 * progress goes to `hooks.onProgress`, records to `hooks.onRecords`.
 */
export function runStages(plan: StagePlan, hooks: RunHooks = {}): Promise<RunOutcome> {
  return new StageRun(plan, hooks).run()
}

/** The stage that is running: where it began, in time, in records and in CPU use. */
interface StageStart {
  index: number
  startUs: number
  firstRecord: number
  cpu: NodeJS.CpuUsage
}

/**
 * One run's state, named. Its life: `run` starts stage 0; each stage's timer
 * calls `endStage`, which starts the next stage or `beginDrain`s; draining
 * stops every instance once nothing is in flight; `abort` (signal, dead
 * target) stops them at once. The run is over when, after either, the last
 * autocannon instance has finished.
 */
class StageRun {
  private readonly clock: Clock
  private readonly recorder: Recorder
  private readonly requests: TaggedRequest[]
  private readonly cycle: CycleCursor
  private readonly renderer: RequestRenderer
  private readonly totalSec: number
  private startUs: number
  private readonly loopDelay = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS })
  private readonly connections: ConnectionHandle[] = []
  private readonly instances: autocannon.Instance[] = []
  private readonly timings: StageTiming[] = []
  private readonly pacer?: Pacer
  private readonly feed: RunFeed
  private readonly cpu: CpuMeter
  private growthTimer?: NodeJS.Timeout

  private stage: StageStart
  private openUsers = 0
  /** autocannon instances started and not yet finished */
  private running = 0
  private draining = false
  private drainedAtUs?: number
  private abortReason?: string
  private stoppedEarly?: string

  private stageTimer?: NodeJS.Timeout
  private loopDelayReset?: NodeJS.Timeout
  private drainPoll?: NodeJS.Timeout
  private ticker?: NodeJS.Timeout

  private settle!: () => void
  private fail!: (err: Error) => void
  private readonly over = new Promise<void>((resolve, reject) => {
    this.settle = resolve
    this.fail = reject
  })

  constructor(
    private readonly plan: StagePlan,
    private readonly hooks: RunHooks
  ) {
    this.clock = hooks.clock ?? createClock()
    this.recorder = hooks.recorder ?? new Recorder(this.clock.epochMs)
    this.renderer = new RequestRenderer(plan.target.endpoints, new URL(plan.target.baseUrl).host, plan.inputs)
    this.requests = requestCycle(this.renderer.endpoints)
    this.cycle = new CycleCursor(this.requests.length, plan.cycleStart)
    this.totalSec = plan.stages.reduce((a, s) => a + s.durationSec, 0)
    this.startUs = this.clock.nowUs()
    this.feed = new RunFeed(this.recorder, hooks)
    this.cpu = hooks.cpu ?? (() => process.cpuUsage())
    this.stage = this.stageStart(0)
    if (plan.rps) this.pacer = this.createPacer(plan.rps)
  }

  /** Paced runs: request k is due at start + k/rps, for the run's length from `startUs`. */
  private createPacer(rps: number): Pacer {
    const { plan } = this
    return new Pacer({
      rate: rps,
      share: plan.paceShare,
      startUs: this.startUs,
      endUs: this.startUs + this.totalSec * 1e6,
      dropAfterUs: plan.timeoutSec * 1e6,
      timers: {
        nowUs: this.clock.nowUs,
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout)
      },
      waitForConnection: plan.pacing !== 'cap',
      onShortage: () => this.grow(),
      onDrop: (due, why) => this.recordDropped(due, why)
    })
  }

  async run(): Promise<RunOutcome> {
    const onAbort = (): void => this.abort('stopped by signal')
    this.hooks.signal?.addEventListener('abort', onAbort, { once: true })
    this.loopDelay.enable()
    this.ticker = setInterval(() => this.tick(), 1000)
    try {
      // a signal that fired before the start sends nothing at all
      if (this.hooks.signal?.aborted) onAbort()
      else if (this.pacer) await this.startPaced()
      else await this.startWhenReady(() => this.startStage(0))
      await this.over
    } finally {
      clearInterval(this.ticker)
      clearInterval(this.drainPoll)
      clearTimeout(this.stageTimer)
      clearTimeout(this.loopDelayReset)
      clearTimeout(this.growthTimer)
      this.pacer?.stop()
      this.loopDelay.disable()
      this.hooks.signal?.removeEventListener('abort', onAbort)
    }
    return this.outcome()
  }

  /**
   * A paced run's schedule starts once its first connections are open: due
   * requests that found them still connecting would count as late, and
   * the shortage would open connections it does not need.
   */
  private async startPaced(): Promise<void> {
    const { users } = this.plan.stages[0]
    this.addConnections(users)
    this.openUsers = users
    await Promise.race([
      Promise.all(this.connections.map((c) => c.connected)),
      new Promise((r) => setTimeout(r, CONNECT_WAIT_MS))
    ])
    await this.startWhenReady(() => {
      this.startStage(0)
      this.pacer!.start(this.startUs)
    })
  }

  /** Starts the load once `hooks.ready` said so (at once without it), unless aborted meanwhile. */
  private async startWhenReady(start: () => void): Promise<void> {
    if (this.abortReason) return
    const at = this.hooks.ready ? await this.hooks.ready() : undefined
    if (this.abortReason) return
    this.startUs = at ?? this.clock.nowUs()
    start()
  }

  private stageStart(index: number): StageStart {
    return {
      index,
      startUs: this.clock.nowUs(),
      firstRecord: this.recorder.length,
      cpu: this.cpu()
    }
  }

  private startStage(index: number): void {
    this.stage = this.stageStart(index)
    this.loopDelay.reset()
    const { users, durationSec } = this.plan.stages[index]
    this.addConnections(users - this.openUsers)
    this.openUsers = Math.max(this.openUsers, users)
    this.stageTimer = setTimeout(() => this.endStage(), durationSec * 1000)
    // opening the stage's connections blocks the loop (tens of ms, more on a busy machine); that is the
    // stage's setup, not a generator too busy for its load: its sample is left out of the stage's delay
    clearTimeout(this.loopDelayReset)
    this.loopDelayReset = setTimeout(() => this.loopDelay.reset(), 2 * LOOP_SAMPLE_MS)
  }

  private endStage(): void {
    // aborted: the abort already closed the stage and stopped the load
    if (this.abortReason) return
    const timing = this.timing(this.clock.nowUs(), true)
    this.timings.push(timing)
    // the stage's records first: a stop policy elsewhere (a worker's main thread) judges them, so
    // a worker hands them on before it says the stage ended
    const flushed = this.feed.flush()
    if (this.hooks.recordsBeforeStageEnd) {
      void flushed.then(() => this.decide(timing))
      return
    }
    this.decide(timing)
  }

  private decide(timing: StageTiming): void {
    const decision = this.hooks.onStageEnd?.(timing, this.recorder, this.timings)
    if (!(decision instanceof Promise)) return this.afterStage(decision)
    decision.then(
      (reason) => {
        // the stage's load ran on until the word came
        timing.endUs = this.clock.nowUs()
        this.afterStage(reason)
      },
      (err: Error) => {
        this.abort(err.message)
      }
    )
  }

  private afterStage(stopReason: string | undefined): void {
    if (this.draining || this.abortReason) return
    this.stoppedEarly ??= stopReason
    const last = this.stage.index === this.plan.stages.length - 1
    // requests due by now go out before the run stops sending
    if (last) this.pacer?.catchUp()
    if (this.stoppedEarly || last) this.beginDrain()
    else this.startStage(this.stage.index + 1)
  }

  /**
   * The load cannot go on (a `unique` data file used up): the running stage
   * ends now, unjudged, and the run drains as at its end; it is complete, not partial.
   */
  private endEarly(reason: string): void {
    if (this.draining || this.abortReason) return
    clearTimeout(this.stageTimer)
    const now = this.clock.nowUs()
    // a stage cut within its first second has no generator load worth judging
    this.timings.push(this.timing(now, now - this.stage.startUs >= 1e6))
    this.stoppedEarly ??= reason
    this.beginDrain()
  }

  /** The running stage's record; load figures only when it ran its course (an aborted stage gets zeros). */
  private timing(endUs: number, measured: boolean): StageTiming {
    const now = this.cpu()
    const cpu = { user: now.user - this.stage.cpu.user, system: now.system - this.stage.cpu.system }
    return {
      index: this.stage.index,
      users: this.openUsers,
      startUs: this.stage.startUs,
      endUs,
      firstRecord: this.stage.firstRecord,
      // the histogram holds the time between samples, the sampling interval included: the delay is the rest
      eventLoopP99Ms: measured ? Math.max(0, this.loopDelay.percentile(99) / 1e6 - LOOP_SAMPLE_MS) : 0,
      cpuPercent: measured ? ((cpu.user + cpu.system) / Math.max(1, endUs - this.stage.startUs)) * 100 : 0
    }
  }

  /** Send nothing new; stop as soon as nothing is in flight. */
  private beginDrain(): void {
    if (this.draining) return
    this.draining = true
    this.pacer?.stop()
    this.settleWhenIdle()
    this.drainPoll = setInterval(() => {
      if (this.connections.some((c) => c.busy())) return
      this.drainedAtUs ??= this.clock.nowUs()
      this.stopAll()
    }, DRAIN_POLL_MS)
  }

  private abort(reason: string): void {
    this.abortReason ??= reason
    this.pacer?.stop()
    if (this.timings.length === this.stage.index) this.timings.push(this.timing(this.clock.nowUs(), false))
    this.stopAll()
    this.settleWhenIdle()
  }

  /**
   * A paced request that waited past the timeout for a connection is still a
   * request the test asked for: it is recorded as a timeout, timed from its
   * due time, so it counts in the error rate and the percentiles like any
   * request the target left waiting (it was never sent, so throughput leaves
   * it out). One still waiting when the run ended is only counted
   * (`droppedAtEnd`): the run, not the target, cut it short. Endpoints follow
   * the request cycle, as a sent request's would: it takes its place in the mix.
   */
  private recordDropped(dueUs: number, why: 'timeout' | 'ended'): void {
    if (why === 'ended') return
    const now = this.clock.nowUs()
    const ep = this.requests[this.cycle.next()].ep
    const id = this.recorder.errorId(
      'timeout',
      'not sent: no connection came free within the timeout (raise --max-users or lower --rps)'
    )
    this.recorder.add(dueUs, now - dueUs, ep, 0, id, 0, this.stage.index, now - dueUs)
  }

  /**
   * A paced request found no free connection. Connections busy for a moment
   * (a GC pause, a slow response) free up within milliseconds, and opening
   * more then only costs the generator time: more (doubling, up to maxUsers)
   * open only when requests are still waiting SHORTAGE_MS later.
   */
  private grow(): void {
    const max = this.plan.maxUsers ?? 0
    if (this.growthTimer || this.openUsers >= max || this.draining || this.abortReason) return
    this.growthTimer = setTimeout(() => {
      this.growthTimer = undefined
      if ((this.pacer?.waiting() ?? 0) > 0) this.openMore(max)
    }, SHORTAGE_MS)
  }

  private openMore(max: number): void {
    if (this.openUsers >= max || this.draining || this.abortReason) return
    const add = Math.min(max - this.openUsers, Math.max(1, this.openUsers))
    this.addConnections(add)
    this.openUsers += add
    this.growthTimer = setTimeout(() => (this.growthTimer = undefined), GROWTH_COOLDOWN_MS)
  }

  private stopAll(): void {
    for (const i of this.instances) i.stop()
  }

  /** The run is over once it is draining or aborted and no instance is left running. */
  private settleWhenIdle(): void {
    if ((this.draining || this.abortReason) && this.running === 0) this.settle()
  }

  private addConnections(count: number): void {
    if (count <= 0) return
    const { plan } = this
    const secure = plan.target.baseUrl.startsWith('https:')
    this.running++
    const instance = autocannon(
      {
        url: plan.target.baseUrl,
        connections: count,
        // autocannon's own clock is only a backstop; we end the run ourselves
        duration: this.totalSec + plan.timeoutSec + 5,
        // autocannon checks its stop flag once per sample interval
        sampleInt: 100,
        // autocannon refuses timeouts under 1 s; the exact value is set per client below
        timeout: Math.max(1, Math.ceil(plan.timeoutSec)),
        pipelining: 1,
        requests: this.requests as never,
        setupClient: ((client: AutocannonClient) => {
          client.timeout = plan.timeoutSec * 1000
          // before autocannon opens the first connection, which it does right after this
          if (secure) verifyClientTls(client, plan.target.tls ?? VERIFIED_TLS)
          const backoff = new ReconnectBackoff()
          this.connections.push(
            recordConnection(client, {
              recorder: this.recorder,
              nowUs: this.clock.nowUs,
              stage: () => this.stage.index,
              // aborted: send nothing new while autocannon gets round to stopping (once per sample interval);
              // waiting to reconnect to a target that refused: no socket to send on
              maySend: () =>
                !this.draining &&
                this.abortReason === undefined &&
                !backoff.waiting &&
                !this.renderer.exhausted,
              pacer: this.pacer,
              renderer: this.renderer,
              nextInCycle: () => this.cycle.next(),
              onExhausted: () => this.endEarly(this.renderer.exhaustedNote())
            })
          )
          backoff.install(client)
          skipAutocannonBookkeeping(client)
        }) as never,
        skipAggregateResult: true
      } as autocannon.Options,
      (err) => {
        this.running--
        if (err) {
          this.stopAll()
          this.fail(err)
        } else this.settleWhenIdle()
      }
    )
    this.instances.push(instance)
  }

  /** Once a second: progress, and records out to `onRecords`. */
  private tick(): void {
    this.feed.tick({
      elapsedSec: (this.clock.nowUs() - this.startUs) / 1e6,
      totalSec: this.totalSec,
      users: this.openUsers
    })
  }

  private async outcome(): Promise<RunOutcome> {
    const endUs = this.drainedAtUs ?? this.clock.nowUs()
    const last = this.timings[this.timings.length - 1]
    if (last && last.endUs > endUs) last.endUs = endUs
    await this.feed.drained()
    return {
      recorder: this.recorder,
      startedAtMs: this.clock.epochMs + this.startUs / 1000,
      endedAtMs: this.clock.epochMs + endUs / 1000,
      startUs: this.startUs,
      endUs,
      partial: this.abortReason !== undefined,
      abortReason: this.abortReason,
      stages: this.timings,
      stoppedEarly: this.stoppedEarly,
      ...(this.renderer.taken > 0 ? { dataTaken: [this.renderer.taken] } : {}),
      cycleNext: this.cycle.at,
      ...(this.pacer && this.plan.pacing !== 'cap'
        ? {
            pacing: {
              ...this.pacer.stats,
              maxUsers: Math.max(this.plan.maxUsers ?? 0, this.openUsers),
              usersReached: this.openUsers
            }
          }
        : {})
    }
  }
}

/**
 * autocannon attaches its own per-response bookkeeping (status tallies, an
 * HDR histogram in whole milliseconds, an event per response) right after
 * `setupClient` returns. perf-gate reads none of it (skipAggregateResult, no
 * amount, no bailout): every figure comes from the recorder. Dropping those
 * listeners on the next tick, before any response can arrive, leaves the
 * per-request work to the recorder alone.
 */
function skipAutocannonBookkeeping(client: AutocannonClient): void {
  const ours = new Set(client.listeners('response'))
  process.nextTick(() => {
    for (const l of client.listeners('response')) {
      if (!ours.has(l)) client.removeListener('response', l as (...a: unknown[]) => void)
    }
  })
}
