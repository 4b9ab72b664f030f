import {
  DEFAULT_HISTORY_RUNS,
  FAIL_ON_REGRESSION_VALUES,
  MIN_HISTORY_RUNS,
  type FailOnRegression
} from './regression.js'
import { FAIL_ON_VALUES, type FailOn } from './thresholds.js'
import { InputError } from './errors.js'
import { hasControlCharacter } from './http-grammar.js'
import { formatDuration, parseSeconds } from './units.js'

/**
 * Checks for values that arrive as flags or action inputs (strings) or from
 * library callers (numbers). Each failure names the field and what it accepts.
 */

type Raw = string | number | undefined

function toNumber(value: Raw): number {
  if (typeof value === 'number') return value
  if (value === undefined || value.trim() === '') return NaN
  return /^\s*[-+]?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN
}

export function wholeNumber(field: string, value: Raw, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback
  const n = toNumber(value)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InputError(field, `must be a whole number from ${min} to ${max} (got ${JSON.stringify(value)})`)
  }
  return n
}

export function positiveNumber(field: string, value: Raw, fallback: number, max: number, unit: string): number
export function positiveNumber(
  field: string,
  value: Raw,
  fallback: undefined,
  max: number,
  unit: string
): number | undefined
export function positiveNumber(
  field: string,
  value: Raw,
  fallback: number | undefined,
  max: number,
  unit: string
): number | undefined {
  if (value === undefined || value === '') return fallback
  const n = toNumber(value)
  if (!Number.isFinite(n) || n <= 0 || n > max) {
    throw new InputError(
      field,
      `must be a number of ${unit} above 0 and at most ${max} (got ${JSON.stringify(value)})`
    )
  }
  return n
}

/**
 * A duration: `30s`, `5m`, `1h30m`, `250ms` or plain seconds (k6's and
 * Artillery's forms). Above 0 unless `allowZero`, at most `max` seconds.
 */
export function durationSeconds(
  field: string,
  value: Raw,
  fallback: number,
  max: number,
  { allowZero = false } = {}
): number {
  if (value === undefined || value === '') return fallback
  const n = parseSeconds(value)
  if (n === undefined || (allowZero ? n < 0 : n <= 0) || n > max) {
    throw new InputError(
      field,
      `must be a duration such as ${max >= 5400 ? '30s, 5m or 1h30m' : '500ms, 10s or 5m'} (or plain seconds), ${allowZero ? 'from 0' : 'above 0'} and at most ${formatDuration(max)} (got ${JSON.stringify(value)})`
    )
  }
  return n
}

export function failOn(field: string, value: string | undefined, fallback: FailOn): FailOn {
  if (value === undefined || value === '') return fallback
  if (!(FAIL_ON_VALUES as readonly string[]).includes(value)) {
    throw new InputError(field, `must be one of ${FAIL_ON_VALUES.join(', ')} (got ${JSON.stringify(value)})`)
  }
  return value as FailOn
}

/** Of a history baseline, how many of the test's last runs form it (3 to 1000), or `auto`: those since its last change point. */
export function baselineRuns(field: string, value: string | undefined): number | 'auto' | undefined {
  if (value === undefined || value === '') return undefined
  return value === 'auto' ? 'auto' : wholeNumber(field, value, DEFAULT_HISTORY_RUNS, MIN_HISTORY_RUNS, 1000)
}

/** `regression`, `inconclusive` or `never`; `true` and `false` as a workflow author may write them. */
export function failOnRegression(field: string, value: string | undefined): FailOnRegression | undefined {
  if (value === undefined || value === '') return undefined
  if (value === 'true') return 'regression'
  if (value === 'false') return 'never'
  if (!(FAIL_ON_REGRESSION_VALUES as readonly string[]).includes(value)) {
    throw new InputError(
      field,
      `must be one of ${FAIL_ON_REGRESSION_VALUES.join(', ')} (got ${JSON.stringify(value)})`
    )
  }
  return value as FailOnRegression
}

export function httpUrl(field: string, value: string): URL {
  // the URL parser would silently drop a CR, LF or tab
  if (hasControlCharacter(value))
    throw new InputError(field, 'must not contain control characters such as CR or LF')
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      field,
      `must be an absolute http:// or https:// URL such as http://localhost:8080 (got ${JSON.stringify(value)})`
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(field, `must use http:// or https:// (got ${JSON.stringify(value)})`)
  }
  if (url.username || url.password) {
    throw new InputError(field, 'must not contain credentials (user:password@): they would be logged')
  }
  return url
}
