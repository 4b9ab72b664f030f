import type { ErrorType } from '../engine/error-types.js'
import type { Recorder } from '../engine/recorder.js'
import { MAX_ENDPOINT_ERRORS, type EndpointErrorCount } from './types.js'

/**
 * Each endpoint's failures by (error type, status): which endpoint answered
 * 401 and which was rate limited, so that no view has to say only "http_4xx".
 * Counted under one numeric key per (endpoint, error id, status), no string
 * per record.
 */
export function endpointErrors(recorder: Recorder, endpoints: number): EndpointErrorCount[][] {
  const counts = new Map<number, number>()
  for (let i = 0; i < recorder.length; i++) {
    const id = recorder.errorIdAt(i)
    if (id === 0) continue
    const key = (recorder.endpoint(i) * 65536 + id) * 65536 + recorder.status(i)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const byEndpoint = Array.from({ length: endpoints }, () => new Map<string, EndpointErrorCount>())
  for (const [key, count] of counts) {
    const status = key % 65536
    const id = Math.floor(key / 65536) % 65536
    const ep = Math.floor(key / 65536 / 65536)
    // messages of one type and status (Retry-After values) add up
    const type = recorder.errorOf(id)!.type as ErrorType
    addError(byEndpoint[ep], { type, status, count })
  }
  return byEndpoint.map((m) => topErrors([...m.values()]))
}

export function addError(into: Map<string, EndpointErrorCount>, e: EndpointErrorCount): void {
  const k = `${e.type} ${e.status}`
  const had = into.get(k)
  into.set(k, had ? { ...had, count: had.count + e.count } : { ...e })
}

/** Most first; ties by status then type, so the order is stable. */
export function topErrors(list: EndpointErrorCount[]): EndpointErrorCount[] {
  return list
    .sort((a, b) => b.count - a.count || a.status - b.status || a.type.localeCompare(b.type))
    .slice(0, MAX_ENDPOINT_ERRORS)
}
