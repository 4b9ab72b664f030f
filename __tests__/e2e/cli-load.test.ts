import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { closedPort, startTargetServer, type TargetServer } from '../helpers/target-server.js'
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js'
import { runCliOnce } from '../helpers/cli-run-dir.js'
import { formatRps, formatSeconds } from '../../src/report/format/numbers.js'

const execFileP = promisify(execFile)

const SECRET = 'sk-live-e2e-7f3a9c'

let server: TargetServer
let dir: string
let configPath: string

beforeAll(async () => {
  server = await startTargetServer()
  dir = await tempDir()
  configPath = join(dir, 'perf-gate.yml')
  await writeFile(
    configPath,
    [
      'services:',
      '  mixed:',
      `    base_url: ${server.url}`,
      '    headers: { X-Test-Key: "${TEST_KEY}" }',
      '    endpoints:',
      '      - { path: /fast, weight: 2 }',
      '      - { path: /slow }',
      '      - { path: /flaky }',
      '    thresholds:',
      '      error_rate: { warning: 20%, critical: 50% }',
      '  flaky:',
      `    base_url: ${server.url}`,
      '    endpoints: [{ path: /flaky }]',
      '  resetting:',
      `    base_url: ${server.url}`,
      '    endpoints: [{ path: /fast }, { path: /reset }]',
      '    thresholds: { error_rate: { warning: 60%, critical: 90% } }',
      '  heads:',
      `    base_url: ${server.url}`,
      '    endpoints: [{ path: /fast, method: HEAD }, { path: /slow }]',
      '  hanging:',
      `    base_url: ${server.url}`,
      '    endpoints: [{ path: /fast }, { path: /hang }]',
      ''
    ].join('\n')
  )
})

afterAll(async () => {
  await server.close()
})

async function onlyRunDir(outputDir: string): Promise<string> {
  const entries = await readdir(outputDir)
  expect(entries).toHaveLength(1)
  return join(outputDir, entries[0])
}

async function readRun(runDir: string): Promise<{ metrics: Record<string, any>; csv: string[] }> {
  const metrics = JSON.parse(await readFile(join(runDir, 'metrics.json'), 'utf8'))
  const csv = (await readFile(join(runDir, 'results.csv'), 'utf8')).trimEnd().split('\n')
  return { metrics, csv }
}

function snapshotCounts(): Record<string, number> {
  return { ...server.received }
}
function delta(before: Record<string, number>, path: string): number {
  return (server.received[path] ?? 0) - (before[path] ?? 0)
}

