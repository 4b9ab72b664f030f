import type { Status, ThresholdCheck } from '../../gate/evaluate.js'
import { formatCount, formatLimit } from './numbers.js'

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

/** A check's status as every view words it: `warning, not enough requests (15 of 20)` when its sample was too small. */
export function checkStatusText(
  c: Pick<ThresholdCheck, 'status' | 'requests' | 'not_enough_requests'>
): string {
  const few = c.not_enough_requests
  return few
    ? `${c.status}, not enough requests (${formatCount(c.requests)} of ${formatCount(few.min)})`
    : c.status
}
