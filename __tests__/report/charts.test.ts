import { describe, expect, it } from '@jest/globals'
import { downsample } from '../../src/report/charts/downsample.js'
import { linearScale, niceStep } from '../../src/report/charts/scale.js'
import { barChart, lineChart, thresholdLabelYs } from '../../src/report/charts/svg-chart.js'
import { chartMargins, placeMarkerLabels, textWidth } from '../../src/report/charts/label-fit.js'
import { formatSecondsRounded } from '../../src/report/format/numbers.js'

describe('scales', () => {
  it('picks readable tick steps', () => {
    expect(niceStep(100, 5)).toBe(20)
    expect(niceStep(0.037, 5)).toBeCloseTo(0.01, 12)
    expect(niceStep(7, 5)).toBe(2)
    expect(niceStep(12, 5)).toBe(2.5)
  })
  it('widens the domain to whole ticks and maps linearly', () => {
    const s = linearScale(0, 0.0378, 200, 0, 5)
    expect(s.ticks).toEqual([0, 0.01, 0.02, 0.03, 0.04])
    expect(s.domain).toEqual([0, 0.04])
    expect(s(0)).toBe(200)
    expect(s(0.04)).toBeCloseTo(0, 9)
    expect(s(0.02)).toBeCloseTo(100, 9)
  })
  it('survives a flat or empty domain', () => {
    const s = linearScale(5, 5, 0, 100)
    expect(s.ticks.length).toBeGreaterThan(1)
    expect(Number.isFinite(s(5))).toBe(true)
  })
})

describe('downsample', () => {
  const series = Array.from({ length: 1000 }, (_, i) => [i, i === 537 ? 99 : 1] as [number, number])
  it('keeps the maximum of each group, so a spike survives', () => {
    const d = downsample(series, 100, 'max')
    expect(d).toHaveLength(100)
    expect(Math.max(...d.map((p) => p[1]))).toBe(99)
    expect(d.find((p) => p[1] === 99)![0]).toBe(530)
  })
  it('mean keeps the area for rates, and short series are untouched', () => {
    const d = downsample(series, 100, 'mean')
    expect(d[53][1]).toBeCloseTo((9 + 99) / 10, 9)
    expect(downsample(series.slice(0, 50), 100, 'max')).toEqual(series.slice(0, 50))
  })
})

/** The numbers an SVG attribute list holds, by attribute name, for every element of a kind. */
function attrs(svg: string, tag: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${tag} ([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]))
  )
}

describe('lineChart', () => {
  const svg = lineChart({
    title: 'Latency',
    xLabel: 'elapsed time',
    yLabel: 'response time',
    formatY: (v) => `${Math.round(v * 1000)} ms`,
    series: [
      {
        name: 'p50',
        cls: 's1',
        points: [
          [0, 0.01],
          [1, 0.02],
          [2, 0.015]
        ]
      },
      {
        name: 'p95',
        cls: 's2',
        points: [
          [0, 0.03],
          [1, 0.04],
          [2, 0.035]
        ]
      }
    ],
    thresholds: [
      { value: 0.05, label: 'warning 50 ms', cls: 'threshold-warning' },
      { value: 5, label: 'critical 5 s', cls: 'threshold-critical' }
    ]
  })

  it('has axes with unit tick labels and a legend', () => {
    expect(svg).toContain('>0 ms<')
    expect(svg).toContain('>60 ms<')
    expect(svg).toContain('>elapsed time<')
    expect(svg).toContain('>response time<')
    expect(svg).toMatch(/class="legend-label"[^>]*>p50</)
    expect(svg).toMatch(/class="legend-label"[^>]*>p95</)
  })

  it('draws a threshold within reach as a line at its value, and names a far one in the legend', () => {
    const tickY = (label: string): number =>
      Number(
        attrs(svg, 'text').find((t) => svg.includes(`y="${t.y}" dy="0.32em" text-anchor="end">${label}<`))!.y
      )
    const y0 = tickY('0 ms')
    const y60 = tickY('60 ms')
    const warning = attrs(svg, 'line').find((l) => l.class === 'threshold-warning')!
    expect(Number(warning.y1)).toBeCloseTo(y0 + ((y60 - y0) * 50) / 60, 0)
    expect(svg).toContain('>warning 50 ms<')
    expect(svg).toContain('critical 5 s above the chart')
    // the far threshold has only its legend swatch, no line across the plot
    expect(attrs(svg, 'line').filter((l) => l.class === 'threshold-critical' && l.x2 !== '18')).toHaveLength(
      0
    )
  })

  it('plots each point where the scales put it', () => {
    const path = attrs(svg, 'path').find((p) => p.class === 'line s1')!
    const coords = [...path.d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])])
    expect(coords).toHaveLength(3)
    // equally spaced in x, and the 20 ms point above the 10 ms point
    expect(coords[1][0] - coords[0][0]).toBeCloseTo(coords[2][0] - coords[1][0], 0)
    expect(coords[1][1]).toBeLessThan(coords[0][1])
  })

  it('has no inline style and no script', () => {
    expect(svg).not.toMatch(/style=|<style|<script/i)
  })
})

