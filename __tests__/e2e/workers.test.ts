import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseOutputs, runnerInputEnv } from '../helpers/action-env.js'
import { startCapacityServer } from '../helpers/capacity-server.js'
import { runCliOnce, writeTestConfig } from '../helpers/cli-run-dir.js'
import { NODE24, ROOT, runCli, tempDir } from '../helpers/run-cli.js'
import { startTargetServer, type TargetServer } from '../helpers/target-server.js'

/**
 * `--workers` as users run it: the built CLI, action and library, their
 * worker threads the bundle's own (dist/load-worker.js), run from a folder
 * outside the repository. What the target received is the truth every
 * merged figure is checked against.
 */
let server: TargetServer
let config: string
let outside: string

beforeAll(async () => {
  server = await startTargetServer()
  config = await writeTestConfig({ api: { baseUrl: server.url, endpoints: ['/fast', '/slow'] } })
  outside = await tempDir('perf-gate-workers-cwd-')
})
afterAll(() => server.close())

const received = (): number => Object.values(server.received).reduce((a, b) => a + b, 0)

async function csvRows(runDir: string): Promise<string[]> {
  return (await readFile(join(runDir, 'results.csv'), 'utf8')).trimEnd().split('\n').slice(1)
}

describe('--workers (built CLI)', () => {
  it('2 workers: one run of every request the target received, one CSV, report and gate', async () => {
    const before = received()
    const {
      run,
      runDir,
      metrics: m
    } = await runCliOnce(
      ['load', 'api', '--config', config, '--users', '4', '--duration', '2', '--workers', '2'],
      { cwd: outside }
    )
    expect(run.stderr).toContain('4 users for 2 s on 2 worker threads')
    expect(run.code).toBe(0)
    expect(m.config.workers).toBe(2)
    expect(m.total_requests).toBe(received() - before)
    expect(await csvRows(runDir!)).toHaveLength(m.total_requests)
    expect(m.per_endpoint.map((e: any) => e.endpoint)).toEqual(['GET /fast', 'GET /slow'])
    // the busiest worker's own CPU, not the whole process's
    expect(m.generator.cpu_percent).toBeLessThan(100)
    const html = await readFile(join(runDir!, 'report.html'), 'utf8')
    expect(html).toContain('2 threads, their requests one run')
    expect(await readFile(join(runDir!, 'summary.md'), 'utf8')).toContain('· 2 workers ·')
  })

  it('--rps under workers: exactly R·T requests, evenly spaced, and the rate split', async () => {
    const before = server.received['/fast'] ?? 0
    const cfg = await writeTestConfig({ one: { baseUrl: server.url, endpoints: ['/fast'] } })
    const { run, metrics: m } = await runCliOnce(
      ['load', 'one', '--config', cfg, '--users', '2', '--duration', '2', '--rps', '150', '--workers', '2'],
      { cwd: outside }
    )
    expect(run.code).toBe(0)
    expect((server.received['/fast'] ?? 0) - before).toBe(300)
    expect(m.total_requests).toBe(300)
    expect(m.rate).toMatchObject({ target_rps: 150, dropped_requests: 0 })
  })

  it('stress under workers: every stage’s users in all, and the stop policy judges all workers’ requests', async () => {
    // 10 slots of 80 ms: 20 users get no more throughput than 10
    const capped = await startCapacityServer({ concurrency: 10, serviceMs: 80 })
    try {
      const cfg = await writeTestConfig({ capped: { baseUrl: capped.url, endpoints: ['/work'] } })
      const { run, metrics: m } = await runCliOnce(
        [
          'stress',
          'capped',
          '--config',
          cfg,
          '--max-users',
          '40',
          '--ramp-up',
          '6',
          '--steps',
          '4',
          '--stop-on-break',
          '--fail-on',
          'never',
          '--workers',
          '2'
        ],
        { cwd: outside, timeoutMs: 90_000 }
      )
      expect(run.code).toBe(0)
      expect(m.config.workers).toBe(2)
      expect(m.stages.map((s: any) => s.users)).toEqual([10, 20, 30, 40].slice(0, m.stages.length))
      expect(m.breaking_point).toMatchObject({ reason: 'throughput_plateau' })
      expect(m.stopped_early).toMatch(/stopped after the breaking stage/)
      expect(m.stages.length).toBeLessThan(4)
      expect(m.stages.reduce((a: number, s: any) => a + s.requests, 0)).toBe(m.total_requests)
    } finally {
      await capped.close()
    }
  })

  it('SIGINT: every worker stops, and their partial records are one complete partial run', async () => {
    const before = received()
    const {
      run,
      runDir,
      metrics: m
    } = await runCliOnce(
      ['load', 'api', '--config', config, '--users', '4', '--duration', '30', '--workers', '2'],
      { cwd: outside, onSpawn: (child) => setTimeout(() => child.kill('SIGINT'), 1500) }
    )
    expect(run.code).toBe(3)
    expect(m).toMatchObject({ partial: true, abort_reason: 'stopped by signal' })
    expect(m.total_duration).toBeLessThan(5)
    // a stop cuts the requests in flight, one per user at most, as in one process; all the rest are in
    const lost = received() - before - m.total_requests
    expect(lost).toBeGreaterThanOrEqual(0)
    expect(lost).toBeLessThanOrEqual(4)
    expect(m.total_requests).toBeGreaterThan(50)
    expect(await csvRows(runDir!)).toHaveLength(m.total_requests)
  })

  it.each([
    [
      ['--users', '2', '--workers', '3'],
      '--workers: must be at most --users (2): each worker runs one user at least'
    ],
    [
      ['--workers', 'many'],
      '--workers: must be auto or a whole number of threads from 1 to 256 (got "many")'
    ],
    [['--workers', '0'], '--workers: must be auto or a whole number'],
    [['--users', '4', '--shard', '1/2', '--workers', '3'], '2 on each of 2 shards']
  ])('refuses %j with exit 2, one line naming --workers, nothing sent', async (args, message) => {
    const before = received()
    const { run, runDir } = await runCliOnce(['load', 'api', '--config', config, ...args], { cwd: outside })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(runDir).toBeUndefined()
    expect(received()).toBe(before)
  })

  it('auto on this 2-core machine with a local target: one worker, the other core the target’s', async () => {
    const { run, metrics: m } = await runCliOnce(
      ['load', 'api', '--config', config, '--users', '2', '--duration', '1', '--workers', 'auto'],
      { cwd: outside }
    )
    expect(run.code).toBe(0)
    const { availableParallelism } = await import('node:os')
    const expected = Math.max(1, availableParallelism() - 1)
    expect(m.config.workers).toBe(expected > 1 ? Math.min(expected, 2) : undefined)
  })
})

