#!/usr/bin/env node
// perf-gate benchmark: every figure measured in this one run, side by side.
// Targets that are not the bottleneck: nginx (one worker, its own core) for
// throughput, a fixed-delay Node server for rate accuracy. Generators run on
// the other core. Loads only servers this script starts on 127.0.0.1, for a
// bounded time. `npm run bench` installs nginx, wrk and hey first, because
// targets.mjs looks for nginx when it is imported. Writes the tables to
// bench/results/latest.md, or with BENCH_ONLY to bench/results/<sections>.md.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bareAutocannon, GENERATORS, perfGate } from './bench/generators.mjs'
import { parse as parseYaml } from 'yaml'
import { NGINX, pinned, startFixedDelay, startNginx, windowCv } from './bench/targets.mjs'
import { soakRun } from './bench/soak-memory.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const MEMORY_REQUESTS = Number(process.env.BENCH_MEMORY_REQUESTS ?? 5_000_000)
// the soak section's request counts (BENCH_SOAK_REQUESTS=1e6,3e6 for a shorter look)
const SOAK_REQUESTS = (process.env.BENCH_SOAK_REQUESTS ?? '3e6,1e7,3e7').split(',').map(Number)
const work = mkdtempSync(join(tmpdir(), 'perf-gate-bench-'))
const md = []
const say = (line = '') => {
  console.log(line)
  md.push(line)
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const fmt = (n, d = 0) =>
  n === undefined || Number.isNaN(n)
    ? '—'
    : n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })
const table = (header, rows) => {
  say(`| ${header.join(' | ')} |`)
  say(`| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`)
  for (const r of rows) say(`| ${r.join(' | ')} |`)
  say()
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`
const only = process.env.BENCH_ONLY?.split(',')
say(
  only
    ? `# perf-gate bench: ${only.join(', ')} (BENCH_ONLY=${only.join(',')} npm run bench)`
    : `# perf-gate bench`
)
say()
say(
  `Machine: ${machine}. ${SECONDS} s per run, median of ${ROUNDS} round${ROUNDS === 1 ? '' : 's'}. Generators on core 0, targets on core 1 (taskset).`
)
say()

// BENCH_ONLY=throughput,workers,workloads,journeys,rate,memory,soak,csv,action runs some sections, written to results/<sections>.md
const SECTIONS = {
  throughput,
  workers,
  workloads,
  journeys,
  rate: rateAccuracy,
  memory,
  soak,
  csv: csvBytes,
  action: actionOverhead
}
try {
  for (const [name, section] of Object.entries(SECTIONS)) if (!only || only.includes(name)) await section()
} finally {
  rmSync(work, { recursive: true, force: true })
}
const written = `bench/results/${only ? only.join('-') : 'latest'}.md`
mkdirSync(join(root, 'bench/results'), { recursive: true })
writeFileSync(join(root, written), md.join('\n'))
console.log(`written: ${written}`)

/**
 * `--workers 2` against `--workers 1`, nginx on core 1: once with the
 * generator held to core 0 (both threads on one core: the ceiling is that
 * core), once free to use both cores (the second worker then takes its time
 * from nginx's core). On a machine with more cores than 2 the same section
 * measures what a core of its own per worker gives.
 */
