import autocannon from 'autocannon'
import type { Target } from '../config/resolve.js'
import type { AutocannonClient } from './autocannon-client.js'
import { createClock, type Clock } from './clock.js'
import { recordConnection, type ConnectionHandle } from './connection-recorder.js'
import { errorCode } from './error-types.js'
import { Recorder } from './recorder.js'
import { requestCycle } from './request-plan.js'
import { windowStats, type ProgressSnapshot } from './progress.js'

/** What to run: one closed-loop load of `users` connections for `durationSec`. */
export interface LoadPlan {
  target: Target
  users: number
  durationSec: number
  /** total requests per second the connections may send (autocannon's per-second quota) */
  rps?: number
  timeoutSec: number
}

export interface RunHooks {
  /** per-second snapshot for progress output */
  onProgress?: (s: ProgressSnapshot) => void
  /** new records [from, to) since the last call, once a second and at the end (e.g. to stream the CSV) */
  onRecords?: (recorder: Recorder, from: number, to: number) => void | Promise<void>
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
}

/** Errors that mean the target went away mid-run: autocannon would otherwise spin reconnecting. */
const DEAD_TARGET_ERRORS_PER_SECOND = 500

/**
 * Drives autocannon and records every request. Never prints: progress goes
 * to `hooks.onProgress`, records to `hooks.onRecords`.
 */
export async function runLoad(plan: LoadPlan, hooks: RunHooks = {}): Promise<RunOutcome> {
  const clock = hooks.clock ?? createClock()
  const recorder = hooks.recorder ?? new Recorder(clock.epochMs)
  const startUs = clock.nowUs()
  let abortReason: string | undefined
  let flushed = recorder.length
  let ticked = recorder.length
  let errorsSoFar = 0
  let flushing: Promise<void> = Promise.resolve()

  const flush = (): void => {
    const to = recorder.length
    if (!hooks.onRecords || to === flushed) return
    const from = flushed
    flushed = to
    flushing = flushing.then(() => hooks.onRecords?.(recorder, from, to))
  }

  const refused = errorCode('connection_refused')
  const connections: ConnectionHandle[] = []
  let draining = false
  let drainedAtUs: number | undefined
  let finished!: (err: Error | null) => void
  const done = new Promise<void>((resolve, reject) => {
    finished = (err) => (err ? reject(err) : resolve())
  })
  const instance = autocannon(
    {
      url: plan.target.baseUrl,
      connections: plan.users,
      // autocannon's own clock is only a backstop: we stop sending at durationSec and
      // let requests in flight finish (at most timeoutSec), so every request the
      // target received is also recorded
      duration: plan.durationSec + plan.timeoutSec + 5,
      // autocannon checks its stop flag once per sample interval
      sampleInt: 100,
      // autocannon refuses timeouts under 1 s; the exact value is set per client below
      timeout: Math.max(1, Math.ceil(plan.timeoutSec)),
      pipelining: 1,
      requests: requestCycle(plan.target.endpoints) as never,
      ...(plan.rps ? { overallRate: plan.rps, ignoreCoordinatedOmission: true } : {}),
      setupClient: ((client: AutocannonClient) => {
        client.timeout = plan.timeoutSec * 1000
        connections.push(
          recordConnection(
            client,
            recorder,
            clock.nowUs,
            () => 0,
            () => draining
          )
        )
      }) as never,
      skipAggregateResult: true
    } as autocannon.Options,
    (err) => finished(err)
  )

  const stop = (reason: string): void => {
    abortReason ??= reason
    instance.stop()
  }
  const onAbort = (): void => stop('stopped by signal')
  hooks.signal?.addEventListener('abort', onAbort, { once: true })
  if (hooks.signal?.aborted) onAbort()

  // At the planned end: send nothing new, stop as soon as nothing is in flight.
  let drainPoll: NodeJS.Timeout | undefined
  const endTimer = setTimeout(() => {
    draining = true
    drainPoll = setInterval(() => {
      if (connections.some((c) => c.busy())) return
      drainedAtUs ??= clock.nowUs()
      instance.stop()
    }, 10)
  }, plan.durationSec * 1000)

  const ticker = setInterval(() => {
    const to = recorder.length
    const w = windowStats(recorder, ticked, to)
    errorsSoFar += w.errors
    const refusedOnly = w.count >= DEAD_TARGET_ERRORS_PER_SECOND && w.errorsByCode.get(refused) === w.count
    ticked = to
    hooks.onProgress?.({
      elapsedSec: (clock.nowUs() - startUs) / 1e6,
      totalSec: plan.durationSec,
      requests: to,
      rps: w.count,
      p95Ms: w.p95Us / 1000,
      errors: errorsSoFar,
      users: plan.users
    })
    flush()
    if (refusedOnly) stop(`${plan.target.service} stopped accepting connections during the run`)
  }, 1000)

  try {
    await done
  } finally {
    clearInterval(ticker)
    clearTimeout(endTimer)
    clearInterval(drainPoll)
    hooks.signal?.removeEventListener('abort', onAbort)
  }
  const endUs = drainedAtUs ?? clock.nowUs()
  flush()
  await flushing
  return {
    recorder,
    startedAtMs: clock.epochMs + startUs / 1000,
    endedAtMs: clock.epochMs + endUs / 1000,
    startUs,
    endUs,
    partial: abortReason !== undefined,
    abortReason
  }
}
