import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { writeTestConfig } from '../helpers/cli-run-dir.js'
import { runCli, tempDir } from '../helpers/run-cli.js'

/**
 * The endpoint mix of an A/B run, counted by the servers: a slow service
 * (150 ms) and short slices, where each slice used to start every connection
 * at the head of the endpoint cycle, so /a got twice what /b and /c got.
 */
interface Counting {
  url: string
  byPath: Map<string, number>
  close(): Promise<void>
}

async function countingServer(delayMs: number): Promise<Counting> {
  const byPath = new Map<string, number>()
  const server: Server = createServer((req, res) => {
    if (!String(req.headers['user-agent']).includes('preflight'))
      byPath.set(req.url ?? '', (byPath.get(req.url ?? '') ?? 0) + 1)
    setTimeout(() => res.end('ok'), delayMs)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    byPath,
    close: () => new Promise<void>((r) => server.close(() => r()))
  }
}

let a: Counting
let b: Counting
let cfg: string
beforeAll(async () => {
  ;[a, b] = await Promise.all([countingServer(150), countingServer(150)])
  cfg = await writeTestConfig({
    api: { baseUrl: 'http://127.0.0.1:9', endpoints: ['/a', '/b', '/c'] }
  })
})
afterAll(async () => {
  await Promise.all([a.close(), b.close()])
})

/** Each path's share of what the server received, against the weights 1:1:1. */
function expectMix(byPath: Map<string, number>): void {
  const counts = ['/a', '/b', '/c'].map((p) => byPath.get(p) ?? 0)
  const total = counts.reduce((x, y) => x + y, 0)
  expect(total).toBeGreaterThan(20)
  // one request per connection may still be in flight at a slice's end: ±2 of the weights' share
  for (const n of counts) expect(Math.abs(n - total / 3)).toBeLessThanOrEqual(2)
}

/** `perf-gate ab` on the two counting servers, 2 users, their counts cleared first. */
async function abRun(extra: string[]): ReturnType<typeof runCli> {
  a.byPath.clear()
  b.byPath.clear()
  const out = await tempDir()
  return runCli(
    [
      'ab',
      'api',
      '--config',
      cfg,
      '--a-url',
      a.url,
      '--b-url',
      b.url,
      '--users',
      '2',
      '--output-dir',
      out,
      ...extra
    ],
    { timeoutMs: 60_000 }
  )
}

describe('perf-gate ab: the endpoint mix follows the weights whatever the slice length', () => {
  it.each([
    ['0.5', '6'],
    ['1', '10']
  ])('slices of %s s for %s s, 2 users, a 150 ms service', async (slice, duration) => {
    const run = await abRun(['--duration', duration, '--slice', slice, '--quiet'])
    expect(run.stderr).toBe('')
    expect([0, 1]).toContain(run.code)
    expectMix(a.byPath)
    expectMix(b.byPath)
  })
})

describe('perf-gate ab --warmup: each side is warmed up before its first slice, and says so', () => {
  it('sends a warm-up to A and to B, measured by nothing, recorded in both metrics.json', async () => {
    const run = await abRun(['--duration', '5', '--slice', '0.5', '--warmup', '1', '--json'])
    expect([0, 1]).toContain(run.code)
    expect(run.stderr).toContain("2 users, a 1 s warm-up before each side's first slice;")
    const result = JSON.parse(run.stdout) as { report_dir: string; baseline_dir: string }
    for (const [dir, server] of [
      [result.baseline_dir, a],
      [result.report_dir, b]
    ] as const) {
      const doc = JSON.parse(await readFile(join(dir, 'metrics.json'), 'utf8')) as {
        total_requests: number
        config: { warmup?: number }
        warmup?: { total_requests: number; duration: number }
      }
      expect(doc.config.warmup).toBe(1)
      // 2 users on a 150 ms service: about 13 requests a second
      expect(doc.warmup?.total_requests).toBeGreaterThan(5)
      expect(doc.warmup?.duration).toBeGreaterThanOrEqual(0.9)
      const received = [...server.byPath.values()].reduce((x, y) => x + y, 0)
      // the server got the warm-up and the measured requests; the measured figures hold only the latter
      expect(received).toBeGreaterThanOrEqual(doc.total_requests + doc.warmup!.total_requests)
    }
  })
})
