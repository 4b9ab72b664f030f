import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { UnreachableError } from '../config/errors.js'
import type { PerfGateConfig } from '../config/load.js'
import type { Target } from '../config/resolve.js'
import type { RunRequest } from '../config/run-request.js'
import type { Shard } from '../config/shard.js'
import type { FailOn, Thresholds } from '../config/thresholds.js'
import type { ProgressSnapshot } from '../engine/progress.js'
import type { LoadTestResult, RunMode, RunSettings } from '../engine/result.js'
import type { Metrics } from '../metrics/types.js'
import type { FailOnRegression } from '../gate/compare.js'
import type { RunHistograms } from '../metrics/run-histograms.js'
import { mergeableOfHistograms } from '../metrics/histogram-metrics.js'
import { recordingOf } from './recording.js'
import { compareWithBaseline } from './baseline-comparison.js'
import { evaluateThresholds, journeyScope, type GateResult } from '../gate/evaluate.js'
import type { ExitCode } from '../gate/exit-codes.js'
import { judgeResult } from '../gate/judge-run.js'
import type { Outcome } from '../gate/outcome.js'
import type { Provenance } from '../report/run-document.js'
import { CsvWriter } from '../report/files/csv-writer.js'
import type { Baseline } from '../report/files/read-baseline.js'
import { saveResults, DEFAULT_OUTPUT_DIR, type SavedRun } from '../report/files/save.js'
import { executeRunPlan } from './execute-plan.js'
import type { RunObserver } from './observer.js'
import { buildRunPlan, withWorkers, type RunPlan } from './plan.js'
import { shardPlan } from './shard-plan.js'
import type { MergeableRun, MergeableTest } from '../metrics/mergeable.js'
import { mergeableRun } from '../metrics/mergeable-from-run.js'
import { waitUntil } from '../engine/wait-until.js'
import { prepareRun } from './prepare-run.js'
import { BreachAbort } from './breach-abort.js'
import { checkAbortAfter } from '../config/abort-after.js'
import { checkWatchable, sampledDuring, type ResourceWatch, type Watched } from './resource-sampler.js'
import { resourceMetrics } from '../metrics/resources.js'

/** What a face adds to a request: where the config and files are, and who watches. */
export interface PerformOptions {
  config: PerfGateConfig
  outputDir?: string
  failOn?: FailOn
  onProgress?: (s: ProgressSnapshot) => void
  /** called once the target answered, before load starts, with the settings reports will show */
  onStart?: (target: Target, runDir: string, settings: RunSettings, mode: RunMode) => void
  signal?: AbortSignal
  /** watches the run live (Prometheus exporter, Pushgateway) */
  observer?: RunObserver
  /** a previous run to compare with, read by the face before any load (`readBaseline`) */
  baseline?: Baseline
  /** when the comparison with `baseline` fails the run (else the config's, else `regression`) */
  failOnRegression?: FailOnRegression
  /** how the face names the output folder in its messages (default `outputDir`, the library's option) */
  outputLabel?: string
  /** the service's process whose memory and CPU (with its children's) are sampled during the run */
  watch?: ResourceWatch
  /** where the run says what happens beside the load (the watched process gone, its figures unavailable) */
  log?: (line: string) => void
  /** where the run came from and what ran it (`detectProvenance`, by the face): in metrics.json, and set against the baseline's */
  provenance?: Provenance
}

/**
 * What the faces read of a finished run — a test's, or a merge of shards,
 * which has no recorder behind it: its figures, gate, files and exit code.
 */
export interface FinishedRun {
  result: {
    mode: RunMode
    target: { service: string }
    settings: RunSettings
    outcome: { partial: boolean; abortReason?: string }
  }
  metrics: Metrics
  gate: GateResult
  saved: SavedRun
  failOn: FailOn
  /** the verdict, its reasons and the exit code, as the gate decided them once */
  outcome: Outcome
  /** `outcome.exit_code`: 0 passed, 1 gate failed, 3 aborted or incomplete (the results were still written) */
  exitCode: ExitCode
}

export interface TestReport extends FinishedRun {
  result: LoadTestResult
}

/** Per-endpoint thresholds by endpoint name, as the gate wants them. */
export function endpointThresholds(target: Target): Record<string, Thresholds | undefined> {
  return Object.fromEntries([
    ...target.endpoints.map((e) => [e.name, e.thresholds]),
    ...(target.journeys ?? []).map((j) => [journeyScope(j.name), j.thresholds])
  ])
}

/** A test planned: the whole test, and this machine's share of it (a shard's; else the whole). */
export interface TestPlan {
  request: RunRequest
  whole: RunPlan
  plan: RunPlan
}

/** The test's target resolved and its stages laid out, once: faces read the target from it before the run. */
export function planTest(request: RunRequest, config: PerfGateConfig): TestPlan {
  const whole = buildRunPlan(request, config)
  // a shard runs its share of the load and gates on its share of the throughput; `merge` gates the whole
  const plan = request.shard ? withWorkers(shardPlan(whole, request.shard), request.workers) : whole
  checkAbortAfter(plan.target, runSeconds(plan), config)
  return { request, whole, plan }
}

/** Seconds of load a plan runs (its stages'; the warm-up is measured by nothing). */
export function runSeconds(plan: Pick<RunPlan, 'stages'>): number {
  return plan.stages.reduce((t, s) => t + s.durationSec, 0)
}