describe('perf-gate load (built CLI against a real server)', () => {
  it('records every request the server received, with exact error counts, and passes the gate', async () => {
    const before = snapshotCounts()
    const sent500Before = server.sent500
    const { run, runDir } = await runCliOnce(
      ['load', 'mixed', '--config', configPath, '--users', '4', '--duration', '2'],
      { env: { TEST_KEY: SECRET } }
    )
    expect(run.stderr).not.toContain('unexpected')
    expect(run.code).toBe(0)
    expect(runDir).toMatch(/load_test_mixed_\d{8}_\d{6}$/)
    const { metrics, csv } = await readRun(runDir!)

    const received = delta(before, '/fast') + delta(before, '/slow') + delta(before, '/flaky')
    expect(metrics.total_requests).toBe(received)
    expect(metrics.total_requests).toBeGreaterThan(50)
    expect(metrics.error_types.http_5xx).toBe(server.sent500 - sent500Before)
    expect(metrics.failed_requests).toBe(server.sent500 - sent500Before)
    expect(metrics.status_codes['500']).toBe(server.sent500 - sent500Before)
    const perPath = Object.fromEntries(metrics.per_endpoint.map((e: any) => [e.path, e.total_requests]))
    expect(perPath).toEqual({
      '/fast': delta(before, '/fast'),
      '/slow': delta(before, '/slow'),
      '/flaky': delta(before, '/flaky')
    })
    // weight 2 on /fast: twice the requests of /slow, give or take the cycle in flight at the end
    expect(Math.abs(perPath['/fast'] - 2 * perPath['/slow'])).toBeLessThanOrEqual(8)

    expect(csv[0]).toBe(
      'timestamp,endpoint,method,status_code,response_time,success,error_message,response_size'
    )
    expect(csv.length - 1).toBe(metrics.total_requests)
    expect(csv.filter((l) => l.includes(',500,')).every((l) => l.includes(',false,HTTP 500,'))).toBe(true)

    // the auth header arrived, and its value is in no output
    expect(server.seenHeaders['x-test-key']).toEqual(new Set([SECRET]))
    expect([...server.seenHeaders['user-agent']].filter((ua) => !ua.includes('preflight'))).toEqual([
      expect.stringMatching(/^perf-gate\/\d+\.\d+\.\d+$/)
    ])
    const allOutput = [run.stdout, run.stderr, JSON.stringify(metrics), csv.join('\n')].join('\n')
    expect(allOutput).not.toContain(SECRET)
    expect(metrics.config.endpoints[0].headers['X-Test-Key']).toBe('***')

    // no NaN / null / Infinity anywhere, seed keys in the seed's units
    const text = await readFile(join(runDir!, 'metrics.json'), 'utf8')
    expect(text).not.toMatch(/NaN|null|Infinity/)
    expect(metrics.error_rate).toBeCloseTo((100 * metrics.failed_requests) / metrics.total_requests, 3)
    expect(metrics.p95_response_time).toBeGreaterThanOrEqual(metrics.median_response_time)
    expect(metrics.verdict).toBe('pass')
    expect(metrics.thresholds.error_rate).toMatchObject({ warning: 20, critical: 50, status: 'good' })
    expect(metrics.timeseries.length).toBeGreaterThanOrEqual(2)
    expect(metrics.timeseries.reduce((a: number, p: any) => a + p.requests, 0)).toBe(metrics.total_requests)

    // where the run came from: git in the working folder (the CLI's environment names no CI), and this machine
    const head = await execFileP('git', ['rev-parse', 'HEAD'], { cwd: ROOT }).then(
      (r) => r.stdout.trim(),
      () => undefined
    )
    expect(metrics.provenance).toMatchObject({
      ...(head ? { commit: head, ci: 'git' } : {}),
      runner: { cpu: expect.any(String), cores: expect.any(Number), node: process.version }
    })
    expect(
      Object.keys(metrics.provenance).filter((k) => !['commit', 'branch', 'ci', 'runner'].includes(k))
    ).toEqual([])

    // the terminal table names each metric's status in words
    expect(run.stdout).toMatch(/Error rate\s+overall\s+[\d.]+%.*good/)
    expect(run.stdout).toContain('Verdict: PASS')
  })

  it('fails the gate (exit 1) when the error rate is critical', async () => {
    const { run, runDir } = await runCliOnce([
      'load',
      'flaky',
      '--config',
      configPath,
      '--users',
      '2',
      '--duration',
      '1'
    ])
    expect(run.code).toBe(1)
    const { metrics } = await readRun(runDir!)
    expect(metrics.error_rate).toBeGreaterThanOrEqual(5)
    expect(metrics.thresholds.error_rate.status).toBe('critical')
    expect(metrics.verdict).toBe('fail')
    expect(run.stdout).toMatch(/Error rate.*critical/)
    expect(run.stdout).toContain('Verdict: FAIL')
  })

  it('passes with --fail-on never despite a critical metric', async () => {
    const { run } = await runCliOnce([
      'load',
      'flaky',
      '--config',
      configPath,
      '--users',
      '2',
      '--duration',
      '1',
      '--fail-on',
      'never'
    ])
    expect(run.code).toBe(0)
  })

  it('HEAD requests complete on their headers (the answer has a Content-Length but no body)', async () => {
    const before = snapshotCounts()
    const { run, runDir } = await runCliOnce([
      'load',
      'heads',
      '--config',
      configPath,
      '--users',
      '2',
      '--duration',
      '1',
      '--timeout',
      '1'
    ])
    expect(run.code).toBe(0)
    const { metrics } = await readRun(runDir!)
    expect(metrics.error_types).toEqual({})
    expect(metrics.total_requests).toBe(delta(before, '/fast') + delta(before, '/slow'))
    const head = metrics.per_endpoint.find((e: any) => e.endpoint === 'HEAD /fast')
    expect(head.total_requests).toBeGreaterThan(20)
    expect(head.max_response_time).toBeLessThan(0.5)
  })

  it('counts connection resets exactly', async () => {
    const resetsBefore = server.resets
    const { run, runDir } = await runCliOnce([
      'load',
      'resetting',
      '--config',
      configPath,
      '--users',
      '2',
      '--duration',
      '1'
    ])
    expect(run.code).toBe(0)
    const { metrics, csv } = await readRun(runDir!)
    expect(metrics.error_types.connection_reset).toBe(server.resets - resetsBefore)
    expect(metrics.error_types.connection_reset).toBeGreaterThan(0)
    expect(csv.some((l) => l.includes(',/reset,GET,0,') && l.includes('ECONNRESET'))).toBe(true)
  })

  it('records requests that never get an answer as timeouts', async () => {
    const before = snapshotCounts()
    const { run, runDir } = await runCliOnce([
      'load',
      'hanging',
      '--config',
      configPath,
      '--users',
      '2',
      '--duration',
      '2',
      '--timeout',
      '0.5',
      '--json'
    ])
    const { metrics } = await readRun(runDir!)
    expect(metrics.error_types.timeout).toBe(delta(before, '/hang'))
    expect(metrics.total_requests).toBe(delta(before, '/hang') + delta(before, '/fast'))
    const hang = metrics.per_endpoint.find((e: any) => e.path === '/hang')
    // a timeout is recorded at its wait; timers may fire a millisecond early
    expect(hang.min_response_time).toBeGreaterThanOrEqual(0.49)
    // --json: one object on stdout and nothing else there
    const result = JSON.parse(run.stdout)
    expect(result).toMatchObject({ service: 'hanging', mode: 'load', exit_code: run.code })
    expect(result.report_dir).toContain('load_test_hanging_')
  })

  it('SIGTERM stops the load, writes partial results and exits 3', async () => {
    const before = snapshotCounts()
    const { run, runDir } = await runCliOnce(
      ['load', 'mixed', '--config', configPath, '--users', '2', '--duration', '30'],
      {
        env: { TEST_KEY: SECRET },
        onSpawn: (child) => setTimeout(() => child.kill('SIGTERM'), 1500)
      }
    )
    expect(run.code).toBe(3)
    const { metrics, csv } = await readRun(runDir!)
    expect(metrics.partial).toBe(true)
    expect(metrics.abort_reason).toBe('stopped by signal')
    expect(metrics.total_duration).toBeLessThan(5)
    expect(metrics.total_requests).toBeGreaterThan(0)
    expect(csv.length - 1).toBe(metrics.total_requests)
    // a stop by signal drops what was in flight: at most one request per connection
    const received = delta(before, '/fast') + delta(before, '/slow') + delta(before, '/flaky')
    expect(received - metrics.total_requests).toBeLessThanOrEqual(2)
    expect(run.stdout).toContain('Partial results: stopped by signal')
  })

  it('stops before any load when the target is down (exit 3, the seed message, nothing written)', async () => {
    const port = await closedPort()
    const out = join(dir, 'down')
    const cfg = join(dir, 'down.yml')
    await writeFile(cfg, `services:\n  pkd_service:\n    port: ${port}\n`)
    const run = await runCli(['load', 'pkd_service', '--config', cfg, '--duration', '1', '--output-dir', out])
    expect(run.code).toBe(3)
    expect(run.stderr.trim()).toBe(`❌ Service pkd_service is not running on port ${port}`)
    expect(existsSync(out)).toBe(false)

    const viaUrl = await runCli([
      'load',
      'ui_app',
      '--base-url',
      `http://127.0.0.1:${port}`,
      '--output-dir',
      out
    ])
    expect(viaUrl.code).toBe(3)
    expect(viaUrl.stderr.trim()).toBe(`❌ Service ui_app is not reachable at http://127.0.0.1:${port}`)
  })
})

