import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { AbRequest } from '../config/ab-request.js'
import { UnreachableError } from '../config/errors.js'
import type { PerfGateConfig } from '../config/load.js'
import type { FailOnRegression } from '../config/regression.js'
import type { Target } from '../config/resolve.js'
import type { FailOn } from '../config/thresholds.js'
import { createClock, type Clock } from '../engine/clock.js'
import { Recorder } from '../engine/recorder.js'
import { abComparison, sideResult, slicePairs, rounded, type Side } from './ab-side.js'
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
import { runDuet, runSlices } from './ab-slices.js'
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
 * A B …), or both at once slice beside slice (`pairing: duet`), each side
 * recorded apart; then each side's metrics and reports,
 * and B compared with A pair of slices by pair of slices. One run directory:
 * B's files, with A's in `baseline/`.
 */
export async function performAbTest(request: AbRequest, options: AbOptions): Promise<AbReport> {
  const { load, slice } = request
  const sliceRequest = { ...load, duration: slice }
  const plans = [request.aUrl, request.bUrl].map((baseUrl) =>
    buildRunPlan({ ...sliceRequest, baseUrl }, options.config)
  )
  const duet = request.pairing === 'duet'
  // each side's load: half the run, or all of it side by side
  for (const p of plans) checkAbortAfter(p.target, duet ? load.duration : load.duration / 2, options.config)
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
  // slices per look (both sides'): the whole run's without --max-duration (one look); a duet's pairs run side by side
  const count = 2 * Math.round(load.duration / slice / (duet ? 1 : 2))
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
      { count, slice, pairing: request.pairing, levels, clock, tolerances: options.config.tolerances },
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
  o: Pick<AbRequest, 'slice' | 'pairing'> & { tolerances: Tolerances | undefined; level?: number }
): JudgedSides {
  const { resultA, resultB } = sideResults(a, b, o)
  const metricsA = calculateMetrics(resultA)
  const metricsB = calculateMetrics(resultB)
  const metrics = { a: metricsA, b: metricsB }
  const comparison = abComparison(a, b, metrics, o.tolerances, o.level, o.pairing === 'duet')
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
  const { slice, pairing } = request
  const { looks } = o
  const level = looks?.levels[looks.made - 1]
  const judged = o.decided ?? judgeSides(a, b, { slice, pairing, tolerances: o.tolerances, level })
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
    run: `A ${request.aUrl.origin} (its files in baseline/), B ${request.bUrl.origin}, ${pairs.length} pairs of ${slice} s slices${pairing === 'duet' ? ', side by side (duet)' : ''}`,
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
  o: {
    count: number
    slice: number
    pairing: AbRequest['pairing']
    levels: number[]
    clock: Clock
    tolerances: Tolerances | undefined
  },
  options: AbOptions
): Promise<{ looks?: LooksView; decided?: JudgedSides }> {
  const planned = o.levels.length
  let made = 0
  let stopped: LooksView['stopped'] = 'cap'
  let decided: JudgedSides | undefined
  for (let look = 1; look <= planned; look++) {
    const range = { from: (look - 1) * o.count, to: look * o.count }
    const ended = await (o.pairing === 'duet' ? runDuet : runSlices)(a, b, range, o.clock, options)
    made = look
    if (ended) {
      stopped = 'stopped'
      break
    }
    if (look === planned) break
    const interim = judgeSides(a, b, { ...o, level: o.levels[look - 1] })
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
 * Each side's slices as one run; a breach on either side stopped both, and
 * both documents say it, its seconds counted from the run's first slice.
 */
function sideResults(
  a: Side,
  b: Side,
  { slice, pairing }: Pick<AbRequest, 'slice' | 'pairing'>
): { resultA: LoadTestResult; resultB: LoadTestResult } {
  const duet = pairing === 'duet' ? { pairing } : {}
  const resultA = sideResult(a, { ...a.plan.settings, ab: { side: 'A', slice, ...duet } })
  const resultB = sideResult(b, { ...b.plan.settings, ab: { side: 'B', slice, ...duet } })
  const stop = a.breaches.stop ?? b.breaches.stop
  const start = Math.min(resultA.outcome.startedAtMs, resultB.outcome.startedAtMs)
  return {
    resultA: a.breaches.finish(resultA, stop, start),
    resultB: b.breaches.finish(resultB, stop, start)
  }
}
