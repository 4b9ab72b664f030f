import { InputError } from './errors.js'

/** Which share of a test's load one machine runs: the `index`-th of `of` (1-based). */
export interface Shard {
  index: number
  of: number
}

/** The most shards of one test: far more machines than any CI matrix gives one job. */
export const MAX_SHARDS = 256

/** `2/4` → { index: 2, of: 4 }. */
export function parseShard(field: string, value: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value)
  const index = m ? Number(m[1]) : NaN
  const of = m ? Number(m[2]) : NaN
  if (!m || of < 1 || of > MAX_SHARDS || index < 1 || index > of) {
    throw new InputError(
      field,
      `must be I/N, this machine's share of the load: 1/4 … 4/4 for four machines (N at most ${MAX_SHARDS}; got ${JSON.stringify(value)})`
    )
  }
  return { index, of }
}

/**
 * The latest a shard may be told to wait for: a start a day away is a typo,
 * not a plan.
 */
const MAX_WAIT_MS = 24 * 3600 * 1000

/** An ISO 8601 time with its zone (2026-11-26T18:00:00Z): when every shard starts its load. */
export function parseStartAt(field: string, value: string, nowMs = Date.now()): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(value.trim())
  const at = new Date(value.trim())
  // Date rolls 30 February over into March: the day must exist in its month
  const real = m !== null && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDate() === +m[3]
  if (!m || !real || Number.isNaN(at.getTime())) {
    throw new InputError(
      field,
      `must be an ISO 8601 time with its zone, such as 2026-11-26T18:00:00Z, so machines in other zones agree (got ${JSON.stringify(value)})`
    )
  }
  if (at.getTime() - nowMs > MAX_WAIT_MS) {
    throw new InputError(field, `is more than 24 hours away (${at.toISOString()}); check the date`)
  }
  return at
}

/** The `index`-th of `of` near-equal whole shares of n (they add up to n). */
export function shareOf(n: number, { index, of }: Shard): number {
  return Math.floor(n / of) + (index <= n % of ? 1 : 0)
}
