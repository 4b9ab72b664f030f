import autocannon from 'autocannon'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { Target } from '../config/resolve.js'
import type { AutocannonClient } from './autocannon-client.js'
import { createClock, type Clock } from './clock.js'
import { recordConnection, type ConnectionHandle } from './connection-recorder.js'
import { errorCode } from './error-types.js'
import { windowStats, type ProgressSnapshot } from './progress.js'
import { Recorder } from './recorder.js'
import { requestCycle } from './request-plan.js'

/** A step of constant load; connections are only ever added between stages, never closed. */
export interface Stage {
  users: number
  durationSec: number
}

/** What to run: closed-loop load of each stage's `users` connections, one stage after the other. */
export interface StagePlan {
  target: Target
  stages: Stage[]
  /** total requests per second the connections may send (autocannon's per-second quota) */
  rps?: number
  timeoutSec: number
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
  /** after each stage: return a reason to end the run there (the rest of the ramp is skipped) */
  onStageEnd?: (stage: StageTiming, recorder: Recorder, all: readonly StageTiming[]) => string | undefined
  /** aborting stops the load; what was recorded is kept and the outcome is marked partial */
  signal?: AbortSignal
  recorder?: Recorder
  clock?: Clock
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
}

/** Errors that mean the target went away mid-run: autocannon would otherwise spin reconnecting. */
const DEAD_TARGET_ERRORS_PER_SECOND = 500

/**
 * Drives autocannon and records every request. Each stage adds the
 * connections it needs on top of the ones already open, so load never drops
 * between stages. At the end nothing new is sent and requests in flight are
 * finished, so every request the target received is recorded. Never prints:
 * progress goes to `hooks.onProgress`, records to `hooks.onRecords`.
 */
