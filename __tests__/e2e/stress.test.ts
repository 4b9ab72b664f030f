import { afterEach, describe, expect, it } from '@jest/globals'
import { startCapacityServer, type CapacityServer } from '../helpers/capacity-server.js'
import { runCliOnce, writeTestConfig, type ServiceSpec } from '../helpers/cli-run-dir.js'

let server: CapacityServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

/** Runs `perf-gate stress` (the built CLI) against `url` and returns metrics.json. */
async function stress(
  url: string,
  args: string[],
  thresholds?: ServiceSpec['thresholds']
): Promise<{ code: number | null; stdout: string; m: any }> {
  const cfg = await writeTestConfig({ capped: { baseUrl: url, endpoints: ['/work'] } }, { thresholds })
  const { run, metrics } = await runCliOnce(['stress', 'capped', '--config', cfg, ...args], {
    timeoutMs: 90_000
  })
  return { code: run.code, stdout: run.stdout, m: metrics }
}

describe('perf-gate stress finds the breaking point of a server with a known capacity', () => {
  it('latency: p95 crosses its critical threshold within one stage of where the queue starts', async () => {
    // 10 requests at a time, 100 ms each: above 10 users some requests wait a whole turn, so p95 jumps to ~200 ms
    // (100 ms of work keeps a busy machine's noise, tens of ms at worst, well inside the margins)
    server = await startCapacityServer({ concurrency: 10, serviceMs: 100 })
    const { m, stdout } = await stress(
      server.url,
      ['--max-users', '40', '--ramp-up', '8', '--steps', '8', '--fail-on', 'never'],
      { p95_response_time: { warning: '120ms', critical: '150ms' } }
    )
    expect(m.mode).toBe('stress')
    // the schedule (k+1)·40/8, up to where the ramp ended
    expect(m.stages.map((s: any) => s.users)).toEqual(
      [5, 10, 15, 20, 25, 30, 35, 40].slice(0, m.stages.length)
    )
    // the truth: at 15 users, 5 requests queue behind 10 slots, p95 ≈ 200 ms ≥ 150 ms
    expect(m.breaking_point.reason).toBe('p95_response_time')
    expect(Math.abs(m.breaking_point.users - 15)).toBeLessThanOrEqual(5)
    expect(m.max_sustainable.users).toBe(m.breaking_point.users - 5)
    expect(stdout).toContain(`Breaking point at ${m.breaking_point.users} users`)
    // default policy: two critical stages in a row end the ramp early
    expect(m.stopped_early).toMatch(/two consecutive critical stages/)
    expect(m.stages.length).toBeLessThan(8)
  })

  it('throughput knee: more users, no more requests per second', async () => {
    // 10 slots of 80 ms each: at most 125 req/s however many users come
    server = await startCapacityServer({ concurrency: 10, serviceMs: 80 })
    const { m } = await stress(server.url, [
      '--max-users',
      '40',
      '--ramp-up',
      '6',
      '--steps',
      '4',
      '--stop-on-break',
      '--fail-on',
      'never'
    ])
    // 10 → 20 users: throughput stays at ~125 req/s while p95 doubles
    expect(m.breaking_point).toMatchObject({ reason: 'throughput_plateau' })
    expect(Math.abs(m.breaking_point.users - 20)).toBeLessThanOrEqual(10)
    // the ramp ended right after the stage the stop policy judged broken…
    const decidedAt = Number(/stopped after the breaking stage \((\d+) users/.exec(m.stopped_early)?.[1])
    expect(m.stages[m.stages.length - 1].users).toBe(decidedAt)
    // …judged at the stage boundary, before its last requests were in: the final analysis,
    // with every request, agrees or puts the break one stage (10 users) earlier
    expect([0, 10]).toContain(decidedAt - m.breaking_point.users)
    expect(m.stages.length).toBeLessThan(4)
  })

  it('errors: 503s past the server limit break it at the right stage', async () => {
    // no queueing, but anything beyond 25 requests in the house is refused with 503
    server = await startCapacityServer({ concurrency: 1000, serviceMs: 10, rejectAbove: 25 })
    const { m, code } = await stress(server.url, ['--max-users', '40', '--ramp-up', '4', '--steps', '4'])
    expect(m.breaking_point.reason).toBe('error_rate')
    expect(Math.abs(m.breaking_point.users - 30)).toBeLessThanOrEqual(10)
    expect(m.stages[0].error_rate).toBe(0)
    expect(
      m.stages.find((s: any) => s.users === m.breaking_point.users).error_types.http_5xx
    ).toBeGreaterThan(0)
    // the overall gate still applies: this many errors is critical
    expect(code).toBe(1)
  })

  it('a server that never breaks: "No breaking point up to N users"', async () => {
    // 20 ms of work and room for 1000: 8 users are far below its capacity and far from the machine's
    server = await startCapacityServer({ concurrency: 1000, serviceMs: 20 })
    const { m, stdout, code } = await stress(server.url, [
      '--max-users',
      '8',
      '--ramp-up',
      '2',
      '--steps',
      '4'
    ])
    expect(code).toBe(0)
    expect(m.breaking_point).toBeUndefined()
    expect(m.stress_conclusion).toBe('No breaking point up to 8 users.')
    expect(m.max_sustainable.users).toBe(8)
    expect(stdout).toContain('No breaking point up to 8 users.')
  })

  it('stage boundaries: the server sees each stage’s users as open connections, never fewer in between', async () => {
    server = await startCapacityServer({ concurrency: 1000, serviceMs: 5 })
    const { m } = await stress(server.url, ['--max-users', '12', '--ramp-up', '4', '--steps', '4'])
    const t0 = Date.parse(m.timestamp)
    for (const s of m.stages) {
      const mid = t0 + (s.start + s.duration / 2) * 1000
      expect([s.stage, server.openAt(mid)]).toEqual([s.stage, s.users])
    }
    const first = m.stages[0]
    const last = m.stages[m.stages.length - 1]
    const inRun = server.timeline.filter(
      ([t]) =>
        t > t0 + (first.start + first.duration / 2) * 1000 &&
        t < t0 + (last.start + last.duration * 0.9) * 1000
    )
    expect(Math.min(...inRun.map(([, n]) => n))).toBeGreaterThanOrEqual(first.users)
  })
})
