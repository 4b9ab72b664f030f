import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_DEP, JENKINS_CSP, serveWithCsp } from '../helpers/browser.js'
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js'
import { runCliOnce, writeTestConfig } from '../helpers/cli-run-dir.js'
import { itNeeds } from '../helpers/system-deps.js'
import { startTargetServer, type TargetServer } from '../helpers/target-server.js'

const NOTE = `<script>alert(1)</script> & "quoted" | pipe`
const SHOTS = join(ROOT, 'test-output')

let target: TargetServer
let runDir: string
let browser: Browser | undefined
const served: Server[] = []

beforeAll(async () => {
  target = await startTargetServer()
  const cfg = await writeTestConfig(
    {
      checkout_api: {
        baseUrl: target.url,
        headers: { 'X-Note': NOTE },
        endpoints: [
          { path: '/fast', weight: 3 },
          { path: '/slow', thresholds: { p95_response_time: { warning: '10ms', critical: '200ms' } } },
          '/flaky'
        ]
      }
    },
    { thresholds: { p95_response_time: { warning: '15ms', critical: '500ms' } } }
  )
  const once = await runCliOnce(['load', 'checkout_api', '--config', cfg, '--users', '4', '--duration', '3'])
  expect([0, 1]).toContain(once.run.code)
  runDir = once.runDir!
  if (CHROMIUM) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  for (const s of served) s.close()
  await target.close()
})

describe('report files of a real run', () => {
  it('writes report.html, report.css, summary.md and junit.xml beside the data', async () => {
    expect((await readdir(runDir)).sort()).toEqual([
      'junit.xml',
      'metrics.json',
      'report.css',
      'report.html',
      'results.csv',
      'summary.md'
    ])
    const html = await readFile(join(runDir, 'report.html'), 'utf8')
    expect(html).not.toContain('<script>alert(1)')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('`perf-gate report <run-dir>` regenerates the same reports from metrics.json', async () => {
    const before = await Promise.all(
      ['report.html', 'summary.md', 'junit.xml'].map((f) => readFile(join(runDir, f), 'utf8'))
    )
    for (const f of ['report.html', 'report.css', 'summary.md', 'junit.xml']) await rm(join(runDir, f))
    const run = await runCli(['report', runDir])
    expect(run.code).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(4)
    const after = await Promise.all(
      ['report.html', 'summary.md', 'junit.xml'].map((f) => readFile(join(runDir, f), 'utf8'))
    )
    expect(after).toEqual(before)
  })

  it('`perf-gate report` on a folder without metrics.json is a one-line error, exit 2', async () => {
    const empty = await tempDir()
    const run = await runCli(['report', empty])
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toBe(
      `perf-gate: report: ${join(empty, 'metrics.json')} is missing; point at a perf-gate run directory`
    )
  })
})

describe('report.html in headless Chromium under Jenkins CSP', () => {
  for (const scheme of ['light', 'dark'] as const) {
    itNeeds(CHROMIUM_DEP)(`renders with no CSP violation or console error (${scheme})`, async () => {
      const { url, server } = await serveWithCsp(runDir, JENKINS_CSP)
      served.push(server)
      const page = await browser!.newPage({ viewport: { width: 1200, height: 900 }, colorScheme: scheme })
      const problems: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`)
      })
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
      page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`))
      const response = await page.goto(`${url}/report.html`, { waitUntil: 'load' })
      expect(response?.headers()['content-security-policy']).toBe(JENKINS_CSP)

      expect(problems).toEqual([])
      // report.css applied (it is the only source of style under this CSP)
      expect(await page.$eval('.badge', (e) => getComputedStyle(e).borderTopLeftRadius)).toBe('12px')
      expect((await page.textContent('.badge-value'))?.trim()).toMatch(/^(PASS|WARNING|FAIL)$/)
      expect(await page.$$eval('#thresholds tbody tr', (r) => r.length)).toBeGreaterThanOrEqual(5)
      expect(await page.$$eval('#endpoints tbody tr', (r) => r.length)).toBe(3)
      expect(await page.$$eval('svg.chart', (s) => s.length)).toBeGreaterThanOrEqual(4)
      // the charts have drawn content: lines with points and histogram bars
      expect(await page.$$eval('#chart-latency path.line', (p) => p.length)).toBe(3)
      expect(await page.$$eval('#chart-histogram rect.bar', (r) => r.length)).toBeGreaterThan(3)
      expect(
        await page.$$eval('#chart-latency line.threshold-warning', (l) => l.length)
      ).toBeGreaterThanOrEqual(1)
      // the hostile header value is text on the page, not markup
      expect(await page.textContent('#configuration')).toContain(NOTE)
      expect(await page.$$eval('script', (s) => s.length)).toBe(0)

      await mkdir(SHOTS, { recursive: true })
      await page.screenshot({ path: join(SHOTS, `report-${scheme}.png`), fullPage: true })
      await page.emulateMedia({ media: 'print' })
      await page.pdf?.({ path: join(SHOTS, `report-${scheme}.pdf`) }).catch(() => undefined)
      await page.close()
    })
  }
})
