import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { AbRequest } from '../config/ab-request.js'
import { UnreachableError } from '../config/errors.js'
import type { PerfGateConfig } from '../config/load.js'
import type { FailOnRegression } from '../config/regression.js'
import type { Target } from '../config/resolve.js'
import type { FailOn } from '../config/thresholds.js'
import { createClock, type Clock } from '../engine/clock.js'
import { runStages, type RunOutcome, type StageTiming } from '../engine/load-runner.js'
import { checkReachable } from '../engine/preflight.js'
import { Recorder } from '../engine/recorder.js'
import type { LoadTestResult } from '../engine/result.js'
import { compareSlices, headline, regressionFails, type Window } from '../gate/compare.js'
import { evaluateThresholds, gateFails } from '../gate/evaluate.js'
import { calculateMetrics } from '../metrics/calculate.js'
import { quantilesInPlace, round } from '../metrics/summary-stats.js'
import { CsvWriter } from '../report/files/csv-writer.js'
import { checkOutputDir, createRunDir } from '../report/files/run-dir.js'
import { DEFAULT_OUTPUT_DIR, saveResults } from '../report/files/save.js'
import { endpointThresholds, type TestReport } from './perform-test.js'
import { buildRunPlan, type RunPlan } from './plan.js'
import type { RunInputs } from '../engine/request-renderer.js'
import { readWorkloadData, workloadInputs } from './workload-inputs.js'

export interface AbOptions {
  config: PerfGateConfig
  outputDir?: string
  failOnRegression?: FailOnRegression
  /** thresholds fail an A/B run only when asked (default never): it is a comparison */
  failOn?: FailOn
  signal?: AbortSignal
  /** both targets answered; load is about to start */
  onStart?: (a: Target, b: Target, runDir: string, slices: number) => void
  /** after each slice */
  onSlice?: (s: SliceDone) => void
}

export interface SliceDone {
  index: number
  of: number
  side: 'A' | 'B'
  requests: number
  p95Ms: number
}

export interface AbReport {
  /** the candidate's report (B), with the comparison against A in its `baseline` */
  b: TestReport
  /** the baseline side's report (A), in `baseline/` of B's run directory */
  a: TestReport
  exitCode: 0 | 1 | 3
}

interface Side {
  name: 'A' | 'B'
  target: Target
  /** what fills its placeholders (its own setup's captured values) */
  inputs?: RunInputs
  recorder: Recorder
  csv: CsvWriter
  /** where its next slice goes on in the request cycle, so the mix over the run follows the weights */
  cycle: number
  /** each slice with its figures, the unit of the A/B comparison */
  slices: { startUs: number; endUs: number; outcome: RunOutcome; window: Window }[]
}

/**
 * An A/B run: the same load against A and B in alternating slices (A B, B A,
 * A B …), each side recorded apart; then each side's metrics and reports,
 * and B compared with A pair of slices by pair of slices. One run directory:
 * B's files, with A's in `baseline/`.
 */
