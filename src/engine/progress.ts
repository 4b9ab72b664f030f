import { quickselect } from 'simple-statistics'
import { errorCode, type ErrorType } from './error-types.js'
import type { Recorder } from './recorder.js'

/** A per-second view of a running test, rendered by the faces. */
export interface ProgressSnapshot {
  elapsedSec: number
  totalSec: number
  /** requests completed so far */
  requests: number
  /** requests that went out and ended in the last second */
  rps: number
  /** p95 latency over the last second, in ms */
  p95Ms: number
  /** failed requests so far */
  errors: number
  users: number
}

export interface WindowStats {
  count: number
  /** of those, requests that went out (a paced request dropped unsent did not) */
  sent: number
  errors: number
  p95Us: number
  /** error id → count, by error type code of the recorder's interned errors */
  errorsByCode: Map<number, number>
}

/** Count, errors and p95 of records [from, to): cheap enough to run every second. */
export function windowStats(recorder: Recorder, from: number, to: number): WindowStats {
  const errorsByCode = new Map<number, number>()
  let errors = 0
  const codes = new Map<number, number>()
  let unsent = 0
  for (let i = from; i < to; i++) {
    const id = recorder.errorIdAt(i)
    if (id === 0) continue
    errors++
    if (!recorder.wasSent(i)) unsent++
    let code = codes.get(id)
    if (code === undefined) {
      code = errorTypeCode(recorder, id)
      codes.set(id, code)
    }
    errorsByCode.set(code, (errorsByCode.get(code) ?? 0) + 1)
  }
  let p95Us = 0
  if (to > from) {
    // selection, not a sort: this runs every second beside the load
    const lat = recorder.latencies(from, to)
    const k = Math.min(lat.length - 1, Math.ceil(0.95 * lat.length) - 1)
    quickselect(lat as unknown as number[], k)
    p95Us = lat[k]
  }
  return { count: to - from, sent: to - from - unsent, errors, p95Us, errorsByCode }
}

function errorTypeCode(recorder: Recorder, id: number): number {
  return errorCode(recorder.errorOf(id)!.type as ErrorType)
}
