import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { runCli, tempDir } from '../helpers/run-cli.js'
import { DEFAULT_THRESHOLDS, type ThresholdName } from '../../src/config/thresholds.js'
import { loadTest } from '../../src/index.js'

/** A server that counts each request by its whole URL (path and query), preflights apart. */
interface CountingServer {
  origin: string
  received: Record<string, number>
  close(): Promise<void>
}

async function countingServer(): Promise<CountingServer> {
  const received: Record<string, number> = {}
  const server: Server = createServer((req, res) => {
    if (!String(req.headers['user-agent']).includes('preflight'))
      received[`${req.method} ${req.url}`] = (received[`${req.method} ${req.url}`] ?? 0) + 1
    res.setHeader('content-type', 'text/plain')
    res.end('pong')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      })
  }
}

let a: CountingServer
let b: CountingServer
let cwd: string

beforeAll(async () => {
  a = await countingServer()
  b = await countingServer()
  cwd = await tempDir('perf-gate-url-')
})

afterAll(async () => {
  await a.close()
  await b.close()
})

const port = (s: CountingServer): string => new URL(s.origin).port

async function metricsOf(outputDir: string): Promise<Record<string, any>> {
  const [dir] = await readdir(outputDir)
  return JSON.parse(await readFile(join(outputDir, dir, 'metrics.json'), 'utf8'))
}

