import { beforeAll, describe, expect, it } from '@jest/globals'
import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli, tempDir } from '../helpers/run-cli.js'
import { editDoc, shardRun } from '../helpers/shard-run.js'

/**
 * Issue 29, items 9–12: run directories that other jobs wrote, read back by
 * `merge`, `compare`, `summary --html`, `report` and `--baseline`, are
 * untrusted. Each hostile file is named (path, field) on one line with exit 2
 * (or skipped with a warning by `summary`): never a stack trace, never
 * gigabytes, never a hang. The built CLI, each run with a hard timeout.
 */
const HARD_TIMEOUT_MS = 20_000
const DAY_MS = 86_400_000

type Doc = Record<string, any>

let base: string
let shards: [string, string]

beforeAll(async () => {
  base = await tempDir('perf-gate-hostile-')
  shards = [await shardRun(base, 1), await shardRun(base, 2)]
})

/** Fresh copies of the two shards, the second edited by `change`. */
async function hostileShards(change: (doc: Doc) => void): Promise<{ tmp: string; dirs: string[] }> {
  const tmp = await tempDir('perf-gate-hostile-case-')
  const dirs = [join(tmp, 'one'), join(tmp, 'two')]
  await cp(shards[0], dirs[0], { recursive: true })
  await cp(shards[1], dirs[1], { recursive: true })
  await editDoc(dirs[1], change)
  return { tmp, dirs }
}

function expectOneLineRefusal(run: { code: number | null; stderr: string }, field: RegExp): void {
  expect(run.stderr).not.toMatch(/^ {4}at /m)
  expect(run.code).toBe(2)
  expect(run.stderr.trim().split('\n')).toHaveLength(1)
  expect(run.stderr).toMatch(field)
}

const TRUNCATED = (doc: Doc): void => {
  doc.mergeable.latency.hdr = doc.mergeable.latency.hdr.slice(0, 30)
}

describe('merge refuses hostile shards (exit 2, one line naming the file and field)', () => {
  it.each<[string, (doc: Doc) => void, RegExp]>([
    ['9: a truncated histogram', TRUNCATED, /two[/\\]metrics\.json: mergeable\.latency\.hdr/],
    [
      '9: a garbage histogram',
      (d) => (d.mergeable.endpoints[0].latency.hdr = '!!! not base64 at all'),
      /mergeable\.endpoints\[0\]\.latency\.hdr/
    ],
    [
      '9: a base64 histogram that is not one',
      (d) => (d.mergeable.seconds[1].hdr = Buffer.from('hello world, no histogram').toString('base64')),
      /mergeable\.seconds\[1\]\.hdr/
    ],
    ['9: a null histogram', (d) => (d.mergeable.latency.hdr = null), /mergeable\.latency\.hdr/],
    [
      '9: an error message without a type',
      (d) => (d.mergeable.error_messages = [{ message: 'x', count: 1 }]),
      /mergeable\.error_messages\[0\]\.type/
    ],
    ['10: a count of 1e308', (d) => (d.mergeable.latency.count = 1e308), /mergeable\.latency\.count/],
    ['10: a count of -5', (d) => (d.mergeable.latency.count = -5), /mergeable\.latency\.count/],
    [
      '10: a negative status count',
      (d) => (d.mergeable.status_codes['200'] = -99999999),
      /mergeable\.status_codes\.200/
    ],
    [
      '10: counts that disagree',
      (d) => (d.mergeable.endpoints[0].requests += 1000),
      /mergeable\.endpoints.*requests/
    ],
    [
      '11: a second far outside the run (at + 1e6 s)',
      (d) => (d.mergeable.seconds[0].at += 1e6),
      /mergeable\.seconds\[0\]\.at/
    ],
    [
      '11: a second far outside the run (at + 1e9 s)',
      (d) => (d.mergeable.seconds[0].at += 1e9),
      /mergeable\.seconds\[0\]\.at/
    ]
  ])('%s', async (_name, change, field) => {
    const { tmp, dirs } = await hostileShards(change)
    const out = join(tmp, 'merged')
    const run = await runCli(['merge', ...dirs, '--output-dir', out], { timeoutMs: HARD_TIMEOUT_MS })
    expect(run.signal).toBeNull()
    expectOneLineRefusal(run, field)
    await expect(readdir(out)).rejects.toThrow()
  })

  it('11: a shard whose clock is 30 days off is refused before any series is built', async () => {
    const shift = 30 * DAY_MS
    const { tmp, dirs } = await hostileShards((d) => {
      const m = d.mergeable
      m.started_ms += shift
      m.ended_ms += shift
      for (const s of m.seconds) s.at += shift / 1000
    })
    const out = join(tmp, 'merged')
    const t0 = Date.now()
    const run = await runCli(['merge', ...dirs, '--output-dir', out], { timeoutMs: HARD_TIMEOUT_MS })
    expectOneLineRefusal(run, /started 30(\.0)? days apart/)
    expect(Date.now() - t0).toBeLessThan(10_000)
    await expect(readdir(out)).rejects.toThrow()
  })
})

