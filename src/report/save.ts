import { rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { GateResult } from '../gate/evaluate.js'
import type { FailOn } from '../gate/thresholds.js'
import type { LoadTestResult } from '../engine/result.js'
import type { Metrics } from '../metrics/types.js'
import { writeCsv } from './csv.js'
import { createRunDir } from './run-dir.js'
import { buildRunDocument, type RunDocument } from './run-document.js'

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
}

export interface SavedRun {
  dir: string
  csv: string
  metrics: string
  document: RunDocument
}

export const DEFAULT_OUTPUT_DIR = 'reports/performance'

/** Writes results.csv and metrics.json of a run; metrics.json appears whole or not at all. */
export async function saveResults(
  result: LoadTestResult,
  metrics: Metrics,
  gate: GateResult,
  options: SaveOptions = {}
): Promise<SavedRun> {
  const dir =
    options.runDir ??
    (await createRunDir(
      options.outputDir ?? DEFAULT_OUTPUT_DIR,
      options.testName ?? metrics.test_name,
      new Date(result.outcome.startedAtMs)
    ))
  const csv = join(dir, 'results.csv')
  if (options.writeCsv !== false) await writeCsv(csv, result.outcome.recorder, result.target.endpoints)
  const document = buildRunDocument(result, metrics, gate, options.failOn ?? 'critical')
  const metricsPath = join(dir, 'metrics.json')
  await writeFileAtomic(metricsPath, JSON.stringify(document, null, 2) + '\n')
  return { dir, csv, metrics: metricsPath, document }
}

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`
  await writeFile(tmp, content)
  await rename(tmp, path)
}
