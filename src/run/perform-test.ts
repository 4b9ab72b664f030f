import { rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { UnreachableError } from '../config/errors.js'
import type { PerfGateConfig } from '../config/load.js'
import type { Target } from '../config/resolve.js'
import { checkReachable } from '../engine/preflight.js'
import type { ProgressSnapshot } from '../engine/progress.js'
import type { LoadTestResult, Mode, RunSettings } from '../engine/result.js'
import type { RunObserver } from './observer.js'
import { compareRuns, comparabilityWarnings } from '../gate/compare.js'
import { readRunDocument } from '../report/read-run.js'
import { settingsView } from '../report/run-document.js'
import { sampleFromRecorder, sampleFromRunDir } from '../report/read-samples.js'
import {
  executeRunPlan,
  loadRunPlan,
  stressRunPlan,
  type LoadTestOptions,
  type StressTestOptions
} from '../engine/load-test.js'
import { evaluateThresholds, gateFails, type GateResult } from '../gate/evaluate.js'
import type { FailOn, Thresholds } from '../gate/thresholds.js'
import { calculateMetrics } from '../metrics/calculate.js'
import type { Metrics } from '../metrics/types.js'
import { CsvWriter } from '../report/csv.js'
import { createRunDir } from '../report/run-dir.js'
import { saveResults, DEFAULT_OUTPUT_DIR, type SavedRun } from '../report/save.js'

/** One complete test as the faces run it: plan, preflight, load, metrics, gate, files. */
export interface TestRequest extends Pick<
  LoadTestOptions,
  'service' | 'users' | 'duration' | 'rps' | 'timeout' | 'baseUrl' | 'fieldNames'
> {
  /** load (default) or stress */
  mode?: Mode
  /** stress settings (see StressTestOptions) */
  stress?: Pick<StressTestOptions, 'maxUsers' | 'rampUp' | 'steps' | 'stopOnBreak' | 'fieldNames'>
  config: PerfGateConfig
  outputDir?: string
  failOn?: FailOn
  onProgress?: (s: ProgressSnapshot) => void
  /** called once the target answered, before load starts, with the validated settings */
  onStart?: (target: Target, runDir: string, settings: RunSettings, mode: Mode) => void
  signal?: AbortSignal
  /** watches the run live (Prometheus exporter, Pushgateway) */
  observer?: RunObserver
  /** a previous run directory or metrics.json to compare with (read before any load) */
  baseline?: string
}

export interface TestReport {
  result: LoadTestResult
  metrics: Metrics
  gate: GateResult
  saved: SavedRun
  failOn: FailOn
  /** 0 passed, 1 gate failed, 3 aborted (partial results were still written) */
  exitCode: 0 | 1 | 3
}

/** Per-endpoint thresholds by endpoint name, as the gate wants them. */
export function endpointThresholds(target: Target): Record<string, Thresholds | undefined> {
  return Object.fromEntries(target.endpoints.map((e) => [e.name, e.thresholds]))
}

/**
 * Runs one load test end to end and writes its run directory. Throws
 * InputError (nothing run, nothing written) or UnreachableError (nothing
 * written). A run with zero completed requests leaves no directory behind.
 */
export async function performTest(req: TestRequest): Promise<TestReport> {
  const plan =
    req.mode === 'stress'
      ? await stressRunPlan({ ...req, ...req.stress, config: req.config })
      : await loadRunPlan({ ...req, config: req.config })
  const { mode, target } = plan
  const failOn = req.failOn ?? req.config.failOn ?? 'critical'
  const baseline = req.baseline ? await readRunDocument(req.baseline, '--baseline') : undefined
  const baselineSample = baseline ? await sampleFromRunDir(baseline.dir, baseline.doc) : undefined
  await checkReachable(target, plan.settings.timeout)

  const dir = await createRunDir(
    req.outputDir ?? DEFAULT_OUTPUT_DIR,
    `${mode}_test_${target.service}`,
    new Date()
  )
  const observer = req.observer
  try {
    await observer?.start(target, mode, basename(dir))
  } catch (e) {
    await observer?.end().catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
    throw e
  }
  req.onStart?.(target, dir, plan.settings, mode)
  const csv = new CsvWriter(join(dir, 'results.csv'), target.endpoints)
  let result: LoadTestResult
  try {
    result = await executeRunPlan(plan, {
      onProgress: (s) => {
        observer?.progress(s)
        req.onProgress?.(s)
      },
      onRecords: (r, from, to) => {
        observer?.records(r, from, to)
        return csv.append(r, from, to)
      },
      signal: req.signal
    })
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
    await observer?.end().catch(() => undefined)
    throw e
  }
  const metrics = calculateMetrics(result)
  const gate = evaluateThresholds(metrics, target.thresholds, endpointThresholds(target))
  let saved: SavedRun
  try {
    const comparison =
      baseline && baselineSample
        ? {
            run: `${baseline.doc.test_name} ${baseline.doc.timestamp}`,
            comparison: {
              ...compareRuns(baselineSample, sampleFromRecorder(result.outcome.recorder, metrics)),
              warnings: comparabilityWarnings(baseline.doc, {
                service: target.service,
                mode,
                config: settingsView(result.settings)
              })
            }
          }
        : undefined
    saved = await saveResults(result, metrics, gate, {
      runDir: dir,
      writeCsv: false,
      failOn,
      baseline: comparison
    })
  } finally {
    // after the files: a lingering /metrics endpoint then serves a run whose report already exists
    await observer?.end()
  }
  const exitCode = result.outcome.partial ? 3 : gateFails(saved.document.verdict, failOn) ? 1 : 0
  return { result, metrics, gate, saved, failOn, exitCode }
}
