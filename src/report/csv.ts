import type { Endpoint } from '../config/resolve.js'
import type { Recorder } from '../engine/recorder.js'

export const CSV_HEADER =
  'timestamp,endpoint,method,status_code,response_time,success,error_message,response_size'

/** RFC 4180: quote a field that holds a comma, a quote or a line break; double its quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

const LINES_PER_WRITE = 4096

/** Formats records [from, to) as CSV lines, in batches, without an object per row. */
export function* csvBatches(
  recorder: Recorder,
  endpoints: readonly Endpoint[],
  from: number,
  to: number
): Generator<string> {
  const paths = endpoints.map((e) => csvField(e.path))
  const methods = endpoints.map((e) => e.method)
  const messages = new Map<number, string>()
  let lastMs = NaN
  let lastIso = ''
  let lines: string[] = []
  for (let i = from; i < to; i++) {
    const ms = Math.floor(recorder.epochMs + recorder.sendUs(i) / 1000)
    if (ms !== lastMs) {
      lastMs = ms
      lastIso = new Date(ms).toISOString()
    }
    const e = recorder.endpoint(i)
    const id = recorder.errorIdAt(i)
    let message = messages.get(id)
    if (message === undefined) {
      message = id === 0 ? '' : csvField(recorder.errorOf(id)!.message)
      messages.set(id, message)
    }
    lines.push(
      `${lastIso},${paths[e]},${methods[e]},${recorder.status(i)},${(recorder.latencyUs(i) / 1e6).toFixed(6)},${
        id === 0
      },${message},${recorder.bytes(i)}`
    )
    if (lines.length === LINES_PER_WRITE) {
      yield lines.join('\n') + '\n'
      lines = []
    }
  }
  if (lines.length) yield lines.join('\n') + '\n'
}
