import type { Endpoint } from '../config/resolve.js'
import { VERSION } from '../version.js'

/** Sent unless the config sets its own; lets a service tell test traffic apart in its logs. */
export const USER_AGENT = `perf-gate/${VERSION}`

export function withUserAgent(
  headers: Record<string, string>,
  userAgent = USER_AGENT
): Record<string, string> {
  return Object.keys(headers).some((h) => h.toLowerCase() === 'user-agent')
    ? headers
    : { ...headers, 'user-agent': userAgent }
}

/** An autocannon request tagged with the index of its endpoint (autocannon deep-clones requests, so identity is lost). */
export interface TaggedRequest {
  method: string
  path: string
  headers: Record<string, string>
  body?: string
  ep: number
}

/**
 * The cycle of requests every connection walks through. Weights are honoured
 * by smooth weighted round-robin (nginx's), so a 3:1 split sends A A B A, not A A A B.
 */
export function requestCycle(endpoints: readonly Endpoint[]): TaggedRequest[] {
  const divisor = endpoints.map((e) => e.weight).reduce(gcd)
  const weights = endpoints.map((e) => e.weight / divisor)
  const total = weights.reduce((a, b) => a + b, 0)
  const current = weights.map(() => 0)
  const cycle: TaggedRequest[] = []
  for (let n = 0; n < total; n++) {
    let best = 0
    for (let i = 0; i < weights.length; i++) {
      current[i] += weights[i]
      if (current[i] > current[best]) best = i
    }
    current[best] -= total
    const ep = endpoints[best]
    cycle.push({
      method: ep.method,
      path: ep.path,
      headers: withUserAgent(ep.headers),
      body: ep.body,
      ep: best
    })
  }
  return cycle
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}
