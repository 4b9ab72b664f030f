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
// CALIBRATE_USERS (4), CALIBRATE_SLICE (the product's default), CALIBRATE_DIST (dist/:
// a copy lets you rebuild while it runs). Loads only 127.0.0.1 servers it starts; writes
// bench/results/calibration.md.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { freePort, pinned } from './bench/targets.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const DIST = process.env.CALIBRATE_DIST ?? join(root, 'dist')
const CLI = join(DIST, 'cli.js')
const { DEFAULTS, DEFAULT_TOLERANCES, judgeChange } = await import(pathToFileURL(join(DIST, 'lib.js')).href)
const REPS = Number(process.env.CALIBRATE_REPS ?? 20)
const AB_SECONDS = Number(process.env.CALIBRATE_AB_SECONDS ?? 60)
const LOAD_SECONDS = Number(process.env.CALIBRATE_LOAD_SECONDS ?? 20)
const USERS = Number(process.env.CALIBRATE_USERS ?? 4)
const SLICE = Number(process.env.CALIBRATE_SLICE ?? DEFAULTS.abSlice)
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

function abRun(aUrl, bUrl, out, seconds = AB_SECONDS) {
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
    String(seconds),
    '--slice',
    String(SLICE),
    '--output-dir',
    out,
    '--quiet',
    '--json'
  ]).comparison
}

const TOLERANCES = [0.1, 0.05, 0.02]
const started = Date.now()
/** per series: what ran, and each repetition's intervals by metric */
const series = []
const a = await startService(WORK_MS)
const a2 = await startService(WORK_MS)
const intervals = (cmp) =>
  Object.fromEntries(
    cmp.metrics.map((m) => [
      m.metric,
      { change: m.change, low: m.ci_low, high: m.ci_high, worse: WORSE[m.metric] }
    ])
  )
const WORSE = {
  median_response_time: 'up',
  p95_response_time: 'up',
  requests_per_second: 'down',
  error_rate: 'up'
}
try {
  // compare on A/A pairs of separate runs
  {
    loadRun(a.url, join(work, 'warm'))
    const runs = []
    for (let k = 0; k < REPS; k++) {
      const out = join(work, `aa-${k}`)
      loadRun(a.url, join(out, 'base'))
      const cur = loadRun(a.url, join(out, 'cur'))
      const baseDir = join(out, 'base', readdirSync(join(out, 'base'))[0])
      runs.push(
        intervals(cli(['compare', baseDir, cur.report_dir, '--json', '--fail-on-regression', 'never']))
      )
      rmSync(out, { recursive: true, force: true })
      progress('compare A/A', k)
    }
    series.push({
      method: '`compare`, A/A pairs of separate runs',
      run: `${LOAD_SECONDS} s each`,
      slower: 0,
      runs
    })
  }
  // ab A/A, then against slower instances
  for (const slower of [0, 0.05, 0.1, 0.2]) {
    const b = slower === 0 ? a2 : await startService(WORK_MS * (1 + slower))
    // a fresh process is slower for its first seconds (JIT, heap growth) and A is warm: one
    // unrecorded run first, or the first repetition of every series measures the cold start
    abRun(a.url, b.url, join(work, `warm-${slower}`), 10)
    const runs = []
    try {
      for (let k = 0; k < REPS; k++) {
        const out = join(work, `ab-${slower}-${k}`)
        runs.push(intervals(abRun(a.url, b.url, out)))
        rmSync(out, { recursive: true, force: true })
        progress(`ab ${slower * 100}% slower`, k)
      }
    } finally {
      if (slower !== 0) b.stop()
    }
    series.push({ method: '`ab`', run: `${AB_SECONDS} s, slices of ${SLICE} s`, slower, runs })
  }
} finally {
  a.stop()
  a2.stop()
  rmSync(work, { recursive: true, force: true })
}

function progress(what, k) {
  console.error(`${what}: ${k + 1}/${REPS} (${Math.round((Date.now() - started) / 60000)} min)`)
}

/** The gate's verdict on a run at one tolerance for times and throughput (the error rate keeps its 0.5 pp). */
function gateVerdict(run, tolerance) {
  const v = Object.entries(run).map(([metric, iv]) =>
    iv.low === null
      ? 'inconclusive'
      : judgeChange(
          { estimate: iv.change, low: iv.low, high: iv.high },
          metric === 'error_rate' ? DEFAULT_TOLERANCES.error_rate : tolerance,
          iv.worse
        )
  )
  for (const x of ['regression', 'inconclusive', 'improvement']) if (v.includes(x)) return x
  return 'no_change'
}

const pct = (v) => `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(1)}%`
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
function spread(runs, metric) {
  const s = runs.map((r) => r[metric].change).sort((x, y) => x - y)
  const half = median(
    runs.filter((r) => r[metric].low !== null).map((r) => (r[metric].high - r[metric].low) / 2)
  )
  return `${pct(s[0])} … ${pct(s[s.length - 1])} (±${(half * 100).toFixed(1)}%)`
}
const truth = (x) => (x.slower === 0 ? 'none (A/A)' : `B ${x.slower * 100}% slower`)

say('# perf-gate calibration: the baseline gate on real runs')
say()
say(
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. ` +
    `A CPU-bound service (${WORK_MS} ms of CPU a request, one process${cpus().length >= 2 ? ', its own core' : ''}), ${USERS} users, ` +
    `${REPS} repetitions each. ${Math.round((Date.now() - started) / 60000)} minutes. ` +
    `The verdict is the gate's: a regression of any compared metric (p50, p95, throughput, error rate) fails it.`
)
say()
say(
  'Each metric’s change as measured (min … max over the repetitions, and the median half-width of its 95% interval):'
)
say()
say('| method | run | true change | p50 | p95 | throughput |')
say('| --- | --- | --- | --- | --- | --- |')
for (const x of series)
  say(
    `| ${x.method} | ${x.run} | ${truth(x)} | ${spread(x.runs, 'median_response_time')} | ${spread(x.runs, 'p95_response_time')} | ${spread(x.runs, 'requests_per_second')} |`
  )
say()
for (const tolerance of TOLERANCES) {
  say(
    `Verdicts at tolerance ${tolerance * 100}% for times and throughput${tolerance === DEFAULT_TOLERANCES.p95_response_time ? ' (the default)' : ''}:`
  )
  say()
  say('| method | run | true change | regression | improvement | no change | inconclusive |')
  say('| --- | --- | --- | ---: | ---: | ---: | ---: |')
  for (const x of series) {
    const t = { regression: 0, improvement: 0, no_change: 0, inconclusive: 0 }
    for (const r of x.runs) t[gateVerdict(r, tolerance)]++
    say(
      `| ${x.method} | ${x.run} | ${truth(x)} | ${t.regression} | ${t.improvement} | ${t.no_change} | ${t.inconclusive} |`
    )
  }
  say()
}
mkdirSync(join(root, 'bench/results'), { recursive: true })
writeFileSync(join(root, 'bench/results/calibration.md'), md.join('\n') + '\n')
// every interval, to judge at other tolerances without running again
writeFileSync(
  join(root, 'bench/results/calibration.json'),
  JSON.stringify({ users: USERS, series }, null, 1) + '\n'
)
console.log('written: bench/results/calibration.md, calibration.json')
