import { formatDuration } from '../../config/units.js'
import type { ThresholdUnit } from '../../config/thresholds.js'

/** Figures as every view writes them: the terminal, report.html, summary.md, junit.xml. */

export function formatSeconds(s: number): string {
  if (s === 0) return '0 ms'
  if (s < 0.001) return `${(s * 1000).toFixed(3)} ms`
  if (s < 1) return `${(s * 1000).toFixed(s < 0.01 ? 2 : 1)} ms`
  return `${s.toFixed(s < 10 ? 2 : 1)} s`
}

/** `1 user`, `10 users`. */
export function formatUsers(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'user' : 'users'}`
}

/** A run length as users wrote it: `60 s` up to two minutes, then `5m`, `1h30m`. */
export function formatRunLength(seconds: number): string {
  // a measured length (an A/B side's active time) is shown to the tenth, not to the millisecond
  // under a second, two significant digits: a run cut short after 41 ms is not "0 s"
  if (seconds < 1) return `${seconds > 0 ? +seconds.toPrecision(2) : 0} s`
  return seconds < 120 ? `${+seconds.toFixed(1)} s` : formatDuration(seconds)
}

/** A time to two significant digits, for axis labels: `0.4 ms`, `1.3 ms`, `25 ms`, `1.6 s`. */
export function formatSecondsRounded(s: number): string {
  if (s === 0) return '0 ms'
  const [v, unit] = s < 1 ? [s * 1000, 'ms'] : [s, 's']
  return `${+v.toPrecision(2)} ${unit}`
}

export function formatPercent(p: number): string {
  return `${p.toFixed(p !== 0 && p < 0.1 ? 3 : 2)}%`
}

/** Always one decimal (two below 10 req/s), so figures side by side line up: `349.0 req/s`, `341.3 req/s`. */
export function formatRps(r: number): string {
  const digits = r < 10 ? 2 : 1
  return `${r.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} req/s`
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}

/**
 * Bytes in decimal units, as limits are written (`50MB` = 50,000,000), to
 * three significant digits: `512 B`, `41.2 MB`, `1.5 GB`; a negative
 * figure (memory that shrank) keeps its sign.
 */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes)
  const [div, unit] =
    abs >= 1e12
      ? [1e12, 'TB']
      : abs >= 1e9
        ? [1e9, 'GB']
        : abs >= 1e6
          ? [1e6, 'MB']
          : abs >= 1e3
            ? [1e3, 'kB']
            : [1, 'B']
  const v = bytes / div
  return `${div === 1 ? Math.round(v) : +v.toPrecision(3)} ${unit}`
}

/** A growth: `+62 MB/h`, `−3.1 MB/h`. */
export function formatGrowth(bytesPerHour: number): string {
  return `${bytesPerHour > 0 ? '+' : bytesPerHour < 0 ? '−' : ''}${formatBytes(Math.abs(bytesPerHour))}/h`
}

export function formatValue(value: number, unit: ThresholdUnit): string {
  if (unit === 'bytes_per_hour') return formatGrowth(value)
  return unit === 'seconds'
    ? formatSeconds(value)
    : unit === 'percent'
      ? formatPercent(value)
      : formatRps(value)
}

/** A limit as written in a threshold table: `1 s`, `5%`, `10`, `50 MB/h`. */
export function formatLimit(value: number, unit: ThresholdUnit): string {
  if (unit === 'bytes_per_hour') return `${formatBytes(value)}/h`
  if (unit === 'seconds')
    return value >= 1 || value === 0 ? `${+value.toFixed(3)} s` : `${+(value * 1000).toFixed(3)} ms`
  if (unit === 'percent') return `${+value.toFixed(4)}%`
  return (+value.toFixed(2)).toLocaleString('en-US', { maximumFractionDigits: 2 })
}
