/**
 * The error types of metrics.json (docs/reference/metrics-json.md), and how a failed request is classified.
 * Codes are small integers so the recorder can keep them in a byte.
 */
export const ERROR_TYPES = [
  'timeout',
  'connection_refused',
  'connection_reset',
  'http_4xx',
  /** HTTP 429: the service refused the rate, not the request (told apart from other 4xx in every view) */
  'rate_limited',
  'http_5xx',
  'malformed_response',
  'dns',
  'tls',
  'other',
  /** an answer that failed a journey's or endpoint's check (its message names the check); last, so the others keep their codes */
  'check_failed'
] as const
export type ErrorType = (typeof ERROR_TYPES)[number]

/** Counts by error type as metrics.json writes them: in ERROR_TYPES order, only the types that occurred. */
export function byErrorType(counts: ReadonlyMap<ErrorType, number>): Partial<Record<ErrorType, number>> {
  return Object.fromEntries(ERROR_TYPES.filter((t) => counts.has(t)).map((t) => [t, counts.get(t)!]))
}

/** 0 means success; 1..n index ERROR_TYPES + 1. */
export const NO_ERROR = 0

export function errorCode(type: ErrorType): number {
  return ERROR_TYPES.indexOf(type) + 1
}

export function errorTypeOf(code: number): ErrorType | undefined {
  return code === NO_ERROR ? undefined : ERROR_TYPES[code - 1]
}

/** Success is any 2xx or 3xx answer. */
export function classifyStatus(status: number): ErrorType | undefined {
  if (status >= 200 && status < 400) return undefined
  if (status === 429) return 'rate_limited'
  if (status >= 400 && status < 500) return 'http_4xx'
  if (status >= 500 && status < 600) return 'http_5xx'
  return 'other'
}

/**
 * The message of an HTTP 429: `rate limited (HTTP 429, Retry-After: 5)`. A
 * Retry-After date becomes the seconds it was away; a value that is neither
 * is cut short. The caller bounds how many distinct messages it keeps.
 */
export function rateLimitedMessage(retryAfter: string | undefined, nowMs: number): string {
  const v = retryAfter?.trim()
  if (!v) return 'rate limited (HTTP 429)'
  let shown: string
  if (/^\d+$/.test(v)) shown = String(Number(v))
  else {
    const at = Date.parse(v)
    shown = Number.isNaN(at)
      ? // eslint-disable-next-line no-control-regex
        v.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 32)
      : String(Math.max(0, Math.round((at - nowMs) / 1000)))
  }
  return `rate limited (HTTP 429, Retry-After: ${shown})`
}

/** Beyond this many distinct Retry-After values, their 429s share one message. */
export const MAX_RETRY_AFTER_MESSAGES = 8
export const RATE_LIMITED_VARIED = 'rate limited (HTTP 429, Retry-After: varied)'

const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED'])
const REFUSED_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'EADDRNOTAVAIL'])
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME'])
/** certificate and handshake failures as Node's TLS layer names them */
const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|ERR_SSL|HOSTNAME|ALTNAME/

/** Classifies a socket error by its code; the message is kept for `other`. */
export function classifySocketError(err: { code?: string; message?: string }): ErrorType {
  const code = err.code ?? ''
  if (RESET_CODES.has(code)) return 'connection_reset'
  if (REFUSED_CODES.has(code)) return 'connection_refused'
  if (DNS_CODES.has(code)) return 'dns'
  if (TLS_CODE.test(code)) return 'tls'
  if (code === 'ETIMEDOUT') return 'timeout'
  return 'other'
}

export function isTlsErrorCode(code: string | undefined): boolean {
  return TLS_CODE.test(code ?? '')
}
