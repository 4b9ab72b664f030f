#!/usr/bin/env node
// perf-gate benchmark: numbers measured in one run, printed as ratios.
// Loads only a server this script starts on 127.0.0.1, for a bounded time.
import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const CONNECTIONS = 10
const work = mkdtempSync(join(tmpdir(), 'perf-gate-bench-'))

function startServer() {
  // a trivial server in its own process, so it does not share the generator's event loop
  const child = spawn(process.execPath, [
    '-e',
    "const s=require('http').createServer((q,r)=>r.end('ok'));s.listen(0,'127.0.0.1',()=>console.log(s.address().port))"
  ])
  return new Promise((resolve) =>
    child.stdout.once('data', (d) => resolve({ child, port: Number(String(d).trim()) }))
  )
}

function node(args, opts = {}) {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', ...opts })
}

function bareAutocannon(port) {
  const script = `import autocannon from 'autocannon'
const r = await autocannon({ url: 'http://127.0.0.1:${port}/', connections: ${CONNECTIONS}, duration: ${SECONDS} })
console.log(JSON.stringify({ rps: r.requests.total / r.duration }))`
  const file = join(root, 'node_modules', '.perf-gate-bench-bare.mjs')
  writeFileSync(file, script)
  try {
    return JSON.parse(node([file]).trim().split('\n').pop()).rps
  } finally {
    rmSync(file, { force: true })
  }
}

function perfGate(port, round) {
  const cfg = join(work, 'bench.yml')
  writeFileSync(
    cfg,
    `services:\n  bench:\n    base_url: http://127.0.0.1:${port}\n    endpoints: [{ path: / }]\n`
  )
  const out = join(work, `run-${round}`)
  const res = JSON.parse(
    node([
      'dist/cli.js',
      'load',
      'bench',
      '--config',
      cfg,
      '--users',
      String(CONNECTIONS),
      '--duration',
      String(SECONDS),
      '--output-dir',
      out,
      '--json',
      '--quiet',
      '--fail-on',
      'never'
    ])
  )
  return res.requests_per_second
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })

console.log(
  `perf-gate bench: ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds, Node ${process.version}`
)
let measuredRps
const { child, port } = await startServer()
try {
  // 1. throughput: bare autocannon vs perf-gate load with full per-request recording + CSV streaming
  const bare = []
  const gate = []
  for (let i = 0; i < ROUNDS; i++) {
    bare.push(bareAutocannon(port))
    gate.push(perfGate(port, i))
  }
  measuredRps = median(gate)
  const ratio = median(gate) / median(bare)
  console.log(`\nThroughput against a trivial local server`)
  console.log(
    `  bare autocannon (no listeners):       ${fmt(median(bare))} req/s  (runs: ${bare.map((x) => fmt(x)).join(', ')})`
  )
  console.log(
    `  perf-gate load (every request kept):  ${fmt(median(gate))} req/s  (runs: ${gate.map((x) => fmt(x)).join(', ')})`
  )
  console.log(`  ratio perf-gate / bare:               ${ratio.toFixed(3)}  (target ≥ 0.90)`)

  // 2. action overhead: process start → first request, and last response → exit, around a 10 s test
  const actionWork = join(work, 'action')
  const outFile = join(work, 'gh-output')
  writeFileSync(outFile, '')
  const cfgPath = join(work, 'bench.yml')
  const t0 = performance.now()
  execFileSync(process.execPath, [join(root, 'dist/index.js')], {
    cwd: work,
    env: {
      PATH: process.env.PATH,
      GITHUB_OUTPUT: outFile,
      INPUT_SERVICE: 'bench',
      INPUT_CONFIG: cfgPath,
      INPUT_USERS: String(CONNECTIONS),
      INPUT_DURATION: '10',
      INPUT_COMMENT: 'false',
      'INPUT_UPLOAD-ARTIFACT': 'false',
      'INPUT_OUTPUT-DIR': actionWork,
      'INPUT_FAIL-ON': 'never'
    },
    stdio: 'ignore'
  })
  const wall = (performance.now() - t0) / 1000
  const metricsFile = /metrics-file<<(\S+)\n(.*)\n/.exec(readFileSync(outFile, 'utf8'))[2]
  const loadSeconds = JSON.parse(readFileSync(metricsFile, 'utf8')).total_duration
  console.log(`\nAction overhead around a 10 s test (dist/index.js, upload and comment off)`)
  console.log(`  process wall time ${fmt(wall, 2)} s, load phase ${fmt(loadSeconds, 2)} s`)
  console.log(
    `  overhead: ${fmt(wall - loadSeconds, 2)} s = ${(((wall - loadSeconds) / 10) * 100).toFixed(1)}% of the test  (target ≤ 5%)`
  )
} finally {
  child.kill()
}

