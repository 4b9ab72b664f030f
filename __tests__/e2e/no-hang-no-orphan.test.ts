import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import http from 'node:http'
import { connect, createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { runCli, tempDir } from '../helpers/run-cli.js'

// Every wait ends: a setup answer that never completes is bounded by
// --timeout and yields to a signal, and no service outlives perf-gate
// whatever the signal count. The built CLI as a child process, each with a
// hard timeout (runCli's SIGKILL) so a hang fails the test instead of jest.

let dir: string
let drip: http.Server
let dripPort = 0
let setupRequests = 0
const timers = new Set<ReturnType<typeof setInterval>>()

beforeAll(async () => {
  dir = await tempDir('perf-gate-no-hang-')
  // the setup answer's headers at once, then a byte every 200 ms: never idle, never complete
  drip = http.createServer((req, res) => {
    req.resume()
    if (req.url !== '/login') return res.end('ok')
    setupRequests++
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write('{')
    const t = setInterval(() => res.write(' '), 200)
    timers.add(t)
    res.on('close', () => {
      clearInterval(t)
      timers.delete(t)
    })
  })
  await new Promise<void>((r) => drip.listen(0, '127.0.0.1', r))
  dripPort = (drip.address() as AddressInfo).port
})
afterAll(async () => {
  for (const t of timers) clearInterval(t)
  drip.closeAllConnections()
  await new Promise<void>((r) => drip.close(() => r()))
})

async function setupConfig(): Promise<string> {
  const file = join(dir, 'setup.yml')
  await writeFile(
    file,
    [
      'services:',
      '  api:',
      `    base_url: http://127.0.0.1:${dripPort}`,
      '    endpoints: [{ path: /x }]',
      '    setup:',
      '      - path: /login',
      '        method: POST',
      '        capture: { token: $.token }',
      ''
    ].join('\n')
  )
  return file
}

describe('a setup answer that never completes', () => {
  it('ends at --timeout, counted over the whole answer: exit 3, says why', async () => {
    const config = await setupConfig()
    const started = Date.now()
    const run = await runCli(['load', 'api', '--config', config, '--duration', '1', '--timeout', '1'], {
      timeoutMs: 20_000
    })
    expect(run.signal).toBeNull()
    expect(run.code).toBe(3)
    expect(run.stderr).toContain(
      '❌ setup POST /login of api failed: no complete answer within 1 s (timeout)'
    )
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('a signal during it says the run was stopped (exit 3), not ABORT_ERR', async () => {
    const config = await setupConfig()
    const before = setupRequests
    let sentAt = 0
    const run = await runCli(['load', 'api', '--config', config, '--duration', '1', '--timeout', '60'], {
      timeoutMs: 20_000,
      onSpawn: (child) => {
        // the signal once the setup request is under way
        const poll = setInterval(() => {
          if (setupRequests === before) return
          clearInterval(poll)
          sentAt = Date.now()
          child.kill('SIGINT')
        }, 50)
        child.once('close', () => clearInterval(poll))
      }
    })
    expect(sentAt).toBeGreaterThan(0)
    expect(run.code).toBe(3)
    expect(run.stderr).toContain(
      '❌ stopped by signal during setup POST /login of api; the load was not started'
    )
    expect(run.stderr).not.toContain('ABORT_ERR')
    expect(Date.now() - sentAt).toBeLessThan(5_000)
  })
})

// ---- the service under test: one that ignores SIGTERM and keeps its port ----

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const { port } = s.address() as AddressInfo
  await new Promise<void>((r) => s.close(() => r()))
  return port
}

/** Something accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Running (a zombie, waiting for its new parent to reap it, is gone already). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

async function until(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  for (;;) {
    if (await check()) return true
    if (Date.now() > deadline) return false
    await new Promise((r) => setTimeout(r, 100))
  }
}

const servicePids: number[] = []
afterEach(() => {
  // whatever the outcome, nothing this test started keeps running
  for (const pid of servicePids.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL')
})

async function stubbornService(): Promise<{ port: number; config: string; start: string; pidFile: string }> {
  const port = await freePort()
  const pidFile = join(dir, `service-${port}.pid`)
  const script = join(dir, `stubborn-${port}.cjs`)
  await writeFile(
    script,
    [
      "process.on('SIGTERM', () => {}) // a service that ignores SIGTERM",
      `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid))`,
      `require('http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`,
      ''
    ].join('\n')
  )
  const config = join(dir, `service-${port}.yml`)
  await writeFile(
    config,
    `services:\n  api:\n    base_url: http://127.0.0.1:${port}\n    endpoints: [{ path: /x }]\n`
  )
  // a shell in between, as a real --start line has
  const start = `sh -c 'exec ${process.execPath} ${script}'`
  return { port, config, start, pidFile }
}

/** Runs a 30 s load with the service started; `signals` ms after the load began, a SIGINT each. */
async function interrupted(signals: number[]) {
  const svc = await stubbornService()
  let lastSignalAt = 0
  const run = await runCli(
    [
      'load',
      'api',
      '--config',
      svc.config,
      '--users',
      '2',
      '--duration',
      '30',
      '--start',
      svc.start,
      '--output-dir',
      join(dir, 'out')
    ],
    {
      timeoutMs: 30_000,
      onSpawn: (child: ChildProcess) => {
        let began = false
        child.stderr?.on('data', (d: Buffer) => {
          if (began || !d.toString().includes('Ctrl-C stops and keeps partial results')) return
          began = true
          for (const ms of signals)
            setTimeout(() => {
              lastSignalAt = Date.now()
              child.kill('SIGINT')
            }, ms)
        })
      }
    }
  )
  const endedAt = Date.now()
  const pid = Number(await readFile(svc.pidFile, 'utf8'))
  servicePids.push(pid)
  return { run, pid, port: svc.port, sinceLastSignal: endedAt - lastSignalAt }
}

describe('a service that ignores SIGTERM', () => {
  it('three Ctrl-C during its stop: perf-gate exits 3 and the service is gone, its port free', async () => {
    // the first stops the load; the third comes while perf-gate waits out the service's SIGTERM grace
    const { run, pid, port } = await interrupted([0, 1000, 2000])
    expect(run.code).toBe(3)
    expect(await until(async () => !alive(pid) && !(await listening(port)), 2000)).toBe(true)
  })

  it('a second Ctrl-C ends perf-gate within seconds, and the service with it', async () => {
    const { run, pid, port, sinceLastSignal } = await interrupted([0, 500])
    expect(run.code).toBe(3)
    expect(sinceLastSignal).toBeLessThan(3500)
    expect(await until(async () => !alive(pid) && !(await listening(port)), 2000)).toBe(true)
  })
})
