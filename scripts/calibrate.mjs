#!/usr/bin/env node
// Calibration of the baseline gate on real, noisy runs (issue 14): how often
// it cries wolf, and how often it catches a slowdown. A CPU-bound local
// service (each request burns a fixed amount of CPU, so its throughput and
// latency move with the machine, as a real one's do), on its own core when
// there are two. Counts verdicts of:
//   - `compare` on A/A pairs: two `load` runs of the same service back to back;
//   - `ab` A/A: two instances of the same service;
//   - `ab` against an instance 20%, 10% and 5% slower.
// CALIBRATE_REPS (20), CALIBRATE_AB_SECONDS (60), CALIBRATE_LOAD_SECONDS (20),
// CALIBRATE_USERS (4), CALIBRATE_SLICE (2). Loads only 127.0.0.1 servers it starts; writes
// bench/results/calibration.md.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort, pinned } from './bench/targets.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const CLI = join(root, 'dist/cli.js')
const REPS = Number(process.env.CALIBRATE_REPS ?? 20)
const AB_SECONDS = Number(process.env.CALIBRATE_AB_SECONDS ?? 60)
const LOAD_SECONDS = Number(process.env.CALIBRATE_LOAD_SECONDS ?? 20)
const USERS = Number(process.env.CALIBRATE_USERS ?? 4)
const SLICE = Number(process.env.CALIBRATE_SLICE ?? 2)
/** CPU per request of the A side, ms */
const WORK_MS = 1
const work = mkdtempSync(join(tmpdir(), 'perf-gate-calibrate-'))
const md = []
const say = (line = '') => {
  console.log(line)
  md.push(line)
}

/** A service that burns `workMs` of CPU per request (one process, so requests queue as on a busy server). */
async function startService(workMs) {
  const port = await freePort()
  const code = `
const http = require('http')
http.createServer((req, res) => {
  const until = performance.now() + ${workMs}
  while (performance.now() < until) {}
  res.end('ok')
}).listen(${port}, '127.0.0.1')`
  const [cmd, args] = pinned(1, process.execPath, ['-e', code])
  const child = spawn(cmd, args, { stdio: 'ignore' })
  for (let i = 0; i < 100; i++) {
    const r = spawnSync('bash', ['-c', `exec 3<>/dev/tcp/127.0.0.1/${port}`])
    if (r.status === 0) break
    await new Promise((r) => setTimeout(r, 50))
  }
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') }
}

function cli(args) {
  const [cmd, a] = pinned(0, process.execPath, [CLI, ...args])
  const r = spawnSync(cmd, a, { encoding: 'utf8', maxBuffer: 64 << 20 })
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`perf-gate ${args[0]} failed (${r.status}): ${r.stderr}`)
  return JSON.parse(r.stdout)
}

const config = join(work, 'perf-gate.yml')
writeFileSync(
  config,
  'services:\n  svc:\n    base_url: http://127.0.0.1:9\n    endpoints: [{ path: /work }]\n'
)

function loadRun(url, out) {
  return cli([
    'load',
    'svc',
    '--config',
    config,
    '--base-url',
    url,
    '--users',
    String(USERS),
    '--duration',
    String(LOAD_SECONDS),
    '--output-dir',
    out,
    '--quiet',
    '--json',
    '--fail-on',
    'never',
    '--fail-on-regression',
    'never'
  ])
}

function abRun(aUrl, bUrl, out) {
  return cli([
    'ab',
    'svc',
    '--config',
    config,
    '--a-url',
    aUrl,
    '--b-url',
    bUrl,
    '--users',
    String(USERS),
    '--duration',
    String(AB_SECONDS),
    '--slice',
    String(SLICE),
    '--output-dir',
    out,
    '--quiet',
    '--json'
  ]).comparison
}

const tally = () => ({ regression: 0, improvement: 0, no_change: 0, inconclusive: 0 })
/** The gate's verdict on the latency metrics (p50, p95): what fails a pull request. */
const latencyVerdict = (cmp) => {
  const v = cmp.metrics.filter((m) => m.metric.endsWith('response_time')).map((m) => m.verdict)
  for (const x of ['regression', 'improvement', 'inconclusive']) if (v.includes(x)) return x
  return 'no_change'
}

const started = Date.now()
const rows = []
const a = await startService(WORK_MS)
const a2 = await startService(WORK_MS)
try {
  // compare on A/A pairs of separate runs
  {
    const t = tally()
    const changes = []
    for (let k = 0; k < REPS; k++) {
      const out = join(work, `aa-${k}`)
      loadRun(a.url, join(out, 'base'))
      const cur = loadRun(a.url, join(out, 'cur'))
      const baseDir = join(out, 'base', readdirSync(join(out, 'base'))[0])
      const cmp = cli(['compare', baseDir, cur.report_dir, '--json', '--fail-on-regression', 'never'])
      t[latencyVerdict(cmp)]++
      changes.push(cmp.metrics.find((m) => m.metric === 'p95_response_time').change)
      rmSync(out, { recursive: true, force: true })
    }
    rows.push(['`compare`, A/A pairs of separate runs', `${LOAD_SECONDS} s each`, 'none', t, spread(changes)])
  }
  // ab A/A, then against slower instances
  for (const slower of [0, 0.05, 0.1, 0.2]) {
    const b = slower === 0 ? a2 : await startService(WORK_MS * (1 + slower))
    const t = tally()
    const changes = []
    try {
      for (let k = 0; k < REPS; k++) {
        const out = join(work, `ab-${slower}-${k}`)
        const cmp = abRun(a.url, b.url, out)
        t[latencyVerdict(cmp)]++
        changes.push(cmp.metrics.find((m) => m.metric === 'p95_response_time').change)
        rmSync(out, { recursive: true, force: true })
      }
    } finally {
      if (slower !== 0) b.stop()
    }
    rows.push([
      '`ab`',
      `${AB_SECONDS} s, slices of ${SLICE} s`,
      slower === 0 ? 'none (A/A)' : `B ${slower * 100}% slower`,
      t,
      spread(changes)
    ])
  }
} finally {
  a.stop()
  a2.stop()
  rmSync(work, { recursive: true, force: true })
}

function spread(xs) {
  const s = [...xs].sort((x, y) => x - y)
  const pct = (v) => `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(1)}%`
  return `${pct(s[0])} … ${pct(s[s.length - 1])}`
}

say('# perf-gate calibration: the baseline gate on real runs')
say()
say(
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. ` +
    `A CPU-bound service (${WORK_MS} ms of CPU a request, one process${cpus().length >= 2 ? ', its own core' : ''}), ${USERS} users, ` +
    `${REPS} repetitions each, tolerance 10%. Verdict of the latency metrics (p50, p95): a regression of either is a failed gate. ` +
    `${Math.round((Date.now() - started) / 60000)} minutes.`
)
say()
say(
  '| method | run | true change | regression | improvement | no change | inconclusive | p95 change seen (min … max) |'
)
say('| --- | --- | --- | ---: | ---: | ---: | ---: | --- |')
for (const [method, run, truth, t, sp] of rows)
  say(
    `| ${method} | ${run} | ${truth} | ${t.regression} | ${t.improvement} | ${t.no_change} | ${t.inconclusive} | ${sp} |`
  )
say()
mkdirSync(join(root, 'bench/results'), { recursive: true })
writeFileSync(join(root, 'bench/results/calibration.md'), md.join('\n') + '\n')
console.log('written: bench/results/calibration.md')