describe('workers in the action and the library', () => {
  it('the action with input workers: 2 (every other input at its action.yml default), on node24', async () => {
    const work = await tempDir('perf-gate-workers-action-')
    const outputFile = join(work, 'output')
    const summaryFile = join(work, 'summary.md')
    await writeFile(outputFile, '')
    await writeFile(summaryFile, '')
    const before = received()
    const run = await runCli([], {
      script: join(ROOT, 'dist/index.js'),
      node: NODE24,
      cwd: work,
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'acme/shop',
        ...runnerInputEnv(
          { service: 'api', config, users: '4', duration: '1', workers: '2', comment: 'false' },
          { 'github.token': 'ghs_test' }
        )
      }
    })
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.code).toBe(0)
    const outputs = parseOutputs(await readFile(outputFile, 'utf8'))
    const m = JSON.parse(await readFile(outputs['metrics-file'], 'utf8'))
    expect(m.config.workers).toBe(2)
    expect(m.total_requests).toBe(received() - before)
  })

  it('loadTest({ workers: 2 }) from dist/lib.js: one result of both workers’ requests', async () => {
    const lib = (await import(
      pathToFileURL(join(ROOT, 'dist/lib.js')).href
    )) as typeof import('../../src/index.js')
    const before = received()
    const result = await lib.loadTest({
      service: { name: 'svc', base_url: server.url, endpoints: [{ path: '/fast' }] },
      users: 2,
      duration: 1,
      workers: 2
    })
    expect(result.settings.workers).toBe(2)
    expect(result.outcome.recorder.length).toBe(received() - before)
    expect(lib.calculateMetrics(result).total_requests).toBe(result.outcome.recorder.length)
  })
})
