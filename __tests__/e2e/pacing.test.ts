import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { runCliOnce, writeTestConfig } from '../helpers/cli-run-dir.js'

/**
 * Coordinated omission, as a user meets it: a service that stops answering
 * for 500 ms of every second. A closed-loop tester holds its requests back
 * while it stalls and reports fast answers; under `--rps` perf-gate counts
 * each request from its due time, so the stall shows.
 */
let server: Server
let url: string
let t0: number

beforeAll(async () => {
  t0 = Date.now()
  server = createServer((req, res) => {
    if (String(req.headers['user-agent']).includes('preflight')) return void res.end('ok')
    // a slow endpoint: 300 ms for every request, 4 connections carry at most ~13 req/s
    if (req.url === '/slow') return void setTimeout(() => res.end('slow'), 300)
    const phase = (Date.now() - t0) % 1000
    // stalled for the first half of every second: answer when it ends
    if (phase < 500) setTimeout(() => res.end('late'), 500 - phase)
    else res.end('ok')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
})

describe('--rps: latency from the intended send time', () => {
  it('a server that stalls 500 ms every second shows it in the corrected p99; the service time stays small', async () => {
    const cfg = await writeTestConfig({ stalling: { baseUrl: url, endpoints: ['/x'] } })
    const {
      run,
      metrics: m,
      runDir
    } = await runCliOnce(
      [
        'load',
        'stalling',
        '--config',
        cfg,
        '--rps',
        '50',
        '--users',
        '4',
        '--max-users',
        '4',
        '--duration',
        '4',
        '--fail-on',
        'never'
      ],
      { timeoutMs: 60_000 }
    )
    expect(run.code).toBe(0)
    expect(m.latency_basis).toBe('intended_send')
    // the stall is in the numbers the gate reads…
    expect(m.p99_response_time).toBeGreaterThanOrEqual(0.4)
    // …while most requests, timed from their actual send, were fast
    expect(m.service_time.median_response_time).toBeLessThan(0.05)
    expect(m.median_response_time).toBeGreaterThanOrEqual(m.service_time.median_response_time)
    // 4 connections cannot carry 25 requests through a stall: the rest waited for one (late);
    // only those still waiting when the 4 s were up were never sent (dropped)
    expect(m.rate).toMatchObject({ target_rps: 50, max_users: 4, users_reached: 4 })
    expect(m.rate.late_requests).toBeGreaterThan(20)
    expect(m.rate.dropped_requests).toBeLessThanOrEqual(25)
    // the rate was kept: exactly 4 s × 50 req/s fell due; each is a request of the report (one
    // dropped for want of a connection as a timeout from its due time), except those still
    // waiting when the run ended, which are only counted
    expect(m.total_requests + m.rate.dropped_at_end).toBe(200)
    expect(m.error_types.timeout ?? 0).toBe(m.rate.dropped_requests - m.rate.dropped_at_end)
    // throughput counts what went out
    expect(m.requests_per_second).toBeLessThanOrEqual(50)
    // every view says what the times count from
    expect(run.stdout).toMatch(/Paced at 50 req\/s: .* late \([\d.]+%\), \d+ dropped/)
    expect(await readFile(join(runDir!, 'summary.md'), 'utf8')).toContain('coordinated omission corrected')
    expect(await readFile(join(runDir!, 'report.html'), 'utf8')).toContain('id="pacing"')
  })

  it('a rate the target cannot carry fails the gate: unsent requests count as timeouts from their due time', async () => {
    const cfg = await writeTestConfig({ slow: { baseUrl: url, endpoints: ['/slow'] } })
    const { run, metrics: m } = await runCliOnce(
      [
        'load',
        'slow',
        '--config',
        cfg,
        '--rps',
        '100',
        '--users',
        '2',
        '--max-users',
        '4',
        '--timeout',
        '1',
        '--duration',
        '3'
      ],
      { timeoutMs: 60_000 }
    )
    expect(m.rate.dropped_requests).toBeGreaterThan(100)
    expect(m.rate.achieved_rps).toBeLessThan(30)
    expect(m.error_types.timeout).toBe(m.rate.dropped_requests - m.rate.dropped_at_end)
    // dropped requests are failed requests, but no throughput: 2–4 connections of 20 ms carry < 200 req/s
    // yet never more than the requests that went out
    expect(m.requests_per_second).toBeLessThan(m.rate.achieved_rps + 1)
    expect(m.thresholds.requests_per_second.critical).toBe(50) // the rate's bands: critical at half of 100
    expect(m.thresholds.error_rate.status).toBe('critical')
    // the load that never went out is a figure of its own, gated with default bands
    expect(m.dropped_request_rate).toBeCloseTo((100 * m.rate.dropped_requests) / m.rate.due_requests, 2)
    expect(m.thresholds.dropped_requests).toMatchObject({ status: 'critical', warning: 1, critical: 5 })
    expect(m.thresholds.late_requests.value).toBe(m.late_request_rate)
    expect(run.stdout).toMatch(
      /Dropped requests \(of those due\)\s+overall\s+[\d.]+%\s+< 1%\s+< 5%\s+≥ 5%\s+❌ critical/
    )
    // one throughput: the pacing line gives counts of the requests due, the headline the req/s
    expect(run.stdout).toMatch(/Paced at 100 req\/s: [\d,]+ of [\d,]+ due requests sent \([\d.]+%\)/)
    expect(run.stdout).toMatch(/, 4 connections used → /)
    expect(m.p99_response_time).toBeGreaterThanOrEqual(1)
    expect(run.code).toBe(1)
  })

  it('without --rps the same server looks fast: the closed loop hides the stall (what the correction is for)', async () => {
    const cfg = await writeTestConfig({ stalling: { baseUrl: url, endpoints: ['/x'] } })
    const { metrics: m } = await runCliOnce(
      ['load', 'stalling', '--config', cfg, '--users', '4', '--duration', '2', '--fail-on', 'never'],
      { timeoutMs: 60_000 }
    )
    expect(m.latency_basis).toBe('actual_send')
    expect(m.rate).toBeUndefined()
    // thousands of fast answers in the open half, 4 slow ones per stall
    expect(m.median_response_time).toBeLessThan(0.05)
  })
})
