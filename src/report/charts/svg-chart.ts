import { escapeHtml } from '../escape.js'
import { linearScale, type LinearScale } from './scale.js'
import { chartMargins, placeMarkerLabels, textWidth, type Box, type Margins } from './label-fit.js'

/**
 * SVG charts built as text: no script, no inline style. Colours and fonts
 * come from classes in report.css, so the report renders under a strict
 * Content-Security-Policy and follows the reader's light or dark theme.
 */

export interface Series {
  name: string
  points: [number, number][]
  /** CSS class of the line, e.g. `s1` */
  cls: string
}

export interface ThresholdLine {
  value: number
  label: string
  cls: 'threshold-warning' | 'threshold-critical'
}

export interface Marker {
  x: number
  y: number
  label: string
}

export interface LineChartOptions {
  title: string
  xLabel: string
  yLabel: string
  formatX?: (v: number) => string
  formatY: (v: number) => string
  series: Series[]
  thresholds?: ThresholdLine[]
  markers?: Marker[]
  /** a shaded span of x, named (a warm-up before the measured run) */
  band?: { from: number; to: number; label: string }
  width?: number
  height?: number
}

/** a threshold far above the data would flatten it; such a line is named in the legend instead */
const THRESHOLD_HEADROOM = 3

const n = (v: number): string => (Math.round(v * 10) / 10).toString()

export function lineChart(o: LineChartOptions): string {
  const width = o.width ?? 640
  const height = o.height ?? 260
  const xs = o.series.flatMap((s) => s.points.map((p) => p[0]))
  const ys = o.series.flatMap((s) => s.points.map((p) => p[1]))
  const dataMax = ys.length ? Math.max(...ys) : 0
  const shown = (o.thresholds ?? []).filter((t) => t.value <= Math.max(dataMax, 1e-12) * THRESHOLD_HEADROOM)
  const offScale = (o.thresholds ?? []).filter((t) => !shown.includes(t))
  const yMax = Math.max(dataMax, ...shown.map((t) => t.value)) * 1.05 || 1
  const fx = o.formatX ?? ((v: number) => String(v))
  const [xMin, xMax] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1]
  // one x (a series of one run): that point alone, in the middle, not on an axis from 1 to 2
  const single = xs.length > 0 && xMin === xMax
  const y0 = linearScale(0, yMax, 0, 1, 5)
  const xTicks0 = single ? [xMin] : linearScale(xMin, xMax, 0, 1, 8).ticks
  const M = chartMargins(
    y0.ticks.map((t) => o.formatY(t)),
    fx(xTicks0[xTicks0.length - 1])
  )
  const x = single
    ? linearScale(xMin - 1, xMin + 1, M.left, width - M.right, 2)
    : linearScale(xMin, xMax, M.left, width - M.right, 8)
  if (single) x.ticks = [xMin]
  const y = linearScale(0, yMax, height - M.bottom, M.top, 5)
  const parts: string[] = [open(o.title, width, height)]
  if (o.band) {
    const [x0, x1] = [x(o.band.from), x(o.band.to)]
    parts.push(
      `<rect class="band" x="${n(x0)}" y="${M.top}" width="${n(Math.max(0, x1 - x0))}" height="${height - M.top - M.bottom}"/>`,
      `<text class="band-label" x="${n((x0 + x1) / 2)}" y="${M.top + 12}" text-anchor="middle">${escapeHtml(o.band.label)}</text>`
    )
  }
  parts.push(axes(x, y, o, width, height, M))
  const labelYs = thresholdLabelYs(
    shown.map((t) => y(t.value)),
    M.top + 8,
    height - M.bottom - 3
  )
  const taken: Box[] = legendBoxes(o.series, offScale, M)
  shown.forEach((t, i) => {
    const py = y(t.value)
    const right = width - M.right - 4
    taken.push({ x0: right - textWidth(t.label), x1: right, y0: labelYs[i] - 12, y1: labelYs[i] + 3 })
    parts.push(
      `<line class="${t.cls}" x1="${M.left}" x2="${width - M.right}" y1="${n(py)}" y2="${n(py)}"/>`,
      `<text class="threshold-label ${t.cls}" x="${n(right)}" y="${n(labelYs[i])}" text-anchor="end">${escapeHtml(t.label)}</text>`
    )
  })
  for (const s of o.series) {
    if (s.points.length === 0) continue
    const d = s.points.map(([px, py], i) => `${i ? 'L' : 'M'}${n(x(px))},${n(y(py))}`).join('')
    parts.push(`<path class="line ${s.cls}" d="${d}"/>`)
    if (s.points.length === 1) {
      parts.push(
        `<circle class="dot ${s.cls}" cx="${n(x(s.points[0][0]))}" cy="${n(y(s.points[0][1]))}" r="3"/>`
      )
    }
  }
  const markers = (o.markers ?? []).map((m) => ({ x: x(m.x), y: y(m.y), label: m.label }))
  const at = placeMarkerLabels(
    markers,
    { x0: M.left, x1: width - M.right, y0: M.top, y1: height - M.bottom },
    taken
  )
  markers.forEach((m, i) => {
    parts.push(
      `<circle class="marker" cx="${n(m.x)}" cy="${n(m.y)}" r="6"><title>${escapeHtml(m.label)}</title></circle>`
    )
    const p = at[i]
    if (p)
      parts.push(
        `<text class="marker-label" x="${n(p.x)}" y="${n(p.y)}" text-anchor="middle">${escapeHtml(m.label)}</text>`
      )
  })
  parts.push(legend(o.series, offScale, M), '</svg>')
  return parts.join('')
}