export async function performAbTest(request: AbRequest, options: AbOptions): Promise<AbReport> {
  const { load, slice } = request
  const sliceRequest = { ...load, duration: slice }
  const planA = buildRunPlan({ ...sliceRequest, baseUrl: request.aUrl }, options.config)
  const planB = buildRunPlan({ ...sliceRequest, baseUrl: request.bUrl }, options.config)
  const outputDir = options.outputDir ?? DEFAULT_OUTPUT_DIR
  await checkOutputDir(outputDir)
  const data = await readWorkloadData(planA.target)
  await checkReachable(planA.target, load.timeout)
  await checkReachable(planB.target, load.timeout)
  // each side logs in on its own; both walk the same data rows
  const preparedA = await workloadInputs(planA.target, data, {
    timeoutSec: load.timeout,
    signal: options.signal
  })
  const preparedB = await workloadInputs(planB.target, data, {
    timeoutSec: load.timeout,
    signal: options.signal
  })

  const dir = await createRunDir(outputDir, `ab_test_${planB.target.service}`, new Date())
  const baselineDir = join(dir, 'baseline')
  await mkdir(baselineDir)
  const clock = createClock()
  const side = (
    name: 'A' | 'B',
    { target, inputs }: { target: Target; inputs?: RunInputs },
    csvDir: string
  ): Side => ({
    name,
    target,
    inputs,
    recorder: new Recorder(clock.epochMs),
    csv: new CsvWriter(join(csvDir, 'results.csv'), target.endpoints),
    cycle: 0,
    slices: []
  })
  const a = side('A', preparedA, baselineDir)
  const b = side('B', preparedB, dir)
  const count = 2 * Math.round(load.duration / slice / 2)
  options.onStart?.(a.target, b.target, dir, count)
  try {
    for (let k = 0; k < count && !options.signal?.aborted; k++) {
      // A B, then B A: each side runs first in half the pairs, so a trend in time cancels out
      const s = k % 2 === Math.floor(k / 2) % 2 ? a : b
      const from = s.recorder.length
      const outcome = await runSlice(s, s === a ? planA : planB, load.timeout, clock, options.signal)
      const w = sliceWindow(s.recorder, from, s.recorder.length, outcome)
      s.slices.push({ startUs: outcome.startUs, endUs: outcome.endUs, outcome, window: w })
      options.onSlice?.({ index: k, of: count, side: s.name, requests: w.requests, p95Ms: w.p95 * 1000 })
      if (outcome.partial) break
    }
    await a.csv.close()
    await b.csv.close()
    if (a.recorder.length === 0 || b.recorder.length === 0)
      throw new UnreachableError(
        `❌ No request to ${planB.target.service} completed on both sides; nothing to compare`
      )
  } catch (e) {
    await a.csv.close().catch(() => undefined)
    await b.csv.close().catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
    throw e
  }

  const failOn = options.failOn ?? 'never'
  const failOnRegression = options.failOnRegression ?? options.config.failOnRegression ?? 'regression'
  const resultA = sideResult(a, { ...planA.settings, ab: { side: 'A', slice } })
  const resultB = sideResult(b, { ...planB.settings, ab: { side: 'B', slice } })
  const metricsA = calculateMetrics(resultA)
  const metricsB = calculateMetrics(resultB)
  const pairs = slicePairs(a, b)
  const comparison = compareSlices(
    pairs,
    { baseline: headline(metricsA), current: headline(metricsB) },
    { tolerances: options.config.tolerances }
  )
  const gateA = evaluateThresholds(metricsA, a.target.thresholds, endpointThresholds(a.target))
  const gateB = evaluateThresholds(metricsB, b.target.thresholds, endpointThresholds(b.target))
  const savedA = await saveResults(resultA, metricsA, gateA, { runDir: baselineDir, writeCsv: false, failOn })
  const savedB = await saveResults(resultB, metricsB, gateB, {
    runDir: dir,
    writeCsv: false,
    failOn,
    baseline: {
      run: `A ${request.aUrl.origin} (its files in baseline/), B ${request.bUrl.origin}, ${pairs.length} pairs of ${slice} s slices`,
      comparison: { ...comparison, warnings: [] },
      fail_on_regression: failOnRegression,
      slice_pairs: pairs.map((p) => ({ a: rounded(p.baseline), b: rounded(p.current) })),
      a_per_endpoint: metricsA.per_endpoint
    }
  })
  const partial = resultA.outcome.partial || resultB.outcome.partial
  const fails = regressionFails(comparison, failOnRegression) || gateFails(gateB.verdict, failOn)
  const exitCode = partial ? 3 : fails ? 1 : 0
  return {
    a: { result: resultA, metrics: metricsA, gate: gateA, saved: savedA, failOn, exitCode },
    b: { result: resultB, metrics: metricsB, gate: gateB, saved: savedB, failOn, exitCode },
    exitCode
  }
}

/**
 * One slice of one side. It goes on through the data and the endpoint mix
 * where the side's last slice left them: each slice starting afresh would
 * send the first endpoints of the cycle more often than their weight.
 */