async function workers() {
  say(
    `## Worker threads against nginx (${NGINX ? 'one worker, return 200, 100 connections' : 'NOT INSTALLED: skipped'})`
  )
  say()
  const nginx = await startNginx(work)
  if (!nginx) return
  const rows = []
  try {
    for (const [placement, cpu] of [
      ['generator on core 0 only', 0],
      ['generator free on both cores', undefined]
    ]) {
      const rps = { 1: [], 2: [] }
      const cpuPct = { 1: [], 2: [] }
      const mainPct = []
      for (let round = 0; round < ROUNDS; round++) {
        for (const n of round % 2 ? [2, 1] : [1, 2]) {
          const m = perfGate(
            nginx.url,
            ['--users', '100', '--duration', String(SECONDS), '--workers', String(n)],
            work,
            cpu
          )
          rps[n].push(m.requests_per_second)
          cpuPct[n].push(m.generator?.cpu_percent ?? NaN)
          if (n === 2)
            mainPct.push({ cpu: m.generator?.main_thread_cpu_percent ?? NaN, rps: m.requests_per_second })
        }
      }
      rows.push([
        placement,
        fmt(median(rps[1])),
        fmt(median(rps[2])),
        fmt(median(rps[2]) / median(rps[1]), 2),
        `${fmt(median(cpuPct[1]))}% / ${fmt(median(cpuPct[2]))}%`,
        `${fmt(median(mainPct.map((x) => x.cpu)))}%`,
        // what the merge costs the main thread per request: the rate at which it would be the limit
        fmt(median(mainPct.map((x) => ((x.cpu / 100) * 1e6) / x.rps)), 1),
        fmt(median(mainPct.map((x) => x.rps / (x.cpu / 100))))
      ])
    }
  } finally {
    await nginx.stop()
  }
  table(
    [
      'placement',
      '--workers 1 req/s',
      '--workers 2 req/s',
      'ratio 2 / 1',
      'busiest worker CPU (1 / 2)',
      'main thread CPU (2)',
      'main thread µs per request',
      'main thread ceiling req/s'
    ],
    rows
  )
  say(
    `This machine has ${cpus().length} cores and the target runs on one of them: two workers have one core between them, or take the target's. A ratio near 1 (or below) is the expected result here; the gain of --workers needs a core per worker besides the target's. No machine with more cores is available to this bench: what it can measure of one is the main thread's share, which merges every worker's records and writes results.csv. Its µs per request give the rate at which the main thread, not the workers, would become the limit (last column).`
  )
  say()
}

/**
 * What `{{…}}` placeholders cost: a 10,000-row data file and three
 * placeholders per request (two columns, one generator), rendered per send,
 * against the same request written out, whose buffer autocannon prebuilds.
 */
async function workloads() {
  say(
    `## Placeholders against nginx (${NGINX ? '100 connections, generator on core 0' : 'NOT INSTALLED: skipped'})`
  )
  say()
  const nginx = await startNginx(work)
  if (!nginx) return
  const data = join(work, 'rows.csv')
  const rows = Array.from({ length: 10_000 }, (_, i) => `${i + 1},user-${i + 1},${i % 97}`)
  writeFileSync(data, 'id,name,group\n' + rows.join('\n'))
  const file = `    data: { file: ${data}, order: sequence }\n`
  const services = {
    'written out': '    endpoints: [{ path: "/?a=17&b=user-17&c=17" }]\n',
    '3 data placeholders': `${file}    endpoints: [{ path: "/?a={{id}}&b={{name}}&c={{group}}" }]\n`,
    '2 data + 1 generator': `${file}    endpoints: [{ path: "/?a={{id}}&b={{name}}&c={{randomInt 1 1000}}" }]\n`
  }
  const { kinds, rps, cpuPct } = await roundsOf(nginx, services)
  const base = rps['written out']
  table(
    [
      'request',
      'req/s (median)',
      'generator CPU',
      'ratio to written out (median of rounds)',
      'rounds (req/s)'
    ],
    kinds.map((k) => [
      k,
      fmt(median(rps[k])),
      `${fmt(median(cpuPct[k]))}%`,
      fmt(median(rps[k].map((r, i) => r / base[i])), 2),
      rps[k].map((x) => fmt(x)).join(', ')
    ])
  )
  say(
    'Target: 3 placeholders per request from a 10,000-row file at ≥ 0.90 of the same request written out. A request that reads only data is built once per row and then sent from its buffer like a written-out one; one with a generator is built per send.'
  )
  say()
}

/** Each service config run ROUNDS times against nginx, in a rotating order (slow drifts of the machine fall on all), then nginx stopped. */
async function roundsOf(nginx, services) {
  const kinds = Object.keys(services)
  const rps = Object.fromEntries(kinds.map((k) => [k, []]))
  const cpuPct = Object.fromEntries(kinds.map((k) => [k, []]))
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of kinds.map((_, i) => kinds[(i + round) % kinds.length])) {
        const m = perfGate(
          nginx.url,
          ['--users', '100', '--duration', String(SECONDS)],
          work,
          0,
          services[kind]
        )
        rps[kind].push(m.requests_per_second)
        cpuPct[kind].push(m.generator?.cpu_percent ?? NaN)
      }
    }
  } finally {
    await nginx.stop()
  }
  return { kinds, rps, cpuPct }
}

