// Targets for the bench, each in its own process so none shares a generator's event loop.
import { spawn, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus } from 'node:os'
import { join } from 'node:path'

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => spawnSync(p, ['-v']).status === 0)

export function freePort() {
  return new Promise((resolve) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

/** `taskset -c cpu` when there is a core to spare, so target and generator do not share one. */
export function pinned(cpu, cmd, args) {
  return PIN ? ['taskset', ['-c', String(cpu), cmd, ...args]] : [cmd, args]
}
const PIN =
  spawnSync('taskset', ['-c', '0', 'true']).status === 0 && (await import('node:os')).cpus().length >= 2

/** nginx, one worker on core 1, answering `ok` to everything; resolves once it accepts connections. */
export async function startNginx(work) {
  if (!NGINX) return undefined
  const port = await freePort()
  const conf = join(work, 'nginx.conf')
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${work}/nginx-body;
  proxy_temp_path ${work}/nginx-proxy;
  fastcgi_temp_path ${work}/nginx-fastcgi;
  uwsgi_temp_path ${work}/nginx-uwsgi;
  scgi_temp_path ${work}/nginx-scgi;
  keepalive_requests 1000000;
  server { listen 127.0.0.1:${port}; location / { return 200 'ok'; } }
}
`
  )
  const [cmd, args] = pinned(1, NGINX, ['-p', work, '-c', conf])
  const child = spawn(cmd, args, { stdio: 'ignore' })
  await waitForPort(port)
  return { url: `http://127.0.0.1:${port}/`, port, stop: () => stop(child) }
}

/**
 * A Node target with a fixed service time and a fixed number of requests in
 * service at once (the rest queue): its capacity is concurrency / delay. It
 * writes, on SIGTERM, arrivals per 100 ms to stdout, for the pacing CV.
 */
export async function startFixedDelay({ delayMs, concurrency }) {
  const port = await freePort()
  const code = `
const http = require('http')
const arrivals = []
let busy = 0
const queue = []
const serve = (res) => { busy++; setTimeout(() => { res.end('ok'); busy--; if (queue.length) serve(queue.shift()) }, ${delayMs}) }
http.createServer((req, res) => {
  if (!String(req.headers['user-agent']).includes('preflight')) arrivals.push(performance.now())
  busy < ${concurrency} ? serve(res) : queue.push(res)
}).listen(${port}, '127.0.0.1')
process.on('SIGTERM', () => { process.stdout.write(JSON.stringify(arrivals)); process.exit(0) })`
  const [cmd, args] = pinned(1, process.execPath, ['-e', code])
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  await waitForPort(port)
  return {
    url: `http://127.0.0.1:${port}/`,
    capacity: (concurrency * 1000) / delayMs,
    /** stops the target; resolves with its arrival times (ms) */
    stop: () =>
      new Promise((resolve) => {
        child.on('close', () => resolve(out ? JSON.parse(out) : []))
        child.kill('SIGTERM')
      })
  }
}

/** Coefficient of variation of arrivals per 100 ms, over whole windows between the first and last arrival. */
export function windowCv(arrivals) {
  if (arrivals.length < 2) return NaN
  const start = arrivals[0]
  const windows = Math.floor((arrivals[arrivals.length - 1] - start) / 100)
  if (windows < 2) return NaN
  const bins = new Array(windows).fill(0)
  for (const a of arrivals) {
    const b = Math.floor((a - start) / 100)
    if (b < windows) bins[b]++
  }
  const mean = bins.reduce((x, y) => x + y, 0) / windows
  const sd = Math.sqrt(bins.reduce((x, y) => x + (y - mean) ** 2, 0) / windows)
  return sd / mean
}

async function waitForPort(port) {
  const { connect } = await import('node:net')
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise((r) => {
      const s = connect(port, '127.0.0.1', () => (s.end(), r(true)))
      s.on('error', () => r(false))
    })
    if (ok) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`nothing listens on ${port}`)
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.on('close', () => resolve())
    child.kill('SIGTERM')
  })
}

/**
 * A noisy neighbour: a process per core that burns CPU in bursts of 0.2–2 s
 * with pauses as long, at random, unpinned. Returns what stops them all.
 */
export function startNeighbours() {
  const code = `
const busy = (ms) => { const end = Date.now() + ms; while (Date.now() < end) {} }
const next = () => { busy(200 + Math.random() * 1800); setTimeout(next, 200 + Math.random() * 1800) }
next()`
  const kids = cpus().map(() => spawn(process.execPath, ['-e', code], { stdio: 'ignore' }))
  return () => kids.forEach((k) => k.kill('SIGTERM'))
}

/**
 * Loop iterations that take about `ms` of CPU here, measured once (before
 * any neighbour starts): startWorkService's unit, so that A and A2 do the
 * very same work and B exactly its share more.
 */
export function workIterations(ms) {
  const n = 2e7
  const t0 = performance.now()
  spinWork(n)
  return Math.round((n * ms) / (performance.now() - t0))
}

// the loop startWorkService runs, and its calibration: the same code in both
const WORK_LOOP = 'let x = 1; for (let i = 0; i < n; i++) x = (x * 1103515245 + 12345) | 0; return x'
const spinWork = new Function('n', WORK_LOOP)

/**
 * A service that does a fixed amount of CPU work per request (`iterations`
 * of a loop, workIterations) on core 1: a slower build does more work, and
 * a request preempted by a neighbour takes longer, as on a real server.
 * startCpuService spins until a deadline instead, which a preemption does
 * not lengthen: two such services sharing a core (ab --pairing duet) would
 * hide B's extra work.
 */
export async function startWorkService(iterations) {
  const code = `
const work = new Function('n', ${JSON.stringify(WORK_LOOP)})
require('http').createServer((req, res) => res.end(String(work(${Math.round(iterations)}) & 1))).listen(PORT, '127.0.0.1')`
  return startPinnedService(code)
}

async function startPinnedService(code) {
  const port = await freePort()
  const [cmd, args] = pinned(1, process.execPath, ['-e', code.replace('PORT', String(port))])
  const child = spawn(cmd, args, { stdio: 'ignore' })
  for (let i = 0; i < 100; i++) {
    const r = spawnSync('bash', ['-c', `exec 3<>/dev/tcp/127.0.0.1/${port}`])
    if (r.status === 0) break
    await new Promise((r) => setTimeout(r, 50))
  }
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') }
}

/** A service that burns `workMs` of CPU per request on core 1 (one process, so requests queue as on a busy server). */
export async function startCpuService(workMs) {
  const code = `
const http = require('http')
http.createServer((req, res) => {
  const until = performance.now() + ${workMs}
  while (performance.now() < until) {}
  res.end('ok')
}).listen(PORT, '127.0.0.1')`
  return startPinnedService(code)
}

/** Runs the built CLI on core 0 (the service has core 1); its stdout, for exit 0 (passed) or 1 (the gate failed). */
export function runCliOnCore0(cli, args) {
  const [cmd, a] = pinned(0, process.execPath, [cli, ...args])
  const r = spawnSync(cmd, a, { encoding: 'utf8', maxBuffer: 64 << 20 })
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`perf-gate ${args[0]} failed (${r.status}): ${r.stderr}`)
  return r.stdout
}
