import { describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { checkRunDocument } from '../../src/report/files/run-schema.js'
import { csvSentence } from '../../src/report/format/sentences.js'
import { renderHtmlReport } from '../../src/report/html/render.js'
import { renderJunit } from '../../src/report/junit.js'
import { renderSummary } from '../../src/report/markdown.js'
import { fixtureRun, P95_ABORT } from '../helpers/fixture-run.js'

/** Every view of one document: what a reader of each sees. */
const views = (doc: ReturnType<typeof fixtureRun>['doc']) => ({
  md: renderSummary(doc),
  html: renderHtmlReport(doc).html,
  junit: renderJunit(doc)
})

describe('a run stopped by abort_after, in every view', () => {
  const { doc } = fixtureRun({ thresholdAbort: P95_ABORT })
  const sentence =
    'thresholds.p95_response_time.abort_after (3s): 95th percentile was critical (≥ 200 ms) every second since 12:00:04 UTC (second 4 of the run); stopped at second 7, its last second at 310.0 ms'

  it('metrics.json: partial, the sentence as abort_reason, the structured threshold_abort, exit 1', () => {
    expect(doc.partial).toBe(true)
    expect(doc.abort_reason).toBe(sentence)
    expect(doc.threshold_abort).toEqual(P95_ABORT)
    expect(doc.outcome).toMatchObject({ verdict: 'fail', exit_code: 1 })
    // and it reads back as a valid run document
    expect(checkRunDocument(JSON.parse(JSON.stringify(doc)))).toEqual({ doc: expect.anything() })
  })

  it('summary.md and report.html say the run stopped, which threshold, and since when', () => {
    const { md, html } = views(doc)
    expect(md).toContain(
      '> Run stopped, the gate failed: thresholds.p95\\_response\\_time.abort\\_after (3s): 95th percentile'
    )
    expect(md).toContain('since 12:00:04 UTC (second 4 of the run)')
    expect(html).toContain(`<strong>Run stopped, the gate failed.</strong> ${sentence}`)
  })

  it('junit.xml: a failure of the threshold that stopped the run, not an error', () => {
    const xml = views(doc).junit
    expect(XMLValidator.validate(xml)).toBe(true)
    const suite = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (n) => n === 'testcase'
    }).parse(xml).testsuites.testsuite
    expect(Number(suite.errors)).toBe(0)
    const stop = suite.testcase.find((c: any) => c.name === 'p95_response_time overall abort_after')
    expect(stop.failure).toMatchObject({ type: 'abort_after', message: sentence })
    expect(Number(suite.failures)).toBe(suite.testcase.filter((c: any) => c.failure).length)
  })

  it('a document that claims a breach it could not have is refused on read-back', () => {
    const bad = JSON.parse(JSON.stringify(doc))
    bad.threshold_abort.threshold = 'run_completion'
    expect(checkRunDocument(bad)).toEqual({ problem: ['threshold_abort.threshold', expect.any(String)] })
  })
})

describe('what results.csv holds, in every view', () => {
  it.each([
    ['all', 'results.csv: a row per request (csv all)'],
    ['errors', 'results.csv: a row per failed request only (csv errors)'],
    ['sample:1000', 'results.csv: a row per failed request and one in 1,000 of the others (csv sample:1000)'],
    ['none', 'results.csv: its header only, no rows (csv none)']
  ] as const)('%s', (csv, sentence) => {
    expect(csvSentence(csv)).toBe(sentence)
    const { doc } = fixtureRun({ csv })
    expect(doc.config.csv).toBe(csv)
    const { md, html } = views(doc)
    expect(md).toContain(sentence)
    // the settings table and the footer's link to the file
    const rows = sentence.replace('results.csv: ', '')
    expect(html).toContain(`<tr><th>results.csv</th><td><code>${rows}</code></td></tr>`)
    expect(html).toContain(`<a href="results.csv">results.csv</a> (${rows})`)
  })

  it('an older document without config.csv kept every row', () => {
    const { doc } = fixtureRun()
    const { csv: _, ...config } = doc.config
    expect(renderSummary({ ...doc, config })).toContain('results.csv: a row per request (csv all)')
  })
})
