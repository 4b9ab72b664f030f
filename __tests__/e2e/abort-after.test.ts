import { afterEach, describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { join } from 'node:path'
import { checkRunDocument } from '../../src/report/files/run-schema.js'
import { runCli, tempDir } from '../helpers/run-cli.js'

// thresholds.p95_response_time.abort_after against a real server that answers in 5 ms, then, 3 s
// after the first request of the load, in 300 ms: the run stops within the breach's start +
// abort_after (+ a second's slack, + more for a noisy 2-core machine), exit 1, every file complete.

/** A server that slows down `fastMs` after the first load request it gets; says when that was. */
interface SlowingServer {
  url: string
  /** wall-clock ms at which it began to answer slowly (undefined until the load came) */
  slowSince(): number | undefined
  close(): Promise<void>
}

const servers: SlowingServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

async function slowingServer(fastMs = 3000, slowDelayMs = 300): Promise<SlowingServer> {
  let first: number | undefined
  const sockets = new Set<Socket>()
  const server: Server = createServer((req, res) => {
    if (String(req.headers['user-agent']).includes('preflight')) return void res.end('ok')
    first ??= Date.now()
    req.resume()
    const slow = Date.now() - first >= fastMs
    setTimeout(() => res.end('ok'), slow ? slowDelayMs : 5)
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const s: SlowingServer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    slowSince: () => (first === undefined ? undefined : first + fastMs),
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((r) => server.close(() => r()))
    }
  }
  servers.push(s)
  return s
}

const P95 = '{ warning: 100ms, critical: 200ms, abort_after: 2s }'

/** A config in a folder outside the repository: one service on `url` with the p95 rule. */
async function configFor(url: string, rule = P95): Promise<{ work: string; config: string }> {
  const work = await tempDir('perf-gate-abort-')
  const config = join(work, 'perf-gate.yml')
  await writeFile(
    config,
    `services:\n  api:\n    base_url: ${url}\n    endpoints: [{ path: / }]\n    thresholds:\n      p95_response_time: ${rule}\n`
  )
  return { work, config }
}

/** Every file of the run directory, read and parsed: metrics.json, junit.xml, results.csv, the reports. */
async function filesOf(dir: string) {
  const read = (f: string): Promise<string> => readFile(join(dir, f), 'utf8')
  return {
    metrics: JSON.parse(await read('metrics.json')),
    junit: await read('junit.xml'),
    csv: parse(await read('results.csv'), { columns: true, skip_empty_lines: true }) as unknown[],
    summary: await read('summary.md'),
    html: await read('report.html')
  }
}

async function theRunDir(out: string): Promise<string> {
  const dirs = (await readdir(out)).filter((d) => d.includes('_test_'))
  expect(dirs).toHaveLength(1)
  return join(out, dirs[0])
}

/** The checks every stopped run must pass: its files complete and parseable, and naming the threshold. */
function expectStoppedRun(f: Awaited<ReturnType<typeof filesOf>>): void {
  expect(checkRunDocument(f.metrics)).toEqual({ doc: expect.anything() })
  expect(f.metrics.partial).toBe(true)
  expect(f.metrics.outcome).toMatchObject({ verdict: 'fail', exit_code: 1 })
  expect(f.metrics.threshold_abort).toMatchObject({
    threshold: 'p95_response_time',
    scope: 'overall',
    abort_after: 2,
    critical: 0.2
  })
  expect(f.metrics.threshold_abort.value).toBeGreaterThanOrEqual(0.2)
  expect(f.metrics.abort_reason).toMatch(
    /^thresholds\.p95_response_time\.abort_after \(2s\)(?: on side B)?: 95th percentile.* was critical \(≥ 200 ms\) every second since \d\d:\d\d:\d\d UTC \(second [\d.]+ of the run\); stopped at second [\d.]+/
  )
  expect(f.metrics.outcome.reasons).toContainEqual(
    expect.objectContaining({ kind: 'threshold_abort', decides: true, name: 'p95_response_time' })
  )
  // every request the run made has its row
  expect(f.csv).toHaveLength(f.metrics.total_requests)
  expect(XMLValidator.validate(f.junit)).toBe(true)
  const suite = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (n) => n === 'testcase'
  }).parse(f.junit).testsuites.testsuite
  const stop = suite.testcase.find(
    (c: { name: string }) => c.name === 'p95_response_time overall abort_after'
  )
  expect(stop.failure.type).toBe('abort_after')
  expect(stop.failure.message).toBe(f.metrics.abort_reason)
  expect(f.summary).toContain(
    '> Run stopped, the gate failed: thresholds.p95\\_response\\_time.abort\\_after (2s)'
  )
  expect(f.html).toContain(
    '<strong>Run stopped, the gate failed.</strong> thresholds.p95_response_time.abort_after (2s)'
  )
}

