import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, runCli, tempDir, type CliRun } from '../helpers/run-cli.js'
import { closedPort, startTargetServer, type TargetServer } from '../helpers/target-server.js'

let target: TargetServer
let work: string
let cfg: string
/** the same service configured at a port nobody listens on: BASE_URL must replace it */
let cfgElsewhere: string
let downPort: number

beforeAll(async () => {
  target = await startTargetServer()
  downPort = await closedPort()
  work = await tempDir('perf-gate-ci-')
  cfg = join(work, 'perf-gate.yml')
  await writeFile(
    cfg,
    [
      'services:',
      '  api:',
      `    base_url: ${target.url}`,
      '    endpoints: [{ path: /fast }, { path: /slow }]',
      ''
    ].join('\n')
  )
  cfgElsewhere = join(work, 'perf-gate-elsewhere.yml')
  await writeFile(
    cfgElsewhere,
    (await readFile(cfg, 'utf8')).replace(target.url, `http://127.0.0.1:${downPort}`)
  )
})
afterAll(() => target.close())

function sh(cmd: string, args: string[], cwd = ROOT): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}

async function runDirs(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((d) => /_test_/.test(d)).sort()
}

const REPORT_FILES = ['junit.xml', 'metrics.json', 'report.css', 'report.html', 'results.csv', 'summary.md']

describe('Jenkins: the bundle alone', () => {
  it('dist/ copied to an empty folder outside the repo runs with plain node and writes a complete report', async () => {
    const lone = await tempDir('perf-gate-dist-only-')
    await cp(join(ROOT, 'dist'), lone, { recursive: true })
    const out = join(lone, 'reports')
    const run = await runCli(
      ['load', 'api', '--config', cfg, '--users', '2', '--duration', '1', '--output-dir', out],
      {
        script: join(lone, 'cli.js'),
        cwd: lone
      }
    )
    expect(run.stderr).not.toMatch(/Cannot find|ERR_/)
    expect(run.code).toBe(0)
    const [dir] = await runDirs(out)
    expect((await readdir(join(out, dir))).sort()).toEqual(REPORT_FILES)
    expect(await readFile(join(out, dir, 'report.html'), 'utf8')).toContain('class="chart"')
  })
})

describe('quick', () => {
  it('reports each service on one line; a service that is down gets the seed message and fails the run', async () => {
    const mixed = join(work, 'mixed.yml')
    await writeFile(
      mixed,
      `services:\n  api:\n    base_url: ${target.url}\n    endpoints: [{ path: /fast }]\n  pkd_service:\n    port: ${downPort}\n`
    )
    const out = join(work, 'quick-mixed')
    const run = await runCli(['quick', '--config', mixed, '--duration', '1', '--output-dir', out])
    expect(run.code).toBe(1)
    const lines = run.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^api\s+load\s+PASS\s+[\d,]+ requests/)
    expect(lines[1]).toBe(`❌ Service pkd_service is not running on port ${downPort}`)
    expect(run.stdout).toContain('quick: 1 passed, 1 failed (1 not reachable) of 2 runs on 2 services.')
    const index = await readFile(join(out, 'index.html'), 'utf8')
    expect(index).toMatch(/href="load_test_api_\d{8}_\d{6}\/report.html"/)
    expect(index).toContain(`not running on port ${downPort}`)
    expect(existsSync(join(out, 'report.css'))).toBe(true)
  })

  it('exits 3 when no service could be tested, and --json prints one object', async () => {
    const down = join(work, 'down.yml')
    await writeFile(
      down,
      `services:\n  pkd_service:\n    port: ${downPort}\n  ui_app:\n    port: ${downPort}\n`
    )
    const run = await runCli([
      'quick',
      '--config',
      down,
      '--duration',
      '1',
      '--output-dir',
      join(work, 'quick-down'),
      '--json'
    ])
    expect(run.code).toBe(3)
    const result = JSON.parse(run.stdout)
    expect(result).toMatchObject({ command: 'quick', exit_code: 3 })
    expect(result.services.map((s: any) => s.verdict)).toEqual(['not_run', 'not_run'])
  })
})

