import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { quantilesInPlace } from '../../src/metrics/summary-stats.js'
import { runCli, tempDir } from '../helpers/run-cli.js'
import { startTargetServer, type TargetServer } from '../helpers/target-server.js'

/**
 * Shards as a CI matrix runs them: `load --shard I/2` twice at once against
 * one live target (each machine's share of the users), started together by
 * --start-at, then `perf-gate merge`. The merged figures are checked against
 * what the target received and against all the shards' requests together.
 */
let server: TargetServer
let work: string
let config: string

beforeAll(async () => {
  server = await startTargetServer()
  work = await tempDir('perf-gate-shards-')
  config = join(work, 'perf-gate.yml')
  await writeFile(
    config,
    [
      'services:',
      '  api:',
      `    base_url: ${server.url}`,
      '    endpoints: [{ path: /fast }, { path: /slow }]',
      '    thresholds:',
      // the whole makes far more than 10 req/s; one shard's share of it is judged on 5
      '      requests_per_second: { warning: 10, critical: 2 }',
      ''
    ].join('\n')
  )
})

afterAll(() => server.close())

/** response_time (s) of every row of the run directories' results.csv */
async function csvTimes(dirs: string[]): Promise<Float64Array> {
  const times: number[] = []
  for (const d of dirs) {
    const lines = (await readFile(join(d, 'results.csv'), 'utf8')).trim().split('\n').slice(1)
    for (const l of lines) times.push(Number(l.split(',')[4]))
  }
  return Float64Array.from(times)
}

/** `load … --shard 1/2` and `2/2` at once (4 users for 3 s), started together; each writes to `<prefix>-I`. */
function twoShards(args: string[], prefix: string) {
  // room for two CLIs to start and preflight on a busy 2-core machine before the common start
  const startAt = new Date(Date.now() + 4000).toISOString()
  const shard = (i: number) =>
    runCli(
      [
        'load',
        ...args,
        '--users',
        '4',
        '--duration',
        '3',
        '--shard',
        `${i}/2`,
        '--start-at',
        startAt,
        '--output-dir',
        join(work, `${prefix}-${i}`),
        '--json'
      ],
      { timeoutMs: 60_000 }
    )
  return Promise.all([shard(1), shard(2)])
}

/** `perf-gate merge` of the two shards' run directories: its exit code, --json answer and metrics.json. */
async function mergeShards(prefix: string) {
  const run = await runCli([
    'merge',
    join(work, `${prefix}-1`),
    join(work, `${prefix}-2`),
    '--output-dir',
    join(work, `${prefix}-merged`),
    '--json'
  ])
  const res = JSON.parse(run.stdout)
  const doc = JSON.parse(await readFile(join(res.report_dir, 'metrics.json'), 'utf8'))
  return { code: run.code, res, doc }
}