describe('abort_after: a sustained breach stops the run', () => {
  it('load: stops within the breach start + abort_after (+ slack), exit 1, every file complete', async () => {
    const server = await slowingServer()
    const { work, config } = await configFor(server.url)
    const out = join(work, 'reports')
    const started = Date.now()
    const run = await runCli(
      ['load', 'api', '--config', config, '--users', '5', '--duration', '20', '--output-dir', out],
      {
        cwd: work
      }
    )
    const took = Date.now() - started
    expect(run.code).toBe(1)
    expect(took).toBeLessThan(15_000)
    const f = await filesOf(await theRunDir(out))
    expectStoppedRun(f)
    const slowSince = server.slowSince()!
    const a = f.metrics.threshold_abort
    // the breach is found in the second it began (the windows are a second long: up to 1 s early)
    expect(Date.parse(a.since)).toBeGreaterThanOrEqual(slowSince - 1100)
    expect(Date.parse(a.since)).toBeLessThanOrEqual(slowSince + 1500)
    expect(Date.parse(a.at) - Date.parse(a.since)).toBeGreaterThanOrEqual(1950)
    // the load ended within abort_after (+ a judged second, + the noisy machine's slack) of the breach
    const endedAt = Date.parse(f.metrics.timestamp) + f.metrics.total_duration * 1000
    expect(endedAt).toBeLessThanOrEqual(slowSince + 2000 + 1000 + 1500)
    expect(a.since_second).toBeGreaterThanOrEqual(1.9)
    expect(a.since_second).toBeLessThanOrEqual(4.5)
    // the terminal says it, and the verdict line its rule
    expect(run.stdout).toContain(
      'Run stopped, the gate failed: thresholds.p95_response_time.abort_after (2s)'
    )
    expect(run.stdout).toMatch(
      /Verdict: FAIL \(fail-on critical; stopped by p95_response_time\.abort_after \(2 s critical\)\)/
    )
  }, 60_000)

  it('load on two worker threads: the merged seconds are judged, the same way', async () => {
    const server = await slowingServer()
    const { work, config } = await configFor(server.url)
    const out = join(work, 'reports')
    const run = await runCli(
      [
        'load',
        'api',
        '--config',
        config,
        '--users',
        '4',
        '--workers',
        '2',
        '--duration',
        '20',
        '--output-dir',
        out
      ],
      { cwd: work }
    )
    expect(run.code).toBe(1)
    const f = await filesOf(await theRunDir(out))
    expectStoppedRun(f)
    const endedAt = Date.parse(f.metrics.timestamp) + f.metrics.total_duration * 1000
    expect(endedAt).toBeLessThanOrEqual(server.slowSince()! + 2000 + 1000 + 2500)
  }, 60_000)

  it('ab: B breaching on its own seconds stops both sides; both documents say it', async () => {
    const a = await slowingServer(60_000)
    const b = await slowingServer()
    const { work, config } = await configFor(b.url)
    const out = join(work, 'reports')
    const run = await runCli(
      [
        'ab',
        'api',
        '--config',
        config,
        '--a-url',
        a.url,
        '--b-url',
        b.url,
        '--users',
        '4',
        '--duration',
        '40',
        '--output-dir',
        out
      ],
      { cwd: work, timeoutMs: 60_000 }
    )
    expect(run.code).toBe(1)
    const dir = await theRunDir(out)
    const f = await filesOf(dir)
    expectStoppedRun(f)
    expect(f.metrics.threshold_abort.side).toBe('B')
    const sideA = JSON.parse(await readFile(join(dir, 'baseline', 'metrics.json'), 'utf8'))
    expect(sideA.threshold_abort).toEqual(f.metrics.threshold_abort)
    expect(checkRunDocument(sideA)).toEqual({ doc: expect.anything() })
    // B runs every other slice: 2 s of its load take about 4 s of the run, well short of 40
    expect(Date.parse(f.metrics.threshold_abort.at)).toBeLessThanOrEqual(b.slowSince()! + 4000 + 3000)
  }, 60_000)

  it.each([
    [
      'longer than the run',
      '{ warning: 100ms, critical: 200ms, abort_after: 30s }',
      'perf-gate: perf-gate.yml services.api.thresholds.p95_response_time.abort_after: is 30s, longer than the run (20s of load): it could never stop it; shorten abort_after or lengthen the run'
    ],
    [
      'shorter than a second',
      '{ warning: 100ms, critical: 200ms, abort_after: 0.5 }',
      'perf-gate: perf-gate.yml:6 services.api.thresholds.p95_response_time.abort_after: must be a duration of at least 1s such as 30s or 2m: each second is judged on its own figures (got 0.5)'
    ]
  ])(
    'an abort_after %s: one line naming the field, exit 2, nothing sent or written',
    async (_what, rule, message) => {
      const server = await slowingServer()
      const { work, config } = await configFor(server.url, rule)
      const out = join(work, 'reports')
      const run = await runCli(['load', 'api', '--config', config, '--duration', '20', '--output-dir', out], {
        cwd: work
      })
      expect(run.code).toBe(2)
      expect(run.stderr.trim()).toBe(message)
      expect(existsSync(out)).toBe(false)
      expect(server.slowSince()).toBeUndefined()
    }
  )
})
