import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import { chromium, type Browser } from 'playwright-core'
import { saveResults } from '../../src/report/files/save.js'
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_DEP, JENKINS_CSP, serveWithCsp } from '../helpers/browser.js'
import { fixtureRun } from '../helpers/fixture-run.js'
import { runCli, tempDir } from '../helpers/run-cli.js'
import { itNeeds } from '../helpers/system-deps.js'
import { calculateMetrics } from '../../src/metrics/calculate.js'
import { evaluateThresholds } from '../../src/gate/evaluate.js'

/**
 * `perf-gate summary --html`: what github-action-benchmark's gh-pages charts
 * give, from run directories a CI already keeps. Three runs of one service,
 * the third slower and compared with a faster baseline (a regression), and
 * one run of another service; the page is opened in Chromium under Jenkins' CSP.
 */
let dir: string
let browser: Browser | undefined
const served: Server[] = []

beforeAll(async () => {
  dir = await tempDir('perf-gate-trends-')
  const day = (d: number) => Date.UTC(2026, 10, 20 + d, 12, 0, 0)
  const runs = [
    fixtureRun({ service: 'api', seconds: 12, startedAtMs: day(0) }),
    fixtureRun({ service: 'api', seconds: 12, rps: 60, startedAtMs: day(1) }),
    fixtureRun({
      service: 'api',
      seconds: 12,
      startedAtMs: day(2),
      latencyUs: (i) => 9000 + (i % 7) * 100,
      baselineFactor: 0.5
    }),
    fixtureRun({ service: 'web', seconds: 12, startedAtMs: day(2) })
  ]
  for (const { result, doc } of runs) {
    const metrics = calculateMetrics(result)
    await saveResults(result, metrics, evaluateThresholds(metrics), {
      outputDir: dir,
      baseline: doc.baseline
    })
  }
  if (CHROMIUM) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  for (const s of served) s.close()
})

describe('perf-gate summary --html', () => {
  it('writes trends.html: per service, charts over runs with regressions and settings changes marked', async () => {
    const run = await runCli(['summary', dir, '--html'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Trends: ${dir}/trends.html`)
    const html = await readFile(`${dir}/trends.html`, 'utf8')
    expect(html.match(/<section class="panel" id="trend-/g)).toHaveLength(2)
    expect(html).toContain('1 regression (▲)')
    // run 2 asked for 60 req/s instead of 50: users and rate the same, duration too — no settings mark;
    // the regression is the third run's
    expect(html).toContain('regression against its baseline')
  })

  itNeeds(CHROMIUM_DEP)(
    'trends.html in Chromium under Jenkins CSP: styled, six charts with lines, links to each report',
    async () => {
      const { url, server } = await serveWithCsp(dir, JENKINS_CSP)
      served.push(server)
      const page = await browser!.newPage({ viewport: { width: 1200, height: 900 } })
      const problems: string[] = []
      page.on('console', (m) => void (['error', 'warning'].includes(m.type()) && problems.push(m.text())))
      page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`))
      await page.goto(`${url}/trends.html`, { waitUntil: 'load' })
      expect(problems).toEqual([])
      expect(await page.$eval('.badge', (e) => getComputedStyle(e).borderTopLeftRadius)).toBe('12px')
      // three charts per service, each with its line
      expect(await page.$$eval('svg.chart', (s) => s.length)).toBe(6)
      expect(await page.$$eval('svg.chart path.line', (p) => p.length)).toBe(6)
      expect(await page.$$eval('#trend-0 tbody tr', (r) => r.length)).toBe(3)
      expect(await page.$$eval('#trend-0 a[href$="report.html"]', (a) => a.length)).toBe(3)
      await page.close()
    }
  )
})

describe('perf-gate summary --html marks change points', () => {
  it('a series whose p95 moved from about 10 ms to 15 ms at its 7th run and stayed: ◆ there, with the step and its interval', async () => {
    const stepDir = await tempDir('perf-gate-trends-step-')
    for (let k = 0; k < 12; k++) {
      const base = k < 6 ? 10_000 : 15_000
      // each run a little apart from the others, as runs are
      const { result } = fixtureRun({
        service: 'api',
        seconds: 8,
        startedAtMs: Date.UTC(2026, 10, 1 + k, 12),
        latencyUs: (i) => base * (1 + 0.02 * Math.sin(k * 1.7)) + (i % 5) * 50
      })
      const metrics = calculateMetrics(result)
      await saveResults(result, metrics, evaluateThresholds(metrics), { outputDir: stepDir })
    }
    const run = await runCli(['summary', stepDir, '--html'])
    expect(run.code).toBe(0)
    const html = await readFile(`${stepDir}/trends.html`, 'utf8')
    expect(html).toMatch(/\d+ change points? \(◆\)/)
    // the table's 7th row says where p95 moved, by how much, with its interval
    const row7 = html.split('<tr>').find((r) => r.startsWith('<td class="num">7</td>'))
    expect(row7).toMatch(/change point in 95th percentile: \+\d+\.\d% \(\+\d+\.\d% … \+\d+\.\d%\)/)
    expect(html).toContain('◆ +')
  })
})
