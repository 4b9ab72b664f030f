import type { DriftFigure, DriftResult } from '../../metrics/types.js'
import { changeText } from './comparison-rows.js'
import { formatRunLength, formatValue } from './numbers.js'

/** A drift as every view shows it. */
export interface DriftRow {
  label: string
  first: string
  last: string
  /** the change (worse is +) and its interval: `+23.0% (+15.0% … +31.0%)` */
  change: string
  /** warning and critical bands: `10% / 25%` */
  bands: string
  status: DriftFigure['status']
}

export function driftRows(d: DriftResult): DriftRow[] {
  return d.drifts.map((f) => {
    const points = f.name === 'error_rate_rise'
    const unit = f.name === 'throughput_decay' ? 'rps' : points ? 'percent' : 'seconds'
    // the figures are percent (points for errors); changeText takes fractions of 1 for percent
    const text = (v: number): string => changeText(points, points ? v : v / 100)
    return {
      label: f.label,
      first: formatValue(f.first, unit),
      last: formatValue(f.last, unit),
      change: `${text(f.change)} (${text(f.ci_low)} … ${text(f.ci_high)})`,
      bands: points ? `${f.warning} pp / ${f.critical} pp` : `${f.warning}% / ${f.critical}%`,
      status: f.status
    }
  })
}

/** Which windows were compared, and how a drift is judged: said under every drift table. */
export function driftMethod(d: DriftResult): string {
  if (d.not_judged) return `Drift not judged: ${d.not_judged}.`
  return (
    `The last ${formatRunLength(d.window_seconds)} (from second ${d.last.from}) against the first ${formatRunLength(d.window_seconds)}, ` +
    `${Math.round(d.level * 100)}% intervals from a block bootstrap of the seconds; a drift is warning or critical ` +
    'only when the near end of its interval is past the band (positive is worse: slower, less throughput, more errors).'
  )
}
