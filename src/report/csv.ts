import { shownPath, type Endpoint } from '../config/resolve.js'
import type { Recorder } from '../engine/recorder.js'
import type { CsvFilter } from './csv-filter.js'

export const CSV_HEADER =
  'timestamp,endpoint,method,status_code,response_time,success,error_message,response_size'

/** A run of journeys adds the journey and step of each request, after the columns every run has. */
export const JOURNEY_COLUMNS = ',journey,step'

/** results.csv's header line for a run of these endpoints. */
export function csvHeader(endpoints: readonly Pick<Endpoint, 'journey'>[]): string {
  return endpoints.some((e) => e.journey) ? CSV_HEADER + JOURNEY_COLUMNS : CSV_HEADER
}

/**
 * The endpoint column: a journey's step by its `journey/step` name, as
 * metrics.json's per_endpoint and every comparison row call it (two steps may
 * share a path, and a path says nothing of the journey); a plain endpoint by
 * its path, as before.
 */
export function csvEndpoint(e: Pick<Endpoint, 'name' | 'journey' | 'path' | 'shownPath'>): string {
  return e.journey ? e.name : shownPath(e)
}

/** RFC 4180: quote a field that holds a comma, a quote or a line break; double its quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

const LINES_PER_WRITE = 4096

/**
 * Formats records [from, to) as CSV lines, in batches, without an object per
 * row; with a filter, only the records it keeps (`--csv errors`, `sample:N`).
 */
export function* csvBatches(
  recorder: Recorder,
  endpoints: readonly Endpoint[],
  from: number,
  to: number,
  filter?: CsvFilter
): Generator<string> {
  // the parts that repeat are built once: endpoint + method, status, and success + error text
  const endpointPart = endpoints.map((e) => `,${csvField(csvEndpoint(e))},${e.method},`)
  const journeys = endpoints.some((e) => e.journey)
  const tail = endpoints.map((e) =>
    journeys ? `,${csvField(e.journey ?? '')},${csvField(e.step ?? '')}` : ''
  )
  const outcomePart = new Map<number, string>()
  let lastMs = NaN
  let lastIso = ''
  let lines: string[] = []
  for (let i = from; i < to; i++) {
    if (filter && !filter.keeps(recorder, i)) continue
    const ms = Math.floor(recorder.epochMs + recorder.sendUs(i) / 1000)
    if (ms !== lastMs) {
      lastMs = ms
      lastIso = new Date(ms).toISOString()
    }
    const status = recorder.status(i)
    const id = recorder.errorIdAt(i)
    const key = status * 0x10000 + id
    let outcome = outcomePart.get(key)
    if (outcome === undefined) {
      outcome = `,${id === 0},${id === 0 ? '' : csvField(recorder.errorOf(id)!.message)},`
      outcomePart.set(key, outcome)
    }
    const ep = recorder.endpoint(i)
    lines.push(
      lastIso +
        endpointPart[ep] +
        status +
        ',' +
        seconds6(recorder.latencyUs(i)) +
        outcome +
        recorder.bytes(i) +
        tail[ep]
    )
    if (lines.length === LINES_PER_WRITE) {
      yield lines.join('\n') + '\n'
      lines = []
    }
  }
  if (lines.length) yield lines.join('\n') + '\n'
}

/** µs as seconds with six decimals (what toFixed(6) gives, at a fraction of its cost). */
function seconds6(us: number): string {
  const whole = Math.floor(us / 1e6)
  return `${whole}.${String(1e6 + (us - whole * 1e6)).slice(1)}`
}
