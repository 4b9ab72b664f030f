import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startTargetServer, type TargetServer } from '../helpers/target-server.js'
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js'

// The published entry (dist/lib.js), used the way docs/library.md ("Library: custom test scenarios") shows.
type Lib = typeof import('../../src/index.js')

let server: TargetServer
let lib: Lib

beforeAll(async () => {
  server = await startTargetServer()
  lib = (await import(pathToFileURL(join(ROOT, 'dist/lib.js')).href)) as Lib
})
afterAll(() => server.close())

describe('library API (dist/lib.js)', () => {
  it('loadTest → calculateMetrics → evaluateThresholds → saveResults', async () => {
    const progress: number[] = []
    const result = await lib.loadTest({
      service: {
        name: 'custom_service',
        base_url: server.url,
        headers: { Authorization: 'Bearer lib-token-123' },
        endpoints: [
          { path: '/fast', method: 'POST', body: { a: 1 } },
          { path: '/slow', method: 'GET', weight: 2 }
        ]
      },
      users: 3,
      duration: 1.5,
      onProgress: (s) => progress.push(s.requests)
    })
    const metrics = lib.calculateMetrics(result)
    const gate = lib.evaluateThresholds(metrics, {
      ...lib.DEFAULT_THRESHOLDS,
      p95_response_time: { warning: 0.001, critical: 10 }
    })
    const out = await tempDir()
    const saved = await lib.saveResults(result, metrics, gate, { outputDir: out, testName: 'custom_test' })

    expect(metrics.total_requests).toBe(result.outcome.recorder.length)
    expect(metrics.per_endpoint.map((e) => e.endpoint)).toEqual(['POST /fast', 'GET /slow'])
    expect(gate.checks.find((c) => c.name === 'p95_response_time')?.status).toBe('warning')
    expect(gate.verdict).toBe('warning')
    expect(progress.length).toBeGreaterThanOrEqual(1)
    expect(saved.dir).toMatch(/custom_test_\d{8}_\d{6}$/)
    const csv = (await readFile(saved.csv, 'utf8')).trimEnd().split('\n')
    expect(csv.length - 1).toBe(metrics.total_requests)
    const doc = await readFile(saved.metrics, 'utf8')
    expect(doc).not.toContain('lib-token-123')
    expect(JSON.parse(doc).config.endpoints[0]).toMatchObject({ endpoint: 'POST /fast', has_body: true })
  })

  it('rejects bad options with an InputError naming the option', async () => {
    await expect(lib.loadTest({ service: 'ui_app', users: 0 })).rejects.toThrow(
      'users: must be a whole number from 1 to 10000'
    )
    await expect(
      lib.loadTest({ service: { name: 'x', port: 1, endpoints: [{ path: 'no-slash' }] }, duration: 1 })
    ).rejects.toThrow('service x endpoints[0].path: must start with /')
  })

  it("says the config's notes to the caller's log, and by default as a Node warning", async () => {
    const service = {
      name: 'notes',
      base_url: server.url,
      journeys: [
        {
          name: 'shop',
          steps: [
            { name: 'list', path: '/fast?c={{cursor}}' },
            { name: 'next', path: '/slow', capture: { cursor: '$.next' } }
          ]
        }
      ]
    }
    const said: string[] = []
    await lib.loadTest({ service, users: 1, duration: 0.5, log: (line) => said.push(line) })
    expect(said).toEqual([expect.stringContaining('steps[0].path: {{cursor}} is captured by shop/next')])

    // a program of the user's, as Node runs it: the note on stderr as a warning
    const dir = await tempDir()
    const script = join(dir, 'notes.mjs')
    await writeFile(
      script,
      `import { loadTest } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/lib.js')).href)}\n` +
        `await loadTest({ service: ${JSON.stringify(service)}, users: 1, duration: 0.5 })\n`
    )
    const run = await runCli([], { script, cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(
      /\(node:\d+\) PerfGateWarning: ⚠ services\.notes\.journeys\[0\]\.steps\[0\]\.path: \{\{cursor\}\}/
    )
  })

  it('performTest: the CLI run from code, options and baseline checked before any load', async () => {
    const before = server.received['/fast'] ?? 0
    const config = await lib.loadConfig({ env: {} })
    const out = await tempDir()
    const ui = { service: 'ui_app', baseUrl: server.url, config, outputDir: out }
    await expect(lib.performTest({ ...ui, stress: { maxUsers: 'x' }, mode: 'stress' })).rejects.toThrow(
      'maxUsers: must be a whole number from 1 to 10000 (got "x")'
    )
    await expect(lib.performTest({ ...ui, baseline: join(out, 'none') })).rejects.toThrow(
      `baseline: ${join(out, 'none')} does not exist`
    )
    await expect(lib.loadConfig({ file: join(out, 'none.yml') })).rejects.toThrow(
      `config: file ${join(out, 'none.yml')} does not exist`
    )
    expect(server.received['/fast'] ?? 0).toBe(before)
  })

  it('compareRuns(runWindows(a), runWindows(b)) compares two runs as `compare` does; judgeChange judges an interval', () => {
    // two runs of 30 s, the second 30% slower, each second ±5% around its level
    const run = (f: number) => ({
      median_response_time: 0.02 * f,
      p95_response_time: 0.03 * f,
      requests_per_second: 100 / f,
      error_rate: 0,
      timeseries: Array.from({ length: 30 }, (_, i) => ({
        second: i,
        requests: Math.round(100 / f),
        errors: 0,
        requests_per_second: (100 / f) * (1 + 0.05 * Math.sin(i)),
        p50_response_time: 0.02 * f * (1 + 0.05 * Math.cos(i)),
        p95_response_time: 0.03 * f * (1 + 0.05 * Math.sin(3 * i)),
        p99_response_time: 0.04 * f
      }))
    })
    const same = lib.compareRuns(lib.runWindows(run(1)), lib.runWindows(run(1)))
    expect(same.verdict).toBe('no_change')
    const slower = lib.compareRuns(lib.runWindows(run(1)), lib.runWindows(run(1.3)), {
      tolerances: { p95_response_time: 0.5 }
    })
    const byMetric = Object.fromEntries(slower.metrics.map((m) => [m.metric, m.verdict]))
    expect(byMetric).toEqual({
      median_response_time: 'regression',
      p95_response_time: 'no_change', // +30% is inside a 50% tolerance
      requests_per_second: 'regression',
      error_rate: 'no_change'
    })
    expect(lib.judgeChange({ estimate: 0.2, low: 0.15, high: 0.25 }, 0.1, 'up')).toBe('regression')
    expect(lib.judgeChange({ estimate: 0.2, low: 0.05, high: 0.25 }, 0.1, 'up')).toBe('inconclusive')
  })
})
