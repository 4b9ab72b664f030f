import type { Status, ThresholdCheck } from '../gate/evaluate.js'
import type { ThresholdUnit } from '../gate/thresholds.js'

/** Human formatting shared by the terminal, HTML and Markdown outputs. */

export function formatSeconds(s: number): string {
  if (s === 0) return '0 ms'
  if (s < 0.001) return `${(s * 1000).toFixed(3)} ms`
  if (s < 1) return `${(s * 1000).toFixed(s < 0.01 ? 2 : 1)} ms`
  return `${s.toFixed(s < 10 ? 2 : 1)} s`
}

export function formatPercent(p: number): string {
  return `${p.toFixed(p !== 0 && p < 0.1 ? 3 : 2)}%`
}

export function formatRps(r: number): string {
  return `${r.toLocaleString('en-US', { maximumFractionDigits: r < 100 ? 2 : 1 })} req/s`
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}

export function formatValue(value: number, unit: ThresholdUnit): string {
  return unit === 'seconds'
    ? formatSeconds(value)
    : unit === 'percent'
      ? formatPercent(value)
      : formatRps(value)
}

/** A limit as written in a threshold table: `1 s`, `5%`, `10`. */
export function formatLimit(value: number, unit: ThresholdUnit): string {
  if (unit === 'seconds')
    return value >= 1 || value === 0 ? `${+value.toFixed(3)} s` : `${+(value * 1000).toFixed(3)} ms`
  if (unit === 'percent') return `${+value.toFixed(4)}%`
  return `${+value.toFixed(2)}`
}

/** The three bands of a check as text: good, warning, critical. */
export function bandTexts(c: Pick<ThresholdCheck, 'warning' | 'critical' | 'unit' | 'higher_is_better'>): {
  good: string
  warning: string
  critical: string
} {
  const w = formatLimit(c.warning, c.unit)
  const k = formatLimit(c.critical, c.unit)
  return c.higher_is_better
    ? { good: `> ${w}`, warning: `> ${k}`, critical: `≤ ${k}` }
    : { good: `< ${w}`, warning: `< ${k}`, critical: `≥ ${k}` }
}

export const STATUS_ICON: Record<Status, string> = { good: '✅', warning: '⚠️', critical: '❌' }

/** A baseline comparison's change: points for the error rate, percent for the rest. */
export function formatChange(m: { metric: string; change: number }): string {
  const sign = m.change >= 0 ? '+' : ''
  return m.metric === 'error_rate' ? `${sign}${m.change} pp` : `${sign}${(m.change * 100).toFixed(1)}%`
}