/** A 3-step journey (each user its own session) against the same three requests as a plain endpoint list. */
async function journeys() {
  say(
    `## Journeys against nginx (${NGINX ? '100 users, no think time, generator on core 0' : 'NOT INSTALLED: skipped'})`
  )
  say()
  const nginx = await startNginx(work)
  if (!nginx) return
  const three = '[{ path: /a }, { path: /b }, { path: /c }]'
  const checked =
    '[{ path: /a, check: { status: 200, contains: ok } }, { path: /b, check: { status: 200, contains: ok } }, { path: /c, check: { status: 200, contains: ok } }]'
  const services = {
    'endpoint list (/a, /b, /c)': `    endpoints: ${three}\n`,
    'journey of 3 steps': `    journeys: [{ name: j, steps: ${three} }]\n`,
    'journey of 3 steps, each checked': `    journeys: [{ name: j, steps: ${checked} }]\n`
  }
  const { kinds, rps, cpuPct } = await roundsOf(nginx, services)
  const base = rps[kinds[0]]
  table(
    [
      'load',
      'req/s (median)',
      'generator CPU',
      'ratio to the endpoint list (median of rounds)',
      'rounds (req/s)'
    ],
    kinds.map((k) => [
      k,
      fmt(median(rps[k])),
      `${fmt(median(cpuPct[k]))}%`,
      fmt(median(rps[k].map((r, i) => r / base[i])), 2),
      rps[k].map((x) => fmt(x)).join(', ')
    ])
  )
  say(
    "Target: a 3-step journey with no think time at ≥ 0.85 of the same three requests as an endpoint list. A journey's users each keep a cookie jar, values and a data row, and render their requests per send; checks that read the body copy it. Each request is still one record of the same columns (bytes per recorded request: the memory section measures a journey run beside a plain one); a journey adds per run one duration histogram and a tally per check, whatever the run's length."
  )
  say()
}

/** Requests per second of each generator against nginx at 10 and 100 connections. */
async function throughput() {
  say(`## Throughput against nginx (${NGINX ? 'one worker, return 200' : 'NOT INSTALLED: skipped'})`)
  say()
  const nginx = await startNginx(work)
  if (!nginx) return
  const rows = []
  try {
    for (const connections of [10, 100]) {
      const rps = {}
      for (let round = 0; round < ROUNDS; round++) {
        // the order turns round every round (wrk hey autocannon perf-gate, then back), so a machine
        // that speeds up or slows down during the bench favours no generator
        const order = Object.entries(GENERATORS)
        for (const [name, gen] of round % 2 ? order.reverse() : order) {
          const r = gen(nginx.url, connections, SECONDS, work)
          if (r !== undefined) (rps[name] ??= []).push(r)
        }
      }
      const m = Object.fromEntries(Object.entries(rps).map(([k, v]) => [k, median(v)]))
      rows.push([
        String(connections),
        fmt(m.wrk),
        fmt(m.hey),
        fmt(m.autocannon),
        fmt(m['perf-gate']),
        fmt(m['perf-gate'] / m.autocannon, 2),
        fmt(m['perf-gate'] / m.wrk, 2)
      ])
    }
  } finally {
    await nginx.stop()
  }
  table(
    [
      'connections',
      'wrk req/s',
      'hey req/s',
      'autocannon req/s',
      'perf-gate req/s',
      'perf-gate / autocannon',
      'perf-gate / wrk'
    ],
    rows
  )
  say(
    'perf-gate records every request (µs timing, endpoint, status, bytes) and streams results.csv; autocannon runs bare, with no listener.'
  )
  say()
}