describe('perf-gate load: bad input gives one line, exit 2 and no run directory', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'zero users',
      ['--users', '0'],
      /^perf-gate: --users: must be a whole number from 1 to 10000 \(got "0"\)$/
    ],
    ['text users', ['--users', 'ten'], /^perf-gate: --users: must be a whole number/],
    [
      'negative duration',
      ['--duration', '-5'],
      /^perf-gate: --duration: must be a duration such as 30s, 5m or 1h30m \(or plain seconds\), above 0 and at most 24h \(got "-5"\)$/
    ],
    ['zero rps', ['--rps', '0'], /^perf-gate: --rps: must be a number of requests per second above 0/],
    [
      'max-users below users',
      ['--rps', '10', '--users', '10', '--max-users', '5'],
      /^perf-gate: --max-users: must be at least --users \(10\): it bounds the connections a rate may add to them \(got 5\)$/
    ],
    [
      'bad fail-on-regression',
      ['--fail-on-regression', 'maybe'],
      /^perf-gate: .*maybe.*(regression, inconclusive, never|Allowed choices)/
    ],
    [
      'bad timeout',
      ['--timeout', 'soon'],
      /^perf-gate: --timeout: must be a duration such as 500ms, 10s or 5m \(or plain seconds\), above 0 and at most 10m \(got "soon"\)$/
    ],
    ['bad url', ['--base-url', 'ftp://example'], /^perf-gate: --base-url: must use http:\/\/ or https:\/\//],
    ['relative url', ['--base-url', 'localhost:8080/x y'], /^perf-gate: --base-url: must/],
    [
      'bad fail-on',
      ['--fail-on', 'sometimes'],
      /^perf-gate: .*sometimes.*(critical, warning, never|Allowed choices)/
    ],
    [
      'unknown flag',
      ['--userz', '3'],
      /^perf-gate: unknown option '--userz'.* \(see perf-gate load --help\)$/
    ],
    // an unset shell variable: `--users "$USERS"`
    ['empty users', ['--users', ''], /^perf-gate: --users: needs a value \(got an empty string\)/],
    ['empty rps', ['--rps', ' '], /^perf-gate: --rps: needs a value \(got an empty string\)/],
    [
      'control character in url',
      ['--base-url', 'http://localhost:1/a\r\nb'],
      /^perf-gate: --base-url: must not contain control characters/
    ],
    [
      'ca file that is no certificate',
      ['--ca', join(ROOT, 'package.json')],
      /^perf-gate: --ca: .*package\.json holds no PEM certificate/
    ],
    [
      'missing config',
      ['--config', '/nonexistent/perf-gate.yml'],
      /^perf-gate: --config: file \/nonexistent\/perf-gate.yml does not exist$/
    ]
  ]
  it.each(cases)('%s', async (_name, args, message) => {
    const out = join(dir, 'never-created')
    const run = await runCli(['load', 'pkd_service', '--output-dir', out, ...args])
    expect(run.code).toBe(2)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(message)
    expect(run.stdout).toBe('')
    expect(existsSync(out)).toBe(false)
  })

  it('an output folder under a file, or a metrics port in use: exit 2 before the target is even connected to', async () => {
    let connections = 0
    const counter = createNetServer((socket) => {
      connections++
      socket.destroy()
    })
    await new Promise<void>((r) => counter.listen(0, '127.0.0.1', r))
    const busy = createNetServer()
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r))
    try {
      const url = `http://127.0.0.1:${(counter.address() as AddressInfo).port}`
      const file = join(dir, 'a-file')
      await writeFile(file, 'x')
      const underFile = await runCli([
        'load',
        'pkd_service',
        '--base-url',
        url,
        '--output-dir',
        join(file, 'reports')
      ])
      expect(underFile.code).toBe(2)
      expect(underFile.stderr.trim()).toBe(
        `perf-gate: --output-dir: cannot write run directories under ${join(file, 'reports')}: ${file} is a file; choose a writable folder`
      )
      const out = join(dir, 'port-taken')
      const port = String((busy.address() as AddressInfo).port)
      const portTaken = await runCli([
        'load',
        'pkd_service',
        '--base-url',
        url,
        '--output-dir',
        out,
        '--metrics-port',
        port
      ])
      expect(portTaken.code).toBe(2)
      expect(portTaken.stderr.trim()).toBe(
        `perf-gate: --metrics-port: port ${port} is already in use; choose another`
      )
      expect(existsSync(out)).toBe(false)
      expect(connections).toBe(0)
    } finally {
      counter.close()
      busy.close()
    }
  })

  it('unknown service lists the known ones', async () => {
    const run = await runCli(['load', 'pkd_servce'])
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toBe(
      'perf-gate: service: unknown service "pkd_servce" (known: document_processing, pkd_service, ui_app); no config file was given: pass --config perf-gate.yml (the action: config), or a URL such as http://localhost:8080/health'
    )
  })

  it('malformed config names the file, line and field', async () => {
    const cfg = join(dir, 'bad.yml')
    await writeFile(
      cfg,
      'services:\n  api:\n    base_url: http://localhost:1\n    endpoints:\n      - { path: /x, method: FETCH }\n'
    )
    const run = await runCli(['load', 'api', '--config', cfg])
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toBe(
      'perf-gate: bad.yml:5 services.api.endpoints[0].method: must be one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS'
    )
    const yamlBroken = join(dir, 'broken.yml')
    await writeFile(yamlBroken, 'services:\n  api:\n    base_url: [unclosed\n')
    const broken = await runCli(['load', 'api', '--config', yamlBroken])
    expect(broken.code).toBe(2)
    expect(broken.stderr.trim()).toMatch(/^perf-gate: broken.yml:\d+: not valid YAML or JSON: /)
  })
})

