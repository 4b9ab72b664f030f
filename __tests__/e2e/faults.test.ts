import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { join } from 'node:path'
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http'
import { runCli, tempDir } from '../helpers/run-cli.js'
import { closedPort } from '../helpers/target-server.js'

// A service that accepts connections and then fails is running and broken: the
// gate must measure it (typed errors, verdict, full report), not call it
// unreachable. One raw TCP server, one fault per path, each the service's only endpoint.

let server: Server
let url: string
let dir: string
let config: string
let slowBodyRequests = 0

/** Every request on a socket, by its request line; `answer` writes what the fault writes. */
function faultServer(answer: (path: string, socket: Socket) => void): Server {
  return createServer((socket) => {
    let buffered = ''
    socket.on('error', () => undefined)
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1')
      let end: number
      while ((end = buffered.indexOf('\r\n\r\n')) >= 0) {
        const head = buffered.slice(0, end)
        buffered = buffered.slice(end + 4)
        answer(head.split(' ')[1] ?? '/', socket)
      }
    })
  })
}

beforeAll(async () => {
  dir = await tempDir('perf-gate-faults-')
  server = faultServer((path, socket) => {
    switch (path) {
      case '/hang':
        return // accepted, read, never answered
      case '/reset':
        return socket.resetAndDestroy()
      case '/garbage':
        return void socket.write('THIS IS NOT HTTP\r\n\r\n')
      case '/slow-body':
        // every other request stalls after 10 of its 100 body bytes; the others answer at once
        if (slowBodyRequests++ % 2 === 0)
          return void socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789')
        return void socket.write(`HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n${'x'.repeat(100)}`)
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  config = join(dir, 'perf-gate.yml')
  const svc = (name: string) => [`  ${name}:`, `    base_url: ${url}`, `    endpoints: [{ path: /${name} }]`]
  await writeFile(
    config,
    ['services:', ...['hang', 'reset', 'garbage', 'slow-body'].flatMap(svc), ''].join('\n')
  )
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

async function measure(service: string) {
  const out = join(dir, service)
  const run = await runCli([
    'load',
    service,
    '--config',
    config,
    '--users',
    '2',
    '--duration',
    '1.5',
    '--timeout',
    '0.3',
    '--output-dir',
    out,
    '--json'
  ])
  expect(run.stderr).not.toMatch(/not reachable|unexpected error/)
  const result = JSON.parse(run.stdout)
  const doc = JSON.parse(await readFile(result.metrics_file, 'utf8'))
  return { run, result, doc }
}

describe('a service that accepts connections and then fails is measured', () => {
  it('hangs: every request a timeout, verdict fail, exit 1, a full report', async () => {
    const { run, result, doc } = await measure('hang')
    expect(run.code).toBe(1)
    expect(result.verdict).toBe('fail')
    expect(doc.error_types).toEqual({ timeout: doc.total_requests })
    expect(doc.error_messages).toEqual([
      expect.objectContaining({ type: 'timeout', message: 'request timed out' })
    ])
    for (const f of [result.report_html, result.summary_file, result.junit_file])
      expect(await readFile(f, 'utf8')).not.toBe('')
  })

  it('resets: connection_reset', async () => {
    const { run, doc } = await measure('reset')
    expect(run.code).toBe(1)
    expect(Object.keys(doc.error_types)).toEqual(['connection_reset'])
  })

  it('answers garbage: malformed_response at once, not a timeout', async () => {
    const { run, doc } = await measure('garbage')
    expect(run.code).toBe(1)
    expect(Object.keys(doc.error_types)).toEqual(['malformed_response'])
    expect(doc.error_messages[0].message).toMatch(/^malformed response \(/)
    // each is known the moment the bytes arrive, so far more than 1.5 s / 0.3 s × 2 users of them
    expect(doc.total_requests).toBeGreaterThan(50)
  })

  it('stalls mid-body: a timeout in the body; the next response, on a new connection, is read as itself', async () => {
    const { doc } = await measure('slow-body')
    expect(doc.error_types).toEqual({ timeout: expect.any(Number) })
    expect(doc.error_messages).toEqual([
      expect.objectContaining({ type: 'timeout', message: 'timed out receiving the body' })
    ])
    // before the parser was reset per connection, these were "HTTP undefined" of type other
    expect(doc.status_codes).toEqual({ '200': doc.total_requests - doc.error_types.timeout })
    expect(doc.total_requests - doc.failed_requests).toBeGreaterThan(0)
  })

  it('dies mid-run and comes back: the gap is refused requests (no throughput), the run goes on', async () => {
    const port = await closedPort()
    // the outage is timed from the load's first request, not from the test's start: a CLI slow to
    // start on a busy machine would otherwise find the target already down (exit 3), or catch only
    // part of the outage in any one whole second of its run
    let down: NodeJS.Timeout | undefined
    let up: NodeJS.Timeout | undefined
    const listen = (): HttpServer =>
      createHttpServer((req, res) => {
        if (!down && !String(req.headers['user-agent']).includes('preflight')) {
          down = setTimeout(() => {
            srv.close()
            srv.closeAllConnections()
          }, 800)
          up = setTimeout(() => (srv = listen()), 800 + 1600)
        }
        res.end('ok')
      }).listen(port, '127.0.0.1')
    let srv = listen()
    await new Promise((r) => srv.once('listening', r))
    try {
      const cfg = join(dir, 'flapping.yml')
      await writeFile(
        cfg,
        `services:\n  flapping:\n    base_url: http://127.0.0.1:${port}\n    endpoints: [{ path: / }]\n`
      )
      const run = await runCli([
        'load',
        'flapping',
        '--config',
        cfg,
        '--users',
        '2',
        '--duration',
        '4',
        '--output-dir',
        join(dir, 'flapping'),
        '--json'
      ])
      const doc = JSON.parse(await readFile(JSON.parse(run.stdout).metrics_file, 'utf8'))
      expect(doc.partial).toBe(false)
      // the refusals are errors, but backed off they are few: the outage shows as a gap in throughput
      expect(run.code).toBe(doc.verdict === 'fail' ? 1 : 0)
      const refused = doc.error_types.connection_refused
      expect(refused).toBeGreaterThan(0)
      // the outage is measured in time, and said in the summary
      expect(doc.unavailable_seconds).toBeGreaterThanOrEqual(1)
      const summary = await readFile(JSON.parse(run.stdout).summary_file, 'utf8')
      expect(summary).toContain(`The target refused every connection for ${doc.unavailable_seconds} s`)
      // backed off: a few attempts per connection in the second it was down, not thousands
      expect(refused).toBeLessThan(40)
      // throughput counts what went out: refused requests never did
      expect(doc.requests_per_second).toBeCloseTo((doc.total_requests - refused) / doc.total_duration, 0)
      expect(doc.successful_requests_per_second).toBeCloseTo(doc.successful_requests / doc.total_duration, 0)
      // loaded before and after the gap: the time series shows it
      const okBySecond = doc.timeseries.map(
        (p: { requests: number; errors: number }) => p.requests - p.errors
      )
      expect(okBySecond[0]).toBeGreaterThan(0)
      expect(okBySecond[okBySecond.length - 1]).toBeGreaterThan(0)
      expect(Math.min(...okBySecond)).toBeLessThan(Math.max(...okBySecond) / 2)
    } finally {
      clearTimeout(down)
      clearTimeout(up)
      srv.closeAllConnections()
      await new Promise((r) => srv.close(r))
    }
  })

  it('a rate below one request a second is paced, not refused', async () => {
    const cfg = join(dir, 'slow-rate.yml')
    await writeFile(cfg, `services:\n  steady:\n    base_url: ${url}\n    endpoints: [{ path: /garbage }]\n`)
    const run = await runCli([
      'load',
      'steady',
      '--config',
      cfg,
      '--rps',
      '0.5',
      '--duration',
      '4',
      '--output-dir',
      join(dir, 'slow-rate'),
      '--json'
    ])
    expect(run.stderr).not.toMatch(/unexpected error/)
    const doc = JSON.parse(await readFile(JSON.parse(run.stdout).metrics_file, 'utf8'))
    expect(doc.total_requests).toBe(2)
  })
})
