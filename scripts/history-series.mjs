#!/usr/bin/env node
// A fresh history series on this machine, run as a user's main branch would
// run it: the built CLI loads one CPU-bound service (1 ms of CPU a request,
// its own core) again and again, each run written into one history folder and
// judged against it (`--baseline <folder>`, the last 10 runs; and with
// `compare … --baseline-runs auto`, the runs since the last change point).
// Then the same service 20% slower, judged against the history and not added
// to it. Then `perf-gate history` over the whole folder (change points).
//
//   HISTORY_SERIES_RUNS   unchanged runs (default 30: 10 to start the history, 20 judged)
//   HISTORY_SERIES_SLOW   20%-slower runs (default 20)
//   HISTORY_SERIES_SECONDS  each run's length (default 20)
//   HISTORY_SERIES_K      the runs a baseline takes (default 10)
//
// Writes bench/results/history-series.json (every verdict) and .md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCliOnCore0, startCpuService } from './bench/targets.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const CLI = join(root, 'dist/cli.js')
const RUNS = Number(process.env.HISTORY_SERIES_RUNS ?? 30)
const SLOW = Number(process.env.HISTORY_SERIES_SLOW ?? 20)
const SECONDS = Number(process.env.HISTORY_SERIES_SECONDS ?? 20)
const K = Number(process.env.HISTORY_SERIES_K ?? 10)
const WORK_MS = 1

const cli = (args) => runCliOnCore0(CLI, args)

const work = mkdtempSync(join(tmpdir(), 'perf-gate-history-series-'))
const config = join(work, 'perf-gate.yml')
writeFileSync(
  config,
  'services:\n  svc:\n    base_url: http://127.0.0.1:9\n    endpoints: [{ path: /work }]\n'
)
const history = join(work, 'history')
const load = (url, out, baseline) =>
  JSON.parse(
    cli([
      'load',
      'svc',
      '--config',
      config,
      '--base-url',
      url,
      '--users',
      '4',
      '--duration',
      String(SECONDS),
      '--output-dir',
      out,
      '--quiet',
      '--json',
      '--fail-on',
      'never',
      ...(baseline ? ['--baseline', history, '--baseline-runs', String(K)] : [])
    ])
  )
/** The verdicts of a comparison: the gate's and each metric's. */
const verdicts = (c) => ({
  gate: c.verdict,
  ...Object.fromEntries(c.metrics.filter((m) => !m.endpoint).map((m) => [m.metric, m.verdict]))
})
const auto = (runDir) =>
  verdicts(
    JSON.parse(cli(['compare', history, runDir, '--baseline-runs', 'auto', '--json', '--config', config]))
  )

const started = new Date()
const unchanged = []
const slower = []
const service = await startCpuService(WORK_MS)
try {
  for (let i = 0; i < RUNS; i++) {
    const out = load(service.url, history, i >= K)
    const doc = JSON.parse(readFileSync(out.metrics_file, 'utf8'))
    const row = { run: i + 1, p95: doc.p95_response_time, median: doc.median_response_time }
    if (i >= K) Object.assign(row, { k10: verdicts(doc.baseline.comparison) })
    unchanged.push(row)
    console.error(
      `unchanged ${i + 1}/${RUNS}: median ${(row.median * 1000).toFixed(2)} ms${row.k10 ? `, ${row.k10.gate}` : ''}`
    )
  }
} finally {
  service.stop()
}
const slow = await startCpuService(WORK_MS * 1.2)
try {
  for (let i = 0; i < SLOW; i++) {
    const out = load(slow.url, join(work, 'slower'), true)
    const doc = JSON.parse(readFileSync(out.metrics_file, 'utf8'))
    slower.push({ run: i + 1, k10: verdicts(doc.baseline.comparison), auto: auto(out.report_dir) })
    console.error(`20% slower ${i + 1}/${SLOW}: ${slower.at(-1).k10.gate}`)
  }
} finally {
  slow.stop()
}
const changes = JSON.parse(cli(['history', history, '--json']))
rmSync(work, { recursive: true, force: true })

const count = (rows, pick) => {
  const out = {}
  for (const r of rows) {
    const v = pick(r)
    if (v) out[v] = (out[v] ?? 0) + 1
  }
  return out
}
const fmt = (o) =>
  Object.entries(o)
    .map(([k, v]) => `${k.replace('_', ' ')} ${v}`)
    .join(', ')
const judged = unchanged.filter((r) => r.k10)
const result = {
  started: started.toISOString(),
  seconds: SECONDS,
  k: K,
  work_ms: WORK_MS,
  unchanged,
  slower,
  change_points: changes
}
writeFileSync(join(root, 'bench/results/history-series.json'), JSON.stringify(result, null, 2) + '\n')
const cps = (changes.tests ?? []).flatMap((t) =>
  t.changes.map((c) => `${c.metric} at run ${t.runs - c.after.runs + 1}`)
)
const md = [
  '# A fresh history series (real runs)',
  '',
  `\`npm run history-series\`, ${started.toISOString().slice(0, 16)}Z: a CPU-bound service (${WORK_MS} ms of CPU a request, its own core), 4 users, ${SECONDS} s runs by the built CLI on the other core. ${RUNS} runs of the unchanged service into one history folder, each from the ${K + 1}th judged against the ${K} before it; then ${SLOW} runs of the service 20% slower against the history. Default tolerance 10%.`,
  '',
  '| runs judged | n | gate verdict (any metric) | median | p95 | throughput |',
  '| --- | ---: | --- | --- | --- | --- |',
  `| unchanged (A/A), last ${K} | ${judged.length} | ${fmt(count(judged, (r) => r.k10.gate))} | ${fmt(count(judged, (r) => r.k10.median_response_time))} | ${fmt(count(judged, (r) => r.k10.p95_response_time))} | ${fmt(count(judged, (r) => r.k10.requests_per_second))} |`,
  `| 20% slower, last ${K} | ${slower.length} | ${fmt(count(slower, (r) => r.k10.gate))} | ${fmt(count(slower, (r) => r.k10.median_response_time))} | ${fmt(count(slower, (r) => r.k10.p95_response_time))} | ${fmt(count(slower, (r) => r.k10.requests_per_second))} |`,
  `| 20% slower, auto | ${slower.length} | ${fmt(count(slower, (r) => r.auto.gate))} | ${fmt(count(slower, (r) => r.auto.median_response_time))} | ${fmt(count(slower, (r) => r.auto.p95_response_time))} | ${fmt(count(slower, (r) => r.auto.requests_per_second))} |`,
  '',
  `Median response time of the unchanged runs, ms: ${unchanged.map((r) => (r.median * 1000).toFixed(2)).join(' ')}.`,
  '',
  `\`perf-gate history\` over the ${RUNS} unchanged runs: ${cps.length} change point(s)${cps.length ? ` (${cps.join(', ')})` : ''}.`,
  ''
]
writeFileSync(join(root, 'bench/results/history-series.md'), md.join('\n'))
console.log(md.join('\n'))
