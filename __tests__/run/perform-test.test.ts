import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError, UnreachableError } from '../../src/config/errors.js'
import { loadConfig, type PerfGateConfig } from '../../src/config/load.js'
import type { LoadRequest, StressRequest } from '../../src/config/run-request.js'
import { readBaseline } from '../../src/report/files/read-baseline.js'
import { REPORT_FILES } from '../../src/report/files/write-reports.js'
import type { RunObserver } from '../../src/run/observer.js'
import { performTest } from '../../src/run/perform-test.js'
import { resultsTable } from '../../src/cli/results-table.js'
import { writeTestConfig } from '../helpers/cli-run-dir.js'
import { tempDir } from '../helpers/run-cli.js'
import { closedPort, startTargetServer, type TargetServer } from '../helpers/target-server.js'
import { spawn } from 'node:child_process'

/**
 * The orchestrator's branches, each with a run of about a second against a
 * real server: what it writes, what it leaves behind when something fails,
 * and how it drives an observer.
 */
let server: TargetServer
let config: PerfGateConfig

beforeAll(async () => {
  server = await startTargetServer()
  const file = await writeTestConfig(
    {
      api: { baseUrl: server.url, endpoints: ['/fast'] },
      flaky: { baseUrl: server.url, endpoints: ['/flaky'] },
      slow: {
        baseUrl: server.url,
        endpoints: ['/slow'],
        thresholds: { p95_response_time: { warning: '5ms', critical: '10ms' } }
      }
    },
    { thresholds: { error_rate: { warning: '1%', critical: '5%' } } }
  )
  config = await loadConfig({ file, env: {} })
})
afterAll(async () => {
  await server.close()
})

const load = (service: string, duration = 0.6): LoadRequest => ({
  service,
  mode: 'load',
  users: 2,
  duration,
  maxUsers: 2,
  timeout: 2
})

/** An observer that writes down what it was told, and can refuse to start. */
function recordingObserver(failStart?: Error): RunObserver & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    start: async (target, mode, runId) => {
      calls.push(`start ${target.service} ${mode} ${runId.replace(/\d{8}_\d{6}/, 'TS')}`)
      if (failStart) throw failStart
    },
    records: () => void (calls.at(-1) === 'records' || calls.push('records')),
    progress: () => void calls.push('progress'),
    resources: () => void (calls.at(-1) === 'resources' || calls.push('resources')),
    end: async () => void calls.push('end')
  }
}

