#!/usr/bin/env node
// History baselines and change points, calibrated on the real runs that
// `npm run calibrate` kept (bench/results/calibration-raw.json.gz): each A/B
// repetition's sides are separate measurements of one service on this noisy
// VM, 30 s each, in time order. No load is sent; it re-judges kept runs.
//
//   - history A/A: in the unchanged series (ab-0's A and B sides, 40 runs in
//     time order), each run from the 11th on against the 10 before it
//     (compareWithHistory), at the default tolerance;
//   - a 20% (and 10%) slowdown: ab-20's (ab-10's) B sides against the last 10 of those runs;
//   - change points: the unchanged series with a step of 10% or 20% injected at
//     each run from the 10th to the 30th (times multiplied from there on), and
//     the series as it is (a false change point is any).
// Writes bench/results/history-calibration.json and .md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { readRaw, unpack } from './bench/calibration-raw.mjs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const lib = await import(join(root, 'dist/lib.js'))
const { compareWithHistory, sinceLastChange } = lib
// as perf-gate history reports them: steps below MIN_CHANGE_POINT_STEP are no change point
const changePoints = (values) =>
  lib.changePoints(values).filter((c) => Math.abs(c.change) >= lib.MIN_CHANGE_POINT_STEP.relative)
const raw = readRaw()
/** One side of a kept A/B run as a run of its own: its slices, its headline figures. */
const side = (run, which) => ({
  headline: run.headlines[which === 0 ? 'baseline' : 'current'],
  windows: run.pairs.map((p) => unpack(p[which]))
})
const sides = (name, which) => raw.series[name].runs.map((r) => side(r, which))

const unchanged = raw.series['ab-0'].runs.flatMap((r) => [side(r, 0), side(r, 1)])
const view = (k) => ({ runs: k, first: { run: 'kept run' }, last: { run: 'kept run' } })
const K = 10

const count = (list, pick) => {
  const out = {}
  for (const x of list) out[pick(x)] = (out[pick(x)] ?? 0) + 1
  return out
}

// history A/A
const aa = []
for (let i = K; i < unchanged.length; i++)
  aa.push(compareWithHistory(unchanged.slice(i - K, i), unchanged[i], view(K)))
const last10 = unchanged.slice(-K)
const slower = (name) => sides(name, 1).map((b) => compareWithHistory(last10, b, view(K)))
// --baseline-runs auto: the runs since the last change point of all the earlier ones (at most K);
// fewer than 3 there: the run is compared with the latest alone (here: counted as 'too few runs')
const auto = (earlier, run) => {
  const h = sinceLastChange(earlier, (r) => r.headline).slice(-K)
  return h.length >= 3 ? compareWithHistory(h, run, view(h.length)) : { verdict: 'too_few_runs', metrics: [] }
}
const aaAuto = []
for (let i = K; i < unchanged.length; i++) aaAuto.push(auto(unchanged.slice(0, i), unchanged[i]))
const slowerAuto = (name) => sides(name, 1).map((b) => auto(unchanged, b))
const judged = {
  aa,
  'ab-10 B': slower('ab-10'),
  'ab-20 B': slower('ab-20'),
  'unchanged (A/A), auto': aaAuto,
  'ab-10 B, auto': slowerAuto('ab-10'),
  'ab-20 B, auto': slowerAuto('ab-20')
}

const p95 = (c) => c.metrics.find((m) => m.metric === 'p95_response_time')
const rows = Object.entries(judged).map(([name, cs]) => ({
  name,
  n: cs.length,
  gate: count(cs, (c) => c.verdict),
  p95: count(cs, (c) => p95(c)?.verdict ?? c.verdict),
  p95_half_width_median: median(cs.filter(p95).map((c) => (p95(c).ci_high - p95(c).ci_low) / 2))
}))

