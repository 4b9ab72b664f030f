import { createClock, type Clock } from './clock.js'
import { GeneratorMeter } from './generator-meter.js'
import { LoadConnections } from './load-connections.js'
import type { RunHooks, RunOutcome, StagePlan, StageTiming } from './load-runner.js'
import type { Pacer } from './pacer.js'
import { Recorder } from './recorder.js'
import { CycleCursor, requestCycle, type TaggedRequest } from './request-plan.js'
import { RequestRenderer } from './request-renderer.js'
import { RunFeed } from './run-feed.js'
import { createRunPacer } from './run-pacer.js'
import { createSession, usesSessions } from './session/run-session.js'
import type { Session } from './session/virtual-user.js'

/** How often a draining run looks for connections that still have a request in flight. */
const DRAIN_POLL_MS = 10

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
export class StageRun {
  private readonly clock: Clock
  private readonly recorder: Recorder
  private readonly requests: TaggedRequest[]
  private readonly cycle: CycleCursor
  private readonly renderer: RequestRenderer
  private readonly totalSec: number
  private startUs: number
  private readonly connections: LoadConnections
  private readonly timings: StageTiming[] = []
  private readonly pacer?: Pacer
  private readonly feed: RunFeed
  private readonly meter: GeneratorMeter
  private readonly session?: Session

  private stage: StageStart
  private draining = false
  private drainedAtUs?: number
  private abortReason?: string
  private stoppedEarly?: string

  private stageTimer?: NodeJS.Timeout
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
    if (usesSessions(plan.target, plan.inputs))
      this.session = createSession({
        target: plan.target,
        renderer: this.renderer,
        requests: this.requests,
        cycle: this.cycle,
        inputs: plan.inputs,
        ...(hooks.userPool ? { users: hooks.userPool } : {})
      })
    this.totalSec = plan.stages.reduce((a, s) => a + s.durationSec, 0)
    this.startUs = this.clock.nowUs()
    this.feed = new RunFeed(this.recorder, hooks)
    this.meter = new GeneratorMeter(hooks.cpu ?? (() => process.cpuUsage()))
    this.stage = this.stageStart(0)
    if (plan.rps)
      this.pacer = createRunPacer({
        plan,
        rps: plan.rps,
        startUs: this.startUs,
        totalSec: this.totalSec,
        clock: this.clock,
        recorder: this.recorder,
        nextEndpoint: () => this.droppedEndpoint(),
        stage: () => this.stage.index,
        onShortage: () => this.connections.grow()
      })
    this.connections = new LoadConnections({
      plan,
      totalSec: this.totalSec,
      requests: this.requests,
      renderer: this.renderer,
      ...(this.session ? { session: this.session } : {}),
      hooks: {
        recorder: this.recorder,
        nowUs: this.clock.nowUs,
        stage: () => this.stage.index,
        pacer: this.pacer,
        nextInCycle: () => this.cycle.next(),
        onExhausted: () => this.endEarly(this.renderer.exhaustedNote())
      },
      sending: () => !this.draining && this.abortReason === undefined,
      mayGrow: () => !(this.draining || this.abortReason),
      waiting: () => this.pacer?.waiting() ?? 0,
      onInstanceEnd: (err) => (err ? this.fail(err) : this.settleWhenIdle())
    })
  }

  /**
   * The endpoint a dropped request is filed under: the cycle's next, or for
   * journeys the first looped step of the next journey (the iteration that never started).
   */
  private droppedEndpoint(): number {
    const journeys = this.session?.journeys
    if (!journeys) return this.requests[this.cycle.next()].ep
    const j = journeys[this.session!.nextJourney()]
    return j.steps[j.once]
  }

  async run(): Promise<RunOutcome> {
    const onAbort = (): void => this.abort('stopped by signal')
    this.hooks.signal?.addEventListener('abort', onAbort, { once: true })
    this.meter.enable()
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
      this.connections.stopGrowing()
      this.pacer?.stop()
      this.meter.disable()
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
    await this.connections.openFirst(this.plan.stages[0].users)
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
      cpu: this.meter.cpu()
    }
  }

  private startStage(index: number): void {
    this.stage = this.stageStart(index)
    this.meter.stageBegins()
    const { users, durationSec } = this.plan.stages[index]
    this.connections.raiseTo(users)
    this.stageTimer = setTimeout(() => this.endStage(), durationSec * 1000)
    this.meter.stageSetUp()
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
    return {
      index: this.stage.index,
      users: this.connections.users,
      startUs: this.stage.startUs,
      endUs,
      firstRecord: this.stage.firstRecord,
      ...this.meter.load(this.stage, endUs, measured)
    }
  }

  /** Send nothing new; stop as soon as nothing is in flight. */
  private beginDrain(): void {
    if (this.draining) return
    this.draining = true
    this.pacer?.stop()
    this.settleWhenIdle()
    this.drainPoll = setInterval(() => {
      if (this.connections.busy()) return
      this.drainedAtUs ??= this.clock.nowUs()
      this.connections.stopAll()
    }, DRAIN_POLL_MS)
  }

  private abort(reason: string): void {
    this.abortReason ??= reason
    this.pacer?.stop()
    if (this.timings.length === this.stage.index) this.timings.push(this.timing(this.clock.nowUs(), false))
    this.connections.stopAll()
    this.settleWhenIdle()
  }

  /** The run is over once it is draining or aborted and no instance is left running. */
  private settleWhenIdle(): void {
    if ((this.draining || this.abortReason) && this.connections.running === 0) this.settle()
  }

  /** Once a second: progress, and records out to `onRecords`. */
  private tick(): void {
    this.feed.tick({
      elapsedSec: (this.clock.nowUs() - this.startUs) / 1e6,
      totalSec: this.totalSec,
      users: this.connections.users
    })
  }

  private async outcome(): Promise<RunOutcome> {
    const endUs = this.drainedAtUs ?? this.clock.nowUs()
    const last = this.timings[this.timings.length - 1]
    if (last && last.endUs > endUs) last.endUs = endUs
    await this.feed.drained((endUs - this.startUs) / 1e6)
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
      ...(this.session ? { sessions: this.session.stats.summary() } : {}),
      ...(this.pacer && this.plan.pacing !== 'cap'
        ? {
            pacing: {
              ...this.pacer.stats,
              maxUsers: Math.max(this.plan.maxUsers ?? 0, this.connections.users),
              usersReached: this.connections.users
            }
          }
        : {})
    }
  }
}