/** Asked vs achieved rate, evenness per 100 ms, late requests and p99, around a target's capacity. */
async function rateAccuracy() {
  const delayMs = 10
  const concurrency = 20
  const capacity = (concurrency * 1000) / delayMs
  say(
    `## Rate accuracy against a fixed-delay target (${delayMs} ms, ${concurrency} at once: capacity ${fmt(capacity)} req/s)`
  )
  say()
  const rows = []
  for (const share of [0.5, 0.9, 1.1]) {
    const rate = Math.round(capacity * share)
    {
      const target = await startFixedDelay({ delayMs, concurrency })
      const m = perfGate(
        target.url,
        [
          '--rps',
          String(rate),
          '--users',
          String(concurrency),
          '--max-users',
          '200',
          '--duration',
          String(SECONDS)
        ],
        work
      )
      const arrivals = await target.stop()
      rows.push([
        `perf-gate --rps`,
        `${Math.round(share * 100)}%`,
        fmt(rate),
        fmt(achieved(arrivals), 1),
        fmt(windowCv(arrivals), 3),
        fmt(m.rate.late_requests),
        fmt(m.rate.dropped_requests),
        fmt(m.p99_response_time * 1000, 1),
        fmt(m.service_time.p99_response_time * 1000, 1)
      ])
    }
    {
      const target = await startFixedDelay({ delayMs, concurrency })
      const r = bareAutocannon({
        url: target.url,
        connections: 2 * concurrency,
        duration: SECONDS,
        overallRate: rate,
        ignoreCoordinatedOmission: true
      })
      const arrivals = await target.stop()
      rows.push([
        'autocannon overallRate',
        `${Math.round(share * 100)}%`,
        fmt(rate),
        fmt(achieved(arrivals), 1),
        fmt(windowCv(arrivals), 3),
        'not counted',
        'not counted',
        'not measured',
        fmt(r.latency.p99, 1)
      ])
    }
  }
  table(
    [
      'generator',
      'load',
      'asked req/s',
      'achieved req/s',
      'CV per 100 ms',
      'late',
      'dropped',
      'p99 from due time (ms)',
      'p99 from actual send (ms)'
    ],
    rows
  )
  say(
    "Achieved rate and CV are counted by the target (arrivals per 100 ms). autocannon's p99 is its own (whole milliseconds)."
  )
  say()
}

function achieved(arrivals) {
  return arrivals.length < 2
    ? NaN
    : ((arrivals.length - 1) * 1000) / (arrivals[arrivals.length - 1] - arrivals[0])
}

/** Peak RSS growth per request of a large run's metrics, gate and report files, unpaced and paced. */
function memory() {
  say(`## Memory and report time (${fmt(MEMORY_REQUESTS)} requests)`)
  say()
  const measure = (variant) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--expose-gc',
          join(root, 'scripts/bench/memory-run.mjs'),
          String(MEMORY_REQUESTS),
          ...(variant ? [variant] : [])
        ],
        { encoding: 'utf8' }
      )
        .trim()
        .split('\n')
        .pop()
    )
  const plain = measure()
  const paced = measure('paced')
  const journeys = measure('journeys')
  const ratio = (m) => `${fmt(m.bytesPerRequest, 1)} (${fmt(m.bytesPerRequest / plain.bytesPerRequest, 2)}×)`
  table(
    ['measure', 'closed loop', '--rps (wait column, service times)', 'journeys (5 looped steps)', 'target'],
    [
      [
        'recorder columns, bytes per request',
        fmt(plain.recorderBytesPerRequest, 1),
        fmt(paced.recorderBytesPerRequest, 1),
        fmt(journeys.recorderBytesPerRequest, 1),
        ''
      ],
      [
        'peak RSS growth, bytes per request (recorder + metrics + files)',
        fmt(plain.bytesPerRequest, 1),
        fmt(paced.bytesPerRequest, 1),
        ratio(journeys),
        '≤ 40; journeys ≤ 1.10× closed loop'
      ],
      [
        'metrics + gate + metrics.json + reports, ms per million requests',
        fmt(plain.metricsAndFilesMs / (MEMORY_REQUESTS / 1e6)),
        fmt(paced.metricsAndFilesMs / (MEMORY_REQUESTS / 1e6)),
        fmt(journeys.metricsAndFilesMs / (MEMORY_REQUESTS / 1e6)),
        ''
      ]
    ]
  )
  say(
    'The records are written straight into the recorder (no load): the columns and what is computed from them are those of a real run.'
  )
  say()
}

