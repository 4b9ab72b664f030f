import { describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import { DEFAULT_THRESHOLDS } from '../../src/config/thresholds.js'
import { renderHtmlReport } from '../../src/report/html/render.js'
import { renderJunit } from '../../src/report/junit.js'
import { renderSummary } from '../../src/report/markdown.js'
import { checkRunDocument } from '../../src/report/files/run-schema.js'
import { outcomeOfDocument } from '../../src/report/document-outcome.js'
import { resourceLines } from '../../src/report/format/resource-lines.js'
import { formatBytes, formatGrowth, formatLimit } from '../../src/report/format/numbers.js'
import { fixtureRun } from '../helpers/fixture-run.js'

const MB = 1e6
const thresholds = { ...DEFAULT_THRESHOLDS, rss_growth_per_hour: { warning: 50 * MB, critical: 200 * MB } }
/** two minutes of a service whose RSS grows 2 GB an hour (about 67 MB over the run) */
const leaking = fixtureRun({ seconds: 120, serviceGrowth: 2000 * MB, thresholds }).doc
/** the same threshold on a run that watched no process */
const unwatched = fixtureRun({ seconds: 30, thresholds }).doc

const cases = (xml: string): any[] => {
  const suite = new XMLParser({ ignoreAttributes: false }).parse(xml).testsuites.testsuite
  return [suite.testcase].flat()
}

describe("the service's memory and CPU in every view", () => {
  it('figures in bytes as limits are written (MB = 10⁶), growth signed', () => {
    expect([512, 41_234_567, 1.5e9, -3.1e6].map(formatBytes)).toEqual([
      '512 B',
      '41.2 MB',
      '1.5 GB',
      '-3.1 MB'
    ])
    expect([62e6, -3.1e6, 0].map(formatGrowth)).toEqual(['+62 MB/h', '−3.1 MB/h', '0 B/h'])
    expect(formatLimit(50e6, 'bytes_per_hour')).toBe('50 MB/h')
  })

  it('a leak over the band: a critical check judged on the lower bound, in metrics.json and the outcome', () => {
    const t = leaking.resources!.rss_trend!
    expect(t.ci_low).toBeGreaterThan(200 * MB)
    expect(leaking.thresholds.rss_growth_per_hour).toMatchObject({
      label: 'Service memory growth (RSS, lower 95% bound)',
      unit: 'bytes_per_hour',
      value: t.ci_low,
      status: 'critical'
    })
    expect(leaking.verdict).toBe('fail')
    expect(leaking.outcome.reasons).toContainEqual({
      kind: 'threshold',
      decides: true,
      name: 'rss_growth_per_hour',
      scope: 'overall',
      text: 'Service memory growth (RSS, lower 95% bound): critical'
    })
  })

  it('the same lines in the terminal, summary.md and report.html', () => {
    const lines = resourceLines(leaking.resources)
    expect(lines[0]).toMatch(
      /^Service pid 4242 \(node server\.js\) and its children \(2 processes\): RSS peak \d+(\.\d+)? MB, final \d+(\.\d+)? MB; CPU \d+(\.\d)?% of a core on average$/
    )
    expect(lines[1]).toMatch(
      /^RSS growth \+\d.* GB\/h \(95% interval \+.* … \+.*\/h; least squares over 24–120 s: 97 samples, as [\d.]+ independent ones at lag-1 autocorrelation 0\.\d+\)$/
    )
    const md = renderSummary(leaking)
    expect(md).toContain('**Service resources**')
    for (const l of lines) expect(md).toContain(`- ${l}`)
    expect(md).toMatch(
      /\| Service memory growth \(RSS, lower 95% bound\) \| overall \| \+[\d.]+ GB\/h \| < 50 MB\/h \| < 200 MB\/h \| ≥ 200 MB\/h \| ❌ critical \|/
    )
    const { html } = renderHtmlReport(leaking)
    expect(html).toContain('<section class="panel" id="resources">')
    for (const l of lines) expect(html).toContain(l.replace(/&/g, '&amp;'))
  })

  it('report.html charts RSS with its fitted trend and CPU, beside latency', () => {
    const { html, css } = renderHtmlReport(leaking)
    const ids = [...html.matchAll(/<figure id="(chart-[\w-]+)"/g)].map((m) => m[1])
    expect(ids.indexOf('chart-rss')).toBe(ids.indexOf('chart-errors') + 1)
    expect(ids.indexOf('chart-cpu')).toBe(ids.indexOf('chart-rss') + 1)
    const rss = html.slice(html.indexOf('<figure id="chart-rss"'), html.indexOf('<figure id="chart-cpu"'))
    expect(rss.match(/<path class="line s3 trend" d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+"\/>/g)).toHaveLength(1)
    expect(rss).toMatch(/<path class="line s1" d="M/)
    expect(rss).toMatch(/>trend \+[\d.]+ GB\/h</)
    expect(css).toContain('.chart .line.trend')
  })

  it('junit.xml: a testcase for the check, a failure when it fails the run', () => {
    const c = cases(renderJunit(leaking)).find((x) => x['@_name'] === 'rss_growth_per_hour overall')
    expect(c.failure['@_type']).toBe('critical')
    expect(c.failure['@_message']).toMatch(
      /^Service memory growth \(RSS, lower 95% bound\) \(overall\) = \+[\d.]+ GB\/h; good < 50 MB\/h, warning < 200 MB\/h, critical ≥ 200 MB\/h: critical$/
    )
  })

  it('no process watched: "not judged" with the reason in every view, a warning, never a pass', () => {
    const check = unwatched.thresholds.rss_growth_per_hour
    expect(check).toMatchObject({ status: 'warning', value: 0, not_judged: { reason: expect.any(String) } })
    expect(unwatched.verdict).toBe('warning')
    const why = check.not_judged!.reason
    expect(why).toMatch(
      /^no service process was watched: start it with --start, or give its pid with --watch-pid/
    )
    expect(renderSummary(unwatched)).toContain(
      `| not judged | < 50 MB/h | < 200 MB/h | ≥ 200 MB/h | ⚠️ warning, not judged: ${why} |`
    )
    const c = cases(renderJunit(unwatched)).find((x) => x['@_name'] === 'rss_growth_per_hour overall')
    expect(c['system-out']).toContain(`= not judged; good < 50 MB/h`)
    expect(renderHtmlReport(unwatched).html).toContain(`warning, not judged: ${why}`)
    expect(unwatched.outcome.reasons).toContainEqual(
      expect.objectContaining({ kind: 'not_judged', decides: false, name: 'rss_growth_per_hour' })
    )
  })

  it('metrics.json read back: resources checked, the check re-judged to the same outcome', () => {
    for (const doc of [leaking, unwatched]) {
      const read = checkRunDocument(JSON.parse(JSON.stringify(doc)))
      expect('doc' in read).toBe(true)
      if ('doc' in read) expect(outcomeOfDocument(read.doc)).toEqual(doc.outcome)
    }
    const bad = JSON.parse(JSON.stringify(leaking))
    bad.resources.samples[3].rss_bytes = -1
    expect(checkRunDocument(bad)).toEqual({
      problem: ['resources.samples[3].rss_bytes', 'Too small: expected number to be >=0']
    })
  })
})
