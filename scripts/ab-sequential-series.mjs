#!/usr/bin/env node
// `ab --max-duration` on real runs: the built CLI compares two instances of
// one CPU-bound service (a fixed loop of ~1 ms of CPU a request, both on core 1; the generator
// on core 0), A/A and with B 5% slower, each run with `--duration D
// --max-duration M`: how often it called an unchanged service a regression,
// how often it caught 5% (at a 2% tolerance), and how long it ran.
//
//   AB_SEQ_REPS       runs of each kind (default 10)
//   AB_SEQ_DURATION   seconds of one look (default 20)
//   AB_SEQ_MAX        the cap, seconds (default 60: three looks)
//   AB_SEQ_NOISY=1    a noisy neighbour (bursts of CPU on both cores) for the whole series
//   AB_SEQ_SLICE      seconds of one slice (default 1)
//   AB_SEQ_PAIRING    alternate (default) or duet: both sides at once
//   AB_SEQ_OUT        folder for the results (default bench/results)
//
// Writes ab-sequential[-noisy][-<max>s][-slice-<s>s].json (every run) and .md
// (the 60 s cap and 1 s slices have no suffix), after every run, so a series
// cut short keeps what it measured.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCliOnCore0, startNeighbours, startWorkService, workIterations } from './bench/targets.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const CLI = join(root, 'dist/cli.js')
const REPS = Number(process.env.AB_SEQ_REPS ?? 10)
const DURATION = Number(process.env.AB_SEQ_DURATION ?? 20)
const MAX = Number(process.env.AB_SEQ_MAX ?? 60)
const WORK_MS = 1
const NOISY = process.env.AB_SEQ_NOISY === '1'
const SLICE = Number(process.env.AB_SEQ_SLICE ?? 1)
const PAIRING = process.env.AB_SEQ_PAIRING ?? 'alternate'
const OUT = process.env.AB_SEQ_OUT ?? join(root, 'bench/results')
const NAME = `ab-sequential${NOISY ? '-noisy' : ''}${MAX === 60 ? '' : `-${MAX}s`}${SLICE === 1 ? '' : `-slice-${SLICE}s`}${PAIRING === 'alternate' ? '' : `-${PAIRING}`}`
const resultFile = (ext) => join(OUT, `${NAME}.${ext}`)

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
      String(SLICE),
      '--pairing',
      PAIRING,
      '--output-dir',
      join(work, 'out'),
      '--quiet',
      '--json'
    ])
  )
  const c = out.comparison
  const median = c.metrics.find((m) => m.metric === 'median_response_time' && m.endpoint === undefined)
  const pct = (v) => (v == null ? null : Math.round(v * 1000) / 10)
  return {
    verdict: c.verdict,
    median: median?.verdict,
    // the median's change and 95% interval, in percent: how far from deciding an undecided run was
    median_change: [pct(median?.change), pct(median?.ci_low), pct(median?.ci_high)],
    // the run's metrics that regressed (a catch, or a false alarm)
    regressed: c.metrics
      .filter((m) => m.endpoint === undefined && m.verdict === 'regression')
      .map((m) => m.metric),
    looks: c.looks?.made ?? 1,
    stopped: c.looks?.stopped ?? 'one look',
    wall_s: Math.round((Date.now() - started) / 100) / 10
  }
}

const count = (rows, pick) => {
  const out = {}
  for (const r of rows) out[pick(r)] = (out[pick(r)] ?? 0) + 1
  return Object.entries(out)
    .map(([k, v]) => `${k.replace('_', ' ')} ${v}`)
    .join(', ')
}
const mean = (xs) => Math.round((xs.reduce((t, x) => t + x, 0) / xs.length) * 10) / 10
// the median's 95% interval at the run's end, half its width in points of percent: 2% needs it near 1
const halfWidth = (rs) => {
  const w = rs
    .filter((r) => r.median_change?.[1] != null)
    .map((r) => (r.median_change[2] - r.median_change[1]) / 2)
  return w.length === 0 ? '—' : `±${mean(w)}%`
}
const row = (name, rs) =>
  rs.length === 0
    ? `| ${name} | 0 | | | | | |`
    : `| ${name} | ${rs.length} | ${count(rs, (r) => r.verdict)} | ${count(rs, (r) => `${r.looks} look${r.looks === 1 ? '' : 's'}:`)} | ${mean(rs.map((r) => r.looks * DURATION))} s | ${mean(rs.map((r) => r.wall_s))} s | ${halfWidth(rs)} |`
function write() {
  writeFileSync(
    resultFile('json'),
    JSON.stringify(
      {
        started: started.toISOString(),
        duration: DURATION,
        max: MAX,
        slice: SLICE,
        pairing: PAIRING,
        work_ms: WORK_MS,
        noisy: NOISY,
        runs
      },
      null,
      2
    ) + '\n'
  )
  const md = [
    `# \`ab --max-duration\` on real runs${NOISY ? ', noisy neighbour' : ''}`,
    '',
    `\`node scripts/ab-sequential-series.mjs\`, ${started.toISOString().slice(0, 16)}Z: two instances of a CPU-bound service (a fixed loop of about ${WORK_MS} ms of CPU a request, B's 5% more iterations; both on core 1), the built CLI on core 0, 4 users, ${SLICE} s slices${PAIRING === 'duet' ? ', `--pairing duet` (both sides at once)' : ', alternating'}, \`--duration ${DURATION} --max-duration ${MAX}\` (${Math.round(MAX / DURATION)} looks, O'Brien–Fleming boundaries), tolerance ${TOLERANCE}% for times and throughput (as the calibration judges 5%). ${runs.aa.length} A/A runs (a regression is a false alarm) and ${runs.slower5.length} with B 5% slower (a regression is a catch).${NOISY ? ' A noisy neighbour (a process per core burning CPU in random bursts of 0.2–2 s, unpinned) ran through the whole series.' : ''}`,
    '',
    '| runs | n | verdict | looks made | load per run (looks × duration) | wall time per run | median interval at the end |',
    '| --- | ---: | --- | --- | ---: | ---: | ---: |',
    row('A/A', runs.aa),
    row('B 5% slower', runs.slower5),
    ''
  ]
  writeFileSync(resultFile('md'), md.join('\n'))
}
const started = new Date()
const runs = { aa: [], slower5: [] }
// a fixed amount of work a request, B's 5% more: a neighbour's burst slows it as it would a real server
const iterations = workIterations(WORK_MS)
const a = await startWorkService(iterations)
const a2 = await startWorkService(iterations)
const b = await startWorkService(iterations * 1.05)
const stopNeighbours = NOISY ? startNeighbours() : () => {}
try {
  for (let i = 0; i < REPS; i++) {
    runs.aa.push(ab(a.url, a2.url))
    console.error(`A/A ${i + 1}/${REPS}: ${JSON.stringify(runs.aa.at(-1))}`)
    write()
    runs.slower5.push(ab(a.url, b.url))
    console.error(`5% slower ${i + 1}/${REPS}: ${JSON.stringify(runs.slower5.at(-1))}`)
    write()
  }
} finally {
  stopNeighbours()
  for (const s of [a, a2, b]) s.stop()
  rmSync(work, { recursive: true, force: true })
}

console.log(readFileSync(resultFile('md'), 'utf8'))
