import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { XMLParser } from 'fast-xml-parser'
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_DEP, JENKINS_CSP, serveWithCsp } from '../helpers/browser.js'
import { runCliOnce, writeTestConfig, type RunWithDir } from '../helpers/cli-run-dir.js'
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js'
import { itNeeds } from '../helpers/system-deps.js'
import { closedPort } from '../helpers/target-server.js'

/**
 * The leak verdict end to end: the built CLI starts a small service
 * (`--start`) or watches one (`--watch-pid`), samples its memory and CPU
 * from /proc while it loads it, and gates on the RSS growth. The fixture
 * keeps 3 MB more every second when asked to (about 10 GB an hour, far past
 * a 200 MB critical band even at the lower end of 15 s's interval), and
 * holds steady otherwise.
 */
const FIXTURE = join(ROOT, '__tests__/fixtures/leaky-service.mjs')
const BANDS = { rss_growth_per_hour: { warning: '50MB', critical: '200MB' } }
const linux = process.platform === 'linux' ? describe : describe.skip

const children: ChildProcess[] = []
afterEach(async () => {
  for (const c of children.splice(0)) {
    if (c.exitCode !== null || c.signalCode !== null) continue
    const gone = new Promise((r) => c.once('exit', r))
    c.kill('SIGKILL')
    await gone
  }
})

/** The fixture on a free port, as a command line for --start. */
async function fixtureCommand(mbPerSecond: number): Promise<{ port: number; command: string }> {
  const port = await closedPort()
  return {
    port,
    command: `${JSON.stringify(process.execPath)} ${JSON.stringify(FIXTURE)} ${port} ${mbPerSecond}`
  }
}