export async function runStages(plan: StagePlan, hooks: RunHooks = {}): Promise<RunOutcome> {
  const clock = hooks.clock ?? createClock()
  const recorder = hooks.recorder ?? new Recorder(clock.epochMs)
  const totalSec = plan.stages.reduce((a, s) => a + s.durationSec, 0)
  const startUs = clock.nowUs()
  const requests = requestCycle(plan.target.endpoints)
  const connections: ConnectionHandle[] = []
  const instances: autocannon.Instance[] = []
  const finished: Promise<void>[] = []
  const timings: StageTiming[] = []
  const loopDelay = monitorEventLoopDelay({ resolution: 10 })
  loopDelay.enable()

  let abortReason: string | undefined
  let stoppedEarly: string | undefined
  let stage = 0
  let openUsers = 0
  let draining = false
  let drainedAtUs: number | undefined
  let stageStartUs = startUs
  let stageFirstRecord = recorder.length
  let stageCpu = process.cpuUsage()
  let flushed = recorder.length
  let ticked = recorder.length
  let errorsSoFar = 0
  let flushing: Promise<void> = Promise.resolve()
  const timers = new Set<NodeJS.Timeout>()

  const flush = (): void => {
    const to = recorder.length
    if (!hooks.onRecords || to === flushed) return
    const from = flushed
    flushed = to
    flushing = flushing.then(() => hooks.onRecords?.(recorder, from, to))
  }

  const addConnections = (count: number): void => {
    if (count <= 0) return
    let done!: (err: Error | null) => void
    finished.push(new Promise<void>((resolve, reject) => (done = (err) => (err ? reject(err) : resolve()))))
    const instance = autocannon(
      {
        url: plan.target.baseUrl,
        connections: count,
        // autocannon's own clock is only a backstop; we end the run ourselves
        duration: totalSec + plan.timeoutSec + 5,
        // autocannon checks its stop flag once per sample interval
        sampleInt: 100,
        // autocannon refuses timeouts under 1 s; the exact value is set per client below
        timeout: Math.max(1, Math.ceil(plan.timeoutSec)),
        pipelining: 1,
        requests: requests as never,
        ...(plan.rps ? { overallRate: plan.rps, ignoreCoordinatedOmission: true } : {}),
        setupClient: ((client: AutocannonClient) => {
          client.timeout = plan.timeoutSec * 1000
          connections.push(
            recordConnection(
              client,
              recorder,
              clock.nowUs,
              () => stage,
              () => draining
            )
          )
        }) as never,
        skipAggregateResult: true
      } as autocannon.Options,
      (err) => done(err)
    )
    instances.push(instance)
  }

  const stopAll = (): void => instances.forEach((i) => i.stop())
  const later = (ms: number, fn: () => void): void => {
    const t = setTimeout(() => {
      timers.delete(t)
      fn()
    }, ms)
    timers.add(t)
  }

  // At the planned end: send nothing new, stop as soon as nothing is in flight.
  let drainPoll: NodeJS.Timeout | undefined
  const beginDrain = (): void => {
    if (draining) return
    draining = true
    drainPoll = setInterval(() => {
      if (connections.some((c) => c.busy())) return
      drainedAtUs ??= clock.nowUs()
      stopAll()
    }, 10)
  }

  const endStage = (): void => {
    const now = clock.nowUs()
    const cpu = process.cpuUsage(stageCpu)
    const timing: StageTiming = {
      index: stage,
      users: openUsers,
      startUs: stageStartUs,
      endUs: now,
      firstRecord: stageFirstRecord,
      eventLoopP99Ms: loopDelay.percentile(99) / 1e6,
      cpuPercent: ((cpu.user + cpu.system) / Math.max(1, now - stageStartUs)) * 100
    }
    timings.push(timing)
    stoppedEarly ??= hooks.onStageEnd?.(timing, recorder, timings)
    if (stoppedEarly || stage === plan.stages.length - 1 || abortReason) return beginDrain()
    startStage(stage + 1)
  }

  const startStage = (k: number): void => {
    stage = k
    stageStartUs = clock.nowUs()
    stageFirstRecord = recorder.length
    stageCpu = process.cpuUsage()
    loopDelay.reset()
    const users = plan.stages[k].users
    addConnections(users - openUsers)
    openUsers = Math.max(openUsers, users)
    later(plan.stages[k].durationSec * 1000, endStage)
  }

  const abort = (reason: string): void => {
    abortReason ??= reason
    if (timings.length === stage) {
      const now = clock.nowUs()
      timings.push({
        index: stage,
        users: openUsers,
        startUs: stageStartUs,
        endUs: now,
        firstRecord: stageFirstRecord,
        eventLoopP99Ms: 0,
        cpuPercent: 0
      })
    }
    stopAll()
  }
  const onAbort = (): void => abort('stopped by signal')
  hooks.signal?.addEventListener('abort', onAbort, { once: true })

  const refused = errorCode('connection_refused')
  const ticker = setInterval(() => {
    const to = recorder.length
    const w = windowStats(recorder, ticked, to)
    errorsSoFar += w.errors
    ticked = to
    hooks.onProgress?.({
      elapsedSec: (clock.nowUs() - startUs) / 1e6,
      totalSec,
      requests: to,
      rps: w.count,
      p95Ms: w.p95Us / 1000,
      errors: errorsSoFar,
      users: openUsers
    })
    flush()
    if (w.count >= DEAD_TARGET_ERRORS_PER_SECOND && w.errorsByCode.get(refused) === w.count) {
      abort(`${plan.target.service} stopped accepting connections during the run`)
    }
  }, 1000)

  try {
    startStage(0)
    if (hooks.signal?.aborted) onAbort()
    // instances are added while the run goes on: wait until the last one has finished
    for (let seen = 0; seen < finished.length || !draining;) {
      if (seen < finished.length) await finished[seen++]
      else await new Promise((r) => setTimeout(r, 20))
      if (abortReason && seen === finished.length) break
    }
    await Promise.all(finished)
  } finally {
    clearInterval(ticker)
    clearInterval(drainPoll)
    for (const t of timers) clearTimeout(t)
    loopDelay.disable()
    hooks.signal?.removeEventListener('abort', onAbort)
  }
  const endUs = drainedAtUs ?? clock.nowUs()
  const last = timings[timings.length - 1]
  if (last && last.endUs > endUs) last.endUs = endUs
  flush()
  await flushing
  return {
    recorder,
    startedAtMs: clock.epochMs + startUs / 1000,
    endedAtMs: clock.epochMs + endUs / 1000,
    startUs,
    endUs,
    partial: abortReason !== undefined,
    abortReason,
    stages: timings,
    stoppedEarly
  }
}
