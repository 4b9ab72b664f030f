import { escapeHtml } from '../escape.js'

/** One segment of a journey's waterfall: a step's median time, or the pause after it. */
export interface WaterfallSegment {
  label: string
  seconds: number
  kind: 'step' | 'think'
}

const n = (v: number): string => (Math.round(v * 10) / 10).toString()

/**
 * A journey's steps laid end to end as bars of their median response time,
 * each followed by its pause (think time, drawn apart, dashed): where an
 * iteration's time goes, and how much of a user's time is waiting by design.
 * One row per segment, as a waterfall reads; the x axis is seconds.
 */
export function waterfallChart(o: {
  title: string
  segments: WaterfallSegment[]
  format: (seconds: number) => string
  width?: number
}): string {
  const width = o.width ?? 640
  const row = 22
  const left = 150
  const right = 90
  const top = 8
  const height = top + row * o.segments.length + 28
  const total = o.segments.reduce((a, s) => a + s.seconds, 0) || 1
  const scale = (width - left - right) / total
  const parts = [
    `<svg class="chart waterfall" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(o.title)}"><title>${escapeHtml(o.title)}</title>`
  ]
  let at = 0
  o.segments.forEach((s, i) => {
    const y = top + i * row
    const x = left + at * scale
    const w = Math.max(1, s.seconds * scale)
    const text = `${s.label}: ${o.format(s.seconds)}${s.kind === 'think' ? ' (think time, in no response time)' : ''}`
    parts.push(
      `<text class="tick-label" x="${left - 6}" y="${n(y + row / 2)}" dy="0.32em" text-anchor="end">${escapeHtml(s.label)}</text>`,
      `<rect class="${s.kind === 'step' ? 'bar' : 'think'}" x="${n(x)}" y="${n(y + 3)}" width="${n(w)}" height="${row - 6}"><title>${escapeHtml(text)}</title></rect>`,
      `<text class="tick-label" x="${n(x + w + 4)}" y="${n(y + row / 2)}" dy="0.32em">${escapeHtml(o.format(s.seconds))}</text>`
    )
    at += s.seconds
  })
  const axisY = top + row * o.segments.length + 4
  parts.push(
    `<line class="axis" x1="${left}" x2="${width - right}" y1="${axisY}" y2="${axisY}"/>`,
    `<text class="axis-label" x="${n(left + (width - left - right) / 2)}" y="${axisY + 20}" text-anchor="middle">${escapeHtml(`${o.format(total)} end to end: median step times, think time dashed`)}</text>`,
    '</svg>'
  )
  return parts.join('')
}
