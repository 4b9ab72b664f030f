import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { AbRequest } from '../config/ab-request.js'
import { UnreachableError } from '../config/errors.js'
import type { PerfGateConfig } from '../config/load.js'
import type { FailOnRegression } from '../config/regression.js'
import type { Target } from '../config/resolve.js'
import type { FailOn } from '../config/thresholds.js'
import { createClock, type Clock } from '../engine/clock.js'
import type { RunOutcome } from '../engine/load-runner.js'
import { Recorder } from '../engine/recorder.js'
import {
  abComparison,
  loopedSteps,
  sideResult,
  slicePairs,
  sliceWindow,
  rounded,
  type Side
} from './ab-side.js'
import { evaluateThresholds } from '../gate/evaluate.js'
import type { ExitCode } from '../gate/exit-codes.js'
import { judgeResult } from '../gate/judge-run.js'
import type { Outcome } from '../gate/outcome.js'
import { calculateMetrics } from '../metrics/calculate.js'
import type { Metrics } from '../metrics/types.js'
import type { Comparison } from '../gate/compare.js'
import { CsvWriter } from '../report/files/csv-writer.js'
import { DEFAULT_OUTPUT_DIR, saveResults } from '../report/files/save.js'
import type { BaselineView, Provenance } from '../report/run-document.js'
import { executeRunPlan } from './execute-plan.js'
import { UserPool } from '../engine/session/user-pool.js'
import { endpointThresholds, type TestReport } from './perform-test.js'
import { BreachAbort } from './breach-abort.js'
import { checkAbortAfter } from '../config/abort-after.js'
import type { LoadTestResult } from '../engine/result.js'
import { buildRunPlan, type RunPlan } from './plan.js'
import { prepareRun } from './prepare-run.js'
import { SEQUENTIAL_DESIGN, sequentialLevels, type LooksView } from '../gate/sequential.js'
import type { Tolerances } from '../config/regression.js'

export interface AbOptions {
  config: PerfGateConfig
  outputDir?: string
  failOnRegression?: FailOnRegression
  /** thresholds fail an A/B run only when asked (default never): it is a comparison */
  failOn?: FailOn
  /** how the face names the output folder in its messages (default `outputDir`, the library's option) */
  outputLabel?: string
  signal?: AbortSignal
  /** both targets answered; load is about to start (after a warm-up of `warmup` seconds on each side, when there is one) */
  onStart?: (a: Target, b: Target, runDir: string, slices: number, warmup?: number) => void
  /** after each slice */
  onSlice?: (s: SliceDone) => void
  /** after each look but the last (--max-duration): its verdict; inconclusive goes on */
  onLook?: (l: { look: number; of: number; verdict: string }) => void
  /** where what is worth knowing but no error is said */
  log?: (line: string) => void
  /** where the run came from and what ran it (`detectProvenance`, by the face): both sides' metrics.json */
  provenance?: Provenance
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
  /** the baseline side's report (A), in `baseline/` of B's run directory; its outcome is A's thresholds' alone */
  a: TestReport
  /** the run's: B against A, and B's thresholds under `failOn` */
  outcome: Outcome
  exitCode: ExitCode
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
  const plans = [request.aUrl, request.bUrl].map((baseUrl) =>
    buildRunPlan({ ...sliceRequest, baseUrl }, options.config)
  )
  // each side's load is half the run
  for (const p of plans) checkAbortAfter(p.target, load.duration / 2, options.config)
  const prepared = await prepareRun(plans, {
    output: {
      dir: options.outputDir ?? DEFAULT_OUTPUT_DIR,
      label: options.outputLabel ?? 'outputDir',
      testName: `ab_test_${plans[1].target.service}`,
      startedAt: new Date()
    },
    signal: options.signal,
    log: options.log
  })
  const [planA, planB] = prepared.plans
  const dir = prepared.dir!
  const baselineDir = join(dir, 'baseline')
  const clock = createClock()
  const side = (name: 'A' | 'B', plan: RunPlan, csvDir: string): Side => ({
    name,
    plan,
    recorder: new Recorder(clock.epochMs),
    users: new UserPool(),
    csv: new CsvWriter(join(csvDir, 'results.csv'), plan.target.endpoints, plan.settings.csv),
    // each side's seconds judged apart: a breach on either stops the run
    breaches: new BreachAbort(plan.target, options.signal, { side: name }),
    slices: []
  })
  let a: Side | undefined
  let b: Side | undefined
  // slices per look: the whole run's without --max-duration (one look)
  const count = 2 * Math.round(load.duration / slice / 2)
  const levels = request.maxDuration
    ? sequentialLevels(Math.round(request.maxDuration / load.duration))
    : [0.95]
  let looked: { looks?: LooksView; decided?: JudgedSides } | undefined
  try {
    await mkdir(baselineDir)
    a = side('A', planA, baselineDir)
    b = side('B', planB, dir)
    options.onStart?.(a.plan.target, b.plan.target, dir, count, planA.settings.warmup)
    looked = await runLooks(
      a,
      b,
      { count, slice, levels, clock, tolerances: options.config.tolerances },
      options
    )
    await a.csv.close()
    await b.csv.close()
    if (a.recorder.length === 0 || b.recorder.length === 0)
      throw new UnreachableError(
        `❌ No request to ${planB.target.service} completed on both sides; nothing to compare`
      )
  } catch (e) {
    await a?.csv.close().catch(() => undefined)
    await b?.csv.close().catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
    throw e
  } finally {
    a?.breaches.dispose()
    b?.breaches.dispose()
  }

