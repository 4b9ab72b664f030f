import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, readFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import { basename, join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { evaluateThresholds } from '../../src/gate/evaluate.js'
import { calculateMetrics } from '../../src/metrics/calculate.js'
import { writeReports } from '../../src/report/files/write-reports.js'
import { saveResults } from '../../src/report/files/save.js'
import type { RunDocument } from '../../src/report/run-document.js'
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_DEP, JENKINS_CSP, serveWithCsp } from '../helpers/browser.js'
import { chartLabelProblems, VIEWPORTS } from '../helpers/chart-labels.js'
import { fixtureRun, type FixtureOptions } from '../helpers/fixture-run.js'
import { runCli, tempDir } from '../helpers/run-cli.js'
import { itNeeds } from '../helpers/system-deps.js'

/**
 * Every label of every chart, on report.html and trends.html, as Chromium
 * lays it out at the widths users see: none cut by its chart's edge, none
 * drawn over another (axis titles over ticks, threshold labels over each
 * other, "settings changed" markers piled up), none pushed off the right.
 * The pages hold what made them unreadable before: thousands of requests per
 * second beside thresholds of 10 and 1, a stress run's breaking point, an
 * A/B run, trends with a dozen runs, settings changed run after run, and a
 * service with one run.
 */
let browser: Browser | undefined
let reports: string
let trends: string
const served: Server[] = []

async function save(dir: string, o: FixtureOptions): Promise<string> {
  const { result, doc } = fixtureRun(o)
  const metrics = calculateMetrics(result)
  const saved = await saveResults(result, metrics, evaluateThresholds(metrics, result.target.thresholds), {
    outputDir: dir,
    baseline: doc.baseline
  })
  return saved.dir
}

beforeAll(async () => {
  reports = await tempDir('perf-gate-charts-')
  // a fast service: 6,000 req/s, with the default throughput bands of 10 and 1 req/s far below
  await save(reports, { service: 'fast', rps: 6000, seconds: 5, latencyUs: (i) => 300 + (i % 50) * 10 })
  await save(reports, { service: 'stressed', stages: 5, seconds: 10, failEvery: 3 })
  // an A/B run's page: B's document with its slice pairs and A's endpoints
  const { doc } = fixtureRun({ service: 'ab', seconds: 10, baselineFactor: 0.8 })
  const w = (p95: number, requests: number) => ({
    requests,
    sent: requests,
    errors: 0,
    p50: p95 / 2,
    p95,
    seconds: 0.5
  })
  const abDoc: RunDocument = {
    ...doc,
    mode: 'ab',
    config: { ...doc.config, mode: 'ab', ab: { side: 'B', slice: 0.5 } },
    baseline: {
      ...doc.baseline!,
      slice_pairs: Array.from({ length: 10 }, (_, k) => ({ a: w(0.02 + k / 1e4, 1200), b: w(0.025, 1100) })),
      a_per_endpoint: doc.per_endpoint
    }
  }
  await mkdir(join(reports, 'ab'))
  await writeReports(join(reports, 'ab'), abDoc)

  trends = await tempDir('perf-gate-trends-labels-')
  const day = (d: number) => Date.UTC(2026, 10, 1 + d, 12, 0, 0)
  // twelve runs of one service; from the 7th, settings change run after run (duration, then a rate)
  for (let d = 0; d < 12; d++)
    await save(trends, {
      service: 'verdaccio',
      rps: d === 11 ? 40 : 15000,
      seconds: d < 6 ? 2 : d < 8 ? 3 : d < 10 ? 4 : 2,
      paced: d === 11,
      startedAtMs: day(d),
      latencyUs: (i) => 2000 + (i % 9) * 300 + d * 100,
      ...(d === 5 ? { baselineFactor: 0.5 } : {})
    })
  // a service with one run, whose latest run is only a warning
  await save(trends, { service: 'once', seconds: 3, startedAtMs: day(3), latencyUs: () => 1_500_000 })
  const run = await runCli(['summary', trends, '--html'])
  expect(run.code).toBe(0)
  if (CHROMIUM) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  for (const s of served) s.close()
})

