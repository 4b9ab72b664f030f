import type { Target } from '../../config/resolve.js'
import { WHOLE } from '../data-feed.js'
import { CycleCursor, smoothWeightedOrder, type TaggedRequest } from '../request-plan.js'
import type { RequestRenderer, RunInputs } from '../request-renderer.js'
import { SessionStats } from './session-stats.js'
import { StepRequests } from './step-requests.js'
import type { UserPool } from './user-pool.js'
import type { Session } from './virtual-user.js'

/**
 * Whether a run's connections are virtual users with a state of their own:
 * journeys, a cookie jar, captures or checks on an answer, think time, or a
 * data row per user. Otherwise every connection sends the shared cycle as
 * fast as it can, and nothing of an answer but its status and size is read.
 */
export function usesSessions(target: Target, inputs?: RunInputs): boolean {
  return (
    target.journeys !== undefined ||
    target.cookies === true ||
    target.endpoints.some((e) => e.rules !== undefined) ||
    inputs?.data?.order === 'per_user'
  )
}

/** What the virtual users of one run share. */
export function createSession(options: {
  target: Target
  renderer: RequestRenderer
  requests: readonly TaggedRequest[]
  cycle: CycleCursor
  inputs?: RunInputs
  random?: () => number
  users?: UserPool
}): Session {
  const { target, renderer, requests, cycle, inputs, users } = options
  users?.rewind()
  const journeys = target.journeys
  const order = journeys ? smoothWeightedOrder(journeys.map((j) => j.weight)) : [0]
  const journeyCursor = new CycleCursor(order.length)
  const data = inputs?.data
  const url = new URL(target.baseUrl)
  return {
    endpoints: renderer.endpoints,
    ...(journeys ? { journeys } : {}),
    nextJourney: () => order[journeyCursor.next()],
    nextInCycle: () => cycle.next(),
    endpointOf: (i) => requests[i].ep,
    requests: new StepRequests(renderer.endpoints, url.host, inputs?.part ?? WHOLE),
    origin: url.origin,
    cookies: target.cookies === true,
    columns: new Map((data?.columns ?? []).map((c, i) => [c, i])),
    userRow: () => (data?.order === 'per_user' ? renderer.takeRow() : undefined),
    requestRow: () => renderer.takeRow(),
    stats: new SessionStats((journeys ?? []).map((j) => j.name)),
    random: options.random ?? Math.random,
    ...(users ? { pool: users } : {})
  }
}
