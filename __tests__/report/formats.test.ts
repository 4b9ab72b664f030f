import { describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { renderHtmlReport } from '../../src/report/html/render.js'
import { renderJunit } from '../../src/report/junit.js'
import { MAX_SUMMARY_CHARS, renderSummary } from '../../src/report/markdown.js'
import { fixtureRun, HOSTILE } from '../helpers/fixture-run.js'

const hostile = fixtureRun({
  service: HOSTILE,
  paths: [`/x?q=${HOSTILE}`, '/plain'],
  headers: { 'X-Note': HOSTILE, Authorization: 'Bearer s3cr3t-value' },
  errorMessage: HOSTILE,
  failEvery: 3
}).doc

describe('escaping hostile names in every format', () => {
  it('HTML shows them as text, never as markup', () => {
    const { html } = renderHtmlReport(hostile)
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;')
    expect(html).not.toContain('s3cr3t-value')
    // no inline style or script anywhere: the report must render under Jenkins' CSP
    expect(html).not.toMatch(/\sstyle=|<style|<script|javascript:|\son\w+=/i)
    expect(html).toMatch(/<link rel="stylesheet" href="report.css">/)
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|www\.w3\.org\/2000\/svg)/)
  })

  it('Markdown cells cannot break the table or open HTML or code', () => {
    const md = renderSummary(hostile)
    expect(md).not.toMatch(/<script/i)
    // in every table, each row has as many unescaped pipes as its header
    const tables = md.split(/\n(?!\|)/).map((block) => block.split('\n').filter((l) => l.startsWith('|')))
    for (const rows of tables.filter((t) => t.length > 0)) {
      const pipes = rows.map((r) => r.replace(/\\\|/g, '').split('|').length)
      expect(new Set(pipes).size).toBe(1)
    }
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBeGreaterThanOrEqual(9)
    expect(md).toContain('&lt;script&gt;')
    // quotes are not HTML-escaped: a summary read as plain text (Jenkins, GitLab, an editor) stays readable
    expect(md).toContain(`'q'`)
    expect(md).not.toContain('&#39;')
    expect(md).not.toContain('s3cr3t-value')
    const title = md.split('\n')[0]
    expect(title).not.toContain('\n')
    expect(title).toContain('\\`tick\\`')
  })

  it('JUnit XML stays well-formed and carries the names back exactly', () => {
    const xml = renderJunit(hostile)
    expect(XMLValidator.validate(xml)).toBe(true)
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      htmlEntities: true
    }).parse(xml)
    const suite = parsed.testsuites.testsuite
    expect(suite.name).toBe(`perf-gate load ${HOSTILE}`)
    expect(suite.testcase[0].failure.message).toContain('Error rate (overall)')
  })
})

describe('summary.md', () => {
  it('has the verdict line, the checks with status and a configuration line', () => {
    const { doc } = fixtureRun({ failEvery: 20 }) // 5% errors: critical
    const md = renderSummary(doc, { reportLink: 'https://example.test/run/1' })
    expect(md.split('\n')[0]).toBe('### ❌ **FAIL** · svc load test')
    expect(md).toMatch(/\| Error rate \| overall \| 5\.00% \| < 1% \| < 5% \| ≥ 5% \| ❌ critical \|/)
    expect(md).toMatch(
      /\| Throughput \(successful\) \| overall \| 47\.5 req\/s \| > 10 \| > 1 \| ≤ 1 \| ✅ good \|/
    )
    expect(md).toContain('<summary>Endpoints, worst first</summary>')
    expect(md).toContain('[full report](https://example.test/run/1)')
    expect(md).toMatch(
      /<sub>svc at http:\/\/127\.0\.0\.1:8080 · 10 users · 10 s · timeout 10 s · fail on critical/
    )
  })

  it('stays under 60,000 characters, listing what it left out', () => {
    const paths = Array.from({ length: 400 }, (_, i) => `/endpoint/${i}/${'x'.repeat(150)}`)
    const { doc } = fixtureRun({ paths, rps: 400, seconds: 2 })
    const md = renderSummary(doc)
    expect(md.length).toBeLessThan(MAX_SUMMARY_CHARS)
    expect(md).toContain('… and 390 more endpoints')
  })
})

describe('junit.xml', () => {
  const parse = (xml: string): any =>
    new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (n) => n === 'testcase'
    }).parse(xml)

  it('has one testcase per check and a failure for each critical one', () => {
    const { doc } = fixtureRun({ failEvery: 20 })
    const xml = renderJunit(doc)
    expect(XMLValidator.validate(xml)).toBe(true)
    const suite = parse(xml).testsuites.testsuite
    expect(suite.name).toBe('perf-gate load svc')
    expect(Number(suite.tests)).toBe(5)
    expect(Number(suite.failures)).toBe(1)
    const cases = suite.testcase
    expect(cases.map((c: any) => c.name)).toEqual([
      'error_rate overall',
      'avg_response_time overall',
      'p95_response_time overall',
      'requests_per_second overall',
      'run_completion overall'
    ])
    const failed = cases.filter((c: any) => c.failure)
    expect(failed).toHaveLength(1)
    expect(failed[0].failure.type).toBe('critical')
    expect(failed[0].failure.message).toBe(
      'Error rate (overall) = 5.00%; good < 1%, warning < 5%, critical ≥ 5%: critical; errors: other 25'
    )
    expect(cases[0].classname).toBe('perf-gate.svc.overall')
  })

  it('fails warnings too under fail_on warning, and nothing under never', () => {
    const warn = fixtureRun({ failEvery: 50, failOn: 'warning' }).doc // 2%: warning
    expect(Number(parse(renderJunit(warn)).testsuites.testsuite.failures)).toBe(1)
    const never = fixtureRun({ failEvery: 10, failOn: 'never' }).doc
    expect(Number(parse(renderJunit(never)).testsuites.testsuite.failures)).toBe(0)
  })
})