/** Vertical distance between two threshold labels' baselines: a line of 12 px text (15 px tall) and air. */
const LABEL_GAP = 16

/**
 * Baselines for threshold labels drawn right-aligned at one x: each sits just
 * above its line, and labels of lines closer than a text line are pushed apart
 * (then moved up together if that pushed them below the plot), so they never overlap.
 */
export function thresholdLabelYs(lineYs: number[], top: number, bottom: number): number[] {
  const order = lineYs.map((v, i) => ({ i, want: v - 4 })).sort((a, b) => a.want - b.want)
  const ys = new Array<number>(lineYs.length)
  let prev = -Infinity
  for (const o of order) {
    prev = Math.max(o.want, prev + LABEL_GAP, top)
    ys[o.i] = prev
  }
  const overflow = prev - bottom
  if (overflow > 0) {
    for (let k = order.length - 1, limit = bottom; k >= 0; k--, limit -= LABEL_GAP) {
      const i = order[k].i
      ys[i] = Math.min(ys[i], limit)
    }
  }
  return ys
}

export interface BarChartOptions {
  title: string
  xLabel: string
  yLabel: string
  bars: { label: string; value: number }[]
  formatY: (v: number) => string
  /** label every k-th bar so labels do not collide */
  labelEvery?: number
  width?: number
  height?: number
}

export function barChart(o: BarChartOptions): string {
  const width = o.width ?? 640
  const height = o.height ?? 260
  const max = Math.max(0, ...o.bars.map((b) => b.value))
  const M = chartMargins(linearScale(0, max || 1, 0, 1, 5).ticks.map((t) => o.formatY(t)))
  const y = linearScale(0, max || 1, height - M.bottom, M.top, 5)
  const inner = width - M.left - M.right
  const bw = inner / Math.max(1, o.bars.length)
  const every = o.labelEvery ?? Math.max(1, Math.ceil(o.bars.length / 10))
  const parts: string[] = [open(o.title, width, height), yAxis(y, o.formatY, width, height, o.yLabel, M)]
  o.bars.forEach((b, i) => {
    const x0 = M.left + i * bw
    const top = y(b.value)
    parts.push(
      `<rect class="bar" x="${n(x0 + 1)}" y="${n(top)}" width="${n(Math.max(1, bw - 2))}" height="${n(height - M.bottom - top)}"><title>${escapeHtml(`${b.label}: ${o.formatY(b.value)}`)}</title></rect>`
    )
    if (i % every === 0) {
      parts.push(
        `<text class="tick-label" x="${n(x0 + bw / 2)}" y="${height - M.bottom + 16}" text-anchor="middle">${escapeHtml(b.label)}</text>`
      )
    }
  })
  parts.push(
    `<line class="axis" x1="${M.left}" x2="${width - M.right}" y1="${height - M.bottom}" y2="${height - M.bottom}"/>`,
    `<text class="axis-label" x="${M.left + inner / 2}" y="${height - 8}" text-anchor="middle">${escapeHtml(o.xLabel)}</text>`,
    '</svg>'
  )
  return parts.join('')
}