describe("the seed's make targets and script", () => {
  const vars = (out: string) => [`CONFIG=${cfg}`, `OUTPUT_DIR=${out}`, 'SERVICE=api']

  // docs/getting-started.md: every target takes CONFIG, OUTPUT_DIR and RPS; load and stress also BASE_URL
  const elsewhere = (out: string) => [
    `CONFIG=${cfgElsewhere}`,
    `OUTPUT_DIR=${out}`,
    'SERVICE=api',
    `BASE_URL=${target.url}`
  ]

  it('make perf-test-load with USERS, DURATION, RPS and BASE_URL', async () => {
    const out = join(work, 'make-load')
    const r = await sh('make', [
      '-s',
      'perf-test-load',
      ...elsewhere(out),
      'USERS=2',
      'DURATION=1',
      'RPS=400'
    ])
    expect(r.code).toBe(0)
    const dirs = await runDirs(out)
    expect(dirs).toHaveLength(1)
    expect(dirs[0]).toMatch(/^load_test_api_/)
    const m = JSON.parse(await readFile(join(out, dirs[0], 'metrics.json'), 'utf8'))
    expect(m.config).toMatchObject({ users: 2, duration: 1, rps: 400, base_url: target.url })
  })

  it('make perf-test-stress with MAX_USERS, RAMP_UP, RPS and BASE_URL', async () => {
    const out = join(work, 'make-stress')
    const r = await sh('make', [
      '-s',
      'perf-test-stress',
      ...elsewhere(out),
      'MAX_USERS=4',
      'RAMP_UP=2',
      'RPS=400'
    ])
    expect(r.code).toBe(0)
    const [dir] = await runDirs(out)
    expect(dir).toMatch(/^stress_test_api_/)
    const m = JSON.parse(await readFile(join(out, dir, 'metrics.json'), 'utf8'))
    expect(m.config).toMatchObject({ max_users: 4, ramp_up: 2, steps: 10, rps: 400, base_url: target.url })
    expect(m.stages.length).toBe(10)
  })

  it('make perf-test and perf-test-quick run every configured service; perf-test-all adds stress and an index', async () => {
    for (const t of ['perf-test', 'perf-test-quick']) {
      const out = join(work, t)
      const r = await sh('make', ['-s', t, ...vars(out), 'QUICK_USERS=2', 'QUICK_DURATION=1', 'RPS=300'])
      expect(r.code).toBe(0)
      const dirs = await runDirs(out)
      expect(dirs).toEqual([expect.stringMatching(/^load_test_api_/)])
      const m = JSON.parse(await readFile(join(out, dirs[0], 'metrics.json'), 'utf8'))
      expect(m.config).toMatchObject({ users: 2, duration: 1, rps: 300 })
      expect(existsSync(join(out, 'index.html'))).toBe(true)
    }
    const out = join(work, 'all')
    const r = await sh('make', [
      '-s',
      'perf-test-all',
      ...vars(out),
      'USERS=2',
      'DURATION=1',
      'MAX_USERS=2',
      'RAMP_UP=1',
      // MAX_USERS also caps the load test's connections under a rate: 2 carry 50 req/s here
      'RPS=50'
    ])
    expect(r.code).toBe(0)
    expect(await runDirs(out)).toEqual([
      expect.stringMatching(/^load_test_api_/),
      expect.stringMatching(/^stress_test_api_/)
    ])
    const index = await readFile(join(out, 'index.html'), 'utf8')
    expect(index.match(/report\.html"/g)).toHaveLength(2)
  })

  it('make perf-reports-clean removes the output directory', async () => {
    const out = join(work, 'make-load')
    expect(existsSync(out)).toBe(true)
    const r = await sh('make', ['-s', 'perf-reports-clean', `OUTPUT_DIR=${out}`])
    expect(r.code).toBe(0)
    expect(existsSync(out)).toBe(false)
  })

  it('scripts/run_perf_test.sh <service> <load|stress> [n] [seconds] [flags]', async () => {
    const out = join(work, 'script')
    const load = await sh(join(ROOT, 'scripts/run_perf_test.sh'), [
      'api',
      'load',
      '2',
      '1',
      '--config',
      cfg,
      '--output-dir',
      out
    ])
    expect(load.code).toBe(0)
    const stress = await sh(join(ROOT, 'scripts/run_perf_test.sh'), [
      'api',
      'stress',
      '2',
      '1',
      '--config',
      cfg,
      '--output-dir',
      out
    ])
    expect(stress.code).toBe(0)
    expect(await runDirs(out)).toEqual([
      expect.stringMatching(/^load_test_api_/),
      expect.stringMatching(/^stress_test_api_/)
    ])
    const bad = await sh(join(ROOT, 'scripts/run_perf_test.sh'), ['api', 'soak'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('mode must be load or stress (got "soak")')
  })
})

describe('summary', () => {
  it('lists past runs with the trend from the previous run of the same service and mode', async () => {
    const out = join(work, 'history')
    for (let i = 0; i < 2; i++) {
      expect(
        (
          await runCli([
            'load',
            'api',
            '--config',
            cfg,
            '--users',
            '2',
            '--duration',
            '1',
            '--output-dir',
            out
          ])
        ).code
      ).toBe(0)
    }
    const run = await runCli(['summary', out])
    expect(run.code).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^Run\s+Started\s+Requests\s+RPS\s+Δ RPS\s+p95\s+Δ p95\s+Errors\s+Verdict$/)
    expect(lines[1]).toMatch(/^load api\s+\d{4}-\d\d-\d\d .*PASS$/)
    expect(lines[2]).toMatch(/[+-]\d+\.\d%.*[+-]\d+\.\d%/)
    const json = JSON.parse((await runCli(['summary', out, '--json'])).stdout)
    expect(json.runs).toHaveLength(2)
    expect((await runCli(['summary', join(work, 'nothing-here')])).code).toBe(2)
  })
})
