import type { RecordedError, Recorder } from '../recorder.js'

/**
 * Records [from, from + length) of one recorder, column by column, to be
 * appended to another: a worker thread's requests, sent to the main thread
 * (the buffers are transferred, not copied). `error` holds the sender's ids;
 * `errors` are the sender's error list entries from `errorsFrom` on.
 */
export interface RecordBatch {
  sendUs: Float64Array
  latencyUs: Uint32Array
  bytes: Uint32Array
  endpoint: Uint16Array
  status: Uint16Array
  error: Uint16Array
  stage: Uint8Array
  /** paced runs only */
  waitUs?: Uint32Array
  errorsFrom: number
  errors: RecordedError[]
}

/** Records [from, to) of `recorder` as transferable columns, with its error list entries from `errorsFrom` on. */
export function recordBatch(recorder: Recorder, from: number, to: number, errorsFrom: number): RecordBatch {
  const n = to - from
  const b: RecordBatch = {
    sendUs: new Float64Array(n),
    latencyUs: new Uint32Array(n),
    bytes: new Uint32Array(n),
    endpoint: new Uint16Array(n),
    status: new Uint16Array(n),
    error: new Uint16Array(n),
    stage: new Uint8Array(n),
    ...(recorder.hasWaits ? { waitUs: new Uint32Array(n) } : {}),
    errorsFrom,
    errors: recorder.errorList.slice(errorsFrom)
  }
  for (let i = from; i < to; i++) {
    const k = i - from
    b.sendUs[k] = recorder.sendUs(i)
    b.latencyUs[k] = recorder.latencyUs(i)
    b.bytes[k] = recorder.bytes(i)
    b.endpoint[k] = recorder.endpoint(i)
    b.status[k] = recorder.status(i)
    b.error[k] = recorder.errorIdAt(i)
    b.stage[k] = recorder.stage(i)
    if (b.waitUs) b.waitUs[k] = recorder.waitUs(i)
  }
  return b
}

/**
 * Appends another recorder's batch to `recorder`. `errorIds` maps that
 * recorder's error ids to this one's; it grows with each batch's new errors,
 * so keep one map per sender.
 */
export function appendBatch(recorder: Recorder, b: RecordBatch, errorIds: number[]): void {
  b.errors.forEach((e, k) => (errorIds[b.errorsFrom + k + 1] = recorder.errorId(e.type, e.message)))
  for (let k = 0; k < b.sendUs.length; k++) {
    const id = b.error[k]
    recorder.add(
      b.sendUs[k],
      b.latencyUs[k],
      b.endpoint[k],
      b.status[k],
      id === 0 ? 0 : errorIds[id],
      b.bytes[k],
      b.stage[k],
      b.waitUs ? b.waitUs[k] : 0
    )
  }
}