describe('--baseline and perf-gate compare', () => {
  const svc = (path: string) =>
    `services:\n  api:\n    base_url: ${server.url}\n    endpoints: [{ path: ${path} }]\n`

  it('20 ms vs 20 ms is no regression, 20 ms vs 26 ms is one, a 1-second run is inconclusive', async () => {
    const base = join(dir, 'cmp-base')
    const slowCfg = join(dir, 'cmp-slow.yml')
    const slowerCfg = join(dir, 'cmp-slower.yml')
    await writeFile(slowCfg, svc('/slow'))
    await writeFile(slowerCfg, svc('/slow26'))
    // 12 s: 11 whole seconds a side, past the 10 windows an interval needs
    const args = ['--users', '4', '--duration', '12']
    expect((await runCli(['load', 'api', '--config', slowCfg, ...args, '--output-dir', base])).code).toBe(0)
    const baseDir = await onlyRunDir(base)

    const same = join(dir, 'cmp-same')
    const r1 = await runCli([
      'load',
      'api',
      '--config',
      slowCfg,
      ...args,
      '--output-dir',
      same,
      '--baseline',
      baseDir
    ])
    const m1 = (await readRun(await onlyRunDir(same))).metrics
    expect(m1.baseline.comparison.method).toBe('block_bootstrap')
    expect(m1.baseline.comparison.windows).toEqual({ baseline: 11, current: 11 })
    for (const m of m1.baseline.comparison.metrics) expect(m.verdict).not.toBe('regression')
    expect(r1.code).toBe(0)

    const slower = join(dir, 'cmp-slower')
    const r2 = await runCli([
      'load',
      'api',
      '--config',
      slowerCfg,
      ...args,
      '--output-dir',
      slower,
      '--baseline',
      join(baseDir, 'metrics.json')
    ])
    expect(r2.code).toBe(1)
    const slowerDir = await onlyRunDir(slower)
    const m2 = (await readRun(slowerDir)).metrics
    expect(m2.thresholds.p95_response_time.status).toBe('good') // the thresholds alone would pass it
    expect(m2.baseline.comparison.verdict).toBe('regression')
    expect(m2.baseline.fail_on_regression).toBe('regression')
    const median = m2.baseline.comparison.metrics.find((m: any) => m.metric === 'median_response_time')
    expect(median.verdict).toBe('regression')
    // 26 / 20: +30%, its whole interval past the 10% tolerance
    expect(median.change).toBeGreaterThan(0.2)
    expect(median.ci_low).toBeGreaterThan(0.1)
    expect(median.ci_high).toBeGreaterThanOrEqual(median.change)
    expect(m2.verdict).toBe('fail')
    expect(r2.stdout).toMatch(/Against the baseline \(load_test_api .*\): regression/)
    const summary = await readFile(join(slowerDir, 'summary.md'), 'utf8')
    expect(summary).toContain('**Against the baseline**')
    expect(summary).toMatch(
      /\| Median response time \| [\d.]+ ms \| [\d.]+ ms \| \+[\d.]+% \(\+[\d.]+% … \+[\d.]+%\) \| ±10% \| regression \|/
    )
    const html = await readFile(join(slowerDir, 'report.html'), 'utf8')
    expect(html).toContain('id="baseline"')
    expect(html.match(/class="chart interval-chart"/g)).toHaveLength(4)
    const junit = await readFile(join(slowerDir, 'junit.xml'), 'utf8')
    expect(junit).toMatch(
      /name="median_response_time against the baseline"[^>]*>\s*<failure type="regression"/
    )

    // the same gate, asked not to fail on it
    const lenient = await runCli([
      'load',
      'api',
      '--config',
      slowerCfg,
      '--users',
      '4',
      '--duration',
      '1',
      '--output-dir',
      join(dir, 'cmp-lenient'),
      '--baseline',
      baseDir,
      '--fail-on-regression',
      'never'
    ])
    expect(lenient.code).toBe(0)
    // one second: too short to decide; inconclusive, and it says how long would do
    const m3 = (await readRun(await onlyRunDir(join(dir, 'cmp-lenient')))).metrics
    expect(m3.baseline.comparison.verdict).toBe('inconclusive')
    expect(m3.baseline.comparison.metrics[0]).toMatchObject({ ci_low: null, seconds_to_decide: 4 })
    const strict = await runCli([
      'compare',
      baseDir,
      await onlyRunDir(join(dir, 'cmp-lenient')),
      '--fail-on-regression',
      'inconclusive'
    ])
    expect(strict.code).toBe(1)
    expect(strict.stdout).toContain('inconclusive: a run of about 4 s would decide (--duration 4 or more)')

    const cmp = await runCli(['compare', baseDir, slowerDir, '--json'])
    expect(cmp.code).toBe(1)
    expect(JSON.parse(cmp.stdout)).toMatchObject({
      verdict: 'regression',
      level: 0.95,
      fail_on_regression: 'regression'
    })
    const back = await runCli(['compare', slowerDir, baseDir])
    expect(back.code).toBe(0)
    // the other way round it is faster: the median decides it (a busy machine can leave the p95 undecided)
    expect(back.stdout).toMatch(/^Median response time .* improvement$/m)
    expect(back.stdout).toMatch(/^Verdict: (improvement|inconclusive)\./m)
    // the figures are each run's metrics.json values, in the units of every other view
    const baseDoc = (await readRun(baseDir)).metrics
    const p95Row = back.stdout.split('\n').find((l) => l.startsWith('95th percentile'))
    expect(p95Row?.split(/\s{2,}/).slice(1, 3)).toEqual([
      formatSeconds(m2.p95_response_time),
      formatSeconds(baseDoc.p95_response_time)
    ])
    const rpsRow = back.stdout.split('\n').find((l) => l.startsWith('Throughput'))
    expect(rpsRow?.split(/\s{2,}/).slice(1, 3)).toEqual([
      formatRps(m2.requests_per_second),
      formatRps(baseDoc.requests_per_second)
    ])
    expect(back.stdout).not.toContain('⚠')
    // a wider tolerance from the command line: +30% is within ±50%
    const wide = await runCli(['compare', baseDir, slowerDir, '--tolerance', '50', '--json'])
    expect(JSON.parse(wide.stdout).metrics[0]).toMatchObject({ tolerance: 0.5, verdict: 'no_change' })
    expect(wide.code).toBe(0)
  })

  it('compare warns when the runs differ in users or duration', async () => {
    const cfg = join(dir, 'cmp-warn.yml')
    await writeFile(cfg, svc('/fast'))
    const a = join(dir, 'cmp-warn-a')
    const b = join(dir, 'cmp-warn-b')
    expect(
      (await runCli(['load', 'api', '--config', cfg, '--users', '2', '--duration', '1', '--output-dir', a]))
        .code
    ).toBe(0)
    expect(
      (await runCli(['load', 'api', '--config', cfg, '--users', '3', '--duration', '2s', '--output-dir', b]))
        .code
    ).toBe(0)
    const cmp = await runCli(['compare', await onlyRunDir(a), await onlyRunDir(b)])
    expect(cmp.stdout).toContain('⚠ users differ: 2 in the baseline, 3 now')
    expect(cmp.stdout).toContain('⚠ durations differ: 1 s in the baseline, 2 s now')
    const json = JSON.parse(
      (await runCli(['compare', await onlyRunDir(a), await onlyRunDir(b), '--json'])).stdout
    )
    expect(json.warnings).toEqual([
      'users differ: 2 in the baseline, 3 now',
      'durations differ: 1 s in the baseline, 2 s now'
    ])
  })

  it('a missing baseline is bad input: exit 2 before any load', async () => {
    const run = await runCli(
      [
        'load',
        'mixed',
        '--config',
        configPath,
        '--baseline',
        '/nonexistent/run',
        '--output-dir',
        join(dir, 'nobase')
      ],
      {
        env: { TEST_KEY: SECRET }
      }
    )
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toBe('perf-gate: --baseline: /nonexistent/run does not exist')
    expect(existsSync(join(dir, 'nobase'))).toBe(false)
  })
})
