import type { Recorder } from '../engine/recorder.js'
import { group, groupLatencies } from './group-latencies.js'
import { quantilesInPlace, round, seconds } from './summary-stats.js'
import type { TimePoint } from './types.js'

/**
 * Per-second buckets by completion time. The last, shorter bucket's rate is
 * scaled to its real length so a run's tail does not look like a drop.
 */
export function timeSeries(
  recorder: Recorder,
  startUs: number,
  endUs: number,
  /** a buffer of at least recorder.length to group latencies in, instead of a new one */
  scratch?: Uint32Array,
  /** A/B runs: the spans this side ran; the seconds count its own time only, the gaps left out */
  slices?: readonly { startUs: number; endUs: number }[],
  /** one endpoint's requests only (a journey's step, for its own verdicts); unset: all */
  endpoint?: number
): TimePoint[] {
  const elapsed = slices ? activeClock(slices) : (t: number): number => t - startUs
  const total = (slices ? elapsed(endUs) : endUs - startUs) / 1e6
  // a tail under half a second joins the second before it, so a few stragglers do not read as a collapse
  const seconds_ = Math.max(1, total - Math.floor(total) < 0.5 ? Math.floor(total) : Math.ceil(total))
  const errors = new Array<number>(seconds_).fill(0)
  // paced requests dropped unsent: requests of the second, but no throughput
  const unsent = new Array<number>(seconds_).fill(0)
  const bucketOf = (i: number): number =>
    endpoint !== undefined && recorder.endpoint(i) !== endpoint
      ? -1
      : Math.min(seconds_ - 1, Math.max(0, Math.floor(elapsed(recorder.endUs(i)) / 1e6)))
  for (let i = 0; i < recorder.length; i++) {
    if (recorder.errorIdAt(i) === 0) continue
    if (endpoint !== undefined && recorder.endpoint(i) !== endpoint) continue
    const b = bucketOf(i)
    errors[b]++
    if (!recorder.wasSent(i)) unsent[b]++
  }
  const bySecond = groupLatencies(recorder, seconds_, bucketOf, scratch)
  const counts = errors.map((_, s) => bySecond.offsets[s + 1] - bySecond.offsets[s])
  const lastLen = total - (seconds_ - 1)
  return counts.map((count, s) => {
    const [p50, p95, p99] = count
      ? quantilesInPlace(group(bySecond, s), [0.5, 0.95, 0.99]).map(seconds)
      : [0, 0, 0]
    const len = s === seconds_ - 1 ? Math.max(lastLen, 0.5) : 1
    return {
      second: s,
      requests: count,
      errors: errors[s],
      requests_per_second: round((count - unsent[s]) / len, 2),
      p50_response_time: p50,
      p95_response_time: p95,
      p99_response_time: p99
    }
  })
}

/** µs of `slices` before time t: a side's own elapsed time when it ran in slices. */
function activeClock(slices: readonly { startUs: number; endUs: number }[]): (t: number) => number {
  const before: number[] = []
  let sum = 0
  for (const s of slices) {
    before.push(sum)
    sum += s.endUs - s.startUs
  }
  return (t) => {
    // the last slice that started at or before t (a record ends inside its slice, or just after)
    let lo = 0
    let hi = slices.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (slices[mid].startUs <= t) lo = mid
      else hi = mid - 1
    }
    const s = slices[lo]
    return before[lo] + Math.min(Math.max(t - s.startUs, 0), s.endUs - s.startUs)
  }
}
