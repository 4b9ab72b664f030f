import type { Clock } from './clock.js'
import type { StagePlan } from './load-runner.js'
import { Pacer } from './pacer.js'
import type { Recorder } from './recorder.js'

/** What a paced run's pacer needs of the run. */
export interface RunPacerContext {
  plan: StagePlan
  rps: number
  startUs: number
  totalSec: number
  clock: Clock
  recorder: Recorder
  /** the endpoint of the next request of the cycle, which a dropped request takes */
  nextEndpoint: () => number
  stage: () => number
  /** a due request found no free connection */
  onShortage: () => void
}

/** Paced runs: request k is due at start + k/rps, for the run's length from `startUs`. */
export function createRunPacer(c: RunPacerContext): Pacer {
  const { plan } = c
  return new Pacer({
    rate: c.rps,
    share: plan.paceShare,
    startUs: c.startUs,
    endUs: c.startUs + c.totalSec * 1e6,
    dropAfterUs: plan.timeoutSec * 1e6,
    timers: {
      nowUs: c.clock.nowUs,
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout)
    },
    waitForConnection: plan.pacing !== 'cap',
    onShortage: c.onShortage,
    onDrop: (due, why) => recordDropped(c, due, why)
  })
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
function recordDropped(c: RunPacerContext, dueUs: number, why: 'timeout' | 'ended'): void {
  if (why === 'ended') return
  const now = c.clock.nowUs()
  const ep = c.nextEndpoint()
  const id = c.recorder.errorId(
    'timeout',
    'not sent: no connection came free within the timeout (raise --max-users or lower --rps)'
  )
  c.recorder.add(dueUs, now - dueUs, ep, 0, id, 0, c.stage(), now - dueUs)
}
