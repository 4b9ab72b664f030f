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
  'other'
] as const
export type ErrorType = (typeof ERROR_TYPES)[number]

/** 0 means success; 1..6 index ERROR_TYPES + 1. */
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
const REFUSED_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])

/** Classifies a socket error by its code; the message is kept for `other`. */
export function classifySocketError(err: { code?: string; message?: string }): ErrorType {
  if (err.code && RESET_CODES.has(err.code)) return 'connection_reset'
  if (err.code && REFUSED_CODES.has(err.code)) return 'connection_refused'
  if (err.code === 'ETIMEDOUT') return 'timeout'
  return 'other'
}
