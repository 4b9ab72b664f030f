/**
 * The error types of DESIGN.md, and how a failed request is classified.
 * Codes are small integers so the recorder can keep them in a byte.
 */
export const ERROR_TYPES = [
  'timeout',
  'connection_refused',
  'connection_reset',
  'http_4xx',
  'http_5xx',
  'malformed_response',
  'dns',
  'tls',
  'other'
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
  if (status >= 400 && status < 500) return 'http_4xx'
  if (status >= 500 && status < 600) return 'http_5xx'
  return 'other'
}

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