  const failOn = options.failOn ?? 'never'
  const failOnRegression = options.failOnRegression ?? options.config.failOnRegression ?? 'regression'
  const { resultA, resultB, metricsA, metricsB, baseline } = abBaseline(a, b, request, {
    tolerances: options.config.tolerances,
    failOnRegression,
    looks: looked?.looks,
    decided: looked?.decided
  })
  const gateA = evaluateThresholds(metricsA, a.plan.target.thresholds, endpointThresholds(a.plan.target))
  const gateB = evaluateThresholds(metricsB, b.plan.target.thresholds, endpointThresholds(b.plan.target))
  // one run, one outcome: B against A with B's thresholds; A's document says the same
  const judgedB = judgeResult(
    {
      ...resultB,
      outcome: { ...resultB.outcome, partial: resultA.outcome.partial || resultB.outcome.partial }
    },
    metricsB,
    gateB,
    { failOn, baseline }
  )
  // A's own document: its thresholds, for information
  const judgedA = judgeResult(resultA, metricsA, gateA, { failOn })
  const savedA = await saveResults(resultA, metricsA, judgedA, {
    runDir: baselineDir,
    writeCsv: false,
    failOn,
    provenance: options.provenance
  })
  const savedB = await saveResults(resultB, metricsB, judgedB, {
    runDir: dir,
    writeCsv: false,
    failOn,
    baseline,
    provenance: options.provenance
  })
  const { outcome } = judgedB
  const exitCode = outcome.exit_code
  return {
    a: {
      result: resultA,
      metrics: metricsA,
      gate: gateA,
      saved: savedA,
      failOn,
      outcome: judgedA.outcome,
      exitCode: judgedA.outcome.exit_code
    },
    b: { result: resultB, metrics: metricsB, gate: gateB, saved: savedB, failOn, outcome, exitCode },
    outcome,
    exitCode
  }
}

/** Each side as one run (its result and metrics), and B compared with A at `level`. */
interface JudgedSides {
  resultA: LoadTestResult
  resultB: LoadTestResult
  metricsA: Metrics
  metricsB: Metrics
  comparison: Comparison
}

function judgeSides(
  a: Side,
  b: Side,
  o: { slice: number; tolerances: Tolerances | undefined; level?: number }
): JudgedSides {
  const { resultA, resultB } = sideResults(a, b, o.slice)
  const metricsA = calculateMetrics(resultA)
  const metricsB = calculateMetrics(resultB)
  const comparison = abComparison(a, b, { a: metricsA, b: metricsB }, o.tolerances, o.level)
  return { resultA, resultB, metricsA, metricsB, comparison }
}

/**
 * Each side's result and metrics, and B's comparison with A as metrics.json's
 * `baseline` keeps it; `decided` is the look that ended the run, judged
 * already (no slice came after it).
 */
function abBaseline(
  a: Side,
  b: Side,
  request: AbRequest,
  o: {
    tolerances: Tolerances | undefined
    failOnRegression: FailOnRegression
    looks: LooksView | undefined
    decided: JudgedSides | undefined
  }
) {
  const { slice } = request
  const { looks } = o
  const judged =
    o.decided ?? judgeSides(a, b, { slice, tolerances: o.tolerances, level: looks?.levels[looks.made - 1] })
  const pairs = slicePairs(a, b)
  const comparison = looks
    ? {
        ...judged.comparison,
        looks: {
          ...looks,
          stopped: judged.comparison.verdict === 'inconclusive' ? looks.stopped : ('decided' as const)
        }
      }
    : judged.comparison
  const baseline: BaselineView = {
    run: `A ${request.aUrl.origin} (its files in baseline/), B ${request.bUrl.origin}, ${pairs.length} pairs of ${slice} s slices`,
    comparison: { ...comparison, warnings: [] },
    fail_on_regression: o.failOnRegression,
    slice_pairs: pairs.map((p) => ({ a: rounded(p.baseline), b: rounded(p.current) })),
    a_per_endpoint: judged.metricsA.per_endpoint
  }
  return { ...judged, baseline }
}