function open(title: string, width: number, height: number): string {
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>`
}

function yAxis(
  y: LinearScale,
  format: (v: number) => string,
  width: number,
  height: number,
  label: string,
  M: Margins & { yTitleX: number }
): string {
  const out: string[] = []
  for (const t of y.ticks) {
    const py = n(y(t))
    out.push(
      `<line class="grid" x1="${M.left}" x2="${width - M.right}" y1="${py}" y2="${py}"/>`,
      `<text class="tick-label" x="${M.left - 6}" y="${py}" dy="0.32em" text-anchor="end">${escapeHtml(format(t))}</text>`
    )
  }
  out.push(
    `<line class="axis" x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${height - M.bottom}"/>`,
    `<text class="axis-label" transform="translate(${n(M.yTitleX)} ${(M.top + height - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(label)}</text>`
  )
  return out.join('')
}

function axes(
  x: LinearScale,
  y: LinearScale,
  o: LineChartOptions,
  width: number,
  height: number,
  M: Margins & { yTitleX: number }
): string {
  const fx = o.formatX ?? ((v: number) => String(v))
  const out = [yAxis(y, o.formatY, width, height, o.yLabel, M)]
  for (const t of x.ticks) {
    const px = n(x(t))
    out.push(
      `<line class="tick" x1="${px}" x2="${px}" y1="${height - M.bottom}" y2="${height - M.bottom + 5}"/>`,
      `<text class="tick-label" x="${px}" y="${height - M.bottom + 18}" text-anchor="middle">${escapeHtml(fx(t))}</text>`
    )
  }
  out.push(
    `<line class="axis" x1="${M.left}" x2="${width - M.right}" y1="${height - M.bottom}" y2="${height - M.bottom}"/>`,
    `<text class="axis-label" x="${(M.left + width - M.right) / 2}" y="${height - 6}" text-anchor="middle">${escapeHtml(o.xLabel)}</text>`
  )
  return out.join('')
}

/** The legend's entries: each series, then any threshold too far above the data to draw. */
function legendItems(
  series: Series[],
  offScale: ThresholdLine[]
): { cls: string; text: string; x: number }[] {
  const items = series.map((s) => ({ cls: `line ${s.cls}`, text: s.name }))
  if (offScale.length) {
    items.push({ cls: offScale[0].cls, text: `${offScale.map((t) => t.label).join(', ')} above the chart` })
  }
  let xPos = 8
  return items.map((it) => {
    const at = xPos
    xPos += 34 + textWidth(it.text)
    return { ...it, x: at }
  })
}

/** Where the legend's text is, so marker labels keep clear of it. */
function legendBoxes(series: Series[], offScale: ThresholdLine[], M: Margins): Box[] {
  return legendItems(series, offScale).map((it) => ({
    x0: M.left + it.x,
    x1: M.left + it.x + 24 + textWidth(it.text),
    y0: 4,
    y1: 20
  }))
}

function legend(series: Series[], offScale: ThresholdLine[], M: Margins): string {
  return legendItems(series, offScale)
    .map(
      (it) =>
        `<g class="legend-item" transform="translate(${n(M.left + it.x)} 6)">` +
        `<line class="${it.cls}" x1="0" x2="18" y1="6" y2="6"/>` +
        `<text class="legend-label" x="24" y="6" dy="0.32em">${escapeHtml(it.text)}</text></g>`
    )
    .join('')
}
