#!/usr/bin/env node
// A series of steady soaks (issue 32's evidence): how often the drift and leak
// verdicts cry wolf on a service that neither slows down nor leaks. Each run is
// the built CLI, `soak` with its defaults (histograms, sampled CSV, the drift
// bands), paced, for SOAK_SERIES_SECONDS (60), starting the steady fixture
// itself (`--start`, so its RSS and CPU are sampled and judged against the
// documented leak bands), generator on core 0, service on core 1.
// SOAK_SERIES_RUNS (10), SOAK_SERIES_RPS (500), SOAK_SERIES_USERS (10),
// SOAK_SERIES_NOISY=1 adds a noisy neighbour (bursts of CPU on both cores).
// Keeps each run's verdicts raw in bench/results/soak-series.json and a table
// in bench/results/soak-series.md. Loads only 127.0.0.1 servers it starts.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort, pinned, startNeighbours } from './bench/targets.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const RUNS = Number(process.env.SOAK_SERIES_RUNS ?? 10)
const SECONDS = Number(process.env.SOAK_SERIES_SECONDS ?? 60)
const RPS = Number(process.env.SOAK_SERIES_RPS ?? 500)
const USERS = Number(process.env.SOAK_SERIES_USERS ?? 10)
const NOISY = process.env.SOAK_SERIES_NOISY === '1'
const FIXTURE = join(root, '__tests__/fixtures/leaky-service.mjs')
// the bands the monitoring guide shows
const LEAK = { warning: '50MB', critical: '200MB' }
const suffix = NOISY ? '-noisy' : ''

async function soakOnce(work, i) {
  const port = await freePort()
  const cfg = join(work, `soak-${i}.yml`)
  writeFileSync(
    cfg,
    [
      'services:',
      '  steady:',
      `    base_url: http://127.0.0.1:${port}`,
      '    endpoints: [{ path: / }]',
      'thresholds:',
      `  rss_growth_per_hour: { warning: ${LEAK.warning}, critical: ${LEAK.critical} }`,
      ''
    ].join('\n')
  )
  const service = pinned(1, process.execPath, [FIXTURE, String(port)])
  const start = [service[0], ...service[1]].map((a) => JSON.stringify(a)).join(' ')
  const [cmd, args] = pinned(0, process.execPath, [
    join(root, 'dist/cli.js'),
    'soak',
    'steady',
    '--config',
    cfg,
    '--duration',
    String(SECONDS),
    '--users',
    String(USERS),
    '--rps',
    String(RPS),
    '--warmup',
    '5s',
    '--start',
    start,
    '--output-dir',
    join(work, `out-${i}`),
    '--json',
    '--quiet'
  ])
  const r = spawnSync(cmd, args, { cwd: work, encoding: 'utf8', maxBuffer: 64 << 20 })
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`soak ${i} failed (${r.status}): ${r.stderr.slice(-600)}`)
  const m = JSON.parse(readFileSync(JSON.parse(r.stdout).metrics_file, 'utf8'))
  const leak = m.thresholds.rss_growth_per_hour
  return {
    exit: r.status,
    requests: m.total_requests,
    rps: m.requests_per_second,
    p95_ms: m.p95_response_time * 1000,
    drift_not_judged: m.drift?.not_judged ?? null,
    drifts: (m.drift?.drifts ?? []).map((d) => ({
      name: d.name,
      change: d.change,
      ci_low: d.ci_low,
      ci_high: d.ci_high,
      status: d.status
    })),
    leak: leak && {
      status: leak.status,
      bytes_per_hour: m.resources?.rss_trend?.bytes_per_hour,
      ci_low: m.resources?.rss_trend?.ci_low,
      ci_high: m.resources?.rss_trend?.ci_high
    },
    peak_rss_mb: (m.resources?.peak_rss_bytes ?? 0) / 1e6
  }
}

const work = mkdtempSync(join(tmpdir(), 'perf-gate-soak-series-'))
const stopNeighbours = NOISY ? startNeighbours() : () => {}
const runs = []
try {
  for (let i = 1; i <= RUNS; i++) {
    const run = await soakOnce(work, i)
    runs.push(run)
    const worst = run.drifts.filter((d) => d.status !== 'good').map((d) => `${d.name} ${d.status}`)
    console.error(
      `run ${i}/${RUNS}: exit ${run.exit}, ${run.requests} requests, drifts ${worst.join(', ') || 'all good'}, leak ${run.leak?.status}`
    )
  }
} finally {
  stopNeighbours()
  rmSync(work, { recursive: true, force: true })
}

const mb = (x) => `${(x / 1e6).toFixed(1)} MB/h`
const count = (pred) => runs.filter(pred).length
const md = [
  `# Steady soak series${NOISY ? ', noisy neighbour' : ''}`,
  '',
  `${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0].model}, Node ${process.version}. ` +
    `${RUNS} soaks of ${SECONDS} s (5 s warm-up), ${USERS} users paced at ${RPS} req/s, of a service that neither ` +
    `slows down nor leaks (\`__tests__/fixtures/leaky-service.mjs\`, started with \`--start\`); the drift bands are the ` +
    `defaults, the leak bands ${LEAK.warning}/${LEAK.critical} per hour. Raw: \`soak-series${suffix}.json\`. ` +
    '`node scripts/soak-series.mjs` writes both.',
  '',
  `Runs failed (exit 1): **${count((r) => r.exit !== 0)} of ${RUNS}**. ` +
    `A critical drift: ${count((r) => r.drifts.some((d) => d.status === 'critical'))}; a warning drift: ` +
    `${count((r) => r.drifts.some((d) => d.status === 'warning'))}; a critical leak: ` +
    `${count((r) => r.leak?.status === 'critical')}; a warning leak: ${count((r) => r.leak?.status === 'warning')}.`,
  '',
  '| run | exit | requests | p95 | p50 drift (95% interval) | p95 drift | throughput decay | error-rate rise | RSS growth (95% interval) | leak |',
  '| ---: | ---: | ---: | ---: | --- | --- | --- | --- | --- | --- |',
  ...runs.map((r, i) => {
    const d = (name) => {
      const x = r.drifts.find((y) => y.name === name)
      // drifts are in percent, the error-rate rise in points
      const u = name === 'error_rate_rise' ? ' pt' : '%'
      const f = (v) => `${v.toFixed(2)}${u}`
      return x ? `${f(x.change)} (${f(x.ci_low)} … ${f(x.ci_high)}) ${x.status}` : 'not judged'
    }
    const leak =
      r.leak?.bytes_per_hour === undefined
        ? 'not judged'
        : `${mb(r.leak.bytes_per_hour)} (${mb(r.leak.ci_low)} … ${mb(r.leak.ci_high)})`
    return `| ${i + 1} | ${r.exit} | ${r.requests} | ${r.p95_ms.toFixed(2)} ms | ${d('p50_drift')} | ${d('p95_drift')} | ${d('throughput_decay')} | ${d('error_rate_rise')} | ${leak} | ${r.leak?.status ?? '—'} |`
  }),
  ''
]
writeFileSync(join(root, `bench/results/soak-series${suffix}.json`), JSON.stringify(runs, null, 2) + '\n')
writeFileSync(join(root, `bench/results/soak-series${suffix}.md`), md.join('\n'))
console.log(md.join('\n'))
