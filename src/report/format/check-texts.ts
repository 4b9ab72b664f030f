import type { Status, ThresholdCheck } from '../../gate/evaluate.js'
import { formatCount, formatLimit, formatValue } from './numbers.js'

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

/**
 * A check's status as every view words it: `warning, not enough requests
 * (15 of 20)` when its sample was too small, `warning, not judged: …` when
 * it could not be judged at all.
 */
export function checkStatusText(
  c: Pick<ThresholdCheck, 'status' | 'requests' | 'not_enough_requests' | 'not_judged'>
): string {
  if (c.not_judged) return `${c.status}, not judged: ${c.not_judged.reason}`
  const few = c.not_enough_requests
  return few
    ? `${c.status}, not enough requests (${formatCount(c.requests)} of ${formatCount(few.min)})`
    : c.status
}

/** A check's measured value as every view writes it; a check not judged has none. */
export function checkValueText(c: Pick<ThresholdCheck, 'value' | 'unit' | 'not_judged'>): string {
  return c.not_judged ? 'not judged' : formatValue(c.value, c.unit)
}