// change points on the unchanged p95 series, with injected steps
const series = unchanged.map((r) => r.headline.p95_response_time)
/** A step of 10% and 20% injected at each run from `from` to `to`: found at that run, and within one. */
function injected(values, from, to) {
  const out = {}
  for (const size of [0.1, 0.2]) {
    let exact = 0
    let near = 0
    let total = 0
    for (let at = from; at <= to; at++) {
      const s = values.map((v, i) => (i >= at ? v * (1 + size) : v))
      const cps = changePoints(s)
      total++
      if (cps.some((c) => c.index === at)) exact++
      if (cps.some((c) => Math.abs(c.index - at) <= 1)) near++
    }
    out[`${size * 100}%`] = { series: total, at_the_run: exact, within_one_run: near }
  }
  return out
}
const steps = injected(series, 10, 30)
const falsePoints = changePoints(series).length
// the fresh quiet series of npm run history-series, when it was run: its 30 unchanged runs' p95
const fresh = existsSync(join(root, 'bench/results/history-series.json'))
  ? JSON.parse(readFileSync(join(root, 'bench/results/history-series.json'), 'utf8')).unchanged.map(
      (r) => r.p95
    )
  : undefined
const freshSteps = fresh && injected(fresh, 5, fresh.length - 5)

const result = {
  source: 'bench/results/calibration-raw.json.gz (ab-0, ab-10, ab-20; 2026-11-26)',
  k: K,
  rows,
  steps,
  step_free: { runs: series.length, change_points: falsePoints },
  ...(fresh
    ? { fresh_series: { runs: fresh.length, change_points: changePoints(fresh).length, steps: freshSteps } }
    : {})
}
writeFileSync(join(root, 'bench/results/history-calibration.json'), JSON.stringify(result, null, 2) + '\n')

const fmt = (o) =>
  Object.entries(o)
    .map(([k, v]) => `${k.replace('_', ' ')} ${v}`)
    .join(', ')
const md = [
  '# History baselines and change points on kept real runs',
  '',
  `\`npm run calibrate:history\`: the ${unchanged.length} sides of ab-0's 20 A/A repetitions (60 s runs of 1 s slices, so 30 s a side, one CPU-bound service, 2026-11-26) are ${unchanged.length} separate measurements of one unchanged service in time order. Each is judged against the ${K} before it (\`--baseline <folder>\`, default tolerance 10%); ab-10's and ab-20's B sides (10% and 20% slower) against the last ${K}. The rows marked auto take \`--baseline-runs auto\`: the runs since the last change point of all the earlier ones (at most ${K}). A run inside the history's 95% prediction interval is \`no change\` when that interval is no wider than the tolerance. Nothing is run: kept runs are re-judged.`,
  '',
  '| runs judged | n | gate verdict (any metric) | p95 verdict | p95 interval half-width (median) |',
  '| --- | ---: | --- | --- | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.name === 'aa' ? 'unchanged (A/A)' : r.name} | ${r.n} | ${fmt(r.gate)} | ${fmt(r.p95)} | ${(r.p95_half_width_median * 100).toFixed(1)}% |`
  ),
  '',
  `Change points (E-Divisive means, defaults) on the unchanged p95 series of ${series.length} runs: ${falsePoints} found. With a step injected at each run from the 10th to the 30th (${steps['10%'].series} series per size):`,
  '',
  '| step | found at that run | within one run |',
  '| --- | ---: | ---: |',
  ...Object.entries(steps).map(
    ([k, v]) => `| ${k} | ${v.at_the_run} of ${v.series} | ${v.within_one_run} of ${v.series} |`
  ),
  '',
  ...(fresh
    ? [
        `The fresh quiet series of \`npm run history-series\` (${fresh.length} runs of 20 s; [history-series.md](history-series.md)): ${changePoints(fresh).length} change point(s) as it is; a step injected at each run from the 6th to the ${fresh.length - 4}th (${freshSteps['10%'].series} series per size):`,
        '',
        '| step | found at that run | within one run |',
        '| --- | ---: | ---: |',
        ...Object.entries(freshSteps).map(
          ([k, v]) => `| ${k} | ${v.at_the_run} of ${v.series} | ${v.within_one_run} of ${v.series} |`
        ),
        ''
      ]
    : [])
]
writeFileSync(join(root, 'bench/results/history-calibration.md'), md.join('\n'))
console.log(md.join('\n'))

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
