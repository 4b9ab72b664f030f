import { performance } from 'node:perf_hooks'

/** A monotonic microsecond clock anchored to wall-clock time once, at creation. */
export interface Clock {
  /** wall-clock ms (since 1970) at nowUs() = 0 */
  readonly epochMs: number
  nowUs(): number
}

/**
 * performance.now() rather than process.hrtime.bigint(): the same monotonic
 * clock at sub-microsecond resolution, without a BigInt per read (two reads a
 * request).
 */
export function createClock(): Clock {
  const base = performance.now()
  const epochMs = Date.now()
  return {
    epochMs,
    nowUs: () => (performance.now() - base) * 1000
  }
}
