import { describe, expect, it } from '@jest/globals'
import { renderHtmlReport } from '../../src/report/html/render.js'
import { fixtureRun } from '../helpers/fixture-run.js'

// A million-request fixture takes seconds to build: in the `slow` jest project, not `unit`.
describe('report size', () => {
  it('an hour-long run of over a million requests gives an HTML report under 1 MB', () => {
    const { doc } = fixtureRun({
      rps: 300,
      seconds: 3600,
      latencyUs: (i) => 1000 + ((i * 7919) % 50_000) + (i % 100_000 < 300 ? 900_000 : 0)
    })
    expect(doc.total_requests).toBe(1_080_000)
    expect(doc.timeseries).toHaveLength(3600)
    const { html } = renderHtmlReport(doc)
    expect(html.length).toBeLessThan(1_000_000)
    // downsampled, and a one-second spike every 100k requests still reaches the latency chart
    const latency = html.slice(html.indexOf('id="chart-latency"'), html.indexOf('id="chart-throughput"'))
    const points = (latency.match(/class="line s3" d="([^"]+)"/)?.[1] ?? '').split(/[ML]/).filter(Boolean)
    expect(points.length).toBeLessThanOrEqual(300)
    expect(latency).toMatch(/>(900 ms|1 s)</)
  })
})
