import type { Endpoint } from '../../src/config/resolve.js'
import { stepRules, type Journey, type SessionConfig } from '../../src/config/session-rules.js'
import { classifyStatus } from '../../src/engine/error-types.js'
import { SessionStats } from '../../src/engine/session/session-stats.js'
import { StepRequests } from '../../src/engine/session/step-requests.js'
import type { Session, VirtualUser } from '../../src/engine/session/virtual-user.js'

/**
 * Virtual users outside a run: a Session built by hand around the real
 * StepRequests (the bytes) and SessionStats (the tallies), and a server
 * played by a function of the request's text.
 */
export const HOST = '127.0.0.1:8080'

/** An endpoint (a journey's step) with the rules its config fields make. */
export function step(path: string, fields: Partial<Endpoint> & SessionConfig = {}): Endpoint {
  const { capture, check, think, once, on_fail, ...request } = fields
  const rules = stepRules({ capture, check, think, once, on_fail })
  return {
    name: `${request.method ?? 'GET'} ${path}`,
    method: 'GET',
    path,
    headers: {},
    weight: 1,
    ...request,
    ...(rules ? { rules } : {})
  }
}

/** A journey over all `endpoints`, its first `once` steps once per user. */
export function journeyOf(endpoints: readonly Endpoint[], once: number, name = 'j'): Journey {
  return { name, weight: 1, steps: endpoints.map((_, i) => i), once }
}

export function handSession(
  endpoints: readonly Endpoint[],
  o: {
    journeys?: Journey[]
    /** the journeys' order of starts (default: the first, always) */
    nextJourney?: () => number
    cookies?: boolean
    columns?: string[]
    userRows?: string[][]
    random?: () => number
  } = {}
): Session {
  const userRows = [...(o.userRows ?? [])]
  let cycle = 0
  return {
    endpoints,
    ...(o.journeys ? { journeys: o.journeys } : {}),
    nextJourney: o.nextJourney ?? (() => 0),
    nextInCycle: () => cycle++ % endpoints.length,
    endpointOf: (i) => i,
    requests: new StepRequests(endpoints, HOST, { index: 0, of: 1 }),
    origin: `http://${HOST}`,
    cookies: o.cookies ?? false,
    columns: new Map((o.columns ?? []).map((c, i) => [c, i])),
    userRow: () => userRows.shift(),
    requestRow: () => undefined,
    stats: new SessionStats((o.journeys ?? []).map((j) => j.name)),
    random: o.random ?? Math.random
  }
}

/** What the played server answers. */
export interface Reply {
  status?: number
  latencyUs?: number
  headers?: string[]
  body?: string
}

/** One request of `user`, answered by `server`: the request's text. */
export function exchange(user: VirtualUser, server: (request: string) => Reply = () => ({})): string {
  const request = user.render(user.next()).toString('utf8')
  const r = server(request)
  const status = r.status ?? 200
  user.onHeaders(r.headers ?? [])
  if (r.body !== undefined) {
    const bytes = Buffer.from(r.body)
    user.onBody(bytes, 0, bytes.length)
  }
  user.answered(status, r.latencyUs ?? 1_000, classifyStatus(status) === undefined)
  return request
}

/** The request line's path of a request's text. */
export function pathOf(request: string): string {
  return request.split(' ')[1]
}

/** A header's value in a request's text (undefined: not sent). */
export function headerOf(request: string, name: string): string | undefined {
  const line = request
    .split('\r\n\r\n')[0]
    .split('\r\n')
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}: `))
  return line?.slice(name.length + 2)
}

/** The body of a request's text. */
export function bodyOf(request: string): string {
  return request.split('\r\n\r\n')[1] ?? ''
}