/** The fixture started by the test itself (what --watch-pid watches), once it listens. */
async function startFixture(mbPerSecond: number): Promise<{ child: ChildProcess; port: number }> {
  const port = await closedPort()
  const child = spawn(process.execPath, [FIXTURE, String(port), String(mbPerSecond)], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  children.push(child)
  await new Promise((resolve) => child.stdout!.once('data', resolve))
  return { child, port }
}

/**
 * A paced load test of the fixture at `port` for `seconds`, with the leak
 * bands. A fresh node process grows its young generation for its first
 * seconds under load: the warm-up takes that out of the fit.
 */
async function loadRun(
  port: number,
  seconds: number,
  extra: string[],
  warmup: string | undefined = '5s'
): Promise<RunWithDir> {
  const cfg = await writeTestConfig(
    { leaky: { baseUrl: `http://127.0.0.1:${port}`, endpoints: ['/'] } },
    { thresholds: BANDS }
  )
  return runCliOnce(
    [
      'load',
      'leaky',
      '--config',
      cfg,
      '--users',
      '2',
      '--rps',
      '1000',
      ...(warmup ? ['--warmup', warmup] : []),
      '--duration',
      String(seconds),
      ...extra
    ],
    { timeoutMs: 90_000 }
  )
}

linux('a leaking service started with --start', () => {
  let leak: RunWithDir
  let browser: Browser | undefined
  const served: Server[] = []

  beforeAll(async () => {
    const { port, command } = await fixtureCommand(3)
    leak = await loadRun(port, 15, ['--start', command])
    if (CHROMIUM) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    for (const s of served) s.close()
  })

  it('fails the gate: the RSS growth is critical even at its lower bound, exit 1', () => {
    const { run, metrics: m } = leak
    expect([run.code, run.stderr]).toEqual([1, expect.any(String)])
    const r = m.resources
    expect(r).toMatchObject({ source: 'proc', watched: 'start', sample_seconds: 1 })
    expect(r.command).toContain('leaky-service.mjs')
    expect(r.processes).toBeGreaterThanOrEqual(1)
    expect(r.samples.length).toBeGreaterThanOrEqual(16)
    expect(r.rss_trend.ci_low).toBeGreaterThan(200e6)
    expect(r.final_rss_bytes - r.samples[0].rss_bytes).toBeGreaterThan(30e6)
    expect(m.thresholds.rss_growth_per_hour).toMatchObject({ status: 'critical', value: r.rss_trend.ci_low })
    expect(m.outcome.reasons).toContainEqual(
      expect.objectContaining({ kind: 'threshold', name: 'rss_growth_per_hour', decides: true })
    )
    expect(run.stdout).toMatch(
      /Service memory growth \(RSS, lower 95% bound\) +overall +\+[\d.]+ GB\/h .*❌ critical/
    )
    expect(run.stdout).toMatch(/^RSS growth \+[\d.]+ GB\/h \(95% interval/m)
    expect(run.stderr).toMatch(
      /perf-gate: sampling the memory and CPU of pid \d+ \(.*leaky-service\.mjs.*\) and its children every 1 s/
    )
  })

  it('summary.md, junit.xml and report.html say it', async () => {
    const dir = leak.runDir!
    const md = await readFile(join(dir, 'summary.md'), 'utf8')
    expect(md).toContain('**Service resources**')
    expect(md).toMatch(
      /\| Service memory growth \(RSS, lower 95% bound\) \| overall \| \+[\d.]+ GB\/h \| < 50 MB\/h \| < 200 MB\/h \| ≥ 200 MB\/h \| ❌ critical \|/
    )
    const suite = new XMLParser({ ignoreAttributes: false }).parse(
      await readFile(join(dir, 'junit.xml'), 'utf8')
    ).testsuites.testsuite
    const c = [suite.testcase].flat().find((t: any) => t['@_name'] === 'rss_growth_per_hour overall')
    expect(c.failure['@_type']).toBe('critical')
    const html = await readFile(join(dir, 'report.html'), 'utf8')
    expect(html).toContain('id="resources"')
    expect(html).toContain('<figure id="chart-rss">')
  })

  itNeeds(CHROMIUM_DEP)(
    'report.html draws RSS with its trend and CPU under Jenkins CSP, no console error',
    async () => {
      const { url, server } = await serveWithCsp(leak.runDir!, JENKINS_CSP)
      served.push(server)
      const page = await browser!.newPage({ viewport: { width: 1200, height: 900 } })
      const problems: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`)
      })
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
      await page.goto(`${url}/report.html`, { waitUntil: 'load' })
      expect(problems).toEqual([])
      expect(await page.$$eval('#chart-rss path.line.s1', (p) => p.length)).toBe(1)
      expect(await page.$$eval('#chart-rss path.line.trend', (p) => p.length)).toBe(1)
      // the trend is drawn dashed by report.css, the only source of style under this CSP
      expect(await page.$eval('#chart-rss path.trend', (e) => getComputedStyle(e).strokeDasharray)).not.toBe(
        'none'
      )
      expect(await page.$$eval('#chart-cpu path.line', (p) => p.length)).toBe(1)
      expect((await page.textContent('#resources'))?.replace(/\s+/g, ' ')).toMatch(
        /RSS growth \+[\d.]+ GB\/h/
      )
      // beside latency: the charts of the run's seconds, then the service's
      const ids = await page.$$eval('section.charts figure', (f) => f.map((x) => x.id))
      expect(ids.slice(0, 5)).toEqual([
        'chart-latency',
        'chart-throughput',
        'chart-errors',
        'chart-rss',
        'chart-cpu'
      ])
      await page.close()
    }
  )
})

linux('the same service without the leak', () => {
  it('no leak failure: the growth stays below the critical band, exit 0', async () => {
    const { port, command } = await fixtureCommand(0)
    const { run, metrics: m } = await loadRun(port, 15, ['--start', command])
    expect([run.code, run.stderr]).toEqual([0, expect.any(String)])
    // node's old generation still fills for its first minute (about 0.1 GB/h at this load, then a
    // collection): 15 s cannot tell that from a slow leak, so the 50 MB/h warning band may be
    // crossed, as docs/monitoring.md says; the critical one, which a leak crosses, is not
    expect(m.resources.rss_trend.ci_low).toBeLessThan(200e6)
    expect(['good', 'warning']).toContain(m.thresholds.rss_growth_per_hour.status)
    expect(m.resources.peak_rss_bytes).toBeLessThan(150e6)
  }, 90_000)
})

linux('--watch-pid', () => {
  it('samples a service perf-gate did not start, and its readings are in metrics.json', async () => {
    const { child, port } = await startFixture(0)
    const { run, metrics: m } = await loadRun(port, 3, ['--watch-pid', String(child.pid)], undefined)
    expect(run.code).toBe(0)
    expect(m.resources).toMatchObject({
      source: 'proc',
      pid: child.pid,
      watched: 'watch_pid',
      command: 'node'
    })
    expect(m.resources.samples.length).toBeGreaterThanOrEqual(2)
    // 3 s cannot bound a growth: the threshold says so, a warning with its reason
    expect(m.thresholds.rss_growth_per_hour).toMatchObject({
      status: 'warning',
      not_judged: { reason: expect.stringContaining('run longer') }
    })
    expect(run.stdout).toContain('not judged')
  }, 60_000)

  it('a watched process that exits during the run: said, sampling stops, the run goes on', async () => {
    const { port } = await startFixture(0)
    // a sidecar of the service, ended a second into the load; the service itself keeps answering
    const sidecar = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
    children.push(sidecar)
    const cfg = await writeTestConfig({ leaky: { baseUrl: `http://127.0.0.1:${port}`, endpoints: ['/'] } })
    const out = join(await tempDir(), 'reports')
    const running = runCli(
      [
        'load',
        'leaky',
        '--config',
        cfg,
        '--watch-pid',
        String(sidecar.pid),
        '--users',
        '2',
        '--rps',
        '500',
        '--duration',
        '5',
        '--output-dir',
        out
      ],
      { timeoutMs: 60_000 }
    )
    // the run directory appears once everything was checked, just before the load
    for (let i = 0; i < 300 && !(existsSync(out) && (await readdir(out)).length > 0); i++)
      await new Promise((r) => setTimeout(r, 100))
    await new Promise((r) => setTimeout(r, 1500))
    sidecar.kill('SIGKILL')
    const run = await running
    expect(run.code).toBe(0)
    const m = JSON.parse(await readFile(join(out, (await readdir(out))[0], 'metrics.json'), 'utf8'))
    expect(run.stderr).toContain(
      `⚠ the watched process ${sidecar.pid} (--watch-pid) is gone: its memory and CPU are no longer sampled; the run goes on`
    )
    expect(m.resources.exited_at).toBeGreaterThan(0)
    expect(m.resources.exited_at).toBeLessThan(4.5)
    expect(m.resources.samples.every((p: { second: number }) => p.second <= m.resources.exited_at)).toBe(true)
    expect(m.total_duration).toBeGreaterThan(4.5)
    expect(run.stdout).toMatch(
      /The watched process was gone [\d.]+ s into the run; it was sampled until then\./
    )
  }, 60_000)

  it('a pid that names no process: one line naming --watch-pid, exit 2, nothing written, no load sent', async () => {
    const out = join(await tempDir(), 'reports')
    const { child, port } = await startFixture(0)
    const cfg = await writeTestConfig({ leaky: { baseUrl: `http://127.0.0.1:${port}`, endpoints: ['/'] } })
    const run = await runCli([
      'load',
      'leaky',
      '--config',
      cfg,
      '--watch-pid',
      '4194303',
      '--output-dir',
      out
    ])
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toBe(
      'perf-gate: --watch-pid: no process 4194303 is running: give the pid of the running service (e.g. $(pgrep -f my-service))'
    )
    expect(existsSync(out) ? await readdir(out) : []).toEqual([])
    // the fixture counts what it answers: this is its first request
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('1 requests, 0 buffers kept\n')
    expect(child.exitCode).toBeNull()
  })

  it('--watch-pid with --start: one of the two, exit 2', async () => {
    const run = await runCli(['load', 'http://127.0.0.1:9/', '--start', 'true', '--watch-pid', '1'])
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toBe(
      'perf-gate: --watch-pid: watches a service perf-gate did not start; with --start perf-gate already watches the service it started and its children: give one of the two'
    )
  })
})
