/**
 * Parsing of the human units the config file accepts for thresholds:
 * `5%` / `0.5` for error rates (percent), `300ms` / `2s` / `1.5` for times
 * (seconds), plain numbers for throughput.
 */

const TIME = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/i
const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/

/** A duration in seconds from `250ms`, `2s`, `1m` or a bare number of seconds; undefined when malformed. */
export function parseSeconds(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined
  const m = TIME.exec(value)
  if (!m) return undefined
  const n = Number(m[1])
  const unit = (m[2] ?? 's').toLowerCase()
  return unit === 'ms' ? n / 1000 : unit === 'm' ? n * 60 : n
}

/** A percentage from `5%` or a bare number (already percent); undefined when malformed. */
export function parsePercent(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined
  const m = PERCENT.exec(value)
  return m ? Number(m[1]) : undefined
}

/** A non-negative plain number, also when given as a numeric string. */
export function parsePlainNumber(value: string | number): number | undefined {
  const n = typeof value === 'number' ? value : /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : NaN
  return Number.isFinite(n) && n >= 0 ? n : undefined
}
