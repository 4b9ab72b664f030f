import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { resolveTarget } from '../../src/config/resolve.js'
import { runSetup } from '../../src/run/setup-step.js'
import { tempDir } from '../helpers/run-cli.js'

// Every setup answer is bounded: by the timeout for the whole answer (not
// idle time), by 1 MiB of body, and by a signal.

const MIB = 2 ** 20
let server: http.Server
let port = 0
/** bytes the endless answer wrote before perf-gate closed the connection */
let endlessWritten = 0
let requests = 0
const timers = new Set<ReturnType<typeof setInterval>>()

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests++
    req.resume()
    if (req.url === '/big-json') {
      // 2 MiB of valid JSON: its first 1 MiB is not
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ token: 't', pad: 'x'.repeat(2 * MIB) }))
    } else if (req.url === '/endless') {
      // as fast as the socket takes it, forever
      res.writeHead(200, { 'content-type': 'application/json' })
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk)) endlessWritten += chunk.length
        if (!res.destroyed) res.once('drain', pump)
      }
      pump()
    } else {
      // /drip: the headers at once, then a byte every 200 ms: never idle, never done
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{')
      const t = setInterval(() => res.write(' '), 200)
      timers.add(t)
      res.on('close', () => {
        clearInterval(t)
        timers.delete(t)
      })
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  for (const t of timers) clearInterval(t)
  server.closeAllConnections()
  await new Promise<void>((r) => server.close(() => r()))
})

async function target(path: string) {
  const file = join(await tempDir(), 'perf-gate.yml')
  await writeFile(
    file,
    [
      'services:',
      '  api:',
      `    base_url: http://127.0.0.1:${port}`,
      '    endpoints: [{ path: /x }]',
      '    setup:',
      `      - path: ${path}`,
      '        method: POST',
      '        capture: { token: $.token }',
      ''
    ].join('\n')
  )
  return resolveTarget(await loadConfig({ file, env: {} }), 'api')
}

async function outcome(path: string, timeoutSec: number, signal?: AbortSignal) {
  const t = await target(path)
  const started = Date.now()
  const message = await runSetup(t, timeoutSec, signal).then(
    () => 'no error',
    (e: Error) => e.message
  )
  return { message, ms: Date.now() - started }
}

describe('setup answers are bounded', () => {
  it('an answer over 1 MiB is said to be larger than 1 MiB, not "not JSON"', async () => {
    const { message } = await outcome('/big-json', 5)
    expect(message).toBe(
      '❌ setup POST /big-json of api: the answer is larger than 1 MiB, so token cannot be captured; the load was not started'
    )
  })

  it('an endless answer is read to 1 MiB, then the connection is closed', async () => {
    const { message, ms } = await outcome('/endless', 30)
    expect(message).toContain('the answer is larger than 1 MiB')
    expect(ms).toBeLessThan(5000)
    // the socket's buffers hold a few MiB at most; without the cap this grows until the timeout
    expect(endlessWritten).toBeLessThan(32 * MIB)
  })

  it('an answer that drips a byte a second ends at the timeout, counted over the whole answer', async () => {
    const { message, ms } = await outcome('/drip', 1)
    expect(message).toBe('❌ setup POST /drip of api failed: no complete answer within 1 s (timeout)')
    expect(ms).toBeGreaterThanOrEqual(900)
    expect(ms).toBeLessThan(3000)
  })

  it('a signal during setup says the run was stopped, not ABORT_ERR', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 300)
    const { message, ms } = await outcome('/drip', 30, controller.signal)
    expect(message).toBe('❌ stopped by signal during setup POST /drip of api; the load was not started')
    expect(ms).toBeLessThan(3000)
  })

  it('a signal before setup starts: stopped, and no request sent', async () => {
    const controller = new AbortController()
    controller.abort()
    const before = requests
    const { message } = await outcome('/drip', 30, controller.signal)
    expect(message).toContain('stopped by signal during setup')
    expect(requests).toBe(before)
  })
})
