import type { Recorder } from '../engine/recorder.js';
import type { TimePoint } from './types.js';
/**
 * Per-second buckets by completion time. The last, shorter bucket's rate is
 * scaled to its real length so a run's tail does not look like a drop.
 */
export declare function timeSeries(recorder: Recorder, startUs: number, endUs: number, 
/** a buffer of at least recorder.length to group latencies in, instead of a new one */
scratch?: Uint32Array, 
/** A/B runs: the spans this side ran; the seconds count its own time only, the gaps left out */
slices?: readonly {
    startUs: number;
    endUs: number;
}[], 
/** one endpoint's requests only (a journey's step, for its own verdicts); unset: all */
endpoint?: number): TimePoint[];