// 2. memory per recorded request, and 3. CSV + JSON write time per million requests
const lib = await import(join(root, 'dist/lib.js'))
const N = 1_000_000
globalThis.gc?.()
const before = process.memoryUsage()
const recorder = new lib.Recorder(Date.now())
const err = recorder.errorId('http_5xx', 'HTTP 500')
for (let i = 0; i < N; i++) {
  recorder.add(
    i * 50,
    800 + ((i * 7919) % 20000),
    i % 5,
    i % 200 === 0 ? 500 : 200,
    i % 200 === 0 ? err : 0,
    120
  )
}
const after = process.memoryUsage()
const grown = after.arrayBuffers - before.arrayBuffers + Math.max(0, after.heapUsed - before.heapUsed)
console.log(`\nMemory per recorded request (1,000,000 records)`)
console.log(
  `  allocated by the recorder:            ${(recorder.allocatedBytes / N).toFixed(1)} bytes  (target ≤ 32)`
)
console.log(`  process growth (heap + buffers):      ${(grown / N).toFixed(1)} bytes`)

const endpoints = [0, 1, 2, 3, 4].map((k) => ({
  name: `GET /e${k}`,
  method: 'GET',
  path: `/e${k}`,
  headers: {},
  weight: 1
}))
const result = {
  mode: 'load',
  target: {
    service: 'bench',
    baseUrl: 'http://127.0.0.1:1',
    unreachableMessage: '',
    endpoints,
    thresholds: lib.DEFAULT_THRESHOLDS,
    secrets: []
  },
  settings: { users: 10, duration: 50, timeout: 10 },
  outcome: {
    recorder,
    startedAtMs: recorder.epochMs,
    endedAtMs: recorder.epochMs + 50_000,
    startUs: 0,
    endUs: 50_000_000,
    partial: false
  }
}
const t0 = performance.now()
const metrics = lib.calculateMetrics(result)
const t1 = performance.now()
const gateResult = lib.evaluateThresholds(metrics)
const saved = await lib.saveResults(result, metrics, gateResult, { outputDir: join(work, 'write') })
const t2 = performance.now()
const csvBytes = readFileSync(saved.csv).length
console.log(`\nMetrics and files for 1,000,000 requests`)
console.log(`  calculateMetrics:                     ${fmt(t1 - t0)} ms`)
console.log(
  `  write results.csv + metrics.json:     ${fmt(t2 - t1)} ms per million requests (${fmt(csvBytes / 1e6, 1)} MB CSV)`
)
console.log(
  `  rows in results.csv:                  ${fmt(readFileSync(saved.csv, 'utf8').split('\n').length - 2)}`
)

// 4. report generation (HTML + CSS, summary.md, junit.xml) from metrics.json, for the same million requests
const t3 = performance.now()
const files = await lib.writeReports(saved.dir, saved.document)
const t4 = performance.now()
const runSeconds = N / measuredRps
console.log(`\nReports for 1,000,000 requests`)
console.log(`  render + write report.html, summary.md, junit.xml: ${fmt(t4 - t3)} ms`)
console.log(
  `  share of the run's own duration (1M requests at ${fmt(measuredRps)} req/s = ${fmt(runSeconds, 1)} s): ` +
    `${(((t4 - t3) / 1000 / runSeconds) * 100).toFixed(2)}%  (target ≤ 2%)`
)
console.log(
  `  report.html size:                     ${fmt(readFileSync(files['report.html']).length / 1024, 1)} KiB (target < 1 MiB)`
)
rmSync(work, { recursive: true, force: true })
