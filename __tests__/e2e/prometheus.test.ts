import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { alertQueries } from '../../src/monitoring/alert-rules.js'
import { dashboardQueries } from '../../src/monitoring/dashboard.js'
import {
  PROMETHEUS_DEP,
  PROMTOOL,
  PROMTOOL_DEP,
  PUSHGATEWAY_DEP,
  query,
  startPrometheus,
  startPushgateway,
  type Running
} from '../helpers/prometheus.js'
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js'
import { describeNeeds, itNeeds } from '../helpers/system-deps.js'
import { execFileSync } from 'node:child_process'
import { closedPort, startTargetServer, type TargetServer } from '../helpers/target-server.js'

let target: TargetServer
let work: string
let cfg: string

beforeAll(async () => {
  target = await startTargetServer()
  work = await tempDir('perf-gate-prom-')
  cfg = join(work, 'perf-gate.yml')
  // /flaky gives errors, so the error panels and alerts have data too
  await writeFile(
    cfg,
    `services:\n  api:\n    base_url: ${target.url}\n    endpoints: [{ path: /fast }, { path: /slow }, { path: /flaky }]\n`
  )
})
afterAll(() => target.close())

async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200)))
    if (await check()) return
  throw new Error('timed out')
}

/** Grafana's variables, as the dashboard would fill them for "All". */
const forPrometheus = (expr: string): string =>
  expr.replace(/\$service|\$endpoint/g, '.*').replace(/\$__rate_interval/g, '1m')

const withPrometheus = describeNeeds(PROMETHEUS_DEP)

withPrometheus('a real Prometheus scraping perf-gate --metrics-port', () => {
  let prom: Running
  afterAll(() => prom?.stop())

  it('every dashboard and alert expression returns data, and the request counter equals total_requests', async () => {
    const port = await closedPort()
    prom = await startPrometheus(join(work, 'prom'), [`127.0.0.1:${port}`])
    // Prometheus picks up new targets a few seconds after it starts: wait until it is scraping (still down)
    await waitFor(async () => {
      const t = (await (await fetch(`${prom.url}/api/v1/targets`)).json()) as any
      return t.data.activeTargets.some((a: any) => a.lastScrape && !a.lastScrape.startsWith('0001'))
    }, 20_000)
    const out = join(work, 'scraped')
    const running = runCli(
      [
        'load',
        'api',
        '--config',
        cfg,
        '--users',
        '3',
        '--duration',
        '6',
        '--output-dir',
        out,
        '--metrics-port',
        String(port),
        '--metrics-linger',
        '15',
        '--fail-on',
        'never'
      ],
      { timeoutMs: 60_000 }
    )
    // the run is over when metrics.json exists; /metrics then lingers with the final values
    await waitFor(
      async () =>
        existsSync(out) &&
        (await readdir(out)).length > 0 &&
        existsSync(join(out, (await readdir(out))[0], 'metrics.json')),
      30_000
    )
    const m = JSON.parse(await readFile(join(out, (await readdir(out))[0], 'metrics.json'), 'utf8'))
    // let Prometheus scrape the final values
    await waitFor(async () => {
      const r = await query(prom.url, 'sum(perf_test_requests_total)')
      return r.length > 0 && Number(r[0].value[1]) === m.total_requests
    }, 10_000)

    // during the run (a second before its end) every expression has data
    const during = Date.parse(m.timestamp) / 1000 + m.total_duration - 1
    const exprs = [
      ...dashboardQueries().map((q) => forPrometheus(q.expr)),
      ...alertQueries().map((a) => a.measure)
    ]
    for (const expr of exprs) {
      const r = await query(prom.url, expr, during)
      expect([expr, r.length > 0]).toEqual([expr, true])
      expect(r.every((s) => Number.isFinite(Number(s.value[1])))).toBe(true)
    }
    const users = await query(prom.url, 'perf_test_active_users', during)
    expect(Number(users[0].value[1])).toBe(3)
    const info = await query(prom.url, 'perf_test_run_info')
    expect(info[0].metric).toMatchObject({ service: 'api', mode: 'load', run_id: (await readdir(out))[0] })
    const errors = await query(prom.url, 'sum(perf_test_errors_total{error_type="http_5xx"})')
    expect(Number(errors[0].value[1])).toBe(m.error_types.http_5xx)

    const run = await running
    expect(run.code).toBe(0)
  }, 90_000)
})

