import type { RecordedError, Recorder } from '../recorder.js';
/**
 * Records [from, from + length) of one recorder, column by column, to be
 * appended to another: a worker thread's requests, sent to the main thread
 * (the buffers are transferred, not copied). `error` holds the sender's ids;
 * `errors` are the sender's error list entries from `errorsFrom` on.
 */
export interface RecordBatch {
    sendUs: Float64Array;
    latencyUs: Uint32Array;
    bytes: Uint32Array;
    endpoint: Uint16Array;
    status: Uint16Array;
    error: Uint16Array;
    stage: Uint8Array;
    /** paced runs only */
    waitUs?: Uint32Array;
    errorsFrom: number;
    errors: RecordedError[];
}
/** Records [from, to) of `recorder` as transferable columns, with its error list entries from `errorsFrom` on. */
export declare function recordBatch(recorder: Recorder, from: number, to: number, errorsFrom: number): RecordBatch;
/**
 * Appends another recorder's batch to `recorder`. `errorIds` maps that
 * recorder's error ids to this one's; it grows with each batch's new errors,
 * so keep one map per sender.
 */
export declare function appendBatch(recorder: Recorder, b: RecordBatch, errorIds: number[]): void;
