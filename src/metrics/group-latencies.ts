import type { Recorder } from '../engine/recorder.js'

/** Records' latencies grouped by a key, all in one buffer: group k is `values.subarray(offsets[k], offsets[k + 1])`. */
export interface LatencyGroups {
  values: Uint32Array
  offsets: number[]
}

/**
 * Groups the latencies of records [from, recorder.length) by `keyOf` (0 to
 * keys − 1; −1 leaves a record out), by counting sort into one buffer.
 * `scratch`, when long enough, is that buffer: a run's metrics group the same
 * records by endpoint, by second and by stage one after the other, and one
 * 4-byte-a-request copy serves them all.
 */
export function groupLatencies(
  recorder: Recorder,
  keys: number,
  keyOf: (i: number) => number,
  scratch?: Uint32Array,
  from = 0
): LatencyGroups {
  const counts = new Array<number>(keys + 1).fill(0)
  let total = 0
  for (let i = from; i < recorder.length; i++) {
    const k = keyOf(i)
    if (k >= 0) {
      counts[k + 1]++
      total++
    }
  }
  const offsets = counts
  for (let k = 1; k <= keys; k++) offsets[k] += offsets[k - 1]
  const values = scratch && scratch.length >= total ? scratch.subarray(0, total) : new Uint32Array(total)
  const fill = offsets.slice(0, keys)
  for (let i = from; i < recorder.length; i++) {
    const k = keyOf(i)
    if (k >= 0) values[fill[k]++] = recorder.latencyUs(i)
  }
  return { values, offsets }
}

/** Group k of `groups`. */
export function group(groups: LatencyGroups, k: number): Uint32Array {
  return groups.values.subarray(groups.offsets[k], groups.offsets[k + 1])
}
