import type { Recorder } from '../engine/recorder.js';
/** Records' latencies grouped by a key, all in one buffer: group k is `values.subarray(offsets[k], offsets[k + 1])`. */
export interface LatencyGroups {
    values: Uint32Array;
    offsets: number[];
}
/**
 * Groups the latencies of records [from, recorder.length) by `keyOf` (0 to
 * keys − 1; −1 leaves a record out), by counting sort into one buffer.
 * `scratch`, when long enough, is that buffer: a run's metrics group the same
 * records by endpoint, by second and by stage one after the other, and one
 * 4-byte-a-request copy serves them all.
 */
export declare function groupLatencies(recorder: Recorder, keys: number, keyOf: (i: number) => number, scratch?: Uint32Array, from?: number): LatencyGroups;
/** Group k of `groups`. */
export declare function group(groups: LatencyGroups, k: number): Uint32Array;
