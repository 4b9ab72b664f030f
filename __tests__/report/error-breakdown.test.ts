import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { resultsTable } from '../../src/cli/results-table.js'
import { loadConfig, type PerfGateConfig } from '../../src/config/load.js'
import type { LoadRequest } from '../../src/config/run-request.js'
import { statusesByType } from '../../src/report/error-breakdown.js'
import { ERROR_TYPES, MAX_RETRY_AFTER_MESSAGES, rateLimitedMessage } from '../../src/engine/error-types.js'
import { RunMetrics } from '../../src/monitoring/exporter.js'
import { performTest, type TestReport } from '../../src/run/perform-test.js'
import { writeTestConfig } from '../helpers/cli-run-dir.js'
import { ROOT, tempDir } from '../helpers/run-cli.js'

/**
 * Which errors happened, and where, in every view: a server that answers
 * 401 on one path, 429 with Retry-After on another, 503 on a third, and a
 * Retry-After that changes with every answer on a fourth.
 */
let server: Server
let url = ''
let countdown = 0
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume()
    switch ((req.url ?? '/').split('?')[0]) {
      case '/denied':
        res.writeHead(401).end('no')
        return
      case '/limited':
        res.writeHead(429, { 'Retry-After': '5' }).end('slow down')
        return
      case '/forbidden':
        res.writeHead(403).end('no')
        return
      case '/boom':
        res.writeHead(503).end('down')
        return
      case '/countdown':
        res.writeHead(429, { 'Retry-After': String(100000 - countdown++) }).end()
        return
      default:
        res.end('ok')
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

const load = (service: string): LoadRequest => ({
  service,
  mode: 'load',
  users: 2,
  duration: 1,
  maxUsers: 2,
  timeout: 2
})

let config: PerfGateConfig
let mixed: TestReport
beforeAll(async () => {
  const file = await writeTestConfig({
    mixed: {
      baseUrl: url,
      endpoints: [{ path: '/ok', weight: 3 }, '/denied', '/limited', '/boom']
    },
    countdown: { baseUrl: url, endpoints: ['/countdown'] },
    // a 403 the endpoint's check refuses, beside a 401 no check looks at
    checked: { baseUrl: url, endpoints: [{ path: '/forbidden', check: { status: 200 } }, '/denied'] }
  })
  config = await loadConfig({ file, env: {} })
  mixed = await performTest(load('mixed'), { config, outputDir: await tempDir(), failOn: 'never' })
})

const plain = { out: () => {}, err: () => {}, interactive: false, color: false }
const fmt = (n: number): string => n.toLocaleString('en-US')

describe('errors by status and endpoint', () => {
  it('HTTP 429 is its own error type, rate_limited, with the Retry-After the server sent', () => {
    const m = mixed.metrics
    expect(Object.keys(m.error_types)).toEqual(['http_4xx', 'rate_limited', 'http_5xx'])
    const byEp = Object.fromEntries(m.per_endpoint.map((e) => [e.path, e]))
    expect(m.error_types.rate_limited).toBe(byEp['/limited'].total_requests)
    expect(m.error_types.http_4xx).toBe(byEp['/denied'].total_requests)
    expect(m.error_messages.find((e) => e.type === 'rate_limited')).toEqual({
      type: 'rate_limited',
      message: 'rate limited (HTTP 429, Retry-After: 5)',
      count: byEp['/limited'].total_requests
    })
    // each endpoint says what it failed with
    expect(byEp['/ok'].errors).toBeUndefined()
    expect(byEp['/denied'].errors).toEqual([
      { type: 'http_4xx', status: 401, count: byEp['/denied'].total_requests }
    ])
    expect(byEp['/limited'].errors).toEqual([
      { type: 'rate_limited', status: 429, count: byEp['/limited'].total_requests }
    ])
  })

  it('the terminal shows the statuses behind each error type and every failing endpoint, worst first', () => {
    const m = mixed.metrics
    const byEp = Object.fromEntries(m.per_endpoint.map((e) => [e.path, e]))
    const n = (path: string): string => byEp[path].total_requests.toLocaleString('en-US')
    const text = resultsTable(plain, mixed)
    const lines = text.split('\n')
    const at = lines.findIndex((l) => l.startsWith('Errors: '))
    expect(lines[at]).toBe(
      `Errors: http_4xx ${n('/denied')} (401 ×${n('/denied')}), ` +
        `rate_limited ${n('/limited')} (HTTP 429, Retry-After: 5), http_5xx ${n('/boom')} (503 ×${n('/boom')})`
    )
    // none of these endpoints has a threshold of its own: they are listed all the same
    const listed = lines.slice(at + 1, at + 4)
    expect(listed.map((l) => l.trim().split(/\s{2,}/))).toEqual(
      expect.arrayContaining([
        ['GET /denied', `${n('/denied')} of ${n('/denied')} failed (100.00%)`, `HTTP 401 ×${n('/denied')}`],
        [
          'GET /limited',
          `${n('/limited')} of ${n('/limited')} failed (100.00%)`,
          `HTTP 429 rate limited ×${n('/limited')}`
        ],
        ['GET /boom', `${n('/boom')} of ${n('/boom')} failed (100.00%)`, `HTTP 503 ×${n('/boom')}`]
      ])
    )
    expect(text).not.toMatch(/GET \/ok .*failed/)
  })

  it('every file calls HTTP 429 "rate limited": CSV, summary.md, report.html, junit.xml, Prometheus', async () => {
    const dir = mixed.saved.dir
    const csv = await readFile(join(dir, 'results.csv'), 'utf8')
    expect(csv).toMatch(/,429,[0-9.]+,false,"?rate limited \(HTTP 429, Retry-After: 5\)"?,/)
    const md = await readFile(join(dir, 'summary.md'), 'utf8')
    expect(md).toContain('| rate\\_limited | rate limited (HTTP 429, Retry-After: 5) |')
    expect(md).toMatch(/\| GET \/limited \|.*\| 100\.00% \(HTTP 429 rate limited\) \|/)
    expect(md).toMatch(/\| GET \/denied \|.*\| 100\.00% \(HTTP 401\) \|/)
    const html = await readFile(join(dir, 'report.html'), 'utf8')
    expect(html).toContain('<td>429 rate limited</td>')
    expect(html).toContain('100.00% (HTTP 429 rate limited)')
    expect(html).toContain('rate limited (HTTP 429, Retry-After: 5)')
    const junit = await readFile(join(dir, 'junit.xml'), 'utf8')
    expect(junit).toMatch(
      /Error rate \(overall\) = [^;]*;[^\n]*; errors: http_4xx [\d,]+ \(401 ×[\d,]+\), rate_limited [\d,]+ \(HTTP 429, Retry-After: 5\)/
    )
    const prom = new RunMetrics(mixed.result.target, 'load', 'run')
    prom.observe(mixed.result.outcome.recorder, 0, mixed.result.outcome.recorder.length)
    const exposition = await prom.registry.metrics()
    expect(exposition).toContain('error_type="rate_limited"')
    expect(exposition).toMatch(/# HELP perf_test_errors_total .*http_4xx, rate_limited, http_5xx/)
  })

  it('counts a request whose status check failed once, under check_failed: the terminal, junit.xml and metrics.json agree, and the breakdown adds up to the failed requests', async () => {
    const report = await performTest(load('checked'), { config, outputDir: await tempDir(), failOn: 'never' })
    const m = report.metrics
    const byEp = Object.fromEntries(m.per_endpoint.map((e) => [e.path, e]))
    const forbidden = byEp['/forbidden'].total_requests
    const denied = byEp['/denied'].total_requests
    expect(m.error_types).toEqual({ http_4xx: denied, check_failed: forbidden })
    expect(m.failed_requests).toBe(forbidden + denied)
    // every type's statuses add up to its count, and the types to the failed requests
    const statuses = statusesByType(m)
    for (const [type, n] of Object.entries(m.error_types))
      expect(statuses.get(type as keyof typeof m.error_types)!.reduce((a, [, k]) => a + k, 0)).toBe(n)
    const line = `http_4xx ${fmt(denied)} (401 ×${fmt(denied)}), check_failed ${fmt(forbidden)} (403 ×${fmt(forbidden)})`
    expect(resultsTable(plain, report)).toContain(`Errors: ${line}\n`)
    const junit = await readFile(join(report.saved.dir, 'junit.xml'), 'utf8')
    expect(junit).toContain(`; errors: ${line}<`)
    // summary.md and report.html list each failure once, by its message under its one type
    const md = await readFile(join(report.saved.dir, 'summary.md'), 'utf8')
    expect(md).toContain(`| check\\_failed | check failed: status 200 (got 403) | ${fmt(forbidden)} |`)
    expect(md).toContain(`| http\\_4xx | HTTP 401 | ${fmt(denied)} |`)
    expect(md).not.toMatch(/\| http\\_4xx \| HTTP 403 \|/)
    const html = await readFile(join(report.saved.dir, 'report.html'), 'utf8')
    expect(html).toContain(
      `<tr><td>check_failed</td><td><code>check failed: status 200 (got 403)</code></td><td class="num">${fmt(forbidden)}</td></tr>`
    )
    expect(html).not.toContain('<td><code>HTTP 403</code>')
  })

  it('a Retry-After that changes with every answer makes a bounded number of messages', async () => {
    const report = await performTest(load('countdown'), {
      config,
      outputDir: await tempDir(),
      failOn: 'never'
    })
    const m = report.metrics
    expect(m.total_requests).toBeGreaterThan(MAX_RETRY_AFTER_MESSAGES * 3)
    expect(Object.keys(m.error_types)).toEqual(['rate_limited'])
    expect(m.error_messages).toHaveLength(MAX_RETRY_AFTER_MESSAGES + 1)
    expect(m.error_messages[0]).toMatchObject({ message: 'rate limited (HTTP 429, Retry-After: varied)' })
    expect(m.error_messages.reduce((a, e) => a + e.count, 0)).toBe(m.total_requests)
    expect(resultsTable(plain, report)).toMatch(
      /Errors: rate_limited [\d,]+ \(HTTP 429, Retry-After: varied ×[\d,]+, 99993 ×1, 99994 ×1, 99995 ×1, 5 more\)/
    )
  })
})

describe('rateLimitedMessage', () => {
  it('says seconds whether the server gave seconds or a date, and cuts anything else short', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(rateLimitedMessage(undefined, now)).toBe('rate limited (HTTP 429)')
    expect(rateLimitedMessage(' 120 ', now)).toBe('rate limited (HTTP 429, Retry-After: 120)')
    expect(rateLimitedMessage('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(
      'rate limited (HTTP 429, Retry-After: 30)'
    )
    expect(rateLimitedMessage('soon\u001b[31m' + 'x'.repeat(100), now)).toBe(
      `rate limited (HTTP 429, Retry-After: soon [31m${'x'.repeat(23)})`
    )
  })
})

describe('docs/output.md', () => {
  it('lists every error type in its error table, in the order metrics.json gives them', async () => {
    const page = await readFile(join(ROOT, 'docs/output.md'), 'utf8')
    const table = page.slice(page.indexOf('| error type '))
    const rows = table.split('\n').filter((l) => /^\s*\|/.test(l))
    const listed = rows.slice(2).map((l) => /^\s*\| `([a-z_0-9]+)`/.exec(l)?.[1])
    expect(listed).toEqual([...ERROR_TYPES])
  })
})
