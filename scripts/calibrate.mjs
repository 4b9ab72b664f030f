#!/usr/bin/env node
// Calibration of the baseline gate on real, noisy runs (issue 14): how often
// it cries wolf, and how often it catches a slowdown. A CPU-bound local
// service (each request burns a fixed amount of CPU, so its throughput and
// latency move with the machine, as a real one's do), on its own core when
// there are two. Series:
//   - `compare`: A/A pairs, two `load` runs of the same service back to back;
//   - `ab-0`: `ab` A/A, two instances of the same service;
//   - `ab-5`, `ab-10`, `ab-20`: `ab` against an instance 5%, 10%, 20% slower;
//   - `ab-0-noisy`, `ab-5-noisy`: the same with a noisy neighbour, a process on
//     each core that burns CPU in bursts of 0.2–2 s with pauses as long.
// Two steps. Collecting runs the load and keeps what the comparison reads of
// each run (every second of a `compare` pair, every pair of slices of an `ab`
// run) in bench/results/calibration-raw.json.gz; analysing judges those with
// the gate of dist/lib.js — at the full run length and at shorter ones (the
// first pairs of a run), at tolerances 10/5/2% — and writes calibration.md
// and calibration.json. So a change of the statistics is re-judged on the
// same real runs in seconds: `npm run calibrate -- --analyze`.
// CALIBRATE_SERIES (e.g. "compare:20,ab-0:120,ab-5:120,ab-10:60,ab-20:60":
// series and seconds per run; the ones given replace theirs in the raw file),
// CALIBRATE_REPS (20), CALIBRATE_USERS (4), CALIBRATE_SLICE (the product's
// default), CALIBRATE_DIST (dist/: a copy lets you rebuild while it runs).
// Loads only 127.0.0.1 servers it starts.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { runCliOnCore0, startCpuService, startNeighbours } from './bench/targets.mjs'
import { pack, packRun, RAW, readRaw, unpack, unpackRun, writeRaw } from './bench/calibration-raw.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const DIST = process.env.CALIBRATE_DIST ?? join(root, 'dist')
const CLI = join(DIST, 'cli.js')
const { DEFAULTS, DEFAULT_TOLERANCES, judgeChange, compareRuns, compareSlices, runWindows } = await import(
  pathToFileURL(join(DIST, 'lib.js')).href
)
const ANALYZE_ONLY = process.argv.includes('--analyze')
const PLAN = (process.env.CALIBRATE_SERIES ?? 'compare:20,ab-0:120,ab-5:120,ab-10:60,ab-20:60')
  .split(',')
  .map((x) => {
    const [name, seconds] = x.split(':')
    if (!/^(compare|ab-\d+(-noisy)?)$/.test(name) || !(Number(seconds) > 0))
      throw new Error(`CALIBRATE_SERIES: "${x}" is not series:seconds (compare, ab-0, ab-5, ab-0-noisy …)`)
    return { name, seconds: Number(seconds) }
  })
const REPS = Number(process.env.CALIBRATE_REPS ?? 20)
const USERS = Number(process.env.CALIBRATE_USERS ?? 4)
const SLICE = Number(process.env.CALIBRATE_SLICE ?? DEFAULTS.abSlice)
/** CPU per request of the A side, ms */
const WORK_MS = 1
const md = []
const say = (line = '') => {
  console.log(line)
  md.push(line)
}

const cli = (args) => JSON.parse(runCliOnCore0(CLI, args))

const work = mkdtempSync(join(tmpdir(), 'perf-gate-calibrate-'))
const config = join(work, 'perf-gate.yml')
writeFileSync(
  config,
  'services:\n  svc:\n    base_url: http://127.0.0.1:9\n    endpoints: [{ path: /work }]\n'
)

