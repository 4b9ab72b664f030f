import type { Page } from 'playwright-core'

/**
 * Every piece of text of every chart on a page, measured as Chromium laid it
 * out: a label cut by its chart's edge, or two labels drawn over each other,
 * is listed as a person would describe it. Empty list: every label is legible.
 */
export async function chartLabelProblems(page: Page): Promise<string[]> {
  return page.$$eval('svg.chart', (svgs) => {
    const out: string[] = []
    svgs.forEach((svg, k) => {
      const name = svg.closest('figure')?.id || svg.getAttribute('aria-label') || `chart ${k + 1}`
      const box = svg.getBoundingClientRect()
      const texts = Array.from(svg.querySelectorAll('text'))
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({
          text: t.textContent!.trim(),
          cls: t.getAttribute('class') ?? '',
          r: t.getBoundingClientRect()
        }))
      for (const t of texts) {
        // half a pixel of slack: antialiasing, not clipping
        if (
          t.r.left < box.left - 0.5 ||
          t.r.right > box.right + 0.5 ||
          t.r.top < box.top - 0.5 ||
          t.r.bottom > box.bottom + 0.5
        )
          out.push(`${name}: "${t.text}" (${t.cls}) is cut by the chart's edge`)
      }
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++) {
          const [a, b] = [texts[i].r, texts[j].r]
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
          // half a pixel of slack; a box is the line's height, so labels that touch count (they read as one)
          if (w > 0.5 && h > 0.5)
            out.push(
              `${name}: "${texts[i].text}" (${texts[i].cls}) overlaps "${texts[j].text}" (${texts[j].cls})`
            )
        }
    })
    return out
  })
}

/** The widths users see: a laptop's browser, and a narrow window (or a side panel in Jenkins). */
export const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 800, height: 900 }
] as const