describe('shards and merge', () => {
  it('two shards at once, merged: exact counts, the percentiles of all requests, one gate', async () => {
    const before = { ...server.received }
    const [one, two] = await twoShards(['api', '--config', config], 'machine')
    expect(one.stderr).toContain('shard 1/2')
    expect(one.stderr).toMatch(/the load starts at .* \(in [1-4] s\)/)
    expect([one.code, two.code]).toEqual([0, 0])
    const runs = [JSON.parse(one.stdout), JSON.parse(two.stdout)]
    const docs = await Promise.all(runs.map(async (r) => JSON.parse(await readFile(r.metrics_file, 'utf8'))))
    // each ran 2 of the 4 users, from the same moment on
    expect(docs.map((d) => d.config.users)).toEqual([2, 2])
    expect(docs.map((d) => d.config.shard)).toEqual(['1/2', '2/2'])
    expect(Math.abs(docs[0].mergeable.started_ms - docs[1].mergeable.started_ms)).toBeLessThan(300)
    // a shard's gate judges its share of the throughput bands; the merged one the whole's
    expect(docs[0].thresholds.requests_per_second).toMatchObject({ warning: 5, critical: 1 })

    const merged = await mergeShards('machine')
    expect(merged.code).toBe(0)
    const { res, doc } = merged
    const received =
      server.received['/fast'] + server.received['/slow'] - (before['/fast'] ?? 0) - (before['/slow'] ?? 0)
    expect(doc.total_requests).toBe(received)
    expect(doc.total_requests).toBe(docs[0].total_requests + docs[1].total_requests)
    expect(doc.config.users).toBe(4)
    expect(doc.thresholds.requests_per_second).toMatchObject({ warning: 10, critical: 2, status: 'good' })
    expect(doc.per_endpoint.map((e: { total_requests: number }) => e.total_requests)).toEqual([
      docs[0].per_endpoint[0].total_requests + docs[1].per_endpoint[0].total_requests,
      docs[0].per_endpoint[1].total_requests + docs[1].per_endpoint[1].total_requests
    ])
    // percentiles of all requests of both machines together, to the histogram's precision
    const all = await csvTimes(runs.map((r) => r.report_dir))
    expect(all.length).toBe(doc.total_requests)
    const us = Uint32Array.from(all, (s) => Math.round(s * 1e6))
    const [p50, p95, p99] = quantilesInPlace(us, [0.5, 0.95, 0.99]).map((v) => v / 1e6)
    expect(Math.abs(doc.median_response_time / p50 - 1)).toBeLessThanOrEqual(0.001)
    expect(Math.abs(doc.p95_response_time / p95 - 1)).toBeLessThanOrEqual(0.001)
    expect(Math.abs(doc.p99_response_time / p99 - 1)).toBeLessThanOrEqual(0.001)
    expect(doc.min_response_time).toBe(Math.min(...docs.map((d) => d.min_response_time)))
    expect(doc.max_response_time).toBe(Math.max(...docs.map((d) => d.max_response_time)))
    // both machines' seconds, side by side: the merged second holds both shares
    const requestsBySecond = doc.timeseries.reduce((t: number, p: { requests: number }) => t + p.requests, 0)
    expect(requestsBySecond).toBe(doc.total_requests)
    expect(doc.timeseries.length).toBeLessThanOrEqual(5)
    const csv = (await readFile(join(res.report_dir, 'results.csv'), 'utf8')).trim().split('\n')
    expect(csv.length - 1).toBe(doc.total_requests)
    expect(await readdir(res.report_dir)).toEqual(
      expect.arrayContaining(['report.html', 'summary.md', 'junit.xml', 'metrics.json'])
    )
  }, 90_000)

  it('a journey run as two shards, merged: iterations and checks add up, one gate on the journey', async () => {
    const journeys = join(work, 'journeys.yml')
    await writeFile(
      journeys,
      [
        'services:',
        '  shop:',
        `    base_url: ${server.url}`,
        // only the journey's own bands gate: a failed check is also a failed request
        '    thresholds: { error_rate: { warning: 50, critical: 90 } }',
        '    journeys:',
        '      - name: member',
        '        steps:',
        '          - { name: login, once: true, method: POST, path: /login, capture: { token: $.token } }',
        '          - name: me',
        '            path: /me',
        "            headers: { authorization: 'Bearer {{token}}' }",
        // every 10th answer of /me fails this: about 90% pass
        '            check: { status: 200, equals: { $.member: true } }',
        '        thresholds:',
        '          p95_journey_duration: { warning: 5s, critical: 10s }',
        '          check_pass_rate: { warning: 99.5%, critical: 99% }',
        ''
      ].join('\n')
    )
    const shards = await twoShards(['shop', '--config', journeys, '--fail-on', 'never'], 'journey')
    expect(shards.map((r) => r.code)).toEqual([0, 0])
    const docs = await Promise.all(
      shards.map(async (r) => JSON.parse(await readFile(JSON.parse(r.stdout).metrics_file, 'utf8')))
    )
    expect(docs.map((d) => d.mergeable.sessions.journeys[0].name)).toEqual(['member', 'member'])

    const { code, doc } = await mergeShards('journey')
    const [j] = doc.journeys
    expect(j.journey).toBe('member')
    expect(j.iterations).toBe(docs[0].journeys[0].iterations + docs[1].journeys[0].iterations)
    expect(j.iterations).toBeGreaterThan(20)
    expect(j).toMatchObject({ steps: ['login', 'me'], once_steps: 1 })
    const sum = (k: 'total' | 'passed' | 'failed') => docs[0].checks[k] + docs[1].checks[k]
    expect([doc.checks.total, doc.checks.passed, doc.checks.failed]).toEqual([
      sum('total'),
      sum('passed'),
      sum('failed')
    ])
    expect(doc.checks.failed).toBeGreaterThan(0)
    expect(
      doc.per_endpoint.map((e: Record<string, unknown>) => [e.endpoint, e.journey, e.step, e.check_pass_rate])
    ).toEqual([
      // the capture counts as a check of its step
      ['member/login', 'member', 'login', 100],
      ['member/me', 'member', 'me', expect.any(Number)]
    ])
    expect(doc.per_endpoint[1].check_pass_rate).toBeLessThan(100)
    // the whole is gated on the journey's bands the shards carried: about 95% of its checks passed
    expect(j.thresholds.check_pass_rate.status).toBe('critical')
    expect(j.thresholds.p95_journey_duration.status).toBe('good')
    expect(doc.verdict).toBe('fail')
    expect(code).toBe(1)
  }, 90_000)

  it.each([
    ['I above N', ['--shard', '3/2'], /^perf-gate: --shard: must be I\/N/],
    ['not I/N', ['--shard', 'half'], /^perf-gate: --shard: must be I\/N/],
    [
      'fewer users than shards',
      ['--shard', '1/4', '--users', '3'],
      /^perf-gate: --users: must be at least the number of shards \(4\)/
    ],
    [
      'a start without its zone',
      ['--shard', '1/2', '--start-at', '2026-11-26T18:00:00'],
      /^perf-gate: --start-at: must be an ISO 8601 time with its zone/
    ],
    [
      'a start without a shard',
      ['--start-at', '2026-11-26T18:00:00Z'],
      /^perf-gate: --start-at: aligns shards: give it with --shard/
    ]
  ])('bad input (%s): one line, exit 2, nothing written', async (_name, args, message) => {
    const out = join(work, 'never')
    const run = await runCli(['load', 'api', '--config', config, '--output-dir', out, ...args])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr.trim()).toMatch(message)
    await expect(readdir(out)).rejects.toThrow()
  })
})
