import { escapeHtml } from '../escape.js'
import type { Status } from '../../gate/evaluate.js'
import { linearScale } from './scale.js'
import { textWidth } from './label-fit.js'

/**
 * One compared metric as a small picture: its change and 95% interval on an
 * axis, beside the tolerance band. A regression is an interval wholly past
 * the band on the worse side; an inconclusive one crosses the band's edge.
 * SVG as text, classes only (report.css), like the other charts.
 */
export interface IntervalChartOptions {
  /** e.g. `95th percentile: 42.1 ms → 51.8 ms` */
  title: string
  estimate: number
  /** null: too few windows for an interval (only the estimate is drawn) */
  low: number | null
  high: number | null
  tolerance: number
  /** how a value reads on the axis: `+12%`, `+0.5 pp` */
  format: (v: number) => string
  status: Status
  width?: number
}

const HEIGHT = 64
const PAD = 16
const r = (v: number): string => (Math.round(v * 10) / 10).toString()

export function intervalChart(o: IntervalChartOptions): string {
  const width = o.width ?? 300
  const reach =
    Math.max(o.tolerance * 2, Math.abs(o.estimate), Math.abs(o.low ?? 0), Math.abs(o.high ?? 0)) * 1.1
  const x = linearScale(-reach, reach, PAD, width - PAD, 4)
  const axisY = 40
  const parts = [
    `<svg class="chart interval-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${escapeHtml(o.title)}"><title>${escapeHtml(o.title)}</title>`,
    `<rect class="tolerance-band" x="${r(x(-o.tolerance))}" y="${axisY - 12}" width="${r(x(o.tolerance) - x(-o.tolerance))}" height="24"><title>${escapeHtml(`tolerance ${o.format(-o.tolerance)} … ${o.format(o.tolerance)}`)}</title></rect>`,
    `<line class="axis" x1="${PAD}" x2="${width - PAD}" y1="${axisY}" y2="${axisY}"/>`,
    `<line class="zero" x1="${r(x(0))}" x2="${r(x(0))}" y1="${axisY - 14}" y2="${axisY + 14}"/>`
  ]
  // the band's edges, or, when the band is too narrow for both, one `±10%` under its middle
  const [lo, hi] = [o.format(-o.tolerance), o.format(o.tolerance)]
  const apart = x(o.tolerance) - x(-o.tolerance) > (textWidth(lo) + textWidth(hi)) / 2 + 6
  const labels: [number, string][] = apart
    ? [
        [-o.tolerance, lo],
        [o.tolerance, hi]
      ]
    : [[0, `±${hi.replace(/^\+/, '')}`]]
  for (const [t, text] of labels) {
    parts.push(
      `<text class="tick-label" x="${r(x(t))}" y="${HEIGHT - 4}" text-anchor="middle">${escapeHtml(text)}</text>`
    )
  }
  if (o.low !== null && o.high !== null) {
    parts.push(
      `<line class="ci ci-${o.status}" x1="${r(x(o.low))}" x2="${r(x(o.high))}" y1="${axisY}" y2="${axisY}"><title>${escapeHtml(`95% interval ${o.format(o.low)} … ${o.format(o.high)}`)}</title></line>`
    )
  }
  parts.push(
    `<circle class="ci-dot ci-${o.status}" cx="${r(x(o.estimate))}" cy="${axisY}" r="5"><title>${escapeHtml(`change ${o.format(o.estimate)}`)}</title></circle>`,
    `<text class="interval-title" x="${PAD}" y="14">${escapeHtml(o.title)}</text>`,
    '</svg>'
  )
  return parts.join('')
}