describe('barChart', () => {
  it('draws one bar per bucket with heights in proportion', () => {
    const svg = barChart({
      title: 'h',
      xLabel: 'x',
      yLabel: 'y',
      formatY: String,
      bars: [
        { label: '1 ms', value: 10 },
        { label: '2 ms', value: 40 },
        { label: '5 ms', value: 20 }
      ]
    })
    const bars = attrs(svg, 'rect')
    expect(bars).toHaveLength(3)
    const h = bars.map((b) => Number(b.height))
    expect(h[1] / h[0]).toBeCloseTo(4, 1)
    expect(h[2] / h[0]).toBeCloseTo(2, 1)
  })
})

describe('chart labels a reader can read', () => {
  it('threshold labels of lines closer than a text line are pushed apart and stay inside the plot', () => {
    // an RPS chart of a 300 req/s run: warning 10 and critical 1 sit a few pixels apart near the axis
    const ys = thresholdLabelYs([210, 215.5], 42, 211)
    expect(Math.abs(ys[0] - ys[1])).toBeGreaterThanOrEqual(13)
    expect(Math.max(...ys)).toBeLessThanOrEqual(211)
    // far apart: each label just above its own line
    expect(thresholdLabelYs([60, 150], 42, 211)).toEqual([56, 146])
  })

  it('histogram buckets are labelled with two significant digits', () => {
    expect([0.000398, 0.000126, 0.00158, 0.0251, 1.585].map(formatSecondsRounded)).toEqual([
      '0.4 ms',
      '0.13 ms',
      '1.6 ms',
      '25 ms',
      '1.6 s'
    ])
  })
})

describe('room for chart labels', () => {
  it('marker labels close together are stacked or left out, never drawn over each other or past the plot', () => {
    const plot = { x0: 70, x1: 620, y0: 34, y1: 214 }
    const points = [390, 436, 482, 528, 574, 620].map((x) => ({ x, y: 120, label: '▲ regression' }))
    const at = placeMarkerLabels(points, plot)
    const boxes = at.flatMap((p) => {
      if (!p) return []
      const w = textWidth('▲ regression', 12, true)
      return [{ x0: p.x - w / 2, x1: p.x + w / 2, y0: p.y - 12, y1: p.y + 3 }]
    })
    expect(boxes.length).toBeGreaterThanOrEqual(3)
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(plot.x0)
      expect(b.x1).toBeLessThanOrEqual(plot.x1)
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]]
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false)
      }
  })

  it('the left margin holds the widest y tick label and the axis title beside it', () => {
    const m = chartMargins(['0', '5,000', '10,000', '15,000.0 req/s'])
    expect(m.left).toBeGreaterThan(textWidth('15,000.0 req/s') + 6 + 16)
    expect(m.yTitleX + 8).toBeLessThanOrEqual(m.left - 6 - textWidth('15,000.0 req/s'))
    expect(chartMargins(['0', '1'], '1h30m').right).toBeGreaterThanOrEqual(textWidth('1h30m') / 2)
  })

  it('a series of one point is drawn in the middle of a one-tick axis', () => {
    const svg = lineChart({
      title: 't',
      xLabel: 'run',
      yLabel: 'p95',
      formatX: (v) => String(v),
      formatY: (v) => String(v),
      series: [{ name: 'p95', cls: 's1', points: [[1, 5]] }]
    })
    const ticks = [...svg.matchAll(/<text class="tick-label" x="([\d.]+)" y="232"[^>]*>([^<]*)</g)]
    expect(ticks.map((t) => t[2])).toEqual(['1'])
    expect(svg).toMatch(/<circle class="dot s1" cx="([\d.]+)"/)
  })
})
