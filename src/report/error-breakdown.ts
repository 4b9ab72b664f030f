import { classifyStatus, type ErrorType } from '../engine/error-types.js'
import type { EndpointErrorCount, EndpointMetrics, ErrorMessageCount } from '../metrics/types.js'
import { formatCount, formatPercent } from './format/numbers.js'

/**
 * What went wrong, in words every view shares: the statuses behind http_4xx
 * and http_5xx (401 is not 404), HTTP 429 named "rate limited" with the
 * Retry-After the server gave, and which endpoints failed.
 */

/** How many endpoints a summary line names before "and N more". */
export const WORST_ENDPOINTS = 5

/** What errorTypesLine reads of a run: metrics.json's error figures. */
export interface ErrorFigures {
  error_types: Partial<Record<ErrorType, number>>
  status_codes: Record<string, number>
  error_messages: ErrorMessageCount[]
  per_endpoint?: readonly Pick<EndpointMetrics, 'errors'>[]
}

/**
 * `http_4xx 9,000 (401 ×9,000), rate_limited 330 (HTTP 429, Retry-After: 5)`:
 * each error type with its statuses (HTTP types, failed checks) or its
 * Retry-After values. Each failed request is under one type only.
 */
export function errorTypesLine(m: ErrorFigures): string {
  const statuses = statusesByType(m)
  return (Object.entries(m.error_types) as [ErrorType, number][])
    .map(([type, n]) => {
      const detail =
        type === 'rate_limited'
          ? rateLimitedDetail(m.error_messages)
          : countList((statuses.get(type) ?? []).map(([code, k]) => [String(code), k]))
      return `${type} ${formatCount(n)}${detail ? ` (${detail})` : ''}`
    })
    .join(', ')
}

/**
 * The statuses of each error type's requests, most first. From the
 * endpoints' failures by (type, status), since a status alone does not say
 * its type: a 403 whose `check: {status: 200}` failed is a check_failed, not
 * an http_4xx, and the run-wide status_codes would list it under both. A
 * document without them (older) falls back on classifying status_codes, but
 * only when no check could have claimed a status.
 */
export function statusesByType(m: ErrorFigures): Map<ErrorType, [number, number][]> {
  const byType = new Map<ErrorType, Map<number, number>>()
  const add = (type: ErrorType, status: number, n: number): void => {
    if (status <= 0) return
    let codes = byType.get(type)
    if (!codes) byType.set(type, (codes = new Map()))
    codes.set(status, (codes.get(status) ?? 0) + n)
  }
  const endpoints = m.per_endpoint ?? []
  if (endpoints.some((ep) => ep.errors))
    for (const ep of endpoints) for (const e of ep.errors ?? []) add(e.type, e.status, e.count)
  else if (!m.error_types.check_failed)
    for (const [code, n] of Object.entries(m.status_codes)) {
      const type = classifyStatus(Number(code))
      if (type) add(type, Number(code), n)
    }
  return new Map(
    [...byType].map(([type, codes]) => [type, [...codes].sort(([a, x], [b, y]) => y - x || a - b)])
  )
}

/** `HTTP 429, Retry-After: 5`, or with several values `HTTP 429, Retry-After: 5 ×300, 10 ×30`. */
function rateLimitedDetail(messages: readonly ErrorMessageCount[]): string {
  const values = new Map<string, number>()
  for (const m of messages) {
    if (m.type !== 'rate_limited') continue
    const v = /Retry-After: ([^)]*)\)/.exec(m.message)?.[1]
    if (v) values.set(v, (values.get(v) ?? 0) + m.count)
  }
  if (values.size === 0) return 'HTTP 429'
  const list = [...values].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'en', { numeric: true }))
  return `HTTP 429, Retry-After: ${list.length === 1 ? list[0][0] : countList(list)}`
}

function countList(list: readonly (readonly [string, number])[], max = 4): string {
  const shown = list.slice(0, max).map(([k, n]) => `${k} ×${formatCount(n)}`)
  if (list.length > max) shown.push(`${list.length - max} more`)
  return shown.join(', ')
}

/** One failure kind of an endpoint: `HTTP 401`, `HTTP 429 rate limited`, `timeout`. */
export function errorLabel(e: Pick<EndpointErrorCount, 'type' | 'status'>): string {
  if (e.type === 'rate_limited') return 'HTTP 429 rate limited'
  if (e.type === 'check_failed') return `check failed (${e.status > 0 ? `HTTP ${e.status}` : 'no answer'})`
  return e.status > 0 ? `HTTP ${e.status}` : e.type
}

/** `HTTP 401 ×9,000, timeout ×3`: an endpoint's most frequent failures. */
export function endpointErrorsText(ep: Pick<EndpointMetrics, 'errors'>, max = 2): string {
  return countList(
    (ep.errors ?? []).map((e) => [errorLabel(e), e.count]),
    max
  )
}

/** The endpoints that failed, worst first: by error rate, then by failed requests. */
export function worstEndpoints<E extends EndpointMetrics>(endpoints: readonly E[]): E[] {
  return endpoints
    .filter((ep) => ep.failed_requests > 0)
    .sort((a, b) => b.error_rate - a.error_rate || b.failed_requests - a.failed_requests)
}

/** `9,000 of 9,000 failed (100.00%)` */
export function failedShare(
  ep: Pick<EndpointMetrics, 'failed_requests' | 'total_requests' | 'error_rate'>
): string {
  return `${formatCount(ep.failed_requests)} of ${formatCount(ep.total_requests)} failed (${formatPercent(ep.error_rate)})`
}

/** `100.00% (HTTP 401)`: an endpoint's error rate with its most frequent failure. */
export function errorRateText(ep: Pick<EndpointMetrics, 'error_rate' | 'errors'>): string {
  const top = ep.errors?.[0]
  return `${formatPercent(ep.error_rate)}${top ? ` (${errorLabel(top)})` : ''}`
}

/** The name a status goes by in a status-code table: 429 is "429 rate limited". */
export function statusCodeLabel(code: string): string {
  return code === '429' ? '429 rate limited' : code
}