function loadRun(url, out, seconds) {
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
    String(seconds),
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

function abRun(aUrl, bUrl, out, seconds) {
  cli([
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
  ])
  return readMetrics(out)
}

/** The metrics.json of the one run directory in `out`. */
function readMetrics(out) {
  return JSON.parse(readFileSync(join(out, readdirSync(out)[0], 'metrics.json'), 'utf8'))
}

// ---- collect --------------------------------------------------------------

const minutesSince = (t) => Math.round((Date.now() - t) / 60000)
const progress = (what, k, t) => console.error(`${what}: ${k + 1}/${REPS} (${minutesSince(t)} min)`)

async function collect() {
  const raw = readRaw()
  raw.machine = `${cpus().length} × ${cpus()[0]?.model.trim()}`
  raw.node = process.version
  raw.users = USERS
  raw.work_ms = WORK_MS
  const a = await startCpuService(WORK_MS)
  const a2 = await startCpuService(WORK_MS)
  try {
    for (const { name, seconds } of PLAN) {
      const t = Date.now()
      const entry = { seconds, collected: new Date().toISOString().slice(0, 10), runs: [] }
      raw.series[name] = entry
      if (name === 'compare') {
        loadRun(a.url, join(work, 'warm'), 10)
        for (let k = 0; k < REPS; k++) {
          const out = join(work, `aa-${k}`)
          loadRun(a.url, join(out, 'base'), seconds)
          loadRun(a.url, join(out, 'cur'), seconds)
          entry.runs.push({
            baseline: packRun(runWindows(readMetrics(join(out, 'base')))),
            current: packRun(runWindows(readMetrics(join(out, 'cur'))))
          })
          rmSync(out, { recursive: true, force: true })
          entry.minutes = minutesSince(t)
          writeRaw(raw)
          progress('compare A/A', k, t)
        }
        continue
      }
      const slower = parseInt(name.slice(3), 10) / 100
      entry.slice = SLICE
      const b = slower === 0 ? a2 : await startCpuService(WORK_MS * (1 + slower))
      const stopNeighbours = name.endsWith('-noisy') ? startNeighbours() : () => {}
      try {
        // a fresh process is slower for its first seconds (JIT, heap growth) and A is warm: one
        // unrecorded run first, or the first repetition of every series measures the cold start
        abRun(a.url, b.url, join(work, `warm-${name}`), 10)
        for (let k = 0; k < REPS; k++) {
          const out = join(work, `${name}-${k}`)
          const doc = abRun(a.url, b.url, out, seconds)
          const m = doc.baseline.comparison.metrics
          entry.runs.push({
            headlines: {
              baseline: Object.fromEntries(m.map((x) => [x.metric, x.baseline])),
              current: Object.fromEntries(m.map((x) => [x.metric, x.current]))
            },
            pairs: doc.baseline.slice_pairs.map((p) => [pack(p.a), pack(p.b)])
          })
          rmSync(out, { recursive: true, force: true })
          entry.minutes = minutesSince(t)
          writeRaw(raw)
          progress(`ab ${slower * 100}% slower`, k, t)
        }
      } finally {
        if (slower !== 0) b.stop()
        stopNeighbours()
      }
    }
  } finally {
    a.stop()
    a2.stop()
  }
}

// ---- analyse ---------------------------------------------------------------

const TOLERANCES = [0.1, 0.05, 0.02]
const METRICS = ['median_response_time', 'p95_response_time', 'requests_per_second']

/** The gate's verdict at one tolerance for times and throughput (the error rate keeps its own). */
function gateVerdict(cmp, tolerance) {
  const v = cmp.metrics.map((m) =>
    m.ci_low === null
      ? 'inconclusive'
      : judgeChange(
          { estimate: m.change, low: m.ci_low, high: m.ci_high },
          m.metric === 'error_rate' ? DEFAULT_TOLERANCES.error_rate : tolerance,
          m.metric === 'requests_per_second' ? 'down' : 'up'
        )
  )
  for (const x of ['regression', 'inconclusive', 'improvement']) if (v.includes(x)) return x
  return 'no_change'
}

/** Each series judged at its full length and, for `ab`, at the shorter lengths its first pairs make. */
function judged(raw) {
  const rows = []
  const order = [
    'compare',
    ...Object.keys(raw.series)
      .filter((n) => n !== 'compare')
      .sort(byChange)
  ]
  for (const name of order.filter((n) => raw.series[n])) {
    const s = raw.series[name]
    if (name === 'compare') {
      rows.push({
        name,
        method: '`compare`, A/A pairs of separate runs',
        run: `${s.seconds} s each${s.intervals ? ` (${s.collected}, intervals kept)` : ''}`,
        slower: 0,
        // an earlier collection kept only each run's intervals: the compare statistic has not changed since
        comparisons: s.intervals
          ? s.intervals.map((r) => ({
              metrics: Object.entries(r).map(([metric, iv]) => ({
                metric,
                change: iv.change,
                ci_low: iv.low,
                ci_high: iv.high
              }))
            }))
          : s.runs.map((r) => compareRuns(unpackRun(r.baseline), unpackRun(r.current)))
      })
      continue
    }
    const lengths = [...[30, 60, 90, 120, 180, 240].filter((l) => l < s.seconds), s.seconds]
    for (const length of lengths) {
      const n = Math.round(length / s.slice / 2)
      rows.push({
        name,
        method: '`ab`',
        run: `${length} s${length < s.seconds ? ` (the first ${length} s of ${s.seconds} s runs)` : ''}, slices of ${s.slice} s`,
        slower: parseInt(name.slice(3), 10) / 100,
        noisy: name.endsWith('-noisy'),
        comparisons: s.runs.map((r) =>
          compareSlices(
            r.pairs.slice(0, n).map(([a, b]) => ({ baseline: unpack(a), current: unpack(b) })),
            r.headlines
          )
        )
      })
    }
  }
  return rows
}
function byChange(x, y) {
  return parseInt(x.slice(3), 10) - parseInt(y.slice(3), 10) || x.length - y.length
}

const pct = (v) => `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(1)}%`
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
function spread(comparisons, metric) {
  const ms = comparisons.map((c) => c.metrics.find((m) => m.metric === metric))
  const s = ms.map((m) => m.change).sort((x, y) => x - y)
  const halves = ms.filter((m) => m.ci_low !== null).map((m) => (m.ci_high - m.ci_low) / 2)
  const half = halves.length ? `±${(median(halves) * 100).toFixed(1)}%` : 'no interval'
  return `${pct(s[0])} … ${pct(s[s.length - 1])} (${half})`
}
const truth = (x) =>
  (x.slower === 0 ? 'none (A/A)' : `B ${x.slower * 100}% slower`) + (x.noisy ? ', noisy neighbour' : '')

/** "20", or "20 (12 for ab-20)" when a series holds fewer */
function repetitions(rows) {
  const most = Math.max(...rows.map((r) => r.comparisons.length))
  const fewer = [
    ...new Set(
      rows.filter((r) => r.comparisons.length < most).map((r) => `${r.comparisons.length} for ${r.name}`)
    )
  ]
  return fewer.length ? `${most} (${fewer.join(', ')})` : String(most)
}

function analyze() {
  const raw = readRaw()
  const rows = judged(raw)
  if (rows.length === 0) throw new Error(`nothing collected yet in ${RAW}`)
  const minutes = Object.values(raw.series).reduce((t, s) => t + (s.minutes ?? 0), 0)
  const dates = [...new Set(Object.values(raw.series).map((s) => s.collected))].sort().join(', ')
  say('# perf-gate calibration: the baseline gate on real runs')
  say()
  say(
    `Machine: ${raw.machine}, Node ${raw.node}, collected ${dates} (${minutes} minutes of load). ` +
      `A CPU-bound service (${raw.work_ms} ms of CPU a request, one process, its own core), ${raw.users} users, ` +
      `${repetitions(rows)} repetitions each. ` +
      'The verdict is the gate’s: a regression of any compared metric (p50, p95, throughput, error rate) fails it. ' +
      'Judged by the gate of this commit on the runs kept in `calibration-raw.json.gz` (`npm run calibrate -- --analyze`); ' +
      'a shorter run length is the first pairs of slices of the same runs.'
  )
  say()
  say(
    'Each metric’s change as measured (min … max over the repetitions, and the median half-width of its 95% interval):'
  )
  say()
  say('| method | run | true change | p50 | p95 | throughput |')
  say('| --- | --- | --- | --- | --- | --- |')
  for (const x of rows)
    say(
      `| ${x.method} | ${x.run} | ${truth(x)} | ${METRICS.map((m) => spread(x.comparisons, m)).join(' | ')} |`
    )
  say()
  for (const tolerance of TOLERANCES) {
    say(
      `Verdicts at tolerance ${tolerance * 100}% for times and throughput${tolerance === DEFAULT_TOLERANCES.p95_response_time ? ' (the default)' : ''}:`
    )
    say()
    say('| method | run | true change | regression | improvement | no change | inconclusive |')
    say('| --- | --- | --- | ---: | ---: | ---: | ---: |')
    for (const x of rows) {
      const t = { regression: 0, improvement: 0, no_change: 0, inconclusive: 0 }
      for (const c of x.comparisons) t[gateVerdict(c, tolerance)]++
      say(
        `| ${x.method} | ${x.run} | ${truth(x)} | ${t.regression} | ${t.improvement} | ${t.no_change} | ${t.inconclusive} |`
      )
    }
    say()
  }
  writeFileSync(join(root, 'bench/results/calibration.md'), md.join('\n') + '\n')
  // every interval, to judge at other tolerances without running again
  const intervals = rows.map((x) => ({
    method: x.method,
    run: x.run,
    slower: x.slower,
    runs: x.comparisons.map((c) =>
      Object.fromEntries(
        c.metrics.map((m) => [m.metric, { change: m.change, low: m.ci_low, high: m.ci_high }])
      )
    )
  }))
  writeFileSync(
    join(root, 'bench/results/calibration.json'),
    JSON.stringify({ users: raw.users, series: intervals }, null, 1) + '\n'
  )
  console.log('written: bench/results/calibration.md, calibration.json')
}

try {
  if (!ANALYZE_ONLY) await collect()
} finally {
  rmSync(work, { recursive: true, force: true })
}
analyze()
