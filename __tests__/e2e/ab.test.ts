import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { compareSlices, headline, type Window } from '../../src/gate/compare.js'
import { writeTestConfig } from '../helpers/cli-run-dir.js'
import { runCli, tempDir } from '../helpers/run-cli.js'

/**
 * `perf-gate ab` as a pull request's job would run it: the base branch and
 * the PR side by side, here two local servers answering in 20 ms and 30 ms
 * (a gap wide enough that a busy CI machine still decides it in 5 pairs).
 * Each counts the requests it received, so the run's figures can be checked.
 */
interface Side {
  url: string
  received: number
  /** when each request arrived (ms) */
  arrivals: number[]
  close(): Promise<void>
}

async function serve(delayMs: number): Promise<Side> {
  const side = { received: 0, arrivals: [] as number[] } as Side
  const server: Server = createServer((req, res) => {
    if (!String(req.headers['user-agent']).includes('preflight')) {
      side.received++
      side.arrivals.push(Date.now())
    }
    setTimeout(() => res.end('ok'), delayMs)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  side.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  side.close = () => new Promise<void>((r) => server.close(() => r()))
  return side
}

let a: Side
let a2: Side
let b: Side
let cfg: string
beforeAll(async () => {
  ;[a, a2, b] = await Promise.all([serve(20), serve(20), serve(30)])
  // the service's own base_url is replaced by --a-url / --b-url
  cfg = await writeTestConfig({ api: { baseUrl: 'http://127.0.0.1:9', endpoints: ['/items'] } })
})
afterAll(async () => {
  await Promise.all([a.close(), a2.close(), b.close()])
})

const ab = (aUrl: string, bUrl: string, out: string, extra: string[] = []) =>
  runCli(
    [
      'ab',
      'api',
      '--config',
      cfg,
      '--a-url',
      aUrl,
      '--b-url',
      bUrl,
      '--users',
      '4',
      '--duration',
      '10',
      '--slice',
      '1',
      '--output-dir',
      out,
      '--json',
      ...extra
    ],
    { timeoutMs: 60_000 }
  )

describe('perf-gate ab', () => {
  it('20 ms vs 30 ms: a regression, from 5 pairs of alternating slices; both sides recorded in one run directory', async () => {
    const out = await tempDir()
    const before = { a: a.received, b: b.received }
    const run = await ab(a.url, b.url, out)
    expect(run.code).toBe(1)
    const res = JSON.parse(run.stdout)
    expect(res.comparison).toMatchObject({
      method: 'paired_slices',
      verdict: 'regression',
      windows: { baseline: 5, current: 5 }
    })
    const median = res.comparison.metrics.find((m: { metric: string }) => m.metric === 'median_response_time')
    expect(median.verdict).toBe('regression')
    expect(median.change).toBeGreaterThan(0.2)
    expect(median.ci_low).toBeGreaterThan(0.1)
    // each side's report counts exactly what its server received
    const [dir] = await readdir(out)
    expect(dir).toMatch(/^ab_test_api_\d{8}_\d{6}$/)
    const mb = JSON.parse(await readFile(join(out, dir, 'metrics.json'), 'utf8'))
    const ma = JSON.parse(await readFile(join(out, dir, 'baseline', 'metrics.json'), 'utf8'))
    expect(mb.total_requests).toBe(b.received - before.b)
    expect(ma.total_requests).toBe(a.received - before.a)
    // each side ran half the time: its throughput is over its own 5 s, not the whole 10
    expect(ma.total_duration).toBeGreaterThan(4.5)
    expect(ma.total_duration).toBeLessThan(6)
    expect(ma.timeseries.length).toBeLessThanOrEqual(6)
    expect(mb.baseline.comparison.method).toBe('paired_slices')
    expect(mb.baseline.run).toContain(a.url)
    // the pairs as the comparison read them: the library re-judges them to the same verdict
    const pairs = mb.baseline.slice_pairs as { a: Window; b: Window }[]
    expect(pairs).toHaveLength(5)
    expect(pairs.reduce((t, p) => t + p.a.requests, 0)).toBe(ma.total_requests)
    expect(pairs.reduce((t, p) => t + p.b.requests, 0)).toBe(mb.total_requests)
    const again = compareSlices(
      pairs.map((p) => ({ baseline: p.a, current: p.b })),
      {
        baseline: headline(ma),
        current: headline(mb)
      }
    )
    res.comparison.metrics.forEach((m: { verdict: string; ci_low: number }, i: number) => {
      expect(again.metrics[i].verdict).toBe(m.verdict)
      // the saved windows are rounded to the µs
      expect(again.metrics[i].ci_low).toBeCloseTo(m.ci_low, 2)
    })
    const csvA = (await readFile(join(out, dir, 'baseline', 'results.csv'), 'utf8')).trim().split('\n')
    expect(csvA.length - 1).toBe(ma.total_requests)
    const summary = await readFile(join(out, dir, 'summary.md'), 'utf8')
    expect(summary).toContain('pairs of A/B slices')
    expect(run.stderr).toMatch(/slice 1\/10 A: .* slice 2\/10 B: .* slice 3\/10 B: .* slice 4\/10 A:/s)
  })

  it('ab.max_duration 30 in the config, --duration 10: looks after each 10 s of slices until decided, each at its boundary, and says so', async () => {
    const out = await tempDir()
    // the config's cap, as --max-duration 30 would set it (the flag's own parsing: sequential.test)
    const looksConfig = join(out, 'looks.yml')
    await writeFile(looksConfig, (await readFile(cfg, 'utf8')) + '\nab: { max_duration: 30 }\n')
    const run = await ab(a.url, b.url, join(out, 'runs'), ['--config', looksConfig])
    const res = JSON.parse(run.stdout)
    expect([run.code, res.comparison.verdict]).toEqual([1, 'regression'])
    const looks = res.comparison.looks
    expect(looks).toMatchObject({ planned: 3, stopped: 'decided' })
    expect(looks.design).toMatch(/O'Brien–Fleming/)
    // the boundaries of three looks: C(3) = 2.004 · √(3/k)
    expect(looks.levels.map((l: number) => +l.toFixed(4))).toEqual([0.9995, 0.9859, 0.9549])
    // as many pairs as the looks made, and the interval at the last look's level
    expect(res.comparison.windows.baseline).toBe(5 * looks.made)
    expect(res.comparison.level).toBeCloseTo(looks.levels[looks.made - 1], 6)
    if (looks.made > 1) expect(run.stderr).toContain('look 1 of 3: inconclusive, going on')
    const [dir] = await readdir(join(out, 'runs'))
    const summary = await readFile(join(out, 'runs', dir, 'summary.md'), 'utf8')
    expect(summary).toContain(`Looked ${looks.made} of 3 times`)
  }, 90_000)

  it('--pairing duet: both sides at once, slice beside slice; a regression from 10 pairs in 10 s', async () => {
    const out = await tempDir()
    const before = { a: a.arrivals.length, b: b.arrivals.length }
    const run = await ab(a.url, b.url, out, ['--pairing', 'duet'])
    expect(run.code).toBe(1)
    const res = JSON.parse(run.stdout)
    expect(res.comparison).toMatchObject({ verdict: 'regression', windows: { baseline: 10, current: 10 } })
    expect(run.stderr).toContain('10 pairs of 1 s slices side by side (duet), 4 users on each side')
    // the servers' own clocks: while A was loaded, so was B (alternating, hardly ever)
    const arrivalsA = a.arrivals.slice(before.a)
    const arrivalsB = b.arrivals.slice(before.b)
    const beside = arrivalsA.filter((t) => arrivalsB.some((u) => Math.abs(u - t) <= 50)).length
    expect(beside / arrivalsA.length).toBeGreaterThan(0.9)
    const [dir] = await readdir(out)
    const mb = JSON.parse(await readFile(join(out, dir, 'metrics.json'), 'utf8'))
    const ma = JSON.parse(await readFile(join(out, dir, 'baseline', 'metrics.json'), 'utf8'))
    expect([ma.total_requests, mb.total_requests]).toEqual([arrivalsA.length, arrivalsB.length])
    // each side had the whole run, not half of it
    expect(ma.total_duration).toBeGreaterThan(9)
    expect(mb.config.ab).toEqual({ side: 'B', slice: 1, pairing: 'duet' })
    expect(mb.baseline.run).toContain('10 pairs of 1 s slices, side by side (duet)')
    const html = await readFile(join(out, dir, 'report.html'), 'utf8')
    expect(html).toContain(
      '<code>A/B test, side B (side A in baseline/), 1 s slices side by side (duet)</code>'
    )
  })

  it('the same service on both sides: no regression, exit 0', async () => {
    const out = await tempDir()
    const run = await ab(a.url, a2.url, out)
    const res = JSON.parse(run.stdout)
    for (const m of res.comparison.metrics) expect(m.verdict).not.toBe('regression')
    expect(run.code).toBe(0)
  })

  it('reads as an A/B test everywhere: terminal, metrics.json, report.html, summary.md and `summary`', async () => {
    const out = await tempDir()
    const args = ['ab', 'api', '--config', cfg, '--a-url', a.url, '--b-url', b.url, '--output-dir', out]
    const run = await runCli([...args, '--users', '2', '--duration', '5', '--slice', '0.5'], {
      timeoutMs: 60_000
    })
    expect(run.code).toBe(1)
    // the terminal: named an A/B test, both sides, the comparison, and that thresholds gate nothing by default
    expect(run.stdout).not.toMatch(/load test/)
    expect(run.stdout).toMatch(
      /^A\/B test api( \([0-9a-f]{7}( on \S+)?\))?: 2 users on each side in 0\.5 s slices, \d+(\.\d)? s of load on each$/m
    )
    expect(run.stdout).toMatch(new RegExp(`^  A ${a.url}: [\\d,]+ requests`, 'm'))
    expect(run.stdout).toMatch(new RegExp(`^  B ${b.url}: [\\d,]+ requests`, 'm'))
    expect(run.stdout).toContain(
      "B's thresholds, for information: an A/B run is judged by the comparison (--fail-on never"
    )
    expect(run.stdout).toMatch(/^A\/B: REGRESSION {3}Verdict: FAIL/m)
    expect(run.stdout.indexOf('B against A')).toBeLessThan(run.stdout.indexOf("B's thresholds"))
    expect(run.stderr).toContain('thresholds for information (--fail-on never)')
    const [dir] = await readdir(out)
    const mb = JSON.parse(await readFile(join(out, dir, 'metrics.json'), 'utf8'))
    const ma = JSON.parse(await readFile(join(out, dir, 'baseline', 'metrics.json'), 'utf8'))
    expect([mb.schema_version, mb.mode, mb.test_name, mb.config.ab]).toEqual([
      2,
      'ab',
      'ab_test_api',
      { side: 'B', slice: 0.5 }
    ])
    expect([ma.mode, ma.config.ab]).toEqual(['ab', { side: 'A', slice: 0.5 }])
    expect(mb.baseline.a_per_endpoint).toEqual(ma.per_endpoint)
    // report.html: the comparison first and in the badge; A and B side by side
    const html = await readFile(join(out, dir, 'report.html'), 'utf8')
    expect(html).not.toMatch(/load test/)
    expect(html).toContain('<p class="eyebrow">perf-gate · A/B test</p>')
    expect(html).toMatch(
      /<span class="badge-label">B against A<\/span>\s*<span class="badge-value">REGRESSION<\/span>/
    )
    expect(html.indexOf('id="baseline"')).toBeLessThan(html.indexOf('id="thresholds"'))
    expect(html).toContain('<h2>Thresholds of B</h2>')
    expect(html).toContain('<div class="card-label">B · p95</div>')
    expect(html).toContain('<th class="num">Requests A</th><th class="num">Requests B</th>')
    expect(html).toMatch(
      /<td><code>GET \/items<\/code><\/td><td class="num">[\d,]+<\/td><td class="num">[\d,]+<\/td>/
    )
    const latency = html.slice(html.indexOf('id="chart-latency"'), html.indexOf('id="chart-throughput"'))
    expect(latency.match(/<path class="line s\d"/g)).toHaveLength(2)
    expect(latency).toContain('pair of 0.5 s slices')
    expect(html).toContain('<code>A/B test, side B (side A in baseline/), 0.5 s slices</code>')
    const md = await readFile(join(out, dir, 'summary.md'), 'utf8')
    expect(md).toMatch(/^### 📉 \*\*REGRESSION\*\* \(B against A; exit verdict FAIL\) · api A\/B test$/m)
    // the comparison names its sides A and B, not baseline and current
    expect(md).toContain('**B against A** (A http://')
    expect(md).toMatch(/\| Metric +\| A +\| B +\| Change/)
    expect(html).toContain('<th class="num">A</th><th class="num">B</th>')
    // `perf-gate report` regenerates the same page from metrics.json alone
    const again = await runCli(['report', join(out, dir)])
    expect(again.code).toBe(0)
    expect(await readFile(join(out, dir, 'report.html'), 'utf8')).toBe(html)
    // a load test of the same service beside it: `summary` keeps the A/B run out of the load trend
    const load = await runCli([
      'load',
      'api',
      '--config',
      cfg,
      '--base-url',
      a.url,
      '--users',
      '1',
      '--duration',
      '1',
      '--output-dir',
      out
    ])
    expect([0, 1]).toContain(load.code)
    const sum = await runCli(['summary', out, '--json'])
    const modes = JSON.parse(sum.stdout).runs.map((r: { mode: string; warnings?: string[] }) => [
      r.mode,
      r.warnings
    ])
    expect(modes.sort()).toEqual([
      ['ab', undefined],
      ['load', undefined]
    ])
  })

  it.each([
    ['no --b-url', ['--a-url', 'http://127.0.0.1:1'], /^perf-gate: --b-url: is required/],
    [
      'the same URL twice',
      ['--a-url', 'http://127.0.0.1:1', '--b-url', 'http://127.0.0.1:1'],
      /^perf-gate: --b-url: must differ from --a-url/
    ],
    [
      'too short for ten slices',
      ['--a-url', 'http://127.0.0.1:1', '--b-url', 'http://127.0.0.1:2', '--duration', '5', '--slice', '1'],
      /^perf-gate: --duration: must hold at least 10 slices of 1 s \(10 s\)/
    ],
    [
      'a slice shorter than half a second',
      ['--a-url', 'http://127.0.0.1:1', '--b-url', 'http://127.0.0.1:2', '--slice', '200ms'],
      /^perf-gate: --slice: must be at least 500ms: a shorter slice is mostly its own start/
    ]
  ])('bad input (%s): one line, exit 2, nothing written', async (_name, args, message) => {
    const out = join(await tempDir(), 'never')
    const run = await runCli(['ab', 'api', '--config', cfg, '--output-dir', out, ...args])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr.trim()).toMatch(message)
    await expect(readdir(out)).rejects.toThrow()
  })
})
