import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { runCli, tempDir } from '../helpers/run-cli.js'
import { fixtureRun } from '../helpers/fixture-run.js'

// The built CLI keeps a history in a folder of runs, as a main branch's jobs would, and gates a run against it.
let server: Server
let url = ''
let delayMs = 20

beforeAll(async () => {
  server = createServer((_req, res) => void setTimeout(() => res.end('ok'), delayMs))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/items`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

const load = (dir: string, ...extra: string[]) =>
  runCli(['load', url, '--users', '4', '--duration', '4', '--output-dir', dir, '--quiet', ...extra], {
    cwd: join(dir, '..')
  })

describe('--baseline with a folder of earlier runs (a history)', () => {
  it('judges a run against the spread of the last runs of its test, and fails a 50% slowdown', async () => {
    const work = await tempDir('perf-gate-history-')
    const history = join(work, 'history')
    for (let i = 0; i < 3; i++) expect((await load(history)).code).toBe(0)

    // as a main branch's job does: the run judged against the history joins it
    const same = await load(history, '--baseline', history, '--json')
    expect(same.code).toBe(0)
    const first = JSON.parse(same.stdout)
    const sameDoc = JSON.parse(
      await readFile(join(history, first.metrics_file.split('/').slice(-2).join('/')), 'utf8')
    )
    expect(sameDoc.baseline.comparison).toMatchObject({ method: 'run_history', history: { runs: 3 } })
    expect(sameDoc.baseline.run).toMatch(/^3 earlier runs of load_test_\S+ in .*history$/)

    delayMs = 30
    const slower = await load(join(work, 'slower'), '--baseline', history, '--json')
    expect(slower.code).toBe(1)
    const out = JSON.parse(slower.stdout)
    const doc = JSON.parse(
      await readFile(join(work, 'slower', out.metrics_file.split('/').slice(-2).join('/')), 'utf8')
    )
    // the median: a busy machine can widen p95's spread over 3 short runs past what 50% shows
    expect(
      doc.baseline.comparison.metrics.find((m: { metric: string }) => m.metric === 'median_response_time')
    ).toMatchObject({ verdict: 'regression' })
    // the PR comment's text says which runs formed the baseline
    const summary = await readFile(
      join(work, 'slower', out.metrics_file.split('/').slice(-2, -1)[0], 'summary.md'),
      'utf8'
    )
    // four runs, one of them judged against a history itself: read back as any other
    expect(summary).toContain('spread of 4 earlier runs')
  }, 90_000)
})

describe('perf-gate history', () => {
  it('finds where p95 stepped up, names the run and its commit, and writes change-points.json', async () => {
    const folder = await tempDir('perf-gate-history-cp-')
    for (let i = 0; i < 24; i++) {
      // runs a day apart, each ±2% about its level; commit 12 made the service 30% slower
      const level = (i < 12 ? 1 : 1.3) * (1 + 0.02 * Math.sin(i * 2.1))
      const { doc } = fixtureRun({
        startedAtMs: Date.UTC(2026, 10, 1 + i),
        latencyUs: (k) => level * (2000 + ((k * 7919) % 30_000))
      })
      const commit = (i.toString(16).padStart(2, '0') + 'c0ffee').repeat(5)
      const dir = join(folder, `run-${i}`)
      await mkdir(dir)
      await writeFile(
        join(dir, 'metrics.json'),
        JSON.stringify({
          ...doc,
          provenance: {
            ...doc.provenance,
            commit,
            runner: { cpu: 'x', cores: 2, memory_bytes: 1, os: 'linux', node: 'v20' }
          }
        })
      )
    }
    const r = await runCli(['history', folder])
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toContain('svc (load): 24 runs')
    expect(r.stdout).toMatch(/95th percentile\s+load_test_svc 2026-11-13T00:00:00.000Z\s+0cc0ffe/)
    const json = JSON.parse(await readFile(join(folder, 'change-points.json'), 'utf8'))
    const p95 = json.tests[0].changes.find((c: { metric: string }) => c.metric === 'p95_response_time')
    expect(p95).toMatchObject({ index: 12, at: { commit: '0cc0ffee'.repeat(5) } })
    expect(p95.ci_low).toBeGreaterThan(0.2)
    expect(p95.ci_high).toBeLessThan(0.4)
  })
})
