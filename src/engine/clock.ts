import { performance } from 'node:perf_hooks'

/** A monotonic microsecond clock anchored to wall-clock time once, at creation. */
export interface Clock {
  /** wall-clock ms (since 1970) at nowUs() = 0 */
  readonly epochMs: number
  /** process.hrtime.bigint() at nowUs() = 0: the same instant in every thread of the process */
  readonly originNs: bigint
  nowUs(): number
}

/**
 * performance.now() rather than process.hrtime.bigint(): the same monotonic
 * clock at sub-microsecond resolution, without a BigInt per read (two reads a
 * request).
 */
export function createClock(): Clock {
  const base = performance.now()
  const originNs = process.hrtime.bigint()
  return { epochMs: Date.now(), originNs, nowUs: () => (performance.now() - base) * 1000 }
}

/**
 * Another thread's clock, read here: performance.now() counts from each
 * thread's own start, process.hrtime from one point for the whole process, so
 * the two are tied together once and the thread's requests land on the main
 * thread's time line.
 */
export function sharedClock(of: { epochMs: number; originNs: bigint }): Clock {
  const now = performance.now()
  const sinceOriginMs = Number(process.hrtime.bigint() - of.originNs) / 1e6
  const base = now - sinceOriginMs
  return { epochMs: of.epochMs, originNs: of.originNs, nowUs: () => (performance.now() - base) * 1000 }
}