/**
 * Runs one test end to end: plan, preflight, load, metrics, gate, files.
 * Throws InputError (nothing run, nothing written) or UnreachableError
 * (nothing written). A run with zero completed requests leaves no directory behind.
 */
export async function performTest(test: RunRequest | TestPlan, options: PerformOptions): Promise<TestReport> {
  const { request, whole, plan: sharded } = 'plan' in test ? test : planTest(test, options.config)
  const { mode } = sharded
  const failOn = options.failOn ?? options.config.failOn ?? 'critical'
  const { observer } = options
  // a --watch-pid that names no process is refused before anything is touched
  if (options.watch) checkWatchable(options.watch)
  const prepared = await prepareRun([sharded], {
    output: {
      dir: options.outputDir ?? DEFAULT_OUTPUT_DIR,
      label: options.outputLabel ?? 'outputDir',
      testName: `${mode}_test_${sharded.target.service}`,
      startedAt: new Date()
    },
    observer,
    shard: request.shard,
    signal: options.signal,
    log: options.log
  })
  const plan = prepared.plans[0]
  const dir = prepared.dir!
  const { target } = plan
  options.onStart?.(target, dir, plan.settings, mode)
  const csv = new CsvWriter(join(dir, 'results.csv'), target.endpoints, plan.settings.csv)
  const breaches = new BreachAbort(target, options.signal)
  const recording = recordingOf(plan, request.shard !== undefined)
  let result: LoadTestResult
  let watched: Watched | undefined
  try {
    if (request.startAt) await waitUntil(request.startAt, options.signal)
    const sampling = { onReading: observer?.resources?.bind(observer), log: options.log }
    const sampled = await sampledDuring(options.watch, sampling, () =>
      executeRunPlan(
        plan,
        recording.hooks(
          breaches.hooks({
            // a shard's ramp runs every stage: where the service breaks is judged on the merged stages
            ...(request.shard ? { onStageEnd: () => undefined } : {}),
            onProgress: (s) => {
              // the warm-up is measured by nothing, the exporter included
              if (!s.warmup) observer?.progress(s)
              options.onProgress?.(s)
            },
            onRecords: (r, from, to) => {
              observer?.records(r, from, to)
              return csv.append(r, from, to)
            },
            signal: options.signal
          })
        )
      )
    )
    result = breaches.finish(sampled.value)
    watched = sampled.watched
    await csv.close()
    const { outcome } = result
    if (outcome.recorder.length === 0) {
      throw new UnreachableError(
        `❌ No request to ${target.service} completed${outcome.abortReason ? ` (${outcome.abortReason})` : ''}; nothing to report`
      )
    }
  } catch (e) {
    await csv.close().catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
    await observer?.end({ ran: false }).catch(() => undefined)
    throw e
  } finally {
    breaches.dispose()
  }
  const metrics = recording.metrics(result)
  if (watched)
    metrics.resources = resourceMetrics(watched.series, watched.proc, {
      startedAtMs: result.outcome.startedAtMs,
      durationSec: metrics.total_duration,
      mode
    })
  const gate = evaluateThresholds(metrics, target.thresholds, endpointThresholds(target))
  const baseline =
    options.baseline &&
    compareWithBaseline(options.baseline, result, metrics, {
      failOnRegression: options.failOnRegression ?? options.config.failOnRegression ?? 'regression',
      tolerances: options.config.tolerances,
      provenance: options.provenance
    })
  const judgement = judgeResult(result, metrics, gate, { failOn, baseline })
  let saved: SavedRun
  try {
    saved = await saveResults(result, metrics, judgement, {
      runDir: dir,
      writeCsv: false,
      failOn,
      ...(request.shard
        ? {
            mergeable: shardMergeable(
              result,
              metrics,
              recording.histograms,
              whole,
              request.shard,
              request.startAt
            )
          }
        : {}),
      baseline,
      provenance: options.provenance
    })
  } finally {
    // after the files: a lingering /metrics endpoint then serves a run whose report already exists
    await observer?.end()
  }
  const { outcome } = judgement
  return { result, metrics, gate, saved, failOn, outcome, exitCode: outcome.exit_code }
}

/** This shard's run in the mergeable form, gated as the whole test is. */
function shardMergeable(
  result: LoadTestResult,
  metrics: Metrics,
  histograms: RunHistograms | undefined,
  whole: RunPlan,
  shard: Shard,
  startAt: Date | undefined
): MergeableRun {
  const limits = { overall: whole.target.thresholds, per_endpoint: endpointThresholds(whole.target) }
  const test = testOf(whole, startAt)
  return histograms
    ? mergeableOfHistograms(result, histograms, shard, limits, test)
    : mergeableRun(result, metrics, shard, limits, test)
}

/** What every shard of one test shares: the whole test's settings and endpoints, and its start. */
function testOf(whole: RunPlan, startAt: Date | undefined): MergeableTest {
  const s = whole.settings
  return {
    users: s.users,
    duration: s.duration,
    ...(s.rps !== undefined ? { rps: s.rps } : {}),
    ...(s.stress ? { steps: s.stress.steps } : {}),
    base_url: whole.target.baseUrl,
    endpoints: whole.target.endpoints.map((e) => e.name),
    ...(startAt ? { start_at: startAt.toISOString() } : {})
  }
}
