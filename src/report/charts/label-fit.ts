/**
 * Room for a chart's text, computed before drawing: SVG text is not
 * measured by anything in a static page (no script), so widths are
 * estimated from the characters at the stylesheet's sizes, generously, and
 * margins and label positions are chosen so that nothing is cut by the
 * chart's edge or drawn over another label.
 */

export interface Margins {
  top: number
  right: number
  bottom: number
  left: number
}

/** Widest glyphs of report.css's 12 px labels (digits, capitals) are about 7 px; bold is wider. */
export function textWidth(text: string, px = 12, bold = false): number {
  return [...text].length * px * (bold ? 0.64 : 0.6)
}

const TICK_GAP = 6
/** the rotated y-axis title: a 13 px line, and air on either side */
const Y_TITLE = 22

/**
 * Margins that hold the y tick labels and, left of them, the axis title
 * (which used to sit over long labels such as `15,000 req/s`), and on the
 * right half of the last x tick label (which used to be cut off).
 */
export function chartMargins(yTickLabels: string[], lastXTickLabel = ''): Margins & { yTitleX: number } {
  const ticks = Math.max(0, ...yTickLabels.map((t) => textWidth(t)))
  const left = Math.max(70, Math.ceil(ticks + TICK_GAP + Y_TITLE + 4))
  return {
    top: 34,
    right: Math.max(20, Math.ceil(textWidth(lastXTickLabel) / 2) + 4),
    bottom: 46,
    left,
    // the title's centre line: left of the widest tick label, never off the chart
    yTitleX: Math.max(12, left - TICK_GAP - ticks - Y_TITLE / 2)
  }
}

export interface Box {
  x0: number
  x1: number
  y0: number
  y1: number
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

/**
 * Places marker labels (12 px bold, centred over their point): above the
 * point, else below it, else higher up; shifted sideways to stay inside the
 * plot; left out when every place is taken (the marker itself is still
 * drawn, and the page's text names what it marks). Returns each label's
 * centre x and baseline, or null.
 */
export function placeMarkerLabels(
  points: { x: number; y: number; label: string }[],
  plot: Box,
  taken: Box[] = []
): ({ x: number; y: number } | null)[] {
  const placed = [...taken]
  return points.map((p) => {
    const w = textWidth(p.label, 12, true)
    const cx = Math.min(Math.max(p.x, plot.x0 + w / 2 + 2), plot.x1 - w / 2 - 2)
    for (const base of [p.y - 10, p.y + 22, p.y - 26, p.y + 38, p.y - 42]) {
      const box = { x0: cx - w / 2, x1: cx + w / 2, y0: base - 12, y1: base + 3 }
      if (box.y0 < plot.y0 - 20 || box.y1 > plot.y1) continue
      if (placed.some((b) => overlaps(b, box))) continue
      placed.push(box)
      return { x: cx, y: base }
    }
    return null
  })
}
