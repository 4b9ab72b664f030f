import { describe, expect, it } from '@jest/globals'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SessionStats } from '../../src/engine/session/session-stats.js'
import { calculateMetrics } from '../../src/metrics/calculate.js'
import { mergeableRun } from '../../src/metrics/mergeable-from-run.js'
import { evaluateThresholds } from '../../src/gate/evaluate.js'
import { saveResults } from '../../src/report/files/save.js'
import { fixtureRun } from '../helpers/fixture-run.js'
import { pathToFileURL } from 'node:url'
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js'

/**
 * `perf-gate merge` on shard run directories as four CI machines would have
 * written them (synthetic records through the real pipeline), run as the
 * built CLI. Real shards of one live target: shards.test.ts.
 */
const THRESHOLDS = {
  p95_response_time: { warning: 2, critical: 5 },
  // the whole makes 4 × 50 req/s: each shard alone is far below it, the merged run above
  requests_per_second: { warning: 150, critical: 100 }
}

/** Shard `index` of 4: 50 req/s for 10 s, the fourth one three times slower. */
async function shard(
  out: string,
  index: number,
  o: {
    service?: string
    of?: number
    users?: number
    startedAtMs?: number
    slowMs?: number
    /** the journeys its virtual users walked (none walked: their tallies only) */
    journeys?: string[]
  } = {}
): Promise<string> {
  const of = o.of ?? 4
  const { result } = fixtureRun({
    service: o.service ?? 'svc',
    thresholds: THRESHOLDS,
    ...(o.startedAtMs ? { startedAtMs: o.startedAtMs } : {}),
    latencyUs: (i) =>
      (o.slowMs ?? 0) * 1000 + (index === 4 ? 3 : 1) * (2000 + ((i * 7919 + index * 31) % 30_000)),
    failEvery: index === 2 ? 50 : 0
  })
  if (o.journeys) result.outcome.sessions = new SessionStats(o.journeys).summary()
  const metrics = calculateMetrics(result)
  const shardThresholds = {
    ...THRESHOLDS,
    requests_per_second: { warning: 150 / of, critical: 100 / of }
  }
  const gate = evaluateThresholds(metrics, shardThresholds)
  const saved = await saveResults(result, metrics, gate, {
    outputDir: join(out, `machine-${index}`),
    // as the examples run shards: only the merged whole is gated
    failOn: 'never',
    mergeable: mergeableRun(
      result,
      metrics,
      { index, of },
      { overall: result.target.thresholds, per_endpoint: {} },
      {
        users: o.users ?? 40,
        duration: 10,
        base_url: result.target.baseUrl,
        endpoints: result.target.endpoints.map((e) => e.name)
      }
    )
  })
  return saved.dir
}

async function docOf(runDir: string) {
  return JSON.parse(await readFile(join(runDir, 'metrics.json'), 'utf8'))
}