async function problemsOf(
  dir: string,
  file: string,
  viewport: (typeof VIEWPORTS)[number]
): Promise<string[]> {
  const { url, server } = await serveWithCsp(dir, JENKINS_CSP)
  served.push(server)
  const page = await browser!.newPage({ viewport })
  await page.goto(`${url}/${file}`, { waitUntil: 'load' })
  expect(await page.$$eval('svg.chart', (s) => s.length)).toBeGreaterThan(2)
  const shots = join(process.cwd(), 'test-output')
  await mkdir(shots, { recursive: true })
  await page.screenshot({
    path: join(
      shots,
      `labels-${file === 'trends.html' ? 'trends' : basename(dir).replace(/_\d{8}_\d{6}$/, '')}-${viewport.width}.png`
    ),
    fullPage: true
  })
  const problems = await chartLabelProblems(page)
  await page.close()
  return problems
}

describe('chart labels in Chromium', () => {
  for (const viewport of VIEWPORTS) {
    itNeeds(CHROMIUM_DEP)(
      `report.html of a load, a stress and an A/B run: every label legible at ${viewport.width} px`,
      async () => {
        const dirs = (await runCli(['summary', reports, '--json'])).stdout
        const runDirs = (JSON.parse(dirs).runs as { dir: string }[]).map((r) => r.dir)
        expect(runDirs).toHaveLength(2)
        for (const dir of [...runDirs, join(reports, 'ab')])
          expect([dir, await problemsOf(dir, 'report.html', viewport)]).toEqual([dir, []])
      }
    )

    itNeeds(CHROMIUM_DEP)(`trends.html: every label legible at ${viewport.width} px`, async () => {
      expect(await problemsOf(trends, 'trends.html', viewport)).toEqual([])
    })
  }
})

describe('trends.html reads as the runs were', () => {
  it('runs with other settings are another series; the title and badges say what they are', async () => {
    const html = await readFile(join(trends, 'trends.html'), 'utf8')
    // not the temporary folder's name as the page's title
    expect(html).not.toContain(`<h1>${trends}</h1>`)
    expect(html).toMatch(/<h1>Performance trends<\/h1>/)
    // four settings of verdaccio (2 s, 3 s, 4 s, 2 s paced at 40 req/s; 2 s unpaced again is the first's) and one of once, first (by service)
    const titles = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1])
    expect(titles).toEqual([
      'load test once · 10 users for 3 s',
      'load test verdaccio · 10 users for 2 s',
      'load test verdaccio · 10 users for 3 s',
      'load test verdaccio · 10 users for 4 s',
      'load test verdaccio · 10 users for 2 s, 40 req/s paced'
    ])
    // each series' latest verdict is its own: the one-run series was a warning, not a failure
    expect(html).toMatch(
      /id="trend-0"[\s\S]*?Latest run: <span class="status status-warning">WARNING<\/span>/
    )
    // a one-run series is one point at run 1, with no tick at 0 or 2
    const once = html.slice(html.indexOf('id="trend-0"'))
    const ticks = [
      ...once
        .slice(0, once.indexOf('</svg>'))
        .matchAll(/<text class="tick-label" x="[\d.]+" y="[\d.]+" text-anchor="middle">([^<]*)</g)
    ].map((m) => m[1])
    expect(ticks).toEqual(['1'])
  })

  it('`summary` computes no Δ across runs of other settings', async () => {
    const run = await runCli(['summary', trends])
    const rows = run.stdout.split('\n').filter((l) => l.startsWith('load verdaccio'))
    expect(rows).toHaveLength(12)
    // the first run of new settings has nothing to compare with: no Δ (and no +14307%)
    for (const k of [6, 8, 11]) expect(rows[k]).not.toMatch(/[+-]\d+\.\d%/)
    expect(rows[7]).toMatch(/[+-]\d+\.\d%/)
    // run 11 has the first runs' settings again: compared with run 6, the last of those
    expect(rows[10]).toMatch(/[+-]\d+\.\d%/)
  })
})