/**
 * The looks of the run: `count` slices each; after every look but the last,
 * B is compared with A at that look's level (sequentialLevels), and a
 * decided comparison ends the run (returned as `decided`, so that it is not
 * judged again). One look (no --max-duration): the slices alone, no interim
 * comparison, and no `looks`.
 */
async function runLooks(
  a: Side,
  b: Side,
  o: { count: number; slice: number; levels: number[]; clock: Clock; tolerances: Tolerances | undefined },
  options: AbOptions
): Promise<{ looks?: LooksView; decided?: JudgedSides }> {
  const planned = o.levels.length
  let made = 0
  let stopped: LooksView['stopped'] = 'cap'
  let decided: JudgedSides | undefined
  for (let look = 1; look <= planned; look++) {
    const ended = await runSlices(a, b, { from: (look - 1) * o.count, to: look * o.count }, o.clock, options)
    made = look
    if (ended) {
      stopped = 'stopped'
      break
    }
    if (look === planned) break
    const interim = judgeSides(a, b, { slice: o.slice, tolerances: o.tolerances, level: o.levels[look - 1] })
    options.onLook?.({ look, of: planned, verdict: interim.comparison.verdict })
    if (interim.comparison.verdict !== 'inconclusive') {
      stopped = 'decided'
      decided = interim
      break
    }
  }
  if (planned === 1) return {}
  return {
    looks: { design: SEQUENTIAL_DESIGN, planned, made, stopped, levels: o.levels },
    ...(decided ? { decided } : {})
  }
}

/**
 * The slices from `from` to `to`, A B, B A, …, until the last, a signal, or
 * a sustained breach on either side; true when the run was cut short.
 */
async function runSlices(
  a: Side,
  b: Side,
  range: { from: number; to: number },
  clock: Clock,
  options: AbOptions
): Promise<boolean> {
  const stopped = (): boolean =>
    a.breaches.signal.aborted || b.breaches.signal.aborted || !!options.signal?.aborted
  const count = range.to
  for (let k = range.from; k < count; k++) {
    if (stopped()) return true
    // A B, then B A: each side runs first in half the pairs, so a trend in time cancels out
    const s = k % 2 === Math.floor(k / 2) % 2 ? a : b
    const from = s.recorder.length
    const outcome = await runSlice(s, clock, options.signal)
    const to = s.recorder.length
    const w = sliceWindow(s.recorder, from, to, outcome)
    const steps = loopedSteps(s.plan.target).map((ep) => sliceWindow(s.recorder, from, to, outcome, ep))
    s.slices.push({ startUs: outcome.startUs, endUs: outcome.endUs, outcome, window: w, steps })
    options.onSlice?.({ index: k, of: count, side: s.name, requests: w.requests, p95Ms: w.p95 * 1000 })
    if (outcome.partial) return true
  }
  return stopped()
}

/**
 * Each side's slices as one run; a breach on either side stopped both, and
 * both documents say it, its seconds counted from the run's first slice.
 */
function sideResults(a: Side, b: Side, slice: number): { resultA: LoadTestResult; resultB: LoadTestResult } {
  const resultA = sideResult(a, { ...a.plan.settings, ab: { side: 'A', slice } })
  const resultB = sideResult(b, { ...b.plan.settings, ab: { side: 'B', slice } })
  const stop = a.breaches.stop ?? b.breaches.stop
  const start = Math.min(resultA.outcome.startedAtMs, resultB.outcome.startedAtMs)
  return {
    resultA: a.breaches.finish(resultA, stop, start),
    resultB: b.breaches.finish(resultB, stop, start)
  }
}

/**
 * One slice of one side, through the plan executor as every run. It goes on
 * through the data and the endpoint mix where the side's last slice left
 * them: each slice starting afresh would send the first endpoints of the
 * cycle more often than their weight. A warm-up runs before the side's first
 * slice only.
 */
async function runSlice(s: Side, clock: Clock, signal: AbortSignal | undefined): Promise<RunOutcome> {
  const first = s.slices.length === 0
  const { warmup: _, ...settings } = s.plan.settings
  const result = await executeRunPlan(
    first ? s.plan : { ...s.plan, settings },
    s.breaches.hooks({
      recorder: s.recorder,
      userPool: s.users,
      clock,
      ...(signal ? { signal } : {}),
      onRecords: (r, lo, hi) => s.csv.append(r, lo, hi)
    })
  )
  if (first && result.warmup) s.warmup = result.warmup
  const { outcome } = result
  const { inputs } = s.plan
  s.plan = {
    ...s.plan,
    ...(inputs && outcome.dataTaken ? { inputs: { ...inputs, taken: outcome.dataTaken } } : {}),
    cycleStart: outcome.cycleNext ?? 0
  }
  return outcome
}