/** Peak RSS of soaks against nginx at growing request counts: histograms (flat) beside requests (growing). */
async function soak() {
  say(`## Soak memory against nginx (${NGINX ? '50 users, peak RSS of the CLI' : 'NOT INSTALLED: skipped'})`)
  say()
  const nginx = await startNginx(work)
  if (!nginx) return
  const rows = []
  try {
    // the rate that sets each run's duration for its count
    const rate = perfGate(nginx.url, ['--users', '50', '--duration', '3'], work).requests_per_second
    for (const requests of SOAK_REQUESTS) {
      const h = soakRun(nginx.url, work, { requests, rate, record: 'histograms' })
      const r = soakRun(nginx.url, work, { requests, rate, record: 'requests' })
      rows.push({ requests, h, r })
    }
  } finally {
    await nginx.stop()
  }
  const first = rows[0]
  table(
    [
      'requests asked',
      'histograms: requests, peak RSS',
      'vs first',
      'requests: requests, peak RSS',
      'vs first'
    ],
    rows.map(({ requests, h, r }) => [
      fmt(requests),
      `${fmt(h.requests)}, ${fmt(h.peakMb, 1)} MB`,
      `${fmt(h.peakMb / first.h.peakMb, 2)}×`,
      `${fmt(r.requests)}, ${fmt(r.peakMb, 1)} MB`,
      `${fmt(r.peakMb / first.r.peakMb, 2)}×`
    ])
  )
  say(
    'Target: with --record histograms (the soak default) peak RSS flat within 15% from the smallest to the largest count; --record requests grows by its bytes per request (the memory section).'
  )
  say()
}

/** Bytes of results.csv per request, and the time to write them, for each --csv choice. */
function csvBytes() {
  const requests = Number(process.env.BENCH_CSV_REQUESTS ?? 1_000_000)
  say(`## results.csv per --csv choice (${fmt(requests)} requests, 1% failed)`)
  say()
  const r = JSON.parse(
    execFileSync(process.execPath, [join(root, 'scripts/bench/csv-run.mjs'), String(requests)], {
      encoding: 'utf8'
    })
      .trim()
      .split('\n')
      .pop()
  )
  table(
    ['--csv', 'bytes per request', 'of `all`', 'write, ms per million requests'],
    Object.entries(r.choices).map(([choice, c]) => [
      `\`${choice}\``,
      fmt(c.bytes / requests, 2),
      `${fmt((c.bytes / r.choices.all.bytes) * 100, 2)}%`,
      fmt(c.ms / (requests / 1e6))
    ])
  )
  say(
    'The records are made in memory (no load) and streamed to the file in batches of 20,000, as a run writes them each second; the metrics count every request whatever the choice.'
  )
  say()
}

/**
 * The INPUT_* variables the runner gives the action: every input action.yml
 * declares, the step's value else its default (expressions resolved to ''),
 * as __tests__/helpers/action-env.ts builds them for the e2e tests.
 */
function runnerInputEnv(withValues) {
  const inputs = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')).inputs
  return Object.fromEntries(
    Object.entries(inputs).map(([name, def]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      String(withValues[name] ?? def.default ?? '').replace(/\$\{\{[^}]*\}\}/g, '')
    ])
  )
}

/** The action's own cost: process wall time around a 10 s test, minus the load phase. */
async function actionOverhead() {
  say('## Action overhead (dist/index.js around a 10 s test; upload and comment off)')
  say()
  const target = await startNginx(work)
  if (!target) return
  try {
    const outFile = join(work, 'gh-output')
    writeFileSync(outFile, '')
    writeFileSync(
      join(work, 'action.yml'),
      `services:\n  bench:\n    base_url: ${target.url.replace(/\/$/, '')}\n    endpoints: [{ path: / }]\n`
    )
    const t0 = performance.now()
    const [cmd, args] = pinned(0, process.execPath, [join(root, 'dist/index.js')])
    execFileSync(cmd, args, {
      cwd: work,
      env: {
        PATH: process.env.PATH,
        GITHUB_OUTPUT: outFile,
        GITHUB_WORKSPACE: work,
        ...runnerInputEnv({
          service: 'bench',
          config: join(work, 'action.yml'),
          users: '10',
          duration: '10',
          comment: 'false',
          'upload-artifact': 'false',
          'output-dir': join(work, 'action-out'),
          'fail-on': 'never'
        })
      },
      stdio: 'ignore'
    })
    const wall = (performance.now() - t0) / 1000
    const metricsFile = /metrics-file<<(\S+)\n(.*)\n/.exec(readFileSync(outFile, 'utf8'))[2]
    const metrics = JSON.parse(readFileSync(metricsFile, 'utf8'))
    const loadSeconds = metrics.total_duration
    table(
      ['measure', 'value', 'target'],
      [
        ['process wall time (s)', fmt(wall, 2), ''],
        ['load phase (s)', fmt(loadSeconds, 2), ''],
        ['requests', fmt(metrics.total_requests), ''],
        ['overhead, % of the test', fmt(((wall - loadSeconds) / 10) * 100, 1), '≤ 5']
      ]
    )
  } finally {
    await target.stop()
  }
}
