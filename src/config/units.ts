/**
 * Parsing of the human units users write: durations (`30s`, `5m`, `1h30m`,
 * `250ms` or plain seconds) for run lengths, timeouts and time thresholds,
 * `5%` / `0.5` for error rates (percent), plain numbers for throughput,
 * `50MB` / `1.5GB` / plain bytes for memory.
 */

const NUMBER = String.raw`\d+(?:\.\d+)?`
const DURATION = new RegExp(
  String.raw`^(?:(${NUMBER})h)?(?:(${NUMBER})m(?!s))?(?:(${NUMBER})s)?(?:(${NUMBER})ms)?$`,
  'i'
)
const PLAIN_NUMBER = new RegExp(`^${NUMBER}$`)
const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/

/**
 * Seconds from `1h30m`, `5m`, `30s`, `1.5s`, `250ms`, their combinations in
 * that order, or a bare number of seconds; undefined when malformed.
 */
export function parseSeconds(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined
  const text = value.trim().replace(/\s+/g, '')
  if (PLAIN_NUMBER.test(text)) return Number(text)
  const m = DURATION.exec(text)
  if (!m || text === '') return undefined
  const [h, min, s, ms] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)))
  return h * 3600 + min * 60 + s + ms / 1000
}

/** `86400` → `24h`, `90` → `1m30s`: limits shown in the units users write. */
export function formatDuration(seconds: number): string {
  if (seconds < 1) return `${+(seconds * 1000).toFixed(3)}ms`
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = +(seconds % 60).toFixed(3)
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`
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

/** Decimal units as disks and `ps` write them (MB = 10⁶ bytes), and binary ones for who means those. */
const BYTE_UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40
}
const BYTES = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)?\s*(?:\/\s*h)?\s*$/i

/**
 * Bytes from `50MB`, `1.5GB`, `512KiB` or a bare number of bytes (a `/h`
 * after the unit is allowed: a growth per hour reads naturally so);
 * undefined when malformed. MB is 1,000,000 bytes, MiB 1,048,576.
 */
export function parseBytes(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined
  const m = BYTES.exec(value)
  if (!m) return undefined
  return Math.round(Number(m[1]) * BYTE_UNITS[(m[2] ?? 'b').toLowerCase()])
}