describe('perf-gate merge', () => {
  it('four shards: one run directory with the exact counts, one CSV, one gate on the whole', async () => {
    const tmp = await tempDir()
    const dirs = [await shard(tmp, 1), await shard(tmp, 2), await shard(tmp, 3), await shard(tmp, 4)]
    const shards = await Promise.all(dirs.map(docOf))
    const out = join(tmp, 'merged')
    const run = await runCli(['merge', ...dirs, '--output-dir', out, '--json'])
    expect(run.stderr).toContain('perf-gate: merged 4 of 4 shards of load test svc')
    expect(run.code).toBe(0)
    const res = JSON.parse(run.stdout)
    const [dir] = await readdir(out)
    expect(res.report_dir).toBe(join(out, dir))
    const doc = await docOf(join(out, dir))
    const total = shards.reduce((t, s) => t + s.total_requests, 0)
    expect(doc.total_requests).toBe(total)
    expect(doc.failed_requests).toBe(shards.reduce((t, s) => t + s.failed_requests, 0))
    expect(doc.config.shard).toBe('merged 4/4')
    expect(doc.config.users).toBe(40)
    expect(doc.max_response_time).toBe(Math.max(...shards.map((s) => s.max_response_time)))
    // the shards ran side by side: 4 × 50 req/s over the same 10 s
    expect(doc.requests_per_second).toBeCloseTo(200, 0)
    expect(doc.thresholds.requests_per_second.status).toBe('good')
    expect(doc.verdict).toBe('pass')
    // the slow fourth shard's quarter of the requests lifts the whole's p95: no averaging would give it
    const slowest = Math.max(...shards.map((s) => s.p95_response_time))
    expect(doc.p95_response_time).toBeGreaterThan(slowest * 0.5)
    const csv = (await readFile(join(out, dir, 'results.csv'), 'utf8')).trim().split('\n')
    expect(csv[0]).toMatch(/^timestamp,endpoint,/)
    expect(csv.filter((l) => l.startsWith('timestamp,'))).toHaveLength(1)
    expect(csv.length - 1).toBe(total)
    for (const f of ['report.html', 'report.css', 'summary.md', 'junit.xml'])
      expect((await readdir(join(out, dir))).includes(f)).toBe(true)
    const summary = await readFile(join(out, dir, 'summary.md'), 'utf8')
    expect(summary).toContain('PASS')
    // every view says it is a merge, not one machine's run
    expect(summary).toContain('Merged from 4 of 4 shards run at once')
    expect(res.metrics_file).toBe(join(out, dir, 'metrics.json'))
  })

  it('the library merges as the CLI does (dist/lib.js mergeShardRuns, a folder of shards)', async () => {
    const tmp = await tempDir()
    for (const i of [1, 2, 3, 4]) await shard(tmp, i)
    const lib = (await import(
      pathToFileURL(join(ROOT, 'dist/lib.js')).href
    )) as typeof import('../../src/index.js')
    const dirs = await lib.expandRunDirs([tmp], 'runs')
    // each machine-N folder holds one run directory
    expect(dirs).toHaveLength(4)
    const r = await lib.mergeShardRuns(dirs, { outputDir: join(tmp, 'merged') })
    expect([r.exitCode, r.shards, r.saved.document.config.shard]).toEqual([
      0,
      { merged: 4, of: 4 },
      'merged 4/4'
    ])
  })

  it('a shard missing: the merged run is partial, says which, exit 3', async () => {
    const tmp = await tempDir()
    const dirs = [await shard(tmp, 1), await shard(tmp, 3), await shard(tmp, 4)]
    const out = join(tmp, 'merged')
    const run = await runCli(['merge', ...dirs, '--output-dir', out, '--json'])
    expect(run.code).toBe(3)
    const doc = await docOf(join(out, (await readdir(out))[0]))
    expect(doc.partial).toBe(true)
    expect(doc.abort_reason).toContain('shard 2 of 4 not given')
    expect(run.stderr).toContain('Partial results: shard 2 of 4 not given')
  })

  it('the merged gate fails the run (critical by default, whatever the shards ran with), exit 1', async () => {
    const tmp = await tempDir()
    // the shards ran with fail-on never, as the examples do: only the whole is gated
    const dirs = await Promise.all([1, 2, 3, 4].map((i) => shard(tmp, i, { slowMs: 6000 })))
    for (const d of dirs) expect((await docOf(d)).fail_on).toBe('never')
    const out = join(tmp, 'merged')
    const run = await runCli(['merge', ...dirs, '--output-dir', out, '--json'])
    expect(run.code).toBe(1)
    const doc = await docOf(join(out, (await readdir(out))[0]))
    expect(doc.thresholds.p95_response_time.status).toBe('critical')
    expect(doc.verdict).toBe('fail')
    expect(doc.fail_on).toBe('critical')
    const never = await runCli(['merge', ...dirs, '--output-dir', join(tmp, 'never'), '--fail-on', 'never'])
    expect(never.code).toBe(0)
  })

  it('shards that did not run together: the merged run is partial and says so, exit 3', async () => {
    const tmp = await tempDir()
    const t0 = Date.UTC(2026, 10, 26, 12, 0, 0)
    const dirs = [
      await shard(tmp, 1, { startedAtMs: t0 }),
      await shard(tmp, 2, { startedAtMs: t0 + 400 }),
      // re-run alone an hour later
      await shard(tmp, 3, { startedAtMs: t0 + 3_600_000 }),
      await shard(tmp, 4, { startedAtMs: t0 })
    ]
    const out = join(tmp, 'merged')
    const run = await runCli(['merge', ...dirs, '--output-dir', out])
    expect(run.code).toBe(3)
    const doc = await docOf(join(out, (await readdir(out))[0]))
    expect(doc.abort_reason).toMatch(/the shards started 3600\.0 s apart .*did not load the service together/)
  })

  it.each([
    [
      'shards of another test',
      async (tmp: string) => [await shard(tmp, 1), await shard(tmp, 2, { users: 80 })],
      /is not a shard of the same test: users 80, not 40/
    ],
    ['not a shard', async (tmp: string) => [(await saveFixture(tmp)).dir], /was not run as a shard/],
    [
      'the same shard twice',
      async (tmp: string) => {
        const d = await shard(tmp, 1)
        return [d, d]
      },
      /shard 1\/4 is given twice/
    ],
    [
      'another service',
      async (tmp: string) => [await shard(tmp, 1), await shard(tmp, 2, { service: 'other' })],
      /is not a shard of the same test: service other, not svc/
    ],
    [
      'another split',
      async (tmp: string) => [await shard(tmp, 1), await shard(tmp, 2, { of: 2 })],
      /is not a shard of the same test: shards 2, not 4/
    ],
    [
      'other journeys',
      async (tmp: string) => [
        await shard(tmp, 1, { journeys: ['browse', 'buy'] }),
        await shard(tmp, 2, { journeys: ['browse'] })
      ],
      /is not a shard of the same test: journeys browse, not browse, buy/
    ],
    ['no such directory', async (tmp: string) => [join(tmp, 'nope')], /nope does not exist/]
  ])('bad input (%s): one line, exit 2, nothing written', async (_name, make, message) => {
    const tmp = await tempDir()
    const dirs = await make(tmp)
    const out = join(tmp, 'merged')
    const run = await runCli(['merge', ...dirs, '--output-dir', out])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(message)
    await expect(readdir(out)).rejects.toThrow()
  })
})

async function saveFixture(tmp: string) {
  const { result } = fixtureRun()
  const metrics = calculateMetrics(result)
  return saveResults(result, metrics, evaluateThresholds(metrics, {}), { outputDir: join(tmp, 'plain') })
}