async function runSlice(
  s: Side,
  plan: RunPlan,
  timeoutSec: number,
  clock: Clock,
  signal: AbortSignal | undefined
): Promise<RunOutcome> {
  const outcome = await runStages(
    {
      target: s.target,
      stages: plan.stages,
      rps: plan.settings.rps,
      pacing: 'open',
      maxUsers: plan.settings.maxUsers,
      timeoutSec,
      cycleStart: s.cycle,
      ...(s.inputs ? { inputs: s.inputs } : {})
    },
    { recorder: s.recorder, clock, signal, onRecords: (r, lo, hi) => s.csv.append(r, lo, hi) }
  )
  if (s.inputs && outcome.dataTaken) s.inputs = { ...s.inputs, taken: outcome.dataTaken }
  s.cycle = outcome.cycleNext ?? 0
  return outcome
}

/** One side's slices as one run: its records, its active time, its generator load and pacing summed. */
function sideResult(s: Side, settings: LoadTestResult['settings']): LoadTestResult {
  const first = s.slices[0].outcome
  const last = s.slices[s.slices.length - 1].outcome
  const timings = s.slices.flatMap((x) => x.outcome.stages)
  const activeUs = s.slices.reduce((t, x) => t + (x.endUs - x.startUs), 0)
  const stage: StageTiming = {
    index: 0,
    users: Math.max(...timings.map((t) => t.users)),
    startUs: first.startUs,
    endUs: last.endUs,
    firstRecord: 0,
    eventLoopP99Ms: Math.max(...timings.map((t) => t.eventLoopP99Ms)),
    cpuPercent: timings.reduce((t, x) => t + x.cpuPercent * (x.endUs - x.startUs), 0) / Math.max(1, activeUs)
  }
  const paced = s.slices.map((x) => x.outcome.pacing).filter((p) => p !== undefined)
  const sum = (k: 'due' | 'sent' | 'late' | 'dropped' | 'droppedAtEnd'): number =>
    paced.reduce((t, p) => t + p[k], 0)
  return {
    // each side is one side of an A/B test, never a load test of its own (reports, summary and trends say so)
    mode: 'ab',
    target: s.target,
    settings: { ...settings, duration: Math.round(activeUs / 1e3) / 1e3 },
    outcome: {
      recorder: s.recorder,
      startedAtMs: first.startedAtMs,
      endedAtMs: last.endedAtMs,
      startUs: first.startUs,
      endUs: last.endUs,
      partial: s.slices.some((x) => x.outcome.partial),
      abortReason: s.slices.find((x) => x.outcome.abortReason)?.outcome.abortReason,
      stages: [stage],
      slices: s.slices.map((x) => ({ startUs: x.startUs, endUs: x.endUs })),
      ...(paced.length
        ? {
            pacing: {
              rate: paced[0].rate,
              due: sum('due'),
              sent: sum('sent'),
              late: sum('late'),
              dropped: sum('dropped'),
              droppedAtEnd: sum('droppedAtEnd'),
              maxUsers: Math.max(...paced.map((p) => p.maxUsers)),
              usersReached: Math.max(...paced.map((p) => p.usersReached))
            }
          }
        : {})
    }
  }
}

/** The k-th slice of A with the k-th slice of B: they ran back to back. */
function slicePairs(a: Side, b: Side): { baseline: Window; current: Window }[] {
  const n = Math.min(a.slices.length, b.slices.length)
  return Array.from({ length: n }, (_, k) => ({ baseline: a.slices[k].window, current: b.slices[k].window }))
}

/** A window as metrics.json keeps it: times to the µs, lengths to the 0.1 ms. */
function rounded(w: Window): Window {
  return { ...w, p50: round(w.p50, 6), p95: round(w.p95, 6), seconds: round(w.seconds, 4) }
}

/** One slice's figures: records [from, to) of its side's recorder. */
function sliceWindow(r: Recorder, from: number, to: number, { startUs, endUs }: RunOutcome): Window {
  let errors = 0
  let sent = 0
  for (let i = from; i < to; i++) {
    if (r.errorIdAt(i) !== 0) errors++
    if (r.wasSent(i)) sent++
  }
  const [p50, p95] = to > from ? quantilesInPlace(r.latencies(from, to), [0.5, 0.95]) : [0, 0]
  return {
    requests: to - from,
    sent,
    errors,
    p50: p50 / 1e6,
    p95: p95 / 1e6,
    seconds: (endUs - startUs) / 1e6
  }
}
