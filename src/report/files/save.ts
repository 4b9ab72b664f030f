import { join } from 'node:path'
import { DEFAULTS } from '../../config/defaults.js'
import type { GateResult } from '../../gate/evaluate.js'
import { judgeResult, type Judgement } from '../../gate/judge-run.js'
import type { FailOn } from '../../config/thresholds.js'
import type { LoadTestResult } from '../../engine/result.js'
import type { Metrics } from '../../metrics/types.js'
import type { MergeableRun } from '../../metrics/mergeable.js'
import { writeCsv } from './csv-writer.js'
import { createRunDir } from './run-dir.js'
import { buildRunDocument, type BaselineView, type Provenance, type RunDocument } from '../run-document.js'
import { writeFileAtomic } from './write-file.js'
import { writeReports } from './write-reports.js'

export interface SaveOptions {
  /** parent of run directories (default `reports/performance`) */
  outputDir?: string
  /** write into this existing run directory instead of creating one */
  runDir?: string
  /** name of the run directory before its timestamp (default `<mode>_test_<service>`) */
  testName?: string
  failOn?: FailOn
  /** false when results.csv was already streamed into `runDir` during the run */
  writeCsv?: boolean
  /** comparison with a baseline run, shown in every report and gating the verdict */
  baseline?: BaselineView
  /** a shard's run: its mergeable figures, in metrics.json */
  mergeable?: MergeableRun
  /** where the run came from and what ran it (`detectProvenance`), in metrics.json */
  provenance?: Provenance
}

export interface SavedRun {
  dir: string
  csv: string
  metrics: string
  html: string
  summary: string
  junit: string
  document: RunDocument
}

export const DEFAULT_OUTPUT_DIR = DEFAULTS.outputDir

/** Writes results.csv, metrics.json and the reports rendered from it (HTML + CSS, Markdown summary, JUnit XML). */
export async function saveResults(
  result: LoadTestResult,
  metrics: Metrics,
  /** the run's threshold checks (its outcome is then judged here), or the run judged already */
  judged: GateResult | Judgement,
  options: SaveOptions = {}
): Promise<SavedRun> {
  const dir =
    options.runDir ??
    (await createRunDir(
      options.outputDir ?? DEFAULT_OUTPUT_DIR,
      options.testName ?? metrics.test_name,
      new Date(result.outcome.startedAtMs),
      // the library's option: the faces make their run directory before the run and pass it as runDir
      'outputDir'
    ))
  const csv = join(dir, 'results.csv')
  if (options.writeCsv !== false)
    await writeCsv(csv, result.outcome.recorder, result.target.endpoints, result.settings.csv)
  const failOn = options.failOn ?? 'critical'
  const judgement =
    'outcome' in judged
      ? judged
      : judgeResult(result, metrics, judged, { failOn, baseline: options.baseline })
  const document = buildRunDocument(
    result,
    metrics,
    judgement,
    failOn,
    options.baseline,
    options.mergeable,
    options.provenance
  )
  const metricsPath = join(dir, 'metrics.json')
  await writeFileAtomic(metricsPath, JSON.stringify(document, null, 2) + '\n')
  const reports = await writeReports(dir, document)
  return {
    dir,
    csv,
    metrics: metricsPath,
    document,
    html: reports['report.html'],
    summary: reports['summary.md'],
    junit: reports['junit.xml']
  }
}
