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
  return smoothWeightedOrder(endpoints.map((e) => e.weight)).map((best) => {
    const ep = endpoints[best]
    return {
      method: ep.method,
      path: ep.path,
      headers: withUserAgent(ep.headers),
      body: ep.body,
      ep: best
    }
  })
}

/** One round of smooth weighted round-robin over `weights`: the index chosen at each turn. */
export function smoothWeightedOrder(weights: readonly number[]): number[] {
  const divisor = weights.reduce(gcd)
  const w = weights.map((x) => x / divisor)
  const total = w.reduce((a, b) => a + b, 0)
  const current = w.map(() => 0)
  const order: number[] = []
  for (let n = 0; n < total; n++) {
    let best = 0
    for (let i = 0; i < w.length; i++) {
      current[i] += w[i]
      if (current[i] > current[best]) best = i
    }
    current[best] -= total
    order.push(best)
  }
  return order
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}

/**
 * Where the run is in the request cycle. Every connection takes its next
 * request from this one position, not from a cycle of its own: a connection
 * opened for a short run (an A/B slice, a paced run's extra connection)
 * would otherwise start at the cycle's head each time, and a slow service
 * would only ever see the first endpoints. One position keeps the mix sent
 * on the weights however short the run, and a run that goes on after
 * another (the next slice) starts where that one stopped.
 */
export class CycleCursor {
  private position: number

  constructor(
    private readonly length: number,
    start = 0
  ) {
    this.position = ((start % length) + length) % length
  }

  /** The index in the cycle of the next request to send; moves on. */
  next(): number {
    const at = this.position
    this.position = (at + 1) % this.length
    return at
  }

  /** Where the next request will be taken from. */
  get at(): number {
    return this.position
  }
}