describe('compare, report and --baseline refuse a malformed metrics.json', () => {
  const BAD: [string, (d: Doc) => void, RegExp][] = [
    ['p95 "<b>"', (d) => (d.p95_response_time = '<b>'), /metrics\.json: p95_response_time/],
    ['timeseries "x"', (d) => (d.timeseries = 'x'), /metrics\.json: timeseries/],
    ['timeseries [null]', (d) => (d.timeseries = [null]), /metrics\.json: timeseries\[0\]/],
    ['total_requests 1e308', (d) => (d.total_requests = 1e308), /metrics\.json: total_requests/]
  ]

  it.each(BAD)('12: compare with %s', async (_name, change, field) => {
    const { dirs } = await hostileShards(change)
    const run = await runCli(['compare', dirs[0], dirs[1]], { timeoutMs: HARD_TIMEOUT_MS })
    expectOneLineRefusal(run, field)
  })

  it.each(BAD)('12: report with %s', async (_name, change, field) => {
    const { dirs } = await hostileShards(change)
    const run = await runCli(['report', dirs[1]], { timeoutMs: HARD_TIMEOUT_MS })
    expectOneLineRefusal(run, field)
  })

  it('a metrics.json of arrays nested 5 million deep (10 MB) is refused by a scan, not parsed into gigabytes', async () => {
    const { dirs } = await hostileShards(() => undefined)
    await writeFile(join(dirs[1], 'metrics.json'), '['.repeat(5e6) + ']'.repeat(5e6))
    const t0 = Date.now()
    const run = await runCli(['compare', dirs[0], dirs[1]], { timeoutMs: HARD_TIMEOUT_MS })
    expectOneLineRefusal(run, /metrics\.json nests deeper than 64 levels/)
    expect(Date.now() - t0).toBeLessThan(10_000)
  })

  it('12: --baseline with a malformed run is refused before any load', async () => {
    const { dirs } = await hostileShards((d) => (d.timeseries = [null]))
    const run = await runCli(
      ['load', 'http://127.0.0.1:9/', '--duration', '1', '--baseline', dirs[1], '--output-dir', dirs[0]],
      { timeoutMs: HARD_TIMEOUT_MS }
    )
    expectOneLineRefusal(run, /--baseline: .*metrics\.json: timeseries\[0\]/)
  })
})

describe('summary --html skips a malformed run with a warning, the others still make the page', () => {
  it.each<[string, (d: Doc) => void]>([
    ['p95 "<b>"', (d) => (d.p95_response_time = '<b>')],
    ['timeseries "x"', (d) => (d.timeseries = 'x')],
    ['timeseries [null]', (d) => (d.timeseries = [null])]
  ])('12: %s', async (_name, change) => {
    const { tmp, dirs } = await hostileShards(change)
    const reports = join(tmp, 'reports')
    for (const d of dirs)
      await cp(d, join(reports, d.split(/[/\\]/).pop()!.replace(/^/, 'load_test_')), {
        recursive: true
      })
    const run = await runCli(['summary', reports, '--html'], { timeoutMs: HARD_TIMEOUT_MS })
    expect(run.stderr).not.toMatch(/^ {4}at /m)
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/skipped load_test_two: .*metrics\.json: (p95_response_time|timeseries)/)
    expect(run.stdout).toMatch(/Trends: /)
    const page = await readFile(join(reports, 'trends.html'), 'utf8')
    expect(page).not.toContain('<b>')
  })
})