describe('performTest', () => {
  it('writes the run directory, calls onStart with the settings, and tells the observer start → records → end', async () => {
    const out = await tempDir()
    const observer = recordingObserver()
    const started: unknown[] = []
    const report = await performTest(load('api'), {
      config,
      outputDir: out,
      observer,
      onStart: (target, dir, settings, mode) => started.push([target.service, dir, settings, mode])
    })
    expect(report.exitCode).toBe(0)
    expect(report.saved.document.verdict).toBe('pass')
    expect((await readdir(report.saved.dir)).sort()).toEqual(
      ['metrics.json', 'results.csv', ...REPORT_FILES].sort()
    )
    expect(started).toEqual([
      ['api', report.saved.dir, { users: 2, duration: 0.6, rps: undefined, timeout: 2, csv: 'all' }, 'load']
    ])
    expect(observer.calls[0]).toBe('start api load load_test_api_TS')
    expect(observer.calls).toContain('records')
    expect(observer.calls.at(-1)).toBe('end')
    const csv = (await readFile(join(report.saved.dir, 'results.csv'), 'utf8')).trimEnd().split('\n')
    expect(csv.length - 1).toBe(report.metrics.total_requests)
  })

  it('exit 1 when the gate fails, 0 with failOn never', async () => {
    const out = await tempDir()
    const failing = await performTest(load('flaky'), { config, outputDir: out })
    expect(failing.saved.document.thresholds.error_rate.status).toBe('critical')
    expect(failing.exitCode).toBe(1)
    const never = await performTest(load('flaky'), { config, outputDir: out, failOn: 'never' })
    expect(never.exitCode).toBe(0)
  })

  it('exit 3 and partial results when aborted mid-run', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 700)
    const report = await performTest(load('api', 30), {
      config,
      outputDir: await tempDir(),
      signal: controller.signal
    })
    expect(report.exitCode).toBe(3)
    expect(report.saved.document).toMatchObject({ partial: true, abort_reason: 'stopped by signal' })
  })

  it('no completed request: UnreachableError, no directory, observer ended', async () => {
    const out = await tempDir()
    const controller = new AbortController()
    controller.abort()
    const observer = recordingObserver()
    await expect(
      performTest(load('api'), { config, outputDir: out, signal: controller.signal, observer })
    ).rejects.toThrow(
      new UnreachableError('❌ No request to api completed (stopped by signal); nothing to report')
    )
    expect(await readdir(out)).toEqual([])
    expect(observer.calls).toEqual(['start api load load_test_api_TS', 'end'])
  })

  it('an observer that cannot start (a port in use) stops the run before any load, with nothing written', async () => {
    const out = await tempDir()
    const before = server.received['/fast'] ?? 0
    const observer = recordingObserver(new InputError('--metrics-port', 'port 9464 is in use'))
    await expect(performTest(load('api'), { config, outputDir: out, observer })).rejects.toThrow(
      '--metrics-port: port 9464 is in use'
    )
    expect(await readdir(out)).toEqual([])
    expect(server.received['/fast'] ?? 0).toBe(before)
    expect(observer.calls.at(-1)).toBe('end')
  })

  it('an unreachable target: the service’s message, and no output directory at all', async () => {
    const port = await closedPort()
    const out = join(await tempDir(), 'never')
    await expect(
      performTest(
        { ...load('api'), baseUrl: new URL(`http://127.0.0.1:${port}`) },
        { config, outputDir: out }
      )
    ).rejects.toThrow(`❌ Service api is not reachable at http://127.0.0.1:${port}`)
    expect(existsSync(out)).toBe(false)
  })

  it('compares with a baseline and records the comparison, with a warning when the runs differ', async () => {
    const out = await tempDir()
    const first = await performTest(load('api'), { config, outputDir: out })
    const baseline = await readBaseline(first.saved.dir, '--baseline')
    const second = await performTest({ ...load('api'), users: 3 }, { config, outputDir: out, baseline })
    const cmp = second.saved.document.baseline!
    expect(cmp.run).toBe(`${first.saved.document.test_name} ${first.saved.document.timestamp}`)
    expect(cmp.comparison.metrics.map((m) => m.metric)).toContain('error_rate')
    expect(cmp.comparison.warnings).toEqual(['users differ: 2 in the baseline, 3 now'])
  })

  it('records the provenance in metrics.json, shows the commit, and warns against a baseline from another runner', async () => {
    const out = await tempDir()
    const provenance = {
      commit: '0123456789abcdef0123456789abcdef01234567',
      branch: 'main',
      ci: 'github' as const,
      run_url: 'https://github.com/acme/shop/actions/runs/42',
      runner: { cpu: 'AMD EPYC 7763', cores: 4, memory_bytes: 16e9, os: 'linux 6.8.0', node: 'v20.18.1' }
    }
    const first = await performTest(load('api'), { config, outputDir: out, provenance })
    const written = JSON.parse(await readFile(first.saved.metrics, 'utf8'))
    expect(written.provenance).toEqual(provenance)
    const header = resultsTable({ out: () => {}, err: () => {}, interactive: false, color: false }, first)
    expect(header.split('\n')[0]).toMatch(/^load test api \(0123456 on main\): 2 users/)
    // read back as a baseline, it keeps the runner; a run on another machine is told so
    const baseline = await readBaseline(first.saved.dir, '--baseline')
    expect(baseline.doc.provenance).toEqual(provenance)
    const other = { ...provenance, runner: { ...provenance.runner, cores: 2 } }
    const second = await performTest(load('api'), { config, outputDir: out, baseline, provenance: other })
    expect(second.saved.document.baseline!.comparison.warnings).toEqual([
      'runner cores differ: 4 in the baseline, 2 now'
    ])
    // no provenance on this side: no runner warning, and no key in metrics.json
    const third = await performTest(load('api'), { config, outputDir: out, baseline })
    expect(third.saved.document.baseline!.comparison.warnings).toEqual([])
    expect('provenance' in JSON.parse(await readFile(third.saved.metrics, 'utf8'))).toBe(false)
  })

  it('a stress request runs its stages and ends with the gate’s stop policy wired in', async () => {
    const request: StressRequest = {
      service: 'slow',
      mode: 'stress',
      stress: { maxUsers: 4, rampUp: 1.2, steps: 4, stopOnBreak: true },
      timeout: 2
    }
    const report = await performTest(request, { config, outputDir: await tempDir(), failOn: 'never' })
    // /slow answers in 20 ms, past the 10 ms critical p95, from the first stage on; at 1 user
    // it is light enough that the generator is not saturated, so the stage counts
    const doc = report.saved.document
    expect(doc.mode).toBe('stress')
    expect(doc.stopped_early).toMatch(/^stopped after the breaking stage \(1 users/)
    expect(doc.stages!.map((s) => s.users)).toEqual([1])
  })

  it('samples the watched process during the run: its figures in metrics.json, its readings to the observer', async () => {
    const service = spawn(process.execPath, [
      '-e',
      'globalThis.b = Buffer.alloc(30e6, 1); setInterval(() => {}, 1000)'
    ])
    try {
      const file = await writeTestConfig(
        { api: { baseUrl: server.url, endpoints: ['/fast'] } },
        { thresholds: { rss_growth_per_hour: { warning: '50MB', critical: '200MB' } } }
      )
      const observer = recordingObserver()
      const said: string[] = []
      await new Promise((r) => setTimeout(r, 300))
      const report = await performTest(load('api', 2.5), {
        config: await loadConfig({ file, env: {} }),
        outputDir: await tempDir(),
        observer,
        log: (l) => said.push(l),
        watch: { pid: service.pid!, watched: 'watch_pid', label: '--watch-pid' }
      })
      const r = report.saved.document.resources!
      expect(r).toMatchObject({
        source: 'proc',
        pid: service.pid,
        watched: 'watch_pid',
        command: 'node',
        processes: 1
      })
      expect(r.samples.length).toBeGreaterThanOrEqual(2)
      expect(r.peak_rss_bytes).toBeGreaterThan(30e6)
      expect(observer.calls).toContain('resources')
      expect(said[0]).toMatch(
        new RegExp(`^perf-gate: sampling the memory and CPU of pid ${service.pid} \\(node\\)`)
      )
      // 2.5 s is too short to fit a trend: the threshold says so, a warning, not a pass
      expect(report.saved.document.thresholds.rss_growth_per_hour).toMatchObject({
        status: 'warning',
        not_judged: {
          reason: expect.stringMatching(
            /^too few samples after the warm-up .*: \d samples, 10 needed; run longer$/
          )
        }
      })
      expect(report.outcome.reasons).toContainEqual(
        expect.objectContaining({ kind: 'not_judged', decides: false })
      )
    } finally {
      service.kill('SIGKILL')
    }
  })

  it('a --watch-pid naming no process: refused before anything is touched, nothing written', async () => {
    const out = await tempDir()
    const before = server.received['/fast'] ?? 0
    await expect(
      performTest(load('api'), {
        config,
        outputDir: out,
        watch: { pid: 4_194_303, watched: 'watch_pid', label: '--watch-pid' }
      })
    ).rejects.toThrow('--watch-pid: no process 4194303 is running: give the pid of the running service')
    expect(await readdir(out)).toEqual([])
    expect(server.received['/fast'] ?? 0).toBe(before)
  })
})
