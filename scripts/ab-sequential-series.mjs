#!/usr/bin/env node
// `ab --max-duration` on real runs: the built CLI compares two instances of
// one CPU-bound service (1 ms of CPU a request, both on core 1; the generator
// on core 0), A/A and with B 5% slower, each run with `--duration D
// --max-duration M`: how often it called an unchanged service a regression,
// how often it caught 5% (at a 2% tolerance), and how long it ran.
//
//   AB_SEQ_REPS       runs of each kind (default 10)
//   AB_SEQ_DURATION   seconds of one look (default 20)
//   AB_SEQ_MAX        the cap, seconds (default 60: three looks)
//
// Writes bench/results/ab-sequential.json (every run) and .md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCliOnCore0, startCpuService } from './bench/targets.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const CLI = join(root, 'dist/cli.js')
const REPS = Number(process.env.AB_SEQ_REPS ?? 10)
const DURATION = Number(process.env.AB_SEQ_DURATION ?? 20)
const MAX = Number(process.env.AB_SEQ_MAX ?? 60)
const WORK_MS = 1

const work = mkdtempSync(join(tmpdir(), 'perf-gate-ab-sequential-'))
const config = join(work, 'perf-gate.yml')
// 2% for times and throughput, as the calibration judges a 5% change: 5% slower is then a regression to catch
const TOLERANCE = 2
writeFileSync(
  config,
  `tolerances: { p50_response_time: ${TOLERANCE}%, p95_response_time: ${TOLERANCE}%, requests_per_second: ${TOLERANCE}% }\n` +
    'services:\n  svc:\n    base_url: http://127.0.0.1:9\n    endpoints: [{ path: /work }]\n'
)

function ab(aUrl, bUrl) {
  const started = Date.now()
  const out = JSON.parse(
    runCliOnCore0(CLI, [
      'ab',
      'svc',
      '--config',
      config,
      '--a-url',
      aUrl,
      '--b-url',
      bUrl,
      '--users',
      '4',
      '--duration',
      String(DURATION),
      '--max-duration',
      String(MAX),
      '--slice',
      '1',
      '--output-dir',
      join(work, 'out'),
      '--quiet',
      '--json'
    ])
  )
  const c = out.comparison
  return {
    verdict: c.verdict,
    median: c.metrics.find((m) => m.metric === 'median_response_time')?.verdict,
    looks: c.looks?.made ?? 1,
    stopped: c.looks?.stopped ?? 'one look',
    wall_s: Math.round((Date.now() - started) / 100) / 10
  }
}

const started = new Date()
const runs = { aa: [], slower5: [] }
const a = await startCpuService(WORK_MS)
const a2 = await startCpuService(WORK_MS)
const b = await startCpuService(WORK_MS * 1.05)
try {
  for (let i = 0; i < REPS; i++) {
    runs.aa.push(ab(a.url, a2.url))
    console.error(`A/A ${i + 1}/${REPS}: ${JSON.stringify(runs.aa.at(-1))}`)
    runs.slower5.push(ab(a.url, b.url))
    console.error(`5% slower ${i + 1}/${REPS}: ${JSON.stringify(runs.slower5.at(-1))}`)
  }
} finally {
  for (const s of [a, a2, b]) s.stop()
  rmSync(work, { recursive: true, force: true })
}

const count = (rows, pick) => {
  const out = {}
  for (const r of rows) out[pick(r)] = (out[pick(r)] ?? 0) + 1
  return Object.entries(out)
    .map(([k, v]) => `${k.replace('_', ' ')} ${v}`)
    .join(', ')
}
const mean = (xs) => Math.round((xs.reduce((t, x) => t + x, 0) / xs.length) * 10) / 10
writeFileSync(
  join(root, 'bench/results/ab-sequential.json'),
  JSON.stringify(
    { started: started.toISOString(), duration: DURATION, max: MAX, work_ms: WORK_MS, runs },
    null,
    2
  ) + '\n'
)
const row = (name, rs) =>
  `| ${name} | ${rs.length} | ${count(rs, (r) => r.verdict)} | ${count(rs, (r) => `${r.looks} look${r.looks === 1 ? '' : 's'}:`)} | ${mean(rs.map((r) => r.looks * DURATION))} s |`
const md = [
  '# `ab --max-duration` on real runs',
  '',
  `\`node scripts/ab-sequential-series.mjs\`, ${started.toISOString().slice(0, 16)}Z: two instances of a CPU-bound service (${WORK_MS} ms of CPU a request, both on core 1), the built CLI on core 0, 4 users, 1 s slices, \`--duration ${DURATION} --max-duration ${MAX}\` (${Math.round(MAX / DURATION)} looks, O'Brien–Fleming boundaries), tolerance ${TOLERANCE}% for times and throughput (as the calibration judges 5%). ${REPS} A/A runs (a regression is a false alarm) and ${REPS} with B 5% slower (a regression is a catch).`,
  '',
  '| runs | n | verdict | looks made | load per run (looks × duration) |',
  '| --- | ---: | --- | --- | ---: |',
  row('A/A', runs.aa),
  row('B 5% slower', runs.slower5),
  ''
]
writeFileSync(join(root, 'bench/results/ab-sequential.md'), md.join('\n'))
console.log(md.join('\n'))