describe('a URL in place of a service (the quick start)', () => {
  it('load: one GET endpoint (path and query) at the origin, default thresholds, said in the output', async () => {
    const out = join(cwd, 'load')
    const url = `${a.origin}/-/ping?probe=1`
    const r = await runCli(['load', url, '--users', '2', '--duration', '1', '--output-dir', out], { cwd })
    expect(r.stderr).toContain(
      `perf-gate: GET ${url} (a URL: one GET endpoint, default thresholds; perf-gate init writes a config)`
    )
    expect(r.code).toBe(0)
    const m = await metricsOf(out)
    expect(m.service).toBe(`127.0.0.1_${port(a)}_-_ping`)
    expect(m.per_endpoint.map((e: { endpoint: string }) => e.endpoint)).toEqual(['GET /-/ping?probe=1'])
    expect(m.config.base_url).toBe(a.origin)
    // the defaults of the code, every one of them
    // (late and dropped requests are judged under --rps only)
    const unpaced = Object.keys(DEFAULT_THRESHOLDS).filter((n) => !/^(late|dropped)_requests$/.test(n))
    expect(Object.keys(m.thresholds).sort()).toEqual(unpaced.sort())
    for (const name of unpaced) {
      const band = DEFAULT_THRESHOLDS[name as ThresholdName]!
      expect([name, m.thresholds[name].warning, m.thresholds[name].critical]).toEqual([
        name,
        band.warning,
        band.critical
      ])
    }
    // every load request reached that one URL, and the report counts them all
    expect(Object.keys(a.received)).toEqual(['GET /-/ping?probe=1'])
    expect(m.total_requests).toBe(a.received['GET /-/ping?probe=1'])
    expect((await readdir(out))[0]).toMatch(new RegExp(`^load_test_127\\.0\\.0\\.1_${port(a)}_-_ping_\\d`))
  })

  it('stress takes a URL too', async () => {
    const out = join(cwd, 'stress')
    const r = await runCli(
      ['stress', `${a.origin}/`, '--max-users', '2', '--steps', '2', '--ramp-up', '2', '--output-dir', out],
      { cwd }
    )
    expect(r.stderr).toContain(`perf-gate: GET ${a.origin}/ (a URL`)
    expect(r.code).toBe(0)
    const m = await metricsOf(out)
    expect(m.service).toBe(`127.0.0.1_${port(a)}`)
    expect(m.mode).toBe('stress')
  })

  it('with --config, a URL still works and is judged by the config thresholds', async () => {
    const config = join(cwd, 'strict.yml')
    // nothing can be this fast: the config's bands, not the defaults, decide
    await writeFile(config, 'thresholds:\n  p95_response_time: { warning: 0.000001, critical: 0.000002 }\n')
    const out = join(cwd, 'with-config')
    const r = await runCli(
      ['load', `${a.origin}/x`, '--config', config, '--users', '1', '--duration', '1', '--output-dir', out],
      { cwd }
    )
    expect(r.stderr).toContain('(a URL: one GET endpoint, the thresholds of strict.yml;')
    expect(r.code).toBe(1)
    expect((await metricsOf(out)).thresholds.p95_response_time.critical).toBe(0.000002)
  })

  it('--base-url beside a URL is an input error, exit 2, nothing written', async () => {
    const out = join(cwd, 'refused')
    const r = await runCli(
      ['load', `${a.origin}/x`, '--base-url', b.origin, '--duration', '1', '--output-dir', out],
      { cwd }
    )
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toEqual([
      `perf-gate: --base-url: does not apply when the service is a URL (${a.origin}/x): the URL is the target; leave --base-url out, or name a service of the config`
    ])
    await expect(readdir(out)).rejects.toThrow()
  })

  it('a URL with a fragment, or of another scheme, is refused naming the service', async () => {
    const hash = await runCli(['load', `${a.origin}/x#top`], { cwd })
    expect([hash.code, hash.stderr.trim()]).toEqual([
      2,
      'perf-gate: service: must not contain a fragment (#…): it is never sent to the server'
    ])
    const ftp = await runCli(['load', 'ftp://127.0.0.1/x'], { cwd })
    expect([ftp.code, ftp.stderr.trim()]).toEqual([
      2,
      'perf-gate: service: must use http:// or https:// (got "ftp://127.0.0.1/x")'
    ])
  })

  it('ab: the endpoint from the URL, the A and B origins from --a-url and --b-url', async () => {
    const out = join(cwd, 'ab')
    for (const k of Object.keys(a.received)) delete a.received[k]
    const r = await runCli(
      [
        'ab',
        'http://127.0.0.1:1/health?deep=0',
        '--a-url',
        a.origin,
        '--b-url',
        b.origin,
        '--users',
        '1',
        '--duration',
        '5',
        '--slice',
        '0.5',
        '--output-dir',
        out
      ],
      { cwd }
    )
    expect(r.stderr).toContain(
      'perf-gate: GET /health?deep=0 on A (--a-url) and B (--b-url) (a URL: one GET endpoint, default thresholds;'
    )
    expect(r.stderr).toContain('perf-gate: A/B test 127.0.0.1_1_health: A')
    expect(r.code).toBe(0)
    expect(Object.keys(a.received)).toEqual(['GET /health?deep=0'])
    expect(Object.keys(b.received)).toEqual(['GET /health?deep=0'])
    const [dir] = await readdir(out)
    expect(dir).toMatch(/^ab_test_127\.0\.0\.1_1_health_\d/)
  })

  it('a URL without its scheme is refused with the URL it likely meant', async () => {
    const r = await runCli(['load', 'localhost:8080/health'], { cwd })
    expect([r.code, r.stderr.trim()]).toEqual([
      2,
      'perf-gate: service: unknown service "localhost:8080/health" (known: document_processing, pkd_service, ui_app); a URL needs its scheme: http://localhost:8080/health'
    ])
  })

  it('the library takes a URL as its service too, and refuses baseUrl beside it', async () => {
    for (const k of Object.keys(a.received)) delete a.received[k]
    const result = await loadTest({ service: `${a.origin}/lib?x=1`, users: 1, duration: 1 })
    expect(result.target.service).toBe(`127.0.0.1_${port(a)}_lib`)
    expect(result.outcome.recorder.length).toBe(a.received['GET /lib?x=1'])
    await expect(loadTest({ service: `${a.origin}/lib`, baseUrl: b.origin, duration: 1 })).rejects.toThrow(
      /^baseUrl: does not apply when the service is a URL/
    )
  })
})