const withPushgateway = describeNeeds(PUSHGATEWAY_DEP)
withPushgateway('--pushgateway', () => {
  let gw: Running
  afterAll(() => gw?.stop())

  it('pushes the metrics, grouped by job and run id', async () => {
    gw = await startPushgateway()
    const out = join(work, 'pushed')
    const run = await runCli([
      'load',
      'api',
      '--config',
      cfg,
      '--users',
      '2',
      '--duration',
      '2',
      '--output-dir',
      out,
      '--pushgateway',
      gw.url
    ])
    expect(run.code).toBe(0)
    const runId = (await readdir(out))[0]
    const m = JSON.parse(await readFile(join(out, runId, 'metrics.json'), 'utf8'))
    const text = await (await fetch(`${gw.url}/metrics`)).text()
    const lines = text.split('\n').filter((l) => l.startsWith('perf_test_requests_total{'))
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.every((l) => l.includes('job="perf-gate"') && l.includes(`run_id="${runId}"`))).toBe(true)
    expect(lines.reduce((a, l) => a + Number(l.split(' ').pop()), 0)).toBe(m.total_requests)
  })
})

describe('--metrics-port errors', () => {
  it('a port in use is one line, exit 2, before any load, with nothing written', async () => {
    const busy = createServer()
    await new Promise<void>((r) => busy.listen(0, '0.0.0.0', r))
    const port = (busy.address() as AddressInfo).port
    const out = join(work, 'busy')
    const before = target.received['/fast'] ?? 0
    try {
      const run = await runCli([
        'load',
        'api',
        '--config',
        cfg,
        '--duration',
        '1',
        '--output-dir',
        out,
        '--metrics-port',
        String(port)
      ])
      expect(run.code).toBe(2)
      expect(run.stderr.trim()).toBe(
        `perf-gate: --metrics-port: port ${port} is already in use; choose another`
      )
      expect(existsSync(out) ? await readdir(out) : []).toEqual([])
      expect(target.received['/fast'] ?? 0).toBe(before)
    } finally {
      busy.close()
    }
  })
})

const linux = process.platform === 'linux' ? describe : describe.skip
linux("the service's own memory and CPU on /metrics (--start)", () => {
  let text = ''
  let m: any

  beforeAll(async () => {
    const port = await closedPort()
    const servicePort = await closedPort()
    const svcCfg = join(work, 'leaky.yml')
    await writeFile(
      svcCfg,
      `services:\n  leaky:\n    base_url: http://127.0.0.1:${servicePort}\n    endpoints: [{ path: / }]\n`
    )
    const out = join(work, 'leaky-out')
    const fixture = join(ROOT, '__tests__/fixtures/leaky-service.mjs')
    const running = runCli(
      [
        'load',
        'leaky',
        '--config',
        svcCfg,
        '--start',
        `${JSON.stringify(process.execPath)} ${JSON.stringify(fixture)} ${servicePort} 1`,
        '--users',
        '2',
        '--rps',
        '100',
        '--duration',
        '4',
        '--output-dir',
        out,
        '--metrics-port',
        String(port),
        '--metrics-linger',
        '5'
      ],
      { timeoutMs: 60_000 }
    )
    // the run is over when metrics.json exists; /metrics then lingers with the last reading
    await waitFor(
      async () =>
        existsSync(out) &&
        (await readdir(out)).length > 0 &&
        existsSync(join(out, (await readdir(out))[0], 'metrics.json')),
      30_000
    )
    m = JSON.parse(await readFile(join(out, (await readdir(out))[0], 'metrics.json'), 'utf8'))
    text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
    expect((await running).code).toBe(0)
  }, 60_000)

  const sample = (name: string): number => {
    const line = text.split('\n').find((l) => l.startsWith(`${name}{service="leaky"}`))
    if (!line) throw new Error(`no ${name} in /metrics`)
    return Number(line.split(' ').pop())
  }

  it('exports RSS, CPU and processes under the names metrics.json uses, the last reading equal to final_rss_bytes', () => {
    expect(sample('perf_gate_service_rss_bytes')).toBe(m.resources.final_rss_bytes)
    expect(sample('perf_gate_service_cpu_percent')).toBeGreaterThanOrEqual(0)
    expect(sample('perf_gate_service_processes')).toBeGreaterThanOrEqual(1)
    expect(text).toContain('# TYPE perf_gate_service_rss_bytes gauge')
  })

  itNeeds(PROMTOOL_DEP)('`promtool check metrics` passes on the exposition', () => {
    expect(() => execFileSync(PROMTOOL!, ['check', 'metrics'], { input: text, stdio: 'pipe' })).not.toThrow()
  })
})
