import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_DEP } from '../helpers/browser.js'
import { runCliOnce, writeTestConfig, type RunWithDir } from '../helpers/cli-run-dir.js'
import { runCli, ROOT, tempDir } from '../helpers/run-cli.js'
import { itNeeds } from '../helpers/system-deps.js'
import { startTargetServer, type TargetServer } from '../helpers/target-server.js'

// Soaks of the built CLI, run from a folder outside the repository, against a real server: one
// endpoint answers 1 ms slower every second (latency that creeps), one stays at 20 ms. The creeping
// one must be called drifting in every view and fail the run; the steady one must not.

let target: TargetServer
let creeping: RunWithDir
let steady: RunWithDir

beforeAll(async () => {
  target = await startTargetServer()
  const cfg = await writeTestConfig({
    creeping: { baseUrl: target.url, endpoints: ['/creeping'] },
    steady: { baseUrl: target.url, endpoints: ['/slow'] }
  })
  const cwd = await tempDir('perf-gate-soak-')
  // 22 s: two windows of 10 s (10% of a short run is still 10 s), their seconds resampled
  creeping = await runCliOnce(['soak', 'creeping', '--config', cfg, '--users', '4', '--duration', '22'], {
    cwd
  })
  steady = await runCliOnce(['soak', 'steady', '--config', cfg, '--users', '4', '--duration', '22'], { cwd })
}, 90_000)

afterAll(() => target.close())

describe('perf-gate soak', () => {
  it('a latency that creeps is a critical drift: exit 1, said in the terminal with its interval', () => {
    const { run, metrics } = creeping
    expect(run.code).toBe(1)
    const p95 = metrics.drift.drifts.find((d: { name: string }) => d.name === 'p95_drift')
    expect(p95).toMatchObject({ status: 'critical' })
    expect(p95.ci_low).toBeGreaterThan(30)
    expect(metrics.drift).toMatchObject({ window_seconds: 10, first: { from: 0, to: 10 } })
    expect(run.stdout).toContain('Drift (last window against the first):')
    expect(run.stdout).toMatch(/95th percentile drift .* \+\d+\.\d% \(\+\d+\.\d% … \+\d+\.\d%\) .*critical/)
    expect(metrics.outcome.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'p95_drift', scope: 'drift', decides: true })])
    )
  })

  it('the steady service drifts in nothing: exit 0, every drift good', () => {
    const { run, metrics } = steady
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('Verdict: PASS')])
    expect(metrics.drift.drifts.map((d: { status: string }) => d.status)).toEqual(Array(4).fill('good'))
  })

  it('is kept as histograms, memory flat, and says where its percentiles come from', () => {
    for (const { run, metrics } of [creeping, steady]) {
      expect(metrics.mode).toBe('soak')
      expect(metrics.config.record).toBe('histograms')
      expect(metrics.recording.note).toContain('within 0.1%')
      expect(run.stdout).toContain('Recorded as histograms')
      expect(metrics.timeseries.length).toBeGreaterThanOrEqual(21)
    }
  })

  it('the drift is in summary.md (the PR comment), junit.xml and report.html', async () => {
    const dir = creeping.runDir!
    const summary = await readFile(join(dir, 'summary.md'), 'utf8')
    expect(summary).toContain('**Drift** (last window against the first)')
    expect(summary).toMatch(/\| 95th percentile drift \| .* \| ❌ critical \|/u)
    const junit = await readFile(join(dir, 'junit.xml'), 'utf8')
    expect(junit).toMatch(/<testcase [^>]*name="p95_drift drift"[^>]*>\s*<failure type="critical"/)
    const html = await readFile(join(dir, 'report.html'), 'utf8')
    expect(html).toContain('id="drift"')
    expect(html).toContain('p95 trend (least squares)')
  })

  itNeeds(CHROMIUM_DEP)('report.html draws the per-10-second trend in a real browser', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage()
      await page.goto(`file://${join(creeping.runDir!, 'report.html')}`)
      await expect(page.locator('#drift table tbody tr').count()).resolves.toBe(4)
      // p50, p95 and the trend line
      await expect(page.locator('#drift-trend svg .line').count()).resolves.toBeGreaterThanOrEqual(3)
    } finally {
      await browser.close()
    }
  })

  it('a run read back is judged again on its drift (perf-gate report keeps the verdict)', async () => {
    const r = await runCli(['report', creeping.runDir!])
    expect(r.code).toBe(0)
    const again = JSON.parse(await readFile(join(creeping.runDir!, 'metrics.json'), 'utf8'))
    expect(again.outcome.exit_code).toBe(1)
  })

  it('a soak too short for two windows says its drift was not judged', async () => {
    const cfg = await writeTestConfig({ steady: { baseUrl: target.url, endpoints: ['/fast'] } })
    const { run, metrics } = await runCliOnce([
      'soak',
      'steady',
      '--config',
      cfg,
      '--users',
      '2',
      '--duration',
      '3'
    ])
    expect(run.code).toBe(0)
    expect(metrics.drift.not_judged).toMatch(/too few whole seconds/)
    expect(run.stdout).toContain('Drift not judged')
  })

  it('--record on a stress test is refused, naming the flag', async () => {
    const r = await runCli(['stress', 'x', '--record', 'histograms'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--record/)
  })

  it('the library’s soakTest gives the figures with the run', async () => {
    const script = `
      import { soakTest } from ${JSON.stringify(join(ROOT, 'dist/lib.js'))}
      const { result, metrics } = await soakTest({ service: ${JSON.stringify(target.url + '/fast')}, users: 2, duration: 2 })
      console.log(JSON.stringify({ mode: result.mode, requests: metrics.total_requests, recording: metrics.recording?.mode, drift: metrics.drift?.not_judged !== undefined }))
    `
    const file = join(await tempDir('perf-gate-soak-lib-'), 'soak.mjs')
    await writeFile(file, script)
    const r = await runCli([], { script: file })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!)).toMatchObject({
      mode: 'soak',
      recording: 'histograms',
      drift: true
    })
  })
})
